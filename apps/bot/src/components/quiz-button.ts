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
    // Kept for the learner's progress and the board; not keeping it never costs the answer.
    await ctx.study
      .record({
        userId: ix.user.id,
        guildId: ix.guildId,
        question: JSON.stringify(quiz.key),
        correct: result.correct,
        at: Date.now(),
        sources: result.sources,
      })
      .catch((error: unknown) => ctx.logger.warn({ err: error }, 'quiz answer not kept'));
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
