import { FILLER, FROM_MARKERS, TO_MARKERS } from './cues.ts';
import { allowedTypos, editDistance } from './edit-distance.ts';
import { fuzzyKey, type Lexicon, type TargetType, type Term } from './lexicon.ts';

export type Role = 'from' | 'to' | 'current';

/** A concept or view named in the question, at tokens [start, end). */
export interface Mention {
  type: TargetType;
  id: string;
  start: number;
  end: number;
  /** 0 for an exact name or alias; the number of typos otherwise. */
  distance: number;
  /** Other ids that matched as well with the same number of typos, for the caller to choose from. */
  alternatives: string[];
  role?: Role;
}

/**
 * Finds every concept and view named in the question: longest names first, whole tokens only (never
 * inside another word), then, for tokens no name contains, names within a few typos.
 */
export function link(tokens: string[], lexicon: Lexicon): Mention[] {
  // Concepts and views are linked separately: a view named "engine and libnetwork" must not hide the concepts.
  return [...linkType(tokens, lexicon, 'concept'), ...linkType(tokens, lexicon, 'view')]
    .sort((a, b) => a.start - b.start || (a.type < b.type ? -1 : 1))
    .map((m) => withRole(m, tokens));
}

function linkType(tokens: string[], lexicon: Lexicon, type: TargetType): Mention[] {
  const taken = tokens.map(() => false);
  const mentions: Mention[] = [];
  const free = (s: number, e: number) => taken.slice(s, e).every((t) => !t);
  const take = (s: number, e: number, found: Mention[]) => {
    mentions.push(...found);
    taken.fill(true, s, e);
  };

  for (let n = Math.min(lexicon.maxTokens, tokens.length); n >= 1; n--) {
    for (let s = 0; s + n <= tokens.length; s++) {
      if (!free(s, s + n)) continue;
      const terms = exactTerms(lexicon, tokens.slice(s, s + n)).filter((t) => t.type === type);
      if (terms.length > 0)
        take(
          s,
          s + n,
          terms.map((t) => mention(t, s, s + n, 0, [])),
        );
    }
  }
  for (let n = Math.min(lexicon.maxTokens, tokens.length); n >= 1; n--) {
    for (let s = 0; s + n <= tokens.length; s++) {
      const window = tokens.slice(s, s + n);
      if (!free(s, s + n) || !mayBeTypo(window, lexicon)) continue;
      const found = fuzzyMentions(lexicon, window, s).filter((m) => m.type === type);
      if (found.length > 0) take(s, s + n, found);
    }
  }
  return mentions;
}

function mention(t: Term, start: number, end: number, distance: number, alternatives: string[]): Mention {
  return { type: t.type, id: t.id, start, end, distance, alternatives };
}

/** Exact names, also with an English plural ending removed ("drivers", "namespaces"). */
function exactTerms(lexicon: Lexicon, window: string[]): Term[] {
  const text = window.join(' ');
  const found = lexicon.exact.get(text);
  if (found) return found;
  for (const ending of ['es', 's']) {
    if (text.length > 3 + ending.length && text.endsWith(ending)) {
      const singular = lexicon.exact.get(text.slice(0, -ending.length));
      if (singular) return singular;
    }
  }
  return [];
}

/** Only windows with a word no name contains, and no filler words, are worth a fuzzy look. */
function mayBeTypo(window: string[], lexicon: Lexicon): boolean {
  return (
    window.every((t) => !FILLER.has(t)) && window.some((t) => !lexicon.knownTokens.has(t) && t.length >= 5)
  );
}

function fuzzyMentions(lexicon: Lexicon, window: string[], start: number): Mention[] {
  const text = window.join(' ');
  const max = allowedTypos(text.length);
  if (max === 0) return [];
  let best = max + 1;
  let matches: Term[] = [];
  for (const term of lexicon.fuzzy.get(fuzzyKey(text[0]!, window.length)) ?? []) {
    const d = editDistance(text, term.text, Math.min(max, best));
    if (d < best) [best, matches] = [d, [term]];
    else if (d === best) matches.push(term);
  }
  if (best > max) return [];
  const byType = new Map<TargetType, string[]>();
  for (const t of matches) byType.set(t.type, [...new Set([...(byType.get(t.type) ?? []), t.id])].sort());
  return [...byType].map(([type, ids]) => ({
    type,
    id: ids[0]!,
    start,
    end: start + window.length,
    distance: best,
    alternatives: ids.slice(1),
  }));
}

const SKIPPABLE = new Set([
  'the',
  'a',
  'an',
  'cac',
  'cai',
  'nhung',
  'chiec',
  'mot',
  'trang',
  'thai',
  'state',
]);

/** "from X" / "từ X" marks a start, "to X" / "về X" a goal, "đang X" / "X container" the current state. */
function withRole(m: Mention, tokens: string[]): Mention {
  let i = m.start - 1;
  while (i >= 0 && SKIPPABLE.has(tokens[i]!)) i--;
  const before1 = tokens[i] ?? '';
  const before2 = i > 0 ? `${tokens[i - 1]} ${before1}` : '';
  if (FROM_MARKERS.includes(before2) || FROM_MARKERS.includes(before1)) return { ...m, role: 'from' };
  if (TO_MARKERS.includes(before2) || TO_MARKERS.includes(before1)) return { ...m, role: 'to' };
  const after = tokens[m.end] ?? '';
  if (before1 === 'dang' || /^containers?$/.test(after) || /^containers?$/.test(tokens[m.start - 1] ?? '')) {
    return { ...m, role: 'current' };
  }
  return m;
}
