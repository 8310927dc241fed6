import type { Message } from 'discord.js';
import type { BotContext } from '../context.ts';
import { noticeCard } from '../format/card.ts';
import { localeOf } from '../format/locale.ts';
import { toMessage } from '../format/message.ts';
import { ui } from '../format/strings.ts';
import { noticeFor, outcomeOf, within } from './respond.ts';
import { asMessageReply } from './send.ts';

/** `<@id>`, `<@!id>` (users) and `<@&id>` (roles): taken out of the question before qa reads it. */
const MENTION = /<@[!&]?\d+>/g;

/** Whether a person's message in a server mentions the bot: its user, or its role. */
function mentionsBot(message: Message): message is Message<true> {
  if (message.author.bot || message.webhookId || !message.inGuild()) return false;
  // The bot's own role counts too: Discord offers it when people type "@bot".
  const botRole = message.guild.members.me?.roles.botRole?.id;
  return (
    message.mentions.users.has(message.client.user.id) ||
    (botRole !== undefined && message.mentions.roles.has(botRole))
  );
}

/**
 * Whether a message mentioning the bot is in a study channel (or a thread of one): of the bot's
 * configuration, or of its server's settings.
 */
function inStudyChannel(
  message: Message<true>,
  ctx: BotContext,
  serverChannelIds: readonly string[],
): boolean {
  const isStudy = (id: string | null) =>
    id !== null && (ctx.studyChannelIds.has(id) || serverChannelIds.includes(id));
  const channel = message.channel;
  return isStudy(message.channelId) || (channel.isThread() && isStudy(channel.parentId));
}

/**
 * "@bot container là gì?" in a study channel: answered with a reply to that message. Ignores
 * everything else. Never throws.
 */
export async function onMessage(message: Message, ctx: BotContext, closing: () => boolean): Promise<void> {
  if (closing() || !mentionsBot(message)) return;
  const settings = await ctx.settings.get(message.guildId);
  if (!inStudyChannel(message, ctx, settings.studyChannelIds)) return;
  const started = performance.now();
  // No interaction locale here: the language the server set, else its Discord one, unless the
  // question shows its own.
  const locale = settings.language ?? localeOf(message.guild.preferredLocale);
  const fields = { message: message.id, kind: 'mention', user: message.author.id, locale };
  try {
    const verdict = ctx.limiter?.take(message.author.id) ?? { ok: true };
    if (!verdict.ok) {
      if (verdict.firstRefusal) {
        const text = ui(locale).rateLimited(Math.ceil(verdict.retryAfterMs / 1000));
        await message.reply(asMessageReply(toMessage(noticeCard(locale, text))));
      }
      ctx.logger.info({ ...fields, outcome: 'rate-limited', latencyMs: ms(started) }, 'mention');
      ctx.metrics.handled('mention', 'rate-limited', ms(started));
      return;
    }
    const question = message.content.replace(MENTION, ' ').trim();
    ctx.asked.remember(message.id, question);
    let outcome = 'ok';
    const served = await ctx.community.contextFor(ctx, message.guildId);
    const answer = () =>
      within(
        served.cards.question(question, locale, async () => undefined, {
          channelId: message.channelId,
          userId: message.author.id,
        }),
        ctx.timing.answerWithinMs,
      );
    const reply = await ctx.queue
      .run(message.guildId ?? 'direct', message.author.id, answer)
      .then(toMessage)
      .catch((error: unknown) => {
        const failed = outcomeOf(error);
        outcome = failed;
        ctx.logger[failed === 'error' ? 'error' : 'warn']({ ...fields, err: error }, 'mention not answered');
        return toMessage(noticeCard(locale, noticeFor(failed, locale)));
      });
    await message.reply(asMessageReply(reply));
    const latencyMs = ms(started);
    ctx.logger.info({ ...fields, outcome, questionLength: question.length, latencyMs }, 'mention');
    ctx.metrics.handled('mention', outcome, latencyMs);
  } catch (error) {
    const latencyMs = ms(started);
    ctx.logger.error({ ...fields, err: error, latencyMs }, 'mention failed');
    ctx.metrics.handled('mention', 'error', latencyMs);
  }
}

function ms(since: number): number {
  return Math.round((performance.now() - since) * 100) / 100;
}
