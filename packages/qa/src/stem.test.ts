import { describe, expect, it } from 'vitest';
import { englishStem } from './stem.ts';

describe('englishStem', () => {
  it('takes one ending off, and the consonant doubled before it', () => {
    expect(englishStem('spanning')).toBe(englishStem('spans'));
    expect(englishStem('stopped')).toBe('stop');
    expect(englishStem('isolation')).toBe(englishStem('isolates'));
  });

  it('keeps a double l, s or z, and a short stem whole', () => {
    expect(englishStem('installed')).toBe('install');
    expect(englishStem('passed')).toBe('pass');
    expect(englishStem('added')).toBe('add');
  });
});
