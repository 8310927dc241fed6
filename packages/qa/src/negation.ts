/**
 * Denial in the graph's sentences: "no NAT and no port publishing", "không có đường ra bên ngoài",
 * "without starting it", "drops network isolation". A word after a negation, up to the next comma,
 * is denied: "docker create ... without starting it" does not start a container.
 */
import { fold } from '@study-graph/graph';
import { englishStem } from './stem.ts';

/** Matched as written, with diacritics: folded, "bỏ" would be the "bộ" of "nội bộ". */
const NEGATION =
  /(?<![\p{L}\p{N}])(no|not|cannot|never|without|none|drops?|lacks?|instead of|rather than|không|chưa|chẳng|bỏ|thay vì|thay cho)(?![\p{L}\p{N}])|n't/u;

/** What opens a condition, closed by "thì": "khi …", "nếu …". */
const CONDITION = /(?<![\p{L}\p{N}])(khi|nếu|lúc)(?![\p{L}\p{N}])/u;

/** The parts of a sentence between commas, each split into its affirmed and its denied folded text. */
function parts(sentence: string): { affirmed: string; denied: string }[] {
  return sentence.split(/[,;:]/).map((part) => split(part.toLowerCase()));
}

/** A part of a sentence, lower case, split into its affirmed and its denied folded text. */
function split(lower: string): { affirmed: string; denied: string } {
  const negation = NEGATION.exec(lower);
  if (!negation) return { affirmed: fold(lower), denied: '' };
  // "khi pull một image mà không ghi registry thì …", "không publish port thì …": a condition denies
  // nothing of what the sentence says; what follows "thì" is read on its own.
  const then = lower.indexOf(' thì ', negation.index);
  const before = lower.slice(0, negation.index);
  const condition = then >= 0 && !lower.slice(negation.index, then).includes('(');
  if (condition && (CONDITION.test(before) || before.trim() === '')) {
    const rest = split(lower.slice(then + ' thì '.length));
    return { affirmed: `${fold(before)} ${rest.affirmed}`.trim(), denied: rest.denied };
  }
  const after = lower.slice(negation.index + negation[0].length);
  // "links together (with no way out) each attached container": a negation in brackets denies
  // only up to the closing bracket; the sentence goes on after it.
  const close = after.indexOf(')');
  if (close >= 0 && before.split('(').length > before.split(')').length) {
    const rest = split(after.slice(close + 1));
    return {
      affirmed: `${fold(before)} ${rest.affirmed}`.trim(),
      denied: `${fold(after.slice(0, close))} ${rest.denied}`.trim(),
    };
  }
  return { affirmed: fold(before), denied: fold(after) };
}

/** Whether a name (folded words) or a word (by its English stem) comes after a negation. */
export function denies(sentence: string, term: string): boolean {
  return parts(sentence).some(
    ({ denied }) =>
      denied !== '' &&
      (` ${denied} `.includes(` ${term} `) || denied.split(' ').some((w) => englishStem(w) === term)),
  );
}

/** The English stems of the words a text denies ("không có mạng", "can't reach the internet"). */
export function deniedStems(text: string): Set<string> {
  return new Set(parts(text).flatMap(({ denied }) => (denied ? denied.split(' ').map(englishStem) : [])));
}

/** The folded words each part of a text denies after its negation, for the parts that deny. */
export function deniedTexts(text: string): string[] {
  return parts(text).flatMap(({ denied }) => (denied ? [denied] : []));
}

/** The English stems of the words a text says without denying them. */
export function affirmedStems(text: string): Set<string> {
  return new Set(parts(text).flatMap(({ affirmed }) => affirmed.split(' ').map(englishStem)));
}
