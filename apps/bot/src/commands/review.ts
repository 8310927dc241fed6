import type { QuizKey } from '@study-graph/quiz';
import { SlashCommandBuilder } from 'discord.js';
import { respond } from '../discord/respond.ts';
import { localeOf } from '../format/locale.ts';
import { privateCard } from '../format/message.ts';
import { quizMessage } from '../format/quiz.ts';
import { ui } from '../format/strings.ts';
import type { Command } from './command.ts';

/** Due cards looked at, weakest first, for one the graph still asks. */
const LOOK_AT = 5;

/** `/review`: the learner's weakest question that FSRS says is due, asked again as a quiz. */
export const review = {
  data: new SlashCommandBuilder()
    .setName('review')
    .setNameLocalizations({ vi: 'on-tap' })
    .setDescription('Review what is due: your weakest quiz question first')
    .setDescriptionLocalizations({ vi: 'Ôn lại câu đến hạn: câu bạn yếu nhất trước' })
    .toJSON(),
  execute(ix, ctx) {
    const locale = localeOf(ix.locale);
    const t = ui(locale);
    return respond(ix, ctx, 'reply', async () => {
      const [maker, due] = await Promise.all([
        ctx.knowledge.quizzes(),
        ctx.study.dueCards(ix.user.id, Date.now(), LOOK_AT),
      ]);
      const askedAt = Math.floor(Date.now() / 1000);
      for (const card of due) {
        const quiz = maker.again(JSON.parse(card.question) as QuizKey, locale);
        const message =
          quiz && quizMessage(quiz, ix.user.id, askedAt, Math.round(ctx.timing.quizMs / 60_000), locale);
        if (message) return message;
      }
      const later = await ctx.study.dueCards(ix.user.id, Number.MAX_SAFE_INTEGER, 1);
      return privateCard(t.quizTitle, t.reviewNone(later.length > 0));
    });
  },
} satisfies Command;
