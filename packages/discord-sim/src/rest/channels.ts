/** Channel and message routes: `POST /channels/{id}/messages` (with replies), edits, typing, reactions. */
import { type APITextChannel, MessageFlags, MessageType } from 'discord-api-types/v10';
import { createBotMessage, editBotMessage } from '../model/messages.ts';
import type { StoredMessage } from '../model/store.ts';
import { DiscordHttpError, JsonErrorCode } from '../validate/errors.ts';
import { isEmptyMessage, validateMessage } from '../validate/rules.ts';
import type { Route, SimContext, SimRequest, SimResponse } from './context.ts';
import { announce, markDeleted } from './interactions.ts';

type Body = Record<string, unknown>;

function channelOf(ctx: SimContext, id: string | undefined): { channel: APITextChannel; guildId: string } {
  const guildId = id ? ctx.world.channelGuild.get(id) : undefined;
  const channel = guildId ? ctx.world.guilds.get(guildId)?.channels.find((c) => c.id === id) : undefined;
  if (!channel || !guildId) throw DiscordHttpError.notFound(JsonErrorCode.UnknownChannel, 'Unknown Channel');
  return { channel, guildId };
}

function messageIn(ctx: SimContext, channelId: string, messageId: string | undefined): StoredMessage {
  const stored = messageId ? ctx.store.messages.get(messageId) : undefined;
  if (!stored || stored.deleted || stored.ephemeral || stored.message.channel_id !== channelId) {
    throw DiscordHttpError.notFound(JsonErrorCode.UnknownMessage, 'Unknown Message');
  }
  return stored;
}

/** `POST /channels/{id}/messages` */
export function createMessage(ctx: SimContext, req: SimRequest): SimResponse {
  const { channel, guildId } = channelOf(ctx, req.params.channel);
  const problems = validateMessage(req.body, 'channel');
  if (problems.length > 0) throw DiscordHttpError.invalidForm(problems);
  const body = (req.body ?? {}) as Body;
  if (isEmptyMessage(body, req.uploads.length)) {
    throw new DiscordHttpError(400, {
      code: JsonErrorCode.CannotSendEmptyMessage,
      message: 'Cannot send an empty message',
    });
  }
  for (const u of req.uploads) {
    if (u.data.length > ctx.rules.maxFileSize) {
      throw new DiscordHttpError(413, {
        code: JsonErrorCode.RequestEntityTooLarge,
        message: 'Request entity too large',
      });
    }
  }
  let reference: StoredMessage | undefined;
  const ref = body.message_reference as Body | undefined;
  if (ref && typeof ref.message_id === 'string') {
    const target = ctx.store.messages.get(ref.message_id);
    const valid = target && !target.deleted && !target.ephemeral && target.message.channel_id === channel.id;
    if (valid) reference = target;
    else if (ref.fail_if_not_exists !== false) {
      throw DiscordHttpError.invalidForm([
        {
          path: ['message_reference'],
          code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE',
          message: 'Unknown message',
        },
      ]);
    }
  }
  const input: Parameters<typeof createBotMessage>[0] = {
    world: ctx.world,
    baseUrl: ctx.baseUrl,
    channelId: channel.id,
    guildId,
    body: { ...body, flags: typeof body.flags === 'number' ? body.flags & ~MessageFlags.Ephemeral : 0 },
    uploads: req.uploads,
    type: reference ? MessageType.Reply : MessageType.Default,
  };
  if (reference) input.reference = reference;
  const stored = createBotMessage(input);
  channel.last_message_id = stored.message.id;
  ctx.store.putMessage(stored, 'create', 'channel');
  announce(ctx, stored, 'MESSAGE_CREATE');
  return { status: 200, body: stored.message };
}

/** `PATCH /channels/{id}/messages/{mid}`: the bot may edit its own messages only. */
export function editMessage(ctx: SimContext, req: SimRequest): SimResponse {
  const { channel } = channelOf(ctx, req.params.channel);
  const stored = messageIn(ctx, channel.id, req.params.message);
  if (stored.message.author.id !== ctx.world.bot.id) {
    throw new DiscordHttpError(403, {
      code: JsonErrorCode.CannotEditOtherUsersMessage,
      message: 'Cannot edit a message authored by another user',
    });
  }
  const problems = validateMessage(req.body, 'webhook-edit');
  if (problems.length > 0) throw DiscordHttpError.invalidForm(problems);
  const updated = editBotMessage(ctx.world, ctx.baseUrl, stored, (req.body ?? {}) as Body, req.uploads);
  ctx.store.putMessage(updated, 'update', 'channel');
  announce(ctx, updated, 'MESSAGE_UPDATE');
  return { status: 200, body: updated.message };
}

export const channelRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/channels/:channel',
    auth: true,
    handler: (ctx, req) => ({ status: 200, body: channelOf(ctx, req.params.channel).channel }),
  },
  { method: 'POST', pattern: '/channels/:channel/messages', auth: true, handler: createMessage },
  {
    method: 'GET',
    pattern: '/channels/:channel/messages',
    auth: true,
    handler: (ctx, req) => {
      const { channel } = channelOf(ctx, req.params.channel);
      const limit = Math.min(100, Number(req.query.get('limit') ?? 50) || 50);
      const list = [...ctx.store.messages.values()]
        .filter((m) => m.message.channel_id === channel.id && !m.deleted && !m.ephemeral)
        .map((m) => m.message)
        .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1))
        .slice(0, limit);
      return { status: 200, body: list };
    },
  },
  {
    method: 'GET',
    pattern: '/channels/:channel/messages/:message',
    auth: true,
    handler: (ctx, req) => ({
      status: 200,
      body: messageIn(ctx, channelOf(ctx, req.params.channel).channel.id, req.params.message).message,
    }),
  },
  { method: 'PATCH', pattern: '/channels/:channel/messages/:message', auth: true, handler: editMessage },
  {
    method: 'DELETE',
    pattern: '/channels/:channel/messages/:message',
    auth: true,
    handler: (ctx, req) => {
      const stored = messageIn(ctx, channelOf(ctx, req.params.channel).channel.id, req.params.message);
      markDeleted(ctx, stored, 'channel');
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    pattern: '/channels/:channel/typing',
    auth: true,
    handler: (ctx, req) => {
      channelOf(ctx, req.params.channel);
      return { status: 204 };
    },
  },
  {
    method: 'PUT',
    pattern: '/channels/:channel/messages/:message/reactions/:emoji/@me',
    auth: true,
    handler: (ctx, req) => {
      messageIn(ctx, channelOf(ctx, req.params.channel).channel.id, req.params.message);
      return { status: 204 };
    },
  },
  {
    method: 'DELETE',
    pattern: '/channels/:channel/messages/:message/reactions/:emoji/@me',
    auth: true,
    handler: (ctx, req) => {
      messageIn(ctx, channelOf(ctx, req.params.channel).channel.id, req.params.message);
      return { status: 204 };
    },
  },
];
