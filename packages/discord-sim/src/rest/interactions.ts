/** Interaction callbacks and the interaction webhook (`@original` edits, follow-ups). */
import {
  type APIApplicationCommandOptionChoice,
  type APIModalInteractionResponseCallbackData,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
} from 'discord-api-types/v10';
import { createBotMessage, editBotMessage } from '../model/messages.ts';
import type { InteractionRecord, StoredMessage } from '../model/store.ts';
import { interactionMember } from '../model/world.ts';
import { DiscordHttpError, JsonErrorCode } from '../validate/errors.ts';
import { isEmptyMessage, validateCallback, validateMessage } from '../validate/rules.ts';
import type { Route, SimContext, SimRequest, SimResponse } from './context.ts';

type Body = Record<string, unknown>;

const asBody = (v: unknown): Body =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Body) : {};

function checkUploads(ctx: SimContext, req: SimRequest): void {
  for (const u of req.uploads) {
    if (u.data.length > ctx.rules.maxFileSize) {
      throw new DiscordHttpError(413, {
        code: JsonErrorCode.RequestEntityTooLarge,
        message: 'Request entity too large',
      });
    }
  }
  if (req.uploads.length > 10) {
    throw DiscordHttpError.invalidForm([
      { path: ['files'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 10 or fewer in length.' },
    ]);
  }
}

function emptyMessage(): DiscordHttpError {
  return new DiscordHttpError(400, {
    code: JsonErrorCode.CannotSendEmptyMessage,
    message: 'Cannot send an empty message',
  });
}

/** Dispatch MESSAGE_CREATE/UPDATE for a non-ephemeral bot message, as Discord does. */
export function announce(
  ctx: SimContext,
  stored: StoredMessage,
  t: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE',
): void {
  if (stored.ephemeral) return;
  const guild = stored.guildId ? ctx.world.guilds.get(stored.guildId) : undefined;
  const member = guild
    ? (({ user: _u, ...m }) => m)(interactionMember(ctx.world, guild, stored.message.author.id))
    : undefined;
  ctx.gateway.dispatchMessage(t, stored.message, stored.guildId, member);
}

function messageTypeFor(record: InteractionRecord): MessageType {
  return record.type === InteractionType.ApplicationCommand
    ? MessageType.ChatInputCommand
    : MessageType.Default;
}

function newResponseMessage(
  ctx: SimContext,
  record: InteractionRecord,
  req: SimRequest,
  data: Body,
  extraFlags: number,
): StoredMessage {
  const user = record.payload.member?.user ?? record.payload.user;
  if (!user) throw new Error('interaction without user');
  const interaction: { id: string; type: number; user: typeof user; name?: string; ownerGuildId?: string } = {
    id: record.id,
    type: record.type,
    user,
  };
  const name = record.payload.data && 'name' in record.payload.data ? record.payload.data.name : undefined;
  if (name !== undefined) interaction.name = name;
  if (record.guildId !== undefined) interaction.ownerGuildId = record.guildId;
  const stored = createBotMessage({
    world: ctx.world,
    baseUrl: ctx.baseUrl,
    channelId: record.channelId,
    guildId: record.guildId,
    body: data,
    uploads: req.uploads,
    type: messageTypeFor(record),
    flags: extraFlags,
    interaction,
    webhookId: ctx.world.application.id,
  });
  stored.interactionId = record.id;
  return stored;
}

/** `POST /interactions/{id}/{token}/callback` */
export function interactionCallback(ctx: SimContext, req: SimRequest): SimResponse {
  const record = ctx.store.interactions.get(req.params.id ?? '');
  if (!record || record.token !== req.params.token) {
    throw DiscordHttpError.notFound(JsonErrorCode.UnknownInteraction, 'Unknown interaction');
  }
  const tag = { interactionId: record.id };
  try {
    return applyCallback(ctx, req, record);
  } catch (e) {
    if (e instanceof DiscordHttpError) e.interactionId = tag.interactionId;
    throw e;
  }
}

function applyCallback(ctx: SimContext, req: SimRequest, record: InteractionRecord): SimResponse {
  if (record.acknowledged) {
    throw new DiscordHttpError(400, {
      code: JsonErrorCode.InteractionAlreadyAcknowledged,
      message: 'Interaction has already been acknowledged.',
    });
  }
  if (ctx.clock.now() - record.dispatchedOnClock > ctx.rules.interactionDeadlineMs) {
    throw DiscordHttpError.notFound(JsonErrorCode.UnknownInteraction, 'Unknown interaction');
  }
  const problems = validateCallback(req.body, record.type);
  if (problems.length > 0) throw DiscordHttpError.invalidForm(problems);
  checkUploads(ctx, req);
  const body = asBody(req.body);
  const type = body.type as InteractionResponseType;
  const data = asBody(body.data);
  let resourceMessage: StoredMessage | undefined;
  switch (type) {
    case InteractionResponseType.ChannelMessageWithSource: {
      if (isEmptyMessage(data, req.uploads.length)) throw emptyMessage();
      const stored = newResponseMessage(ctx, record, req, data, 0);
      record.originalMessageId = stored.message.id;
      ctx.store.putMessage(stored, 'create', 'callback');
      announce(ctx, stored, 'MESSAGE_CREATE');
      resourceMessage = stored;
      break;
    }
    case InteractionResponseType.DeferredChannelMessageWithSource: {
      const flags = typeof data.flags === 'number' ? data.flags & MessageFlags.Ephemeral : 0;
      const stored = newResponseMessage(
        ctx,
        record,
        { ...req, uploads: [] },
        { content: '' },
        flags | MessageFlags.Loading,
      );
      record.originalMessageId = stored.message.id;
      ctx.store.putMessage(stored, 'create', 'callback');
      announce(ctx, stored, 'MESSAGE_CREATE');
      resourceMessage = stored;
      break;
    }
    case InteractionResponseType.DeferredMessageUpdate:
      if (record.componentMessageId) record.originalMessageId = record.componentMessageId;
      break;
    case InteractionResponseType.UpdateMessage: {
      const target = record.componentMessageId
        ? ctx.store.messages.get(record.componentMessageId)
        : undefined;
      if (!target) throw DiscordHttpError.notFound(JsonErrorCode.UnknownMessage, 'Unknown Message');
      const updated = editBotMessage(ctx.world, ctx.baseUrl, target, data, req.uploads);
      record.originalMessageId = target.message.id;
      ctx.store.putMessage(updated, 'update', 'callback');
      announce(ctx, updated, 'MESSAGE_UPDATE');
      resourceMessage = updated;
      break;
    }
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      record.choices = (
        Array.isArray(data.choices) ? data.choices : []
      ) as APIApplicationCommandOptionChoice[];
      break;
    case InteractionResponseType.Modal:
      record.modal = data as unknown as APIModalInteractionResponseCallbackData;
      break;
    default:
      break;
  }
  record.acknowledged = true;
  record.callbackType = type;
  record.ackAt = performance.now();
  ctx.store.emit({ kind: 'callback', interaction: record, at: record.ackAt });
  if (req.query.get('with_response') !== 'true') return { status: 204, interactionId: record.id };
  const interaction: Record<string, unknown> = { id: record.id, type: record.type };
  if (resourceMessage) {
    interaction.response_message_id = resourceMessage.message.id;
    interaction.response_message_loading =
      ((resourceMessage.message.flags ?? 0) & MessageFlags.Loading) !== 0;
    interaction.response_message_ephemeral = resourceMessage.ephemeral;
  }
  const resource: Record<string, unknown> = { type };
  if (resourceMessage) resource.message = resourceMessage.message;
  return { status: 200, body: { interaction, resource }, interactionId: record.id };
}

/** Find the interaction behind a webhook URL and check that its token is still usable. */
function webhookInteraction(ctx: SimContext, req: SimRequest): InteractionRecord {
  const record = ctx.store.interactionsByToken.get(req.params.token ?? '');
  if (!record || req.params.app !== ctx.world.application.id) {
    throw DiscordHttpError.notFound(JsonErrorCode.UnknownWebhook, 'Unknown Webhook');
  }
  if (ctx.clock.now() - record.dispatchedOnClock > ctx.rules.interactionTokenTtlMs) {
    throw new DiscordHttpError(401, {
      code: JsonErrorCode.InvalidWebhookToken,
      message: 'Invalid Webhook Token',
    });
  }
  if (!record.acknowledged) throw DiscordHttpError.notFound(JsonErrorCode.UnknownWebhook, 'Unknown Webhook');
  return record;
}

function webhookMessage(ctx: SimContext, record: InteractionRecord, messageId: string): StoredMessage {
  const id = messageId === '@original' ? record.originalMessageId : messageId;
  const stored = id ? ctx.store.messages.get(id) : undefined;
  const belongs =
    stored &&
    !stored.deleted &&
    (id === record.originalMessageId || record.followUpIds.includes(stored.message.id));
  if (!stored || !belongs) throw DiscordHttpError.notFound(JsonErrorCode.UnknownMessage, 'Unknown Message');
  return stored;
}

/** `GET /webhooks/{app}/{token}/messages/{id}` */
export function getWebhookMessage(ctx: SimContext, req: SimRequest): SimResponse {
  const record = webhookInteraction(ctx, req);
  return {
    status: 200,
    body: webhookMessage(ctx, record, req.params.message ?? '').message,
    interactionId: record.id,
  };
}

/** `PATCH /webhooks/{app}/{token}/messages/{id}` */
export function editWebhookMessage(ctx: SimContext, req: SimRequest): SimResponse {
  const record = webhookInteraction(ctx, req);
  try {
    const problems = validateMessage(req.body, 'webhook-edit');
    if (problems.length > 0) throw DiscordHttpError.invalidForm(problems);
    checkUploads(ctx, req);
    const stored = webhookMessage(ctx, record, req.params.message ?? '');
    const updated = editBotMessage(ctx.world, ctx.baseUrl, stored, asBody(req.body), req.uploads);
    ctx.store.putMessage(updated, 'update', 'webhook');
    announce(ctx, updated, 'MESSAGE_UPDATE');
    return { status: 200, body: updated.message, interactionId: record.id };
  } catch (e) {
    if (e instanceof DiscordHttpError) e.interactionId = record.id;
    throw e;
  }
}

/** Keeps a deleted message (flagged) so tests can still see what the bot removed. */
export function markDeleted(ctx: SimContext, stored: StoredMessage, via: 'channel' | 'webhook'): void {
  const deleted = { ...stored, deleted: true };
  ctx.store.messages.set(stored.message.id, deleted);
  ctx.store.emit({ kind: 'message', action: 'delete', stored: deleted, at: performance.now(), via });
}

/** `DELETE /webhooks/{app}/{token}/messages/{id}` */
export function deleteWebhookMessage(ctx: SimContext, req: SimRequest): SimResponse {
  const record = webhookInteraction(ctx, req);
  const stored = webhookMessage(ctx, record, req.params.message ?? '');
  markDeleted(ctx, stored, 'webhook');
  if (!stored.ephemeral) {
    ctx.gateway.dispatch(
      'MESSAGE_DELETE',
      { id: stored.message.id, channel_id: stored.message.channel_id, guild_id: stored.guildId },
      stored.guildId ? 1 << 9 : 1 << 12,
    );
  }
  return { status: 204, interactionId: record.id };
}

/** `POST /webhooks/{app}/{token}`: a follow-up message (or, right after a defer, the deferred response itself). */
export function executeWebhook(ctx: SimContext, req: SimRequest): SimResponse {
  const record = webhookInteraction(ctx, req);
  try {
    const problems = validateMessage(req.body, 'webhook');
    if (problems.length > 0) throw DiscordHttpError.invalidForm(problems);
    checkUploads(ctx, req);
    const body = asBody(req.body);
    if (isEmptyMessage(body, req.uploads.length)) throw emptyMessage();
    const original = record.originalMessageId ? ctx.store.messages.get(record.originalMessageId) : undefined;
    let stored: StoredMessage;
    if (
      record.callbackType === InteractionResponseType.DeferredChannelMessageWithSource &&
      original &&
      ((original.message.flags ?? 0) & MessageFlags.Loading) !== 0
    ) {
      // The first follow-up after a deferred response completes the "thinking..." message.
      stored = editBotMessage(ctx.world, ctx.baseUrl, original, body, req.uploads);
      ctx.store.putMessage(stored, 'update', 'webhook');
      announce(ctx, stored, 'MESSAGE_UPDATE');
    } else {
      stored = newResponseMessage(ctx, record, req, body, 0);
      record.followUpIds.push(stored.message.id);
      ctx.store.putMessage(stored, 'create', 'webhook');
      announce(ctx, stored, 'MESSAGE_CREATE');
    }
    const wait = req.query.get('wait') === 'true';
    return wait
      ? { status: 200, body: stored.message, interactionId: record.id }
      : { status: 204, interactionId: record.id };
  } catch (e) {
    if (e instanceof DiscordHttpError) e.interactionId = record.id;
    throw e;
  }
}

export const interactionRoutes: Route[] = [
  { method: 'POST', pattern: '/interactions/:id/:token/callback', auth: false, handler: interactionCallback },
  {
    method: 'GET',
    pattern: '/webhooks/:app/:token/messages/:message',
    auth: false,
    handler: getWebhookMessage,
  },
  {
    method: 'PATCH',
    pattern: '/webhooks/:app/:token/messages/:message',
    auth: false,
    handler: editWebhookMessage,
  },
  {
    method: 'DELETE',
    pattern: '/webhooks/:app/:token/messages/:message',
    auth: false,
    handler: deleteWebhookMessage,
  },
  { method: 'POST', pattern: '/webhooks/:app/:token', auth: false, handler: executeWebhook },
];
