import { standingStreak } from '@study-graph/study';
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { respond } from '../discord/respond.ts';
import { localeOf } from '../format/locale.ts';
import { privateCard } from '../format/message.ts';
import { serverUi } from '../format/server-strings.ts';
import { localTime } from '../servers/local-time.ts';
import type { Command } from './command.ts';

/**
 * `/streak`: the learner's run of right answers to this server's question of the day, now and at
 * best, seen only by them. A command of its own, not a line of `/progress`: a streak belongs to a
 * server, while progress counts every answer anywhere.
 */
export const streak = {
  data: new SlashCommandBuilder()
    .setName('streak')
    .setNameLocalizations({ vi: 'chuoi' })
    .setDescription('Your days in a row of right answers to this server’s daily question')
    .setDescriptionLocalizations({ vi: 'Số ngày liền bạn trả lời đúng câu hỏi hằng ngày của server' })
    .setContexts(InteractionContextType.Guild)
    .toJSON(),
  execute(ix, ctx) {
    const t = serverUi(localeOf(ix.locale));
    const guildId = ix.guildId;
    return respond(ix, ctx, 'private', async () => {
      if (!guildId) return privateCard(t.streakTitle, t.serverOnly);
      const [settings, kept] = await Promise.all([
        ctx.settings.get(guildId),
        ctx.settings.store.streak(guildId, ix.user.id),
      ]);
      const today = localTime(new Date(), settings.timeZone).day;
      const latest = settings.lastDailyOn;
      const answered = kept !== null && latest !== null && kept.lastAnsweredOn >= latest;
      const body = t.streakBody(standingStreak(kept, today), kept?.best ?? 0, answered);
      return privateCard(t.streakTitle, settings.dailyChannelId ? body : `${body}\n\n${t.streakNoDaily}`);
    });
  },
} satisfies Command;
