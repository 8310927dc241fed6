import { memoized } from './memo.ts';

/**
 * Folds text for matching: NFC-independent, lower case, Vietnamese diacritics removed (đ -> d),
 * every run of non-letters/digits collapsed to one space. `fold('Đóng gói')` is `'dong goi'`.
 */
export const fold = memoized(foldOnce);

/** `fold` without remembering: for a text folded once, such as a graph's summary while indexing it. */
export function foldOnce(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}.+#-]+/gu, ' ')
      // "công-te-nơ" reads as "công te nơ", but "-f", "-p" and "1.10" keep their marks.
      .replace(/([\p{L}\p{N}])-+(?=[\p{L}\p{N}])/gu, '$1 ')
      .replace(/(^|\s)\.+|[.-]+(?=\s|$)/g, '$1')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
