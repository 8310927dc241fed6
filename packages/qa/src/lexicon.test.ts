import { describe, expect, it } from 'vitest';
import { sentences } from './lexicon.ts';

describe('sentences', () => {
  it('splits after a full stop or a semicolon, never inside brackets', () => {
    expect(
      sentences('Drivers: bridge (the default; one host), host (no isolation). Next one; last.'),
    ).toEqual(['Drivers: bridge (the default; one host), host (no isolation).', 'Next one;', 'last.']);
  });

  it('keeps a version number or a path whole', () => {
    expect(sentences('Since 1.10 it uses /var/run/docker.sock. Done')).toEqual([
      'Since 1.10 it uses /var/run/docker.sock.',
      'Done',
    ]);
  });
});
