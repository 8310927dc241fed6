import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_LENGTH, normalizeQuestion } from './normalize.ts';

describe('normalizeQuestion', () => {
  it('composes to NFC for display and folds for matching', () => {
    const n = normalizeQuestion('Trạng thái'.normalize('NFD'));
    expect(n.display).toBe('Trạng thái'.normalize('NFC'));
    expect(n.folded).toBe('trang thai');
    expect(n.tokens).toEqual(['trang', 'thai']);
  });

  it('folds đ and Đ', () => {
    expect(normalizeQuestion('Đâu là điểm khác?').folded).toBe('dau la diem khac');
  });

  it('strips control, zero-width and bidi characters', () => {
    const n = normalizeQuestion('con\u200btainer\u0000 \u202ela\u202c gì\u0007\n?');
    expect(n.display).toBe('container la gì ?');
    expect(n.tokens).toEqual(['container', 'la', 'gi']);
  });

  it('caps the length and says the question was too long', () => {
    const n = normalizeQuestion('a'.repeat(10_000));
    expect(n.tooLong).toBe(true);
    expect(n.length).toBe(10_000);
    expect(n.display.length).toBe(MAX_QUESTION_LENGTH + 1);
  });

  it('reads a lower-case word glued to an abbreviation as two words, and a name with a capital first as one', () => {
    expect(normalizeQuestion('hits hostIP:8080').tokens).toEqual(['hits', 'host', 'ip', '8080']);
    expect(normalizeQuestion('hostIP').display).toBe('hostIP');
    expect(normalizeQuestion('rkt của CoreOS, MacVLAN').tokens).toEqual(['rkt', 'cua', 'coreos', 'macvlan']);
  });

  it.each([
    ['"w/o" as "without", not as two letters', 'move it w/o a registry', 'move it without a registry'],
    ['the chat shorthand "lm" as "làm"', 'thì lm sao', 'thi lam sao'],
    [
      'a word the notes say otherwise as theirs ("cách ly" is "cô lập")',
      'có bị cách ly mạng không',
      'co bi co lap mang khong',
    ],
    [
      'chat spellings of English words as the words',
      'does the CLI talk thru the API rite',
      'does the cli talk through the api right',
    ],
    ['a version with its "v" as the notes write it', 'after v1.10', 'after 1.10'],
    ['the chat word "xài" as the notes\' "dùng" (use)', 'xài chung kernel', 'dung chung kernel'],
    ['"lí" as the notes spell it, "lý"', 'quản lí container, cách lí', 'quan ly container co lap'],
    // Inside another word, nothing is read otherwise.
    ['a shorthand inside another word as written', 'helm chart', 'helm chart'],
    ['a "v" before a number with no dot as written', 'docker v24', 'docker v24'],
  ])('reads %s, and shows what was typed', (_, typed, read) => {
    expect(normalizeQuestion(typed).tokens).toEqual(read.split(' '));
    expect(normalizeQuestion(typed).display).toBe(typed);
  });

  it('leaves nothing to match in emoji or punctuation', () => {
    expect(normalizeQuestion('🐳🐳 ?!').tokens).toEqual([]);
    expect(normalizeQuestion('   ').tokens).toEqual([]);
  });
});
