import { describe, expect, it } from 'vitest';
import { fold, foldOnce } from './fold.ts';

describe('fold', () => {
  it('removes Vietnamese diacritics, including đ', () => {
    expect(fold('Đóng gói ứng dụng')).toBe('dong goi ung dung');
    expect(fold('trạng thái')).toBe('trang thai');
  });

  it('treats composed and decomposed input alike', () => {
    expect(fold('thái'.normalize('NFD'))).toBe(fold('thái'.normalize('NFC')));
  });

  it('reads hyphenated words as separate words', () => {
    expect(fold('công-te-nơ')).toBe('cong te no');
    expect(fold('image-to-container')).toBe('image to container');
  });

  it('collapses punctuation but keeps versions, flags and dotted names', () => {
    expect(fold('Docker 1.10?')).toBe('docker 1.10');
    expect(fold('docker rm -f!')).toBe('docker rm -f');
    expect(fold('  "LXC",  rkt… ')).toBe('lxc rkt');
  });

  it('folds alike whether it remembers the text or not', () => {
    for (const text of ['Đóng gói ứng dụng', 'docker rm -f!', 'thái'.normalize('NFD')])
      expect(foldOnce(text)).toBe(fold(text));
  });
});
