import { StoreUnavailableError } from '@study-graph/graph';
import {
  type ChatInputCommandInteraction,
  type MessageComponentInteraction,
  MessageFlags,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { BeforeSlowWork } from '../cards.ts';
import type { BotContext } from '../context.ts';
import { noticeCard } from '../format/card.ts';
import { type Locale, localeOf } from '../format/locale.ts';
import { type OutgoingMessage, toMessage } from '../format/message.ts';
import { ui } from '../format/strings.ts';
import { QueueFullError } from '../work-queue.ts';
import { asEdit, asReply } from './send.ts';

/** How an interaction ended, for the log line. */
export type Outcome = 'ok' | 'unavailable' | 'busy' | 'error' | 'rate-limited' | 'outdated' | 'closing';

export interface Responded {
  outcome: Outcome;
  deferred: boolean;
}

type Repliable = ChatInputCommandInteraction | MessageComponentInteraction | ModalSubmitInteraction;

/**
 * Answers an interaction within Discord's deadline. `work` runs through the bot's queue; when it has
 * to wait there, calls `slow()` (before drawing) or runs past `deferAfterMs`, the interaction is
 * acknowledged first and the answer edited in. Waiting is known before the wait starts, so no busy
 * event loop can delay that acknowledgement. `reply` posts a new message; `private` posts one seen
 * only by the person (acknowledged privately too, so a slow answer never shows to the channel);
 * `update` changes the message the component is on; `answer` replies, privately where the server
 * set private replies (`/settings private-replies`). A failure becomes a friendly notice ("unavailable" for outages,
 * "busy" when too much is waiting) instead of silence.
 */
export async function respond(
  ix: Repliable,
  ctx: BotContext,
  asked: 'reply' | 'answer' | 'private' | 'update',
  work: (slow: BeforeSlowWork) => Promise<OutgoingMessage>,
): Promise<Responded> {
  const chosen = asked === 'answer' ? answerMode(ix, ctx) : asked;
  const mode = typeof chosen === 'string' ? chosen : await chosen;
  let deferring: Promise<unknown> | undefined;
  const defer = async () => {
    deferring ??=
      mode === 'update' && ix.isMessageComponent()
        ? ix.deferUpdate()
        : ix.deferReply(mode === 'private' ? { flags: MessageFlags.Ephemeral } : {});
    await deferring;
  };
  // Refused before anything is sent, so the notice can stay private.
  if (ctx.queue.full) {
    await notify(ix, noticeFor('busy', localeOf(ix.locale)));
    return { outcome: 'busy', deferred: false };
  }
  // A long wait ahead is acknowledged now, before the wait: a busy event loop cannot delay that.
  if (ctx.queue.expectedWaitMs >= ctx.timing.deferAfterMs / 2) defer().catch(() => undefined);
  const timer = setTimeout(() => defer().catch(() => undefined), ctx.timing.deferAfterMs);
  let message: OutgoingMessage;
  let outcome: Outcome = 'ok';
  try {
    // Before drawing, the acknowledgement is sent, not waited for: the drawing runs off the event
    // loop, and the answer is edited in only once the acknowledgement is through.
    const slow = async () => void defer().catch(() => undefined);
    const job = () => within(work(slow), ctx.timing.answerWithinMs);
    message = await ctx.queue.run(ix.guildId ?? 'direct', ix.user.id, job);
  } catch (error) {
    outcome = outcomeOf(error);
    if (outcome === 'error') ctx.logger.error({ err: error, interaction: ix.id }, 'handler failed');
    else ctx.logger.warn({ err: error, interaction: ix.id }, `not answered: ${outcome}`);
    message = toMessage(noticeCard(localeOf(ix.locale), noticeFor(outcome, localeOf(ix.locale))));
  } finally {
    clearTimeout(timer);
  }
  if (deferring) {
    await deferring;
    // A failed click must not wipe the message it was on: tell the clicker alone.
    if (mode === 'update' && outcome !== 'ok') await ix.followUp(asReply(message));
    else await ix.editReply(asEdit(message));
  } else if (mode !== 'update' || outcome !== 'ok') {
    await ix.reply(asReply(mode === 'private' ? { ...message, ephemeral: true } : message));
  } else {
    await (ix as MessageComponentInteraction).update(asEdit(message));
  }
  return { outcome, deferred: deferring !== undefined };
}

/**
 * An answer in public, or for the asker alone where the server keeps answers private; at once when
 * the server's settings are known (a wait here, under a burst, defers every answer at once).
 */
function answerMode(ix: Repliable, ctx: BotContext): 'reply' | 'private' | Promise<'reply' | 'private'> {
  if (!ix.guildId) return 'reply';
  const mode = (s: { privateReplies: boolean }) => (s.privateReplies ? 'private' : 'reply');
  const known = ctx.settings.known(ix.guildId);
  return known ? mode(known) : ctx.settings.get(ix.guildId).then(mode);
}

/** A button or menu that names what the graph no longer has (an old message, or a forged id). */
export class OutdatedActionError extends Error {
  override name = 'OutdatedActionError';
}

type Failure = 'unavailable' | 'busy' | 'outdated' | 'error';

/** What kind of failure an error is: an outage, too much waiting, an old button, or a fault of the bot. */
export function outcomeOf(error: unknown): Failure {
  if (error instanceof QueueFullError) return 'busy';
  if (error instanceof OutdatedActionError) return 'outdated';
  return error instanceof StoreUnavailableError ? 'unavailable' : 'error';
}

/** The notice a learner gets in place of an answer. */
export function noticeFor(outcome: Failure, locale: Locale): string {
  const t = ui(locale);
  return { unavailable: t.unavailable, busy: t.busy, outdated: t.outdated, error: t.failed }[outcome];
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
        timer = setTimeout(
          () => reject(new StoreUnavailableError('timeout', `no answer within ${ms} ms`)),
          ms,
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
