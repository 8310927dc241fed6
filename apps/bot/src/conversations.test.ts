import { describe, expect, it } from 'vitest';
import { Conversations } from './conversations.ts';

describe('Conversations', () => {
  it('keeps each learner’s last question per channel for a few minutes', () => {
    let now = 0;
    const c = new Conversations(60_000, 100, () => now);
    c.remember('ch', 'u1', 'container là gì?');
    c.remember('ch', 'u2', 'what is an image?');
    expect(c.previous('ch', 'u1')).toBe('container là gì?');
    expect(c.previous('other', 'u1')).toBeUndefined();
    now = 60_001;
    expect(c.previous('ch', 'u1')).toBeUndefined();
  });

  it('forgets the oldest learner first beyond its size', () => {
    const c = new Conversations(60_000, 2, () => 0);
    c.remember('ch', 'a', 'q1');
    c.remember('ch', 'b', 'q2');
    c.remember('ch', 'a', 'q3');
    c.remember('ch', 'c', 'q4');
    expect([c.previous('ch', 'a'), c.previous('ch', 'b'), c.previous('ch', 'c')]).toEqual([
      'q3',
      undefined,
      'q4',
    ]);
  });
});
