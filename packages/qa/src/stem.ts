import { memoized } from '@study-graph/graph';

const ENDINGS = ['ions', 'ion', 'ings', 'ing', 'ers', 'er', 'ies', 'ied', 'es', 'ed', 's', 'ly'];

/**
 * A rough English stem, enough to see that "isolates", "isolated" and "isolation" are one word:
 * one common ending off (and a consonant doubled before it), then a final "e".
 */
export const englishStem = memoized(stemOnce);

/** `englishStem` without remembering: for words stemmed once, such as a graph's while indexing it. */
export function stemOnce(word: string): string {
  let stem = word;
  for (const end of ENDINGS) {
    if (word.endsWith(end) && word.length - end.length >= 3) {
      stem = word.slice(0, -end.length) + (end === 'ies' || end === 'ied' ? 'y' : '');
      // "spanning", "stopped", "mapped": the consonant doubled before the ending is one ("installed" keeps its "ll").
      if (DOUBLING.has(end) && stem.length >= 4 && /([^aeiouylsz])\1$/.test(stem)) stem = stem.slice(0, -1);
      break;
    }
  }
  return stem.length > 4 && stem.endsWith('e') ? stem.slice(0, -1) : stem;
}

/** Endings that double a final consonant before them. */
const DOUBLING = new Set(['ings', 'ing', 'ers', 'er', 'ed']);
