import { type Interaction, PermissionFlagsBits } from 'discord.js';
import type { BotContext } from '../context.ts';

/**
 * Whether the member who acted may decide suggestions: they can manage the server, or hold one of
 * the moderator roles. Checked on every command and click, whatever Discord shows them.
 */
export function canModerate(ix: Interaction, ctx: BotContext): boolean {
  if (ix.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  const roles = ix.member?.roles;
  const held = Array.isArray(roles) ? roles : [...(roles?.cache.keys() ?? [])];
  return held.some((role) => ctx.moderatorRoleIds.has(role));
}
