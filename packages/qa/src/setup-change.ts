/**
 * How to change a Docker setup ("đổi subnet của docker0", "install Weave as a plugin", "mount a
 * volume"): the notes say what Docker's parts are and which commands move a container through its
 * life and an image through the workflow; they never say how to reconfigure, install or back up
 * anything. Such a question is declined, however well its words match a part the notes describe.
 */
import { fold } from '@study-graph/graph';
import type { Context } from './context.ts';
import type { Question } from './question.ts';

/** English verbs of changing a setup; "the change", "a tag" are nouns. */
const ENGLISH_VERBS = new Set([
  'change',
  'modify',
  'customize',
  'customise',
  'configure',
  'reconfigure',
  'install',
  'uninstall',
  'disable',
  'enable',
  'rename',
  'backup',
  'mount',
  'encrypt',
  'upgrade',
  'migrate',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'my', 'your', 'this', 'that', 'each']);

/**
 * Vietnamese verbs of changing a setup, as written. "cài" is "cái" (thing) and "đổi" is "đôi"
 * (pair) once folded: without diacritics only the longer ones are read. "thay đổi" is also the
 * noun ("lưu thay đổi": save the changes).
 */
const VIETNAMESE_VERBS = [
  'đổi',
  'tùy chỉnh',
  'tuỳ chỉnh',
  'cấu hình',
  'cài',
  'cài đặt',
  'nâng cấp',
  'sao lưu',
  'backup',
  'mã hoá',
  'mã hóa',
  'mount',
];
const UNACCENTED_VERBS = [
  'doi',
  'tuy chinh',
  'cau hinh',
  'cai dat',
  'nang cap',
  'sao luu',
  'backup',
  'ma hoa',
  'mount',
];

/** Things whose changes the notes do describe: a container's state, the commands and events of its life. */
const DESCRIBED_CHANGES = new Set(['command', 'state', 'event']);

/**
 * The words of a setup change the question asks how to make, as written ("đổi subnet"), or null.
 * The verb must take its object right after it: "… thì cấu hình thế nào" asks how to reach what it
 * said before, which a part of the notes may give ("địa chỉ MAC riêng": macvlan).
 */
export function setupChangeAsked(q: Question, ctx: Context): string | null {
  const kinds = q.conceptList().map((c) => ctx.lexicon.concepts.get(c.id)?.kind ?? '');
  if (kinds.some((k) => DESCRIBED_CHANGES.has(k))) return null;
  const words = q.text.display.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  const accented = /[^\p{ASCII}]/u.test(q.text.display);
  const verbs =
    q.locale === 'en'
      ? [...ENGLISH_VERBS]
      : (accented ? VIETNAMESE_VERBS : UNACCENTED_VERBS).map((v) => v.toLowerCase());
  const said = words.map((w) => (accented || q.locale === 'en' ? w.toLowerCase() : fold(w)));
  for (let i = 0; i < said.length; i++)
    for (const verb of verbs) {
      const parts = verb.split(' ');
      if (!parts.every((p, k) => said[i + k] === p)) continue;
      if (q.locale === 'en' && DETERMINERS.has(said[i - 1] ?? '')) continue;
      if (q.locale !== 'en' && fold(said[i - 1] ?? '') === 'thay') continue;
      const object = objectAfter(q, words.slice(i + parts.length));
      if (object.length > 0) return [...words.slice(i, i + parts.length), ...object].join(' ');
    }
  return null;
}

/**
 * The verb's object as written: the words right after it (past a determiner) that name something
 * or carry meaning, up to the first that does neither ("mount volume vào container": "volume").
 */
function objectAfter(q: Question, words: string[]): string[] {
  const rest = DETERMINERS.has(words[0]?.toLowerCase() ?? '') ? words.slice(1) : words;
  const carries = rest.map((w) => carriesMeaning(q, fold(w)));
  if (!carries[0] && !carries[1]) return [];
  // Its first word may be a syllable of a longer one that carries it ("dữ liệu").
  const end = carries.findIndex((c, i) => i > 0 && !c);
  return rest.slice(0, Math.min(end < 0 ? rest.length : end, MAX_OBJECT_WORDS));
}

const MAX_OBJECT_WORDS = 4;

function carriesMeaning(q: Question, word: string): boolean {
  const at = q.tokens.indexOf(word.split(' ')[0]!);
  return at >= 0 && (q.linkedTokens()[at] === true || q.isContent(at));
}
