import { SlashCommandBuilder } from 'discord.js';
import { respond } from '../discord/respond.ts';
import { localeOf } from '../format/locale.ts';
import { privateCard } from '../format/message.ts';
import { ui } from '../format/strings.ts';
import type { Command } from './command.ts';

/** `/forget-me`: deletes everything kept about the learner (quiz answers, streaks, ...), and says so privately. */
export const forgetMe = {
  data: new SlashCommandBuilder()
    .setName('forget-me')
    .setNameLocalizations({ vi: 'quen-toi' })
    .setDescription('Delete everything the bot keeps about you')
    .setDescriptionLocalizations({ vi: 'Xoá mọi thứ bot lưu về bạn' })
    .toJSON(),
  execute(ix, ctx) {
    const t = ui(localeOf(ix.locale));
    return respond(ix, ctx, 'private', async () => {
      // Streaks first: the study store's forgetting deletes the learner's node they hang from.
      const streaks = await ctx.settings.store.forget(ix.user.id);
      const deleted = await ctx.study.forget(ix.user.id);
      const suggestions = await ctx.suggestions.forget(ix.user.id);
      ctx.logger.info({ answers: deleted, streaks, suggestions }, 'a learner asked to be forgotten');
      return privateCard(t.progressTitle, t.forgotten(deleted));
    });
  },
} satisfies Command;
