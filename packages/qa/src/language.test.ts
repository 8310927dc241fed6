import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.ts';
import { normalizeQuestion } from './normalize.ts';

const detect = (q: string, fallback: 'vi' | 'en' = 'en') => {
  const n = normalizeQuestion(q);
  return detectLanguage(n.display, n.tokens, fallback);
};

describe('detectLanguage', () => {
  it('sees Vietnamese by its letters', () => {
    expect(detect('Docker image là gì?')).toEqual({ locale: 'vi', confidence: 'clear' });
    expect(detect('đâu')).toMatchObject({ locale: 'vi' });
  });

  it('sees Vietnamese typed without diacritics by its common words', () => {
    expect(detect('docker la gi')).toEqual({ locale: 'vi', confidence: 'clear' });
    expect(detect('contaner trang thai')).toMatchObject({ locale: 'vi' });
    expect(detect('image va container lien quan nhu the nao')).toMatchObject({ locale: 'vi' });
    // "an" is English too; every word being a Vietnamese syllable settles it.
    expect(detect('mon an nao ngon o da lat')).toMatchObject({ locale: 'vi' });
    expect(detect('what is an image')).toMatchObject({ locale: 'en' });
    // Chat shorthand is Vietnamese ("j" is "gì"); "vs" is written in both languages.
    expect(detect('docker run vs docker start khac j')).toMatchObject({ locale: 'vi' });
    expect(detect('bridge vs host driver')).toMatchObject({ locale: 'en', confidence: 'weak' });
    // A word that only looks Vietnamese ("pho") among everyday English ones.
    expect(detect('anyone know a good pho place near campus thats open late?')).toMatchObject({
      locale: 'en',
    });
  });

  it('sees English', () => {
    expect(detect('What is a container?', 'vi')).toEqual({ locale: 'en', confidence: 'clear' });
    expect(detect('how does the engine talk to the drivers', 'vi')).toMatchObject({ locale: 'en' });
  });

  it('falls back when the text does not say', () => {
    expect(detect('docker0', 'vi')).toEqual({ locale: 'vi', confidence: 'weak' });
    expect(detect('libnetwork CNM', 'en')).toEqual({ locale: 'en', confidence: 'weak' });
  });
  it('reads Vietnamese typed without diacritics by syllables English does not have', () => {
    expect(detect('tai sao container can namespaces')).toMatchObject({ locale: 'vi' });
    expect(detect('cong thuc nau pho bo ngon')).toMatchObject({ locale: 'vi' });
    expect(detect('Docker CE vs Docker EE')).toMatchObject({ locale: 'en' });
  });
});
