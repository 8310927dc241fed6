import { SlashCommandBuilder } from 'discord.js';
import { canModerate } from '../community/moderators.ts';
import { moderationMessage } from '../components/suggestion-button.ts';
import { respond } from '../discord/respond.ts';
import { noticeCard } from '../format/card.ts';
import { localeOf } from '../format/locale.ts';
import { toMessage } from '../format/message.ts';
import { ui } from '../format/strings.ts';
import type { Command } from './command.ts';

/**
 * `/pending`: the server's suggestions waiting, with Approve and Reject for each, for members who
 * manage the server or hold a moderator role (anyone else is told so, privately).
 */
export const pending = {
  data: new SlashCommandBuilder()
    .setName('pending')
    .setNameLocalizations({ vi: 'cho-duyet' })
    .setDescription('Suggestions waiting for a moderator (server managers and moderator roles)')
    .setDescriptionLocalizations({
      vi: 'Các đề xuất chờ duyệt (cho người quản lý server và vai trò điều hành)',
    })
    .toJSON(),
  execute(ix, ctx) {
    const locale = localeOf(ix.locale);
    const t = ui(locale);
    return respond(ix, ctx, 'private', async () => {
      if (!ix.guildId) return toMessage(noticeCard(locale, t.serverOnly));
      if (!canModerate(ix, ctx)) return toMessage(noticeCard(locale, t.notModerator));
      return moderationMessage(ctx, ix.guildId, locale, null);
    });
  },
} satisfies Command;
