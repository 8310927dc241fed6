import {
  ChannelType,
  type ChatInputCommandInteraction,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import { notify, respond } from '../discord/respond.ts';
import { localeOf } from '../format/locale.ts';
import { privateCard } from '../format/message.ts';
import { serverUi } from '../format/server-strings.ts';
import type { SettingsChange } from '../servers/settings-change.ts';
import type { Command } from './command.ts';

/** Where questions can be asked and posted. */
const TEXT_CHANNELS = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;

/**
 * `/settings`: the bot's settings for a server, seen and changed by those who can manage it, in
 * private. Subcommands: `show`, `study-channel`, `language`, `daily`, `private-replies`.
 */
export const settings = {
  data: new SlashCommandBuilder()
    .setName('settings')
    .setNameLocalizations({ vi: 'cai-dat' })
    .setDescription('The bot’s settings for this server (Manage Server)')
    .setDescriptionLocalizations({ vi: 'Cài đặt của bot cho server này (quyền Quản lý máy chủ)' })
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((c) =>
      c
        .setName('show')
        .setNameLocalizations({ vi: 'xem' })
        .setDescription('Show the settings')
        .setDescriptionLocalizations({ vi: 'Xem cài đặt' }),
    )
    .addSubcommand((c) =>
      c
        .setName('study-channel')
        .setNameLocalizations({ vi: 'kenh-hoc' })
        .setDescription('Add or remove a channel where mentions of the bot are answered')
        .setDescriptionLocalizations({ vi: 'Thêm hoặc bỏ một kênh mà bot trả lời khi được gọi (@bot)' })
        .addStringOption((o) =>
          o
            .setName('action')
            .setNameLocalizations({ vi: 'thao-tac' })
            .setDescription('Add or remove')
            .setDescriptionLocalizations({ vi: 'Thêm hay bỏ' })
            .setRequired(true)
            .addChoices(
              { name: 'add', name_localizations: { vi: 'thêm' }, value: 'add' },
              { name: 'remove', name_localizations: { vi: 'bỏ' }, value: 'remove' },
            ),
        )
        .addChannelOption((o) =>
          o
            .setName('channel')
            .setNameLocalizations({ vi: 'kenh' })
            .setDescription('The channel')
            .setDescriptionLocalizations({ vi: 'Kênh' })
            .addChannelTypes(...TEXT_CHANNELS)
            .setRequired(true),
        ),
    )
    .addSubcommand((c) =>
      c
        .setName('language')
        .setNameLocalizations({ vi: 'ngon-ngu' })
        .setDescription('The language the bot speaks here, or each learner’s own')
        .setDescriptionLocalizations({ vi: 'Ngôn ngữ bot dùng ở đây, hoặc theo từng người' })
        .addStringOption((o) =>
          o
            .setName('language')
            .setNameLocalizations({ vi: 'ngon-ngu' })
            .setDescription('Vietnamese, English, or each learner’s Discord language')
            .setDescriptionLocalizations({
              vi: 'Tiếng Việt, tiếng Anh, hoặc theo ngôn ngữ Discord của từng người',
            })
            .setRequired(true)
            .addChoices(
              { name: 'Tiếng Việt', value: 'vi' },
              { name: 'English', value: 'en' },
              { name: 'Each learner’s own', name_localizations: { vi: 'Theo từng người' }, value: 'auto' },
            ),
        ),
    )
    .addSubcommand((c) =>
      c
        .setName('daily')
        .setNameLocalizations({ vi: 'cau-hoi-ngay' })
        .setDescription('A question of the day in a channel, from an hour on; or off')
        .setDescriptionLocalizations({ vi: 'Mỗi ngày một câu hỏi trong một kênh, từ một giờ; hoặc tắt' })
        .addChannelOption((o) =>
          o
            .setName('channel')
            .setNameLocalizations({ vi: 'kenh' })
            .setDescription('Where to post it')
            .setDescriptionLocalizations({ vi: 'Đăng ở kênh nào' })
            .addChannelTypes(...TEXT_CHANNELS),
        )
        .addIntegerOption((o) =>
          o
            .setName('hour')
            .setNameLocalizations({ vi: 'gio' })
            .setDescription('From which hour, 0 to 23')
            .setDescriptionLocalizations({ vi: 'Từ mấy giờ, 0 đến 23' })
            .setMinValue(0)
            .setMaxValue(23),
        )
        .addStringOption((o) =>
          o
            .setName('time-zone')
            .setNameLocalizations({ vi: 'mui-gio' })
            .setDescription('IANA time zone, e.g. Asia/Ho_Chi_Minh (the default)')
            .setDescriptionLocalizations({ vi: 'Múi giờ IANA, ví dụ Asia/Ho_Chi_Minh (mặc định)' })
            .setMaxLength(64),
        )
        .addBooleanOption((o) =>
          o
            .setName('off')
            .setNameLocalizations({ vi: 'tat' })
            .setDescription('Turn the daily question off')
            .setDescriptionLocalizations({ vi: 'Tắt câu hỏi hằng ngày' }),
        ),
    )
    .addSubcommand((c) =>
      c
        .setName('private-replies')
        .setNameLocalizations({ vi: 'tra-loi-rieng' })
        .setDescription('Answers to questions seen only by the asker')
        .setDescriptionLocalizations({ vi: 'Câu trả lời chỉ người hỏi thấy' })
        .addStringOption((o) =>
          o
            .setName('state')
            .setNameLocalizations({ vi: 'trang-thai' })
            .setDescription('On or off')
            .setDescriptionLocalizations({ vi: 'Bật hay tắt' })
            .setRequired(true)
            .addChoices(
              { name: 'on', name_localizations: { vi: 'bật' }, value: 'on' },
              { name: 'off', name_localizations: { vi: 'tắt' }, value: 'off' },
            ),
        ),
    )
    .toJSON(),
  async execute(ix, ctx) {
    const t = serverUi(localeOf(ix.locale));
    const guildId = ix.guildId;
    // Discord shows the command to managers only, but a server can give it to anyone: checked again.
    if (!guildId || !ix.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      await notify(ix, guildId ? t.settingsForbidden : t.serverOnly);
      return { outcome: 'ok', deferred: false };
    }
    const change = changeOf(ix);
    return respond(ix, ctx, 'private', async () => {
      // Shown as stored: a store that fails says so, rather than showing the defaults.
      const result = change
        ? await ctx.settings.change(guildId, change)
        : await ctx.settings.store.settings(guildId);
      if (typeof result === 'string') return privateCard(t.settingsTitle, t.problems[result]);
      const fromEnv = [...ctx.studyChannelIds].filter((id) => ix.guild?.channels.cache.has(id));
      const lines = [...(change ? [t.saved, ''] : []), t.settingsBody(result, fromEnv)];
      if (!ctx.readsMessages && result.studyChannelIds.length > 0) lines.push('', t.mentionsOff);
      return privateCard(t.settingsTitle, lines.join('\n'));
    });
  },
} satisfies Command;

/** The change a subcommand asks for; null for `show`. */
function changeOf(ix: ChatInputCommandInteraction): SettingsChange | null {
  const o = ix.options;
  switch (o.getSubcommand()) {
    case 'study-channel':
      return {
        kind: 'study-channel',
        add: o.getString('action', true) === 'add',
        channelId: o.getChannel('channel', true).id,
      };
    case 'language': {
      const language = o.getString('language', true);
      return { kind: 'language', language: language === 'vi' || language === 'en' ? language : null };
    }
    case 'daily':
      return {
        kind: 'daily',
        off: o.getBoolean('off') ?? false,
        channelId: o.getChannel('channel')?.id ?? null,
        hour: o.getInteger('hour'),
        timeZone: o.getString('time-zone'),
      };
    case 'private-replies':
      return { kind: 'private-replies', on: o.getString('state', true) === 'on' };
    default:
      return null;
  }
}
