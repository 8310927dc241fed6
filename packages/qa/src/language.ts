import type { Locale } from '@study-graph/graph';
import { isEverydayEnglish, VIETNAMESE_SYLLABLE } from './coverage.ts';

export interface LanguageGuess {
  locale: Locale;
  /** `clear` when the text itself says which language it is; `weak` when we fell back. */
  confidence: 'clear' | 'weak';
}

// Letters that only Vietnamese uses among the two languages (tone marks, ă â ê ô ơ ư đ).
const VIETNAMESE_LETTERS = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

// Common Vietnamese words as typed without diacritics; words shared with English ("the", "do", "a") are left out.
const VIETNAMESE_WORDS = new Set(
  `la gi cua nhu nao khac gom nhung cac loai lam sao tu ve trong voi va khong duoc nay thi sau khi dang lenh
   trang thai cach bang giua hay cai dung chay tao xoa mang hinh toi ban roi chua vay nhau nhieu mot cho lai
   len xuong ra vao ngoai thanh phan hoat dong thay de co ai bao nhieu sao giai thich nghia ket noi lien quan
   quan he so sanh minh hoa huong dan duong ung dung nen tang dau nguoi mat
   j ko dc ntn mn hok hong ak`.split(/\s+/),
);

const ENGLISH_WORDS = new Set(
  `what is are the how does do can which of to from between and list show draw why when where who difference
   explain me my i it in on with into an its there types kind kinds between versus does did compare use used
   go back get tell about relationship related connect connected state states command`.split(/\s+/),
);

/** Guesses the language of a question from its letters and common words. */
export function detectLanguage(display: string, tokens: string[], fallback: Locale = 'en'): LanguageGuess {
  if (VIETNAMESE_LETTERS.test(display)) return { locale: 'vi', confidence: 'clear' };
  let vi = 0;
  let en = 0;
  // Everyday English words that no Vietnamese syllable spells ("anyone", "place", "late") weigh
  // against syllables that only look Vietnamese, where no common Vietnamese word is typed ("a good
  // pho place near campus"); alone ("bridge vs host driver") they settle nothing.
  let everyday = 0;
  let viWords = 0;
  for (const t of tokens) {
    if (VIETNAMESE_WORDS.has(t)) [vi, viWords] = [vi + 1, viWords + 1];
    else if (ENGLISH_WORDS.has(t)) en++;
    // "tai sao", "cong thuc nau pho": a Vietnamese syllable that is no everyday English word (not
    // a short name either: "ce", "ee").
    else if (t.length >= 3 && VIETNAMESE_SYLLABLE.test(t) && !isEverydayEnglish(t)) vi++;
    else if (!VIETNAMESE_SYLLABLE.test(t) && isEverydayEnglish(t)) everyday++;
  }
  if (viWords === 0 && vi > 0) en += everyday;
  if (vi > en) return { locale: 'vi', confidence: 'clear' };
  if (en > vi) return { locale: 'en', confidence: 'clear' };
  // A tie ("mon an nao ngon": "an" is English too) where every word is a Vietnamese syllable.
  if (vi > 0 && tokens.every((t) => VIETNAMESE_SYLLABLE.test(t)))
    return { locale: 'vi', confidence: 'clear' };
  return { locale: fallback, confidence: 'weak' };
}
