import type { ButtonInteraction } from 'discord.js';
import type { BotContext } from '../context.ts';
import { notify, OutdatedActionError, type Responded, respond } from '../discord/respond.ts';
import { noticeCard } from '../format/card.ts';
import { dailyAnswered } from '../format/daily.ts';
import { localeOf } from '../format/locale.ts';
import { toMessage } from '../format/message.ts';
import { serverUi } from '../format/server-strings.ts';
import type { Action } from './custom-id.ts';
import { keepAnswer } from './quiz-button.ts';

/**
 * A choice of the question of the day clicked, by anyone, until the next day's is posted. Each
 * learner answers a day's question once: the answer is told to them alone, in their language, with
 * their streak; the question stays as it is for the others. A right answer is kept like a quiz's.
 */
export async function onDailyButton(
  ix: ButtonInteraction,
  { daily }: Extract<Action, { kind: 'daily' }>,
  ctx: BotContext,
): Promise<Responded> {
  const locale = localeOf(ix.locale);
  const t = serverUi(locale);
  const guildId = ix.guildId;
  const latest = guildId ? (await ctx.settings.get(guildId)).lastDailyOn : null;
  // Open until the next day's question is posted (and only ever posted in a server).
  if (!guildId || (latest !== null && latest > daily.day)) {
    await notify(ix, t.dailyOver);
    return { outcome: 'outdated', deferred: false };
  }
  return respond(ix, ctx, 'private', async () => {
    const result = (await ctx.knowledge.quizzes()).check(daily.key, daily.choice, locale);
    // The question is gone from the graph (a load since), or the button was forged.
    if (!result) throw new OutdatedActionError(`no such quiz: ${ix.customId}`);
    const streak = await ctx.settings.store.answerDaily(guildId, ix.user.id, daily.day, result.correct);
    if (!streak) return toMessage(noticeCard(locale, t.dailyAlready));
    await keepAnswer(ctx, ix.user.id, guildId, JSON.stringify(daily.key), result).catch((error: unknown) =>
      ctx.logger.warn({ err: error }, 'daily answer not kept'),
    );
    const titles = (await ctx.knowledge.sources(result.sources)).map((s) => s.section[locale]);
    const question = ix.message.embeds[0]?.description ?? '';
    return dailyAnswered(question, result, titles, streak, locale);
  });
}
