import { SlashCommandBuilder } from 'discord.js';
import { respond } from '../discord/respond.ts';
import { localeOf } from '../format/locale.ts';
import { publicCard } from '../format/message.ts';
import { ui } from '../format/strings.ts';
import type { Command } from './command.ts';

/** Learners shown on each board. */
const TOP = 10;
const WEEK_MS = 7 * 24 * 60 * 60_000;

/** `/leaderboard`: the server's learners by right quiz answers, this week and all time. */
export const leaderboard = {
  data: new SlashCommandBuilder()
    .setName('leaderboard')
    .setNameLocalizations({ vi: 'bang-xep-hang' })
    .setDescription("The server's top 10 in the quizzes, this week and all time")
    .setDescriptionLocalizations({ vi: 'Top 10 câu đố của server, tuần này và từ trước tới nay' })
    .toJSON(),
  execute(ix, ctx) {
    const locale = localeOf(ix.locale);
    const t = ui(locale);
    return respond(ix, ctx, 'reply', async () => {
      if (!ix.guildId) return { ...publicCard(t.boardTitle, t.boardServerOnly), ephemeral: true };
      const [week, all] = await Promise.all([
        ctx.study.board(ix.guildId, Date.now() - WEEK_MS, TOP),
        ctx.study.board(ix.guildId, 0, TOP),
      ]);
      // Mentions in an embed name people without pinging them.
      const board = (entries: typeof all) =>
        entries.length === 0
          ? t.boardNone
          : entries.map((e, i) => t.boardLine(i + 1, `<@${e.userId}>`, e.right, e.answered)).join('\n');
      return publicCard(
        t.boardTitle,
        `**${t.boardWeek}**\n${board(week)}\n\n**${t.boardAllTime}**\n${board(all)}`,
      );
    });
  },
} satisfies Command;
