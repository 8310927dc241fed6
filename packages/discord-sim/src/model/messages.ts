/** Build and edit {@link APIMessage}s the way Discord does for what a bot posts. */
import {
  AllowedMentionsTypes,
  type APIAllowedMentions,
  type APIAttachment,
  type APIEmbed,
  type APIMessage,
  type APIMessageReference,
  type APIMessageTopLevelComponent,
  type APIUser,
  MessageFlags,
  MessageReferenceType,
  MessageType,
} from 'discord-api-types/v10';
import { snowflake } from '../snowflake.ts';
import type { SimFile, StoredMessage } from './store.ts';
import type { SimWorld } from './world.ts';

/** A part of a multipart body that carried a file. */
export interface UploadedFile {
  /** The form field (`files[0]`, ...). */
  field: string;
  name: string;
  contentType: string;
  data: Buffer;
}

type Body = Record<string, unknown>;

const MENTION = /<@!?(\d{1,20})>/g;

/** Users mentioned in `content` (only users the world knows), filtered by `allowed_mentions` as Discord does. */
export function resolveMentions(
  world: SimWorld,
  content: string,
  allowed: APIAllowedMentions | undefined,
  repliedUser: APIUser | undefined,
): APIUser[] {
  const ids = new Set<string>();
  for (const m of content.matchAll(MENTION)) if (m[1]) ids.add(m[1]);
  const known = (id: string) => (id === world.bot.id ? world.bot : world.users.get(id)?.user);
  const out: APIUser[] = [];
  for (const id of ids) {
    const user = known(id);
    if (!user) continue;
    if (allowed) {
      const parseUsers = allowed.parse?.includes(AllowedMentionsTypes.User) ?? false;
      if (!parseUsers && !(allowed.users ?? []).includes(id)) continue;
    }
    out.push(user);
  }
  if (repliedUser && !out.some((u) => u.id === repliedUser.id)) {
    const pingReplied = allowed === undefined ? true : allowed.replied_user === true;
    if (pingReplied) out.push(repliedUser);
  }
  return out;
}

function imageSize(data: Buffer): { width: number; height: number } | undefined {
  // PNG: signature + IHDR width/height (big-endian) at bytes 16..23.
  if (data.length >= 24 && data.readUInt32BE(0) === 0x89504e47 && data.readUInt32BE(12) === 0x49484452) {
    return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  }
  // GIF: "GIF8", little-endian width/height at 6..9.
  if (data.length >= 10 && data.toString('latin1', 0, 4) === 'GIF8') {
    return { width: data.readUInt16LE(6), height: data.readUInt16LE(8) };
  }
  return undefined;
}

/**
 * Turn the uploaded files plus the payload's `attachments` list into attachment objects. `attachments[].id`
 * refers to the upload index for new files; existing attachment ids (edits) are kept if listed.
 */
export function buildAttachments(
  baseUrl: string,
  channelId: string,
  body: Body,
  uploads: readonly UploadedFile[],
  existing: { attachments: APIAttachment[]; files: SimFile[] } | undefined,
  ephemeral: boolean,
): { attachments: APIAttachment[]; files: SimFile[] } {
  const refs = Array.isArray(body.attachments) ? (body.attachments as Record<string, unknown>[]) : undefined;
  const attachments: APIAttachment[] = [];
  const files: SimFile[] = [];
  if (existing) {
    const keep = refs ? new Set(refs.map((r) => String(r.id))) : undefined;
    for (const [i, a] of existing.attachments.entries()) {
      if (keep && !keep.has(a.id)) continue;
      attachments.push(a);
      const f = existing.files[i] ?? existing.files.find((x) => x.id === a.id);
      if (f) files.push(f);
    }
  }
  for (const [index, upload] of uploads.entries()) {
    const fieldIndex = /^files\[(\d+)\]$/.exec(upload.field)?.[1] ?? String(index);
    const ref = refs?.find((r) => String(r.id) === fieldIndex);
    const name = typeof ref?.filename === 'string' ? ref.filename : upload.name;
    const id = snowflake();
    const url = `${baseUrl}/attachments/${channelId}/${id}/${encodeURIComponent(name)}`;
    const attachment: APIAttachment = {
      id,
      filename: name,
      size: upload.data.length,
      url,
      proxy_url: url,
      content_type: upload.contentType,
    };
    const dims = imageSize(upload.data);
    if (dims) {
      attachment.width = dims.width;
      attachment.height = dims.height;
    }
    if (typeof ref?.description === 'string') attachment.description = ref.description;
    if (ephemeral) attachment.ephemeral = true;
    attachments.push(attachment);
    const file: SimFile = {
      id,
      name,
      contentType: upload.contentType,
      data: upload.data,
      size: upload.data.length,
      url,
    };
    if (typeof ref?.description === 'string') file.description = ref.description;
    files.push(file);
  }
  return { attachments, files };
}

export interface NewBotMessage {
  world: SimWorld;
  baseUrl: string;
  channelId: string;
  guildId: string | undefined;
  body: Body;
  uploads: readonly UploadedFile[];
  type: MessageType;
  /** Extra flags (ephemeral, loading) on top of what the body asks. */
  flags?: number;
  reference?: StoredMessage;
  interaction?: { id: string; type: number; user: APIUser; name?: string; ownerGuildId?: string };
  webhookId?: string;
}

