import type { GuildSettings } from '@study-graph/study';
import type { SettingsProblem } from '../servers/settings-change.ts';
import type { Locale } from './locale.ts';

/**
 * The sentences of server settings, the daily question and streaks, in both languages: apart from
 * `strings.ts` (the frame of answers), since they are a whole of their own.
 */
export interface ServerStrings {
  settingsTitle: string;
  /** To a member without Manage Server. */
  settingsForbidden: string;
  serverOnly: string;
  saved: string;
  /** What `/settings show` lists: channels as mentions; `fromEnv` those of the bot's configuration. */
  settingsBody: (settings: GuildSettings, fromEnv: string[]) => string;
  /** Study channels set on a bot that reads no messages. */
  mentionsOff: string;
  problems: Record<SettingsProblem, string>;
  dailyTitle: string;
  dailyFooter: string;
  /** A click on a daily question after the next one came. */
  dailyOver: string;
  dailyAlready: string;
  /** Under a daily answer: the learner's streak after it. */
  dailyStreak: (current: number, best: number) => string;
  streakTitle: string;
  streakBody: (current: number, best: number, answeredToday: boolean) => string;
  /** `/streak` on a server with no daily question. */
  streakNoDaily: string;
}

const channels = (ids: string[]) => ids.map((id) => `<#${id}>`).join(', ');
const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
const hour = (h: number) => `${String(h).padStart(2, '0')}:00`;

const vi: ServerStrings = {
  settingsTitle: 'Cài đặt của server',
  settingsForbidden: 'Chỉ người có quyền **Quản lý máy chủ** mới xem và đổi được cài đặt của bot.',
  serverOnly: 'Lệnh này chỉ dùng được trong một server.',
  saved: '✅ Đã lưu.',
  settingsBody: (s, fromEnv) =>
    [
      `**Kênh học tập** (gọi \`@bot\` để hỏi): ${s.studyChannelIds.length > 0 ? channels(s.studyChannelIds) : 'chưa có'}${fromEnv.length > 0 ? `; thêm từ cấu hình của bot: ${channels(fromEnv)}` : ''}`,
      `**Ngôn ngữ**: ${s.language === 'vi' ? 'tiếng Việt' : s.language === 'en' ? 'tiếng Anh' : 'theo ngôn ngữ Discord của từng người'}`,
      `**Câu hỏi hằng ngày**: ${s.dailyChannelId ? `trong <#${s.dailyChannelId}>, từ ${hour(s.dailyHour)} (${s.timeZone})` : 'tắt'}`,
      `**Trả lời riêng** (chỉ người hỏi thấy câu trả lời): ${s.privateReplies ? 'bật' : 'tắt'}`,
    ].join('\n'),
  mentionsOff:
    '⚠️ Bot này chưa đọc tin nhắn, nên chưa trả lời khi được gọi trong kênh học tập: người chạy bot cần đặt `MENTIONS=on` và bật Message Content Intent.',
  problems: {
    'not-a-study-channel': 'Kênh đó không phải kênh học tập, không có gì để bỏ.',
    'too-many-study-channels': 'Server đã có đủ 25 kênh học tập. Bỏ bớt một kênh trước nhé.',
    'daily-off-alone': 'Để tắt câu hỏi hằng ngày, chỉ chọn `tat`, không kèm lựa chọn nào khác.',
    'daily-needs-channel': 'Chọn kênh để đăng câu hỏi hằng ngày (`kenh`).',
    'daily-needs-hour': 'Chọn giờ đăng câu hỏi hằng ngày (`gio`, từ 0 đến 23).',
    'bad-hour': 'Giờ phải là một số nguyên từ 0 đến 23.',
    'unknown-time-zone':
      'Không nhận ra múi giờ đó. Dùng tên IANA, ví dụ `Asia/Ho_Chi_Minh`, `Asia/Tokyo`, `Europe/Paris`.',
  },
  dailyTitle: 'Câu hỏi hôm nay',
  dailyFooter:
    'Ai cũng trả lời được, mỗi người một lần; đúng thì chuỗi ngày của bạn dài thêm. Mở tới câu hỏi ngày mai.',
  dailyOver: 'Câu hỏi này đã qua ngày: hãy trả lời câu hỏi mới nhất nhé.',
  dailyAlready: 'Bạn đã trả lời câu hỏi hôm nay rồi. Hẹn bạn ngày mai!',
  dailyStreak: (current, best) =>
    current > 0
      ? `🔥 Chuỗi: ${current} ngày liền (dài nhất: ${best}).`
      : `Chưa có chuỗi ngày (dài nhất: ${best}). Trả lời đúng ngày mai để bắt đầu một chuỗi mới.`,
  streakTitle: 'Chuỗi ngày của bạn',
  streakBody: (current, best, today) =>
    [
      `🔥 Hiện tại: **${current}** ngày liền trả lời đúng câu hỏi hằng ngày.`,
      `Dài nhất: **${best}** ngày.`,
      today ? 'Bạn đã trả lời câu hỏi hôm nay.' : 'Bạn chưa trả lời câu hỏi hôm nay.',
    ].join('\n'),
  streakNoDaily: 'Server chưa có câu hỏi hằng ngày: người quản lý bật bằng `/cai-dat cau-hoi-ngay`.',
};

