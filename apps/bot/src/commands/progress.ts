import { drawProgressChart, type ProgressRow } from '@study-graph/diagram';
import { SlashCommandBuilder } from 'discord.js';
import type { BotContext } from '../context.ts';
import { respond, within } from '../discord/respond.ts';
import { type Locale, localeOf } from '../format/locale.ts';
import { type OutgoingMessage, privateCard } from '../format/message.ts';
import { ui } from '../format/strings.ts';
import type { Command } from './command.ts';

/** The chart's file name, which the embed shows as its image. */
const CHART_FILE = 'progress.png';

/** `/progress`: the learner's quiz answers by section of the notes, seen only by them, with a chart. */
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
    return respond(ix, ctx, 'private', async () => {
      const { answered, right, sections } = await ctx.study.progress(ix.user.id);
      if (answered === 0) return privateCard(t.progressTitle, t.progressNone);
      const sources = await ctx.knowledge.sources(sections.map((s) => s.source));
      const title = (id: string) => sources.find((s) => s.id === id)?.section[locale] ?? id;
      const lines = sections.map((s) => t.progressLine(title(s.source), s.right, s.answered));
      const card = privateCard(t.progressTitle, [...lines, '', t.progressTotal(right, answered)].join('\n'));
      const rows = sections.map((s) => ({ label: title(s.source), answered: s.answered, right: s.right }));
      return withChart(card, rows, locale, ctx);
    });
  },
} satisfies Command;

/**
 * The card with a chart of the rows as its embed's image. The chart gets half the time an answer
 * has: one that fails or comes too late is left out, since the text already says what it shows.
 */
async function withChart(
  card: OutgoingMessage,
  rows: ProgressRow[],
  locale: Locale,
  ctx: BotContext,
): Promise<OutgoingMessage> {
  const title = ui(locale).progressTitle;
  try {
    const chart = await within(drawProgressChart(rows, title, locale), ctx.timing.answerWithinMs / 2);
    return {
      ...card,
      embeds: card.embeds.map((e) => ({ ...e, image: { url: `attachment://${CHART_FILE}` } })),
      files: [{ attachment: chart.png, name: CHART_FILE, description: title }],
    };
  } catch (error) {
    ctx.logger.warn({ err: error }, 'progress chart not drawn: the text goes alone');
    return card;
  }
}
