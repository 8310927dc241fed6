import type { GuildSettings, ServerLanguage } from '@study-graph/study';
import { canonicalTimeZone } from './local-time.ts';

/** Study channels a server may set: a bound on what each mention checks. */
export const MAX_STUDY_CHANNELS = 25;

/** One `/settings` change, as read from the command's options. */
export type SettingsChange =
  | { kind: 'study-channel'; add: boolean; channelId: string }
  | { kind: 'language'; language: ServerLanguage | null }
  | { kind: 'daily'; off: boolean; channelId: string | null; hour: number | null; timeZone: string | null }
  | { kind: 'private-replies'; on: boolean };

/** Why a change was refused (it then changes nothing). */
export type SettingsProblem =
  | 'not-a-study-channel'
  | 'too-many-study-channels'
  | 'daily-off-alone'
  | 'daily-needs-channel'
  | 'daily-needs-hour'
  | 'bad-hour'
  | 'unknown-time-zone';

/** The settings after a change, or why it cannot be made. */
export function applyChange(
  settings: GuildSettings,
  change: SettingsChange,
): GuildSettings | SettingsProblem {
  switch (change.kind) {
    case 'study-channel':
      return studyChannel(settings, change.add, change.channelId);
    case 'language':
      return { ...settings, language: change.language };
    case 'daily':
      return daily(settings, change);
    case 'private-replies':
      return { ...settings, privateReplies: change.on };
  }
}

function studyChannel(
  settings: GuildSettings,
  add: boolean,
  channelId: string,
): GuildSettings | SettingsProblem {
  const ids = settings.studyChannelIds;
  if (!add) {
    if (!ids.includes(channelId)) return 'not-a-study-channel';
    return { ...settings, studyChannelIds: ids.filter((id) => id !== channelId) };
  }
  if (ids.includes(channelId)) return settings;
  if (ids.length >= MAX_STUDY_CHANNELS) return 'too-many-study-channels';
  return { ...settings, studyChannelIds: [...ids, channelId] };
}

/**
 * Turning the daily question off takes no other option. Turning it on needs a channel and an hour;
 * once on, each can be changed alone. The time zone is kept as Intl names it.
 */
function daily(
  settings: GuildSettings,
  change: Extract<SettingsChange, { kind: 'daily' }>,
): GuildSettings | SettingsProblem {
  const { off, channelId, hour, timeZone } = change;
  if (off) {
    if (channelId !== null || hour !== null || timeZone !== null) return 'daily-off-alone';
    return { ...settings, dailyChannelId: null };
  }
  const on = settings.dailyChannelId !== null;
  const channel = channelId ?? settings.dailyChannelId;
  if (channel === null) return 'daily-needs-channel';
  if (hour === null && !on) return 'daily-needs-hour';
  if (hour !== null && !(Number.isInteger(hour) && hour >= 0 && hour <= 23)) return 'bad-hour';
  const zone = timeZone === null ? settings.timeZone : canonicalTimeZone(timeZone);
  if (zone === null) return 'unknown-time-zone';
  return { ...settings, dailyChannelId: channel, dailyHour: hour ?? settings.dailyHour, timeZone: zone };
}
