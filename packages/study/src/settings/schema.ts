import { z } from 'zod';
import { defaultSettings } from './port.ts';

const DEFAULTS = defaultSettings('');
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A server's settings as kept: what was never set (or is absent, as Neo4j keeps no nulls) reads as its default. */
export const StoredSettings = z.object({
  guildId: z.string(),
  studyChannelIds: z.array(z.string()).default(() => []),
  language: z.enum(['vi', 'en']).nullable().default(DEFAULTS.language),
  dailyChannelId: z.string().nullable().default(DEFAULTS.dailyChannelId),
  dailyHour: z.number().int().min(0).max(23).default(DEFAULTS.dailyHour),
  timeZone: z.string().default(DEFAULTS.timeZone),
  privateReplies: z.boolean().default(DEFAULTS.privateReplies),
  lastDailyOn: Day.nullable().default(DEFAULTS.lastDailyOn),
});

export const StoredStreak = z.object({
  current: z.number().int().min(0),
  best: z.number().int().min(0),
  lastRightOn: Day.nullable().default(null),
  lastAnsweredOn: Day,
});
