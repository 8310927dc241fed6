/** The languages a server can set for the bot: Vietnamese or English. */
export type ServerLanguage = 'vi' | 'en';

/** How the bot behaves on one server, as its managers set it with `/settings`. */
export interface GuildSettings {
  guildId: string;
  /** Channels where mentions of the bot are answered, besides those of the bot's own configuration. */
  studyChannelIds: string[];
  /** The language the bot speaks on the server; null: each learner's own Discord language. */
  language: ServerLanguage | null;
  /** Where the daily question is posted; null: no daily question. */
  dailyChannelId: string | null;
  /** From which hour (0-23, in `timeZone`) the day's question is posted. */
  dailyHour: number;
  /** The server's IANA time zone: its days and hours, for the daily question and streaks. */
  timeZone: string;
  /** Answers to questions (`/ask`, `/concept`, ...) seen only by the learner who asked. */
  privateReplies: boolean;
  /** The day (`YYYY-MM-DD` in `timeZone`) of the last daily question posted; null before the first. */
  lastDailyOn: string | null;
}

/** A learner's run of right answers to a server's daily questions. */
export interface Streak {
  /** Days in a row, up to the last right answer (0 after a wrong one). */
  current: number;
  best: number;
  /** The day of the last daily question answered right; null when none was. */
  lastRightOn: string | null;
  /** The day of the last daily question answered at all: each day's is answered once. */
  lastAnsweredOn: string;
}

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** A server's settings before anyone set anything. */
export function defaultSettings(guildId: string): GuildSettings {
  return {
    guildId,
    studyChannelIds: [],
    language: null,
    dailyChannelId: null,
    dailyHour: 8,
    timeZone: DEFAULT_TIME_ZONE,
    privateReplies: false,
    lastDailyOn: null,
  };
}

/**
 * Servers' settings and learners' streaks, kept apart from the graph and from `StudyStore`. Each
 * implementation passes the same contract (`settings-contract.ts`). Days are `YYYY-MM-DD` strings in
 * the server's time zone, computed by the caller: the store only compares them.
 */
export interface SettingsStore {
  readonly name: string;
  /** A server's settings; the defaults when none were saved. */
  settings(guildId: string): Promise<GuildSettings>;
  /** Keeps a server's settings, all but `lastDailyOn`, which only `claimDaily` moves. */
  save(settings: GuildSettings): Promise<void>;
  /** Every server with a daily question channel, by guild id. */
  dailyServers(): Promise<GuildSettings[]>;
  /**
   * Marks `day`'s question of a server as posted; true for the one caller that did, false when it
   * already was (by this process or another) or the server has no settings.
   */
  claimDaily(guildId: string, day: string): Promise<boolean>;
  /**
   * Records a learner's answer to `day`'s daily question: their streak after it, or null when they
   * had answered that day's (or a later day's) question already, which then changes nothing.
   */
  answerDaily(guildId: string, userId: string, day: string, correct: boolean): Promise<Streak | null>;
  /** A learner's streak on a server, or null before their first daily answer there. */
  streak(guildId: string, userId: string): Promise<Streak | null>;
  /** Deletes a learner's streaks on every server; how many went. */
  forget(userId: string): Promise<number>;
  close(): Promise<void>;
}
