import { describe, expect, it } from 'vitest';
import { nextCard } from './schedule.ts';

describe('review cards scheduled by FSRS', () => {
  const now = Date.UTC(2026, 10, 29);
  const day = 24 * 60 * 60_000;

  it('asks again soon after a wrong answer, later after a right one, and later still after two', () => {
    const wrong = nextCard(null, 'q', false, now);
    const right = nextCard(null, 'q', true, now);
    expect(wrong.due).toBeGreaterThan(now);
    expect(right.due).toBeGreaterThan(wrong.due);
    expect(right.stability).toBeGreaterThan(wrong.stability);
    const twice = nextCard(right, 'q', true, right.due);
    expect(twice.due - right.due).toBeGreaterThan(right.due - now);
    expect(twice.due - right.due).toBeGreaterThanOrEqual(day);
  });

  it('reads its own card back: a lapse after a run of right answers brings it back within the day', () => {
    let card = nextCard(null, 'q', true, now);
    for (let i = 0; i < 3; i++) card = nextCard(card, 'q', true, card.due);
    const lapsed = nextCard(card, 'q', false, card.due);
    expect(lapsed.due - card.due).toBeLessThan(day);
    expect(JSON.parse(lapsed.fsrs)).toMatchObject({ lapses: 1 });
  });
});
