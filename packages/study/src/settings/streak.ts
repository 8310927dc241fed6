import type { Streak } from './port.ts';

/** The day before a `YYYY-MM-DD` day. */
export function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * A learner's streak after their answer to `day`'s daily question, or null when they answered that
 * day's (or a later day's) already. Right extends a run that reached the day before, else starts
 * one at 1; wrong ends it (0), the best kept.
 */
export function nextStreak(streak: Streak | null, day: string, correct: boolean): Streak | null {
  if (streak && streak.lastAnsweredOn >= day) return null;
  const best = streak?.best ?? 0;
  if (!correct) return { current: 0, best, lastRightOn: streak?.lastRightOn ?? null, lastAnsweredOn: day };
  const current = streak && streak.lastRightOn === dayBefore(day) ? streak.current + 1 : 1;
  return { current, best: Math.max(best, current), lastRightOn: day, lastAnsweredOn: day };
}

/** The run as it stands on `today`: it lives while the last right answer is today's or yesterday's. */
export function standingStreak(streak: Streak | null, today: string): number {
  if (!streak?.lastRightOn) return 0;
  return streak.lastRightOn >= dayBefore(today) ? streak.current : 0;
}
