import { SlashCommandBuilder } from 'discord.js';
import { respond } from '../discord/respond.ts';
import { localeOf } from '../format/locale.ts';
import { privateCard } from '../format/message.ts';
import { ui } from '../format/strings.ts';
import type { Command } from './command.ts';

/** `/progress`: the learner's quiz answers by section of the notes, seen only by them. */
export const progress = {
  data: new SlashCommandBuilder()
    .setName('progress')
    .setNameLocalizations({ vi: 'tien-do' })
    .setDescription('How you did in the quizzes, by section of the notes')
    .setDescriptionLocalizations({ vi: 'Bạn đã làm câu đố thế nào, theo từng phần của ghi chép' })
    .toJSON(),
  execute(ix, ctx) {
    const locale = localeOf(ix.locale);
    const t = ui(locale);
    return respond(ix, ctx, 'reply', async () => {
      const { answered, right, sections } = await ctx.study.progress(ix.user.id);
      if (answered === 0) return privateCard(t.progressTitle, t.progressNone);
      const sources = await ctx.knowledge.sources(sections.map((s) => s.source));
      const title = (id: string) => sources.find((s) => s.id === id)?.section[locale] ?? id;
      const lines = sections.map((s) => t.progressLine(title(s.source), s.right, s.answered));
      return privateCard(t.progressTitle, [...lines, '', t.progressTotal(right, answered)].join('\n'));
    });
  },
} satisfies Command;
