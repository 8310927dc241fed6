import { fold } from '@study-graph/graph';

/** Longest question we answer; Discord messages may be 2,000 characters, questions are short. */
export const MAX_QUESTION_LENGTH = 500;

export interface NormalizedQuestion {
  /** What the learner typed, NFC, without control or zero-width characters: safe to show. */
  display: string;
  /** Folded for matching: lower case, no diacritics, punctuation collapsed. */
  folded: string;
  tokens: string[];
  /** Length of the cleaned input before any cut. */
  length: number;
  tooLong: boolean;
}

// Control characters (tab and newline become spaces first) and format characters: zero-width
// spaces and joiners, bidi overrides, the BOM.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

export function normalizeQuestion(raw: string): NormalizedQuestion {
  const cleaned = raw
    .normalize('NFC')
    .replace(/[\t\n\r]+/g, ' ')
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
  const tooLong = cleaned.length > MAX_QUESTION_LENGTH;
  const display = tooLong ? `${cleaned.slice(0, MAX_QUESTION_LENGTH)}…` : cleaned;
  const folded = inNotesWords(
    fold(spelledOut(splitGlued(tooLong ? cleaned.slice(0, MAX_QUESTION_LENGTH) : cleaned))),
  );
  return { display, folded, tokens: folded ? folded.split(' ') : [], length: cleaned.length, tooLong };
}

/** "w/o" is "without": the slash would fold it to two letters. "lm" is chat for "làm" ("lm sao"). */
function spelledOut(text: string): string {
  return text
    .replace(/(?<![\p{L}\p{N}])w\/o(?![\p{L}\p{N}])/giu, 'without')
    .replace(/(?<![\p{L}\p{N}])lm(?![\p{L}\p{N}])/gu, 'làm');
}

/**
 * Words, folded, read as the word the notes use for the same thing: "cách ly" is their "cô lập";
 * chat spellings of English words ("thru", "rite?") are the words themselves.
 */
const NOTES_WORDS: [RegExp, string][] = [
  // "quản lí", "vật lí", "cách lí": the notes spell it "lý".
  [/\bli\b/g, 'ly'],
  [/\bcach ly\b/g, 'co lap'],
  // "xài" is chat for "dùng" (use).
  [/\bxai\b/g, 'dung'],
  [/\bthru\b/g, 'through'],
  [/\brite$/g, 'right'],
  // "v1.10" is the version the notes write "1.10".
  [/\bv(?=\d+(\.\d+)+\b)/g, ''],
];

function inNotesWords(folded: string): string {
  return NOTES_WORDS.reduce((text, [word, notes]) => text.replace(word, notes), folded);
}

/**
 * "hostIP", "dockerAPI": a word in lower case and an abbreviation typed together, read as two words.
 * "CoreOS", "MacVLAN" (a capital first) are names as written.
 */
function splitGlued(text: string): string {
  return text.replace(/(?<=(?:^|[^\p{L}])\p{Ll}{3,})(?=\p{Lu}{2,}(?!\p{Ll}))/gu, ' ');
}
