import type { ChatInputCommandInteraction, MessageComponentInteraction } from 'discord.js';
import type { BeforeSlowWork } from '../cards.ts';
import type { BotContext } from '../context.ts';
import { noticeCard } from '../format/card.ts';
import { localeOf } from '../format/locale.ts';
import { type OutgoingMessage, toMessage } from '../format/message.ts';
import { ui } from '../format/strings.ts';
import { isOutage, KnowledgeUnavailableError } from '../knowledge.ts';
import { asEdit, asReply } from './send.ts';

/** How an interaction ended, for the log line. */
export type Outcome = 'ok' | 'unavailable' | 'error' | 'rate-limited' | 'outdated' | 'closing';

export interface Responded {
  outcome: Outcome;
  deferred: boolean;
}

type Repliable = ChatInputCommandInteraction | MessageComponentInteraction;

/**
 * Answers an interaction within Discord's deadline. `work` builds the message; when it calls
 * `slow()` (before drawing) or runs past `deferAfterMs`, the interaction is acknowledged first and
 * the answer edited in. `reply` posts a new message; `update` changes the message the component
 * is on. A failure becomes a friendly notice ("unavailable" for outages) instead of silence.
 */
export async function respond(
  ix: Repliable,
  ctx: BotContext,
  mode: 'reply' | 'update',
  work: (slow: BeforeSlowWork) => Promise<OutgoingMessage>,
): Promise<Responded> {
  let deferring: Promise<unknown> | undefined;
  const defer = async () => {
    deferring ??= mode === 'reply' || !ix.isMessageComponent() ? ix.deferReply() : ix.deferUpdate();
    await deferring;
  };
  const timer = setTimeout(() => defer().catch(() => undefined), ctx.timing.deferAfterMs);
  let message: OutgoingMessage;
  let outcome: Outcome = 'ok';
  try {
    message = await within(work(defer), ctx.timing.answerWithinMs);
  } catch (error) {
    outcome = isOutage(error) ? 'unavailable' : 'error';
    if (outcome === 'error') ctx.logger.error({ err: error, interaction: ix.id }, 'handler failed');
    else ctx.logger.warn({ err: error, interaction: ix.id }, 'knowledge base unavailable');
    const t = ui(localeOf(ix.locale));
    message = toMessage(
      noticeCard(localeOf(ix.locale), outcome === 'unavailable' ? t.unavailable : t.failed),
    );
  } finally {
    clearTimeout(timer);
  }
  if (deferring) {
    await deferring;
    // A failed click must not wipe the message it was on: tell the clicker alone.
    if (mode === 'update' && outcome !== 'ok') await ix.followUp(asReply(message));
    else await ix.editReply(asEdit(message));
  } else if (mode === 'reply' || outcome !== 'ok') {
    await ix.reply(asReply(message));
  } else {
    await (ix as MessageComponentInteraction).update(asEdit(message));
  }
  return { outcome, deferred: deferring !== undefined };
}

/** A short ephemeral notice as the whole answer (rate limit, outdated button, shutting down). */
export async function notify(ix: Repliable, text: string): Promise<void> {
  await ix.reply(asReply(toMessage(noticeCard(localeOf(ix.locale), text))));
}

/** Rejects with "unavailable" when the work takes longer than `ms`; the work itself runs on, unused. */
export async function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new KnowledgeUnavailableError(`no answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