/** Build a message the bot posted (REST create, interaction response, follow-up). */
export function createBotMessage(input: NewBotMessage): StoredMessage {
  const { world, body } = input;
  const id = snowflake();
  const flags = ((typeof body.flags === 'number' ? body.flags : 0) | (input.flags ?? 0)) >>> 0;
  const ephemeral = (flags & MessageFlags.Ephemeral) !== 0;
  const { attachments, files } = buildAttachments(
    input.baseUrl,
    input.channelId,
    body,
    input.uploads,
    undefined,
    ephemeral,
  );
  const content = typeof body.content === 'string' ? body.content : '';
  const allowed = (body.allowed_mentions ?? undefined) as APIAllowedMentions | undefined;
  const message: APIMessage = {
    id,
    channel_id: input.channelId,
    author: world.bot,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: body.tts === true,
    mention_everyone: false,
    mentions: resolveMentions(world, content, allowed, input.reference?.message.author),
    mention_roles: [],
    attachments,
    embeds: (Array.isArray(body.embeds) ? body.embeds : []) as APIEmbed[],
    components: (Array.isArray(body.components) ? body.components : []) as APIMessageTopLevelComponent[],
    pinned: false,
    type: input.type,
    flags,
  };
  if (typeof body.nonce === 'string' || typeof body.nonce === 'number') message.nonce = body.nonce;
  if (input.webhookId) {
    message.webhook_id = input.webhookId;
    message.application_id = world.application.id;
  }
  if (input.reference) {
    const ref: APIMessageReference = {
      type: MessageReferenceType.Default,
      message_id: input.reference.message.id,
      channel_id: input.reference.message.channel_id,
    };
    if (input.guildId) ref.guild_id = input.guildId;
    message.message_reference = ref;
    message.referenced_message = input.reference.message;
  }
  if (input.interaction) {
    const i = input.interaction;
    message.interaction_metadata = {
      id: i.id,
      type: i.type,
      user: i.user,
      authorizing_integration_owners: i.ownerGuildId ? { 0: i.ownerGuildId } : {},
    } as APIMessage['interaction_metadata'] & object;
    message.interaction = { id: i.id, type: i.type, name: i.name ?? '', user: i.user };
  }
  return {
    message,
    guildId: input.guildId,
    files,
    allowedMentions: allowed,
    ephemeral,
    deleted: false,
  };
}

/**
 * Apply an edit (webhook PATCH, UPDATE_MESSAGE callback, channel message PATCH): fields present replace, `null`
 * clears, absent fields stay. Clears the "loading" flag of a deferred response.
 */
export function editBotMessage(
  world: SimWorld,
  baseUrl: string,
  stored: StoredMessage,
  body: Body,
  uploads: readonly UploadedFile[],
): StoredMessage {
  const prev = stored.message;
  const message: APIMessage = { ...prev };
  if ('content' in body) message.content = typeof body.content === 'string' ? body.content : '';
  if ('embeds' in body) message.embeds = (Array.isArray(body.embeds) ? body.embeds : []) as APIEmbed[];
  if ('components' in body) {
    message.components = (
      Array.isArray(body.components) ? body.components : []
    ) as APIMessageTopLevelComponent[];
  }
  let flags = (prev.flags ?? 0) & ~MessageFlags.Loading;
  if (typeof body.flags === 'number') {
    const changeable = MessageFlags.SuppressEmbeds | MessageFlags.IsComponentsV2;
    flags = (flags & ~changeable) | (body.flags & changeable);
  }
  message.flags = flags;
  let files = stored.files;
  if ('attachments' in body || uploads.length > 0) {
    const built = buildAttachments(
      baseUrl,
      prev.channel_id,
      body,
      uploads,
      { attachments: prev.attachments, files: stored.files },
      stored.ephemeral,
    );
    message.attachments = built.attachments;
    files = built.files;
  }
  let allowed = stored.allowedMentions;
  if ('allowed_mentions' in body)
    allowed = (body.allowed_mentions ?? undefined) as APIAllowedMentions | undefined;
  message.mentions = resolveMentions(
    world,
    message.content,
    allowed,
    prev.referenced_message?.author ?? undefined,
  );
  const wasLoading = ((prev.flags ?? 0) & MessageFlags.Loading) !== 0;
  message.edited_timestamp = wasLoading ? null : new Date().toISOString();
  return { ...stored, message, files, allowedMentions: allowed };
}

/** A message a human user sends (dispatched as MESSAGE_CREATE). */
export function createUserMessage(
  world: SimWorld,
  author: APIUser,
  channelId: string,
  content: string,
  reference: StoredMessage | undefined,
): APIMessage {
  const message: APIMessage = {
    id: snowflake(),
    channel_id: channelId,
    author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: resolveMentions(world, content, undefined, reference?.message.author),
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: reference ? MessageType.Reply : MessageType.Default,
    flags: 0 as MessageFlags,
  };
  if (reference) {
    message.message_reference = {
      type: MessageReferenceType.Default,
      message_id: reference.message.id,
      channel_id: reference.message.channel_id,
    };
    message.referenced_message = reference.message;
  }
  return message;
}
