import { describe, expect, it } from 'vitest';
import { allowedTypos, editDistance } from './edit-distance.ts';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit', () => {
    expect(editDistance('contaner', 'container', 2)).toBe(1);
    expect(editDistance('conatiner', 'container', 2)).toBe(1);
    expect(editDistance('containr', 'container', 2)).toBe(1);
    expect(editDistance('cantainer', 'container', 2)).toBe(1);
    expect(editDistance('libnetwrok', 'libnetwork', 2)).toBe(1);
  });

  it('stops early past the limit', () => {
    expect(editDistance('kubernetes', 'container', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('allows more typos in longer words and none in short ones', () => {
    expect([allowedTypos(3), allowedTypos(5), allowedTypos(8), allowedTypos(9)]).toEqual([0, 1, 1, 2]);
  });
});
