import type { QuizResult } from '@study-graph/quiz';
import { nextCard } from '@study-graph/study';
import type { ButtonInteraction } from 'discord.js';
import type { BotContext } from '../context.ts';
import { notify, OutdatedActionError, type Responded, respond } from '../discord/respond.ts';
import { imageFileName } from '../format/card.ts';
import { localeOf } from '../format/locale.ts';
import type { ActionRow } from '../format/message.ts';
import { quizAnswered } from '../format/quiz.ts';
import { ui } from '../format/strings.ts';
import type { Action } from './custom-id.ts';

/**
 * A choice of a quiz clicked: only by the learner who asked, while the quiz lasts (anyone else, or
 * later, is told privately). The answer is checked against the graph, explained with its source,
 * and drawn where a drawing shows it; the message is updated in place, its buttons disabled.
 */
export async function onQuizButton(
  ix: ButtonInteraction,
  { quiz, locale }: Extract<Action, { kind: 'quiz' }>,
  ctx: BotContext,
): Promise<Responded> {
  // Told in the clicker's own language, not the quiz's.
  if (ix.user.id !== quiz.asker) {
    await notify(ix, ui(localeOf(ix.locale)).quizNotYours);
    return { outcome: 'ok', deferred: false };
  }
  if (Date.now() - quiz.askedAt * 1000 >= ctx.timing.quizMs) {
    await notify(ix, ui(locale).quizExpired);
    return { outcome: 'outdated', deferred: false };
  }
  return respond(ix, ctx, 'update', async (slow) => {
    const result = (await ctx.knowledge.quizzes()).check(quiz.key, quiz.choice, locale);
    // The question is gone from the graph (a load since), or the button was forged.
    if (!result) throw new OutdatedActionError(`no such quiz: ${ix.customId}`);
    // Kept for the learner's progress, the board and their reviews; not keeping it never costs the answer.
    await keepAnswer(ctx, ix.user.id, ix.guildId, JSON.stringify(quiz.key), result).catch((error: unknown) =>
      ctx.logger.warn({ err: error }, 'quiz answer not kept'),
    );
    const sources = await ctx.knowledge.sources(result.sources);
    if (result.diagram && !ctx.knowledge.isDrawn(result.diagram, locale)) await slow();
    const drawn = result.diagram ? await ctx.knowledge.draw(result.diagram, locale) : null;
    const rows = ix.message.components.map((row) => row.toJSON() as ActionRow);
    const titles = sources.map((s) => s.section[locale]);
    const message = quizAnswered(ix.message.embeds[0]?.toJSON(), rows, quiz.choice, result, titles, locale);
    if (!drawn || !result.diagram) return message;
    const fileName = imageFileName(result.diagram);
    return {
      ...message,
      embeds: message.embeds.map((e) => ({ ...e, image: { url: `attachment://${fileName}` } })),
      files: [{ attachment: drawn.png, name: fileName }],
    };
  });
}

/** The answer, and the learner's review card for the question scheduled again by FSRS. */
export async function keepAnswer(
  ctx: BotContext,
  userId: string,
  guildId: string | null,
  question: string,
  result: QuizResult,
): Promise<void> {
  const at = Date.now();
  await ctx.study.record({ userId, guildId, question, correct: result.correct, at, sources: result.sources });
  const card = await ctx.study.card(userId, question);
  await ctx.study.saveCard(userId, nextCard(card, question, result.correct, at));
}
