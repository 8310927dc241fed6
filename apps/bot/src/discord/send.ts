import {
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type MessageCreateOptions,
  MessageFlags,
  type MessageReplyOptions,
} from 'discord.js';
import type { OutgoingMessage } from '../format/message.ts';

/**
 * Allowed mentions for everything the bot sends: nobody is ever pinged, whatever the text holds
 * (`@everyone`, `<@id>`, role mentions). A new object each time: discord.js keeps a reference.
 */
export function noMentions(): { parse: [] } {
  return { parse: [] };
}

/** A first reply to an interaction. */
export function asReply(m: OutgoingMessage): InteractionReplyOptions & { flags?: MessageFlags.Ephemeral } {
  return {
    ...(m.content ? { content: m.content } : {}),
    embeds: m.embeds,
    files: m.files,
    components: m.components,
    allowedMentions: noMentions(),
    ...(m.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/**
 * An edit (of a deferred reply, or of the message a button sits on). `attachments: []` drops the
 * previous picture; the new files are added on top (discord.js lists them itself).
 */
export function asEdit(m: OutgoingMessage): InteractionEditReplyOptions & InteractionUpdateOptions {
  return {
    content: m.content,
    embeds: m.embeds,
    files: m.files,
    components: m.components,
    attachments: [],
    allowedMentions: noMentions(),
  };
}

/** A reply to a message in a study channel (no ping of its author either). */
export function asMessageReply(m: OutgoingMessage): MessageReplyOptions & MessageCreateOptions {
  return {
    ...(m.content ? { content: m.content } : {}),
    embeds: m.embeds,
    files: m.files,
    components: m.components,
    allowedMentions: noMentions(),
  };
}
