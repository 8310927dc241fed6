import { describe, expect, it } from 'vitest';
import { memoized } from './memo.ts';

describe('memoized', () => {
  it('computes each text once while it is held', () => {
    const seen: string[] = [];
    const upper = memoized((t) => {
      seen.push(t);
      return t.toUpperCase();
    });
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(seen).toEqual(['a', 'b']);
  });

  it('forgets everything once full, so memory stays bounded', () => {
    const seen: string[] = [];
    const upper = memoized((t) => {
      seen.push(t);
      return t.toUpperCase();
    }, 2);
    for (const t of ['a', 'b', 'c', 'a', 'c']) upper(t);
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });
});