const en: ServerStrings = {
  settingsTitle: 'Server settings',
  settingsForbidden: 'Only members who can **Manage Server** can see and change the bot’s settings.',
  serverOnly: 'This command works in a server only.',
  saved: '✅ Saved.',
  settingsBody: (s, fromEnv) =>
    [
      `**Study channels** (mention \`@bot\` to ask): ${s.studyChannelIds.length > 0 ? channels(s.studyChannelIds) : 'none'}${fromEnv.length > 0 ? `; also from the bot’s configuration: ${channels(fromEnv)}` : ''}`,
      `**Language**: ${s.language === 'vi' ? 'Vietnamese' : s.language === 'en' ? 'English' : 'each learner’s Discord language'}`,
      `**Daily question**: ${s.dailyChannelId ? `in <#${s.dailyChannelId}>, from ${hour(s.dailyHour)} (${s.timeZone})` : 'off'}`,
      `**Private replies** (only the asker sees the answer): ${s.privateReplies ? 'on' : 'off'}`,
    ].join('\n'),
  mentionsOff:
    '⚠️ This bot reads no messages, so it does not answer mentions in study channels yet: whoever runs it needs to set `MENTIONS=on` and switch on the Message Content Intent.',
  problems: {
    'not-a-study-channel': 'That channel is not a study channel: nothing to remove.',
    'too-many-study-channels': 'The server already has 25 study channels. Remove one first.',
    'daily-off-alone': 'To turn the daily question off, choose `off` and nothing else.',
    'daily-needs-channel': 'Choose the channel for the daily question (`channel`).',
    'daily-needs-hour': 'Choose the hour of the daily question (`hour`, 0 to 23).',
    'bad-hour': 'The hour must be a whole number from 0 to 23.',
    'unknown-time-zone':
      'That time zone is unknown. Use an IANA name such as `Asia/Ho_Chi_Minh`, `Asia/Tokyo`, `Europe/Paris`.',
  },
  dailyTitle: 'Question of the day',
  dailyFooter:
    'Anyone can answer, once each; a right answer grows your streak. Open until tomorrow’s question.',
  dailyOver: 'This question’s day is over: answer the latest one.',
  dailyAlready: 'You have answered today’s question already. See you tomorrow!',
  dailyStreak: (current, best) =>
    current > 0
      ? `🔥 Streak: ${days(current)} in a row (best: ${best}).`
      : `No streak for now (best: ${best}). A right answer tomorrow starts a new one.`,
  streakTitle: 'Your streak',
  streakBody: (current, best, today) =>
    [
      `🔥 Now: **${days(current)}** in a row of right answers to the daily question.`,
      `Best: **${days(best)}**.`,
      today ? 'You have answered today’s question.' : 'You have not answered today’s question yet.',
    ].join('\n'),
  streakNoDaily: 'This server has no daily question: a manager can turn it on with `/settings daily`.',
};

const STRINGS: Record<Locale, ServerStrings> = { vi, en };

/** The server-settings, daily-question and streak strings of a locale. */
export function serverUi(locale: Locale): ServerStrings {
  return STRINGS[locale];
}
