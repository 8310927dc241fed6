import { describe, expect, it } from 'vitest';
import type { Streak } from './port.ts';
import { dayBefore, nextStreak, standingStreak } from './streak.ts';

describe('streaks', () => {
  it('counts back over months, years and leap days', () => {
    expect(dayBefore('2025-03-10')).toBe('2025-03-09');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
  });

  it('grows on right answers on days in a row, and starts again at 1 after a missed day', () => {
    const one = nextStreak(null, '2025-03-10', true)!;
    expect(one).toEqual({ current: 1, best: 1, lastRightOn: '2025-03-10', lastAnsweredOn: '2025-03-10' });
    const two = nextStreak(one, '2025-03-11', true)!;
    expect(two).toMatchObject({ current: 2, best: 2 });
    expect(nextStreak(two, '2025-03-13', true)).toMatchObject({ current: 1, best: 2 });
  });

  it('ends on a wrong answer, keeping the best; a day is answered once', () => {
    const two: Streak = { current: 2, best: 2, lastRightOn: '2025-03-11', lastAnsweredOn: '2025-03-11' };
    const wrong = nextStreak(two, '2025-03-12', false)!;
    expect(wrong).toEqual({ current: 0, best: 2, lastRightOn: '2025-03-11', lastAnsweredOn: '2025-03-12' });
    expect(nextStreak(wrong, '2025-03-12', true)).toBeNull();
    expect(nextStreak(wrong, '2025-03-11', true)).toBeNull();
    expect(nextStreak(wrong, '2025-03-13', true)).toMatchObject({ current: 1, best: 2 });
  });

  it('stands while the last right answer is today’s or yesterday’s', () => {
    const two: Streak = { current: 2, best: 3, lastRightOn: '2025-03-11', lastAnsweredOn: '2025-03-11' };
    expect(standingStreak(two, '2025-03-11')).toBe(2);
    expect(standingStreak(two, '2025-03-12')).toBe(2);
    expect(standingStreak(two, '2025-03-13')).toBe(0);
    expect(standingStreak(null, '2025-03-13')).toBe(0);
  });
});
