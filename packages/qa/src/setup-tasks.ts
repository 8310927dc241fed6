/**
 * How to change or look into a Docker setup ("đổi subnet của docker0", "install Weave as a plugin",
 * "xem IP của container"): the notes say what Docker's parts are and which commands move a
 * container through its life and an image through the workflow; they never say how to reconfigure,
 * install, back up or inspect anything. Such a question is declined, however well its words match
 * a part the notes describe.
 */
import { fold } from '@study-graph/graph';
import type { Context } from './context.ts';
import type { Question } from './question.ts';

interface Verbs {
  english: string[];
  /** As written, with diacritics. */
  vietnamese: string[];
  /** Folded: only those that no other word folds to ("cài" is "cái", thing, too). */
  unaccented: string[];
}

/**
 * Changing a setup: reconfiguring, installing, deploying, backing up, cleaning up, making smaller. "the change" is a noun; "thay đổi" is too ("lưu thay đổi": save the changes).
 */
const CHANGING: Verbs = {
  english: [
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
    'back up',
    'mount',
    'encrypt',
    'upgrade',
    'migrate',
    'clean up',
    'free up',
    'prune',
    'reduce',
    'shrink',
    'optimize',
    'optimise',
    'scan',
    'deploy',
  ],
  vietnamese: [
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
    'dọn',
    'dọn dẹp',
    'giảm',
    'tối ưu',
    'quét',
    'dựng',
    'triển khai',
  ],
  unaccented: [
    'doi',
    'tuy chinh',
    'cau hinh',
    'cai dat',
    'nang cap',
    'sao luu',
    'backup',
    'ma hoa',
    'mount',
    'don dep',
    'giam',
    'toi uu',
    'quet',
    'trien khai',
  ],
};

/** Looking into a setup: a view of the notes named is theirs to show ("xem các sự kiện của container"). */
const INSPECTING: Verbs = {
  english: ['see', 'view', 'check', 'inspect', 'monitor'],
  vietnamese: ['xem', 'kiểm tra', 'theo dõi'],
  unaccented: ['xem', 'kiem tra', 'theo doi'],
};

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'my', 'your', 'this', 'that', 'each']);

/**
 * Things the notes do say how to change or see: a container's state, the commands and events of
 * its life ("docker events" shows those).
 */
const DESCRIBED_TASKS = new Set(['command', 'state', 'event']);

/**
 * The words of a setup task the question asks how to make, as written ("đổi subnet"), or null.
 * The verb must take its object right after it: "… thì cấu hình thế nào" asks how to reach what it
 * said before, which a part of the notes may give ("địa chỉ MAC riêng": macvlan).
 */
export function setupTaskAsked(q: Question, ctx: Context): string | null {
  // "before docker push", "trước khi push": a command named as when is not the task asked.
  const named = q.conceptList().filter((c) => !namedAsWhen(q, c.id));
  const kinds = named.map((c) => ctx.lexicon.concepts.get(c.id)?.kind ?? '');
  // A diagram is the bot's own to show ("xem sơ đồ trạng thái").
  if (kinds.some((k) => DESCRIBED_TASKS.has(k)) || q.has('diagram')) return null;
  const words = q.text.display.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  const accented = /[^\p{ASCII}]/u.test(q.text.display);
  const said = words.map((w) => (accented || q.locale === 'en' ? w.toLowerCase() : fold(w)));
  const verbs = [CHANGING, ...(q.views.length > 0 ? [] : [INSPECTING])].flatMap((v) =>
    q.locale === 'en' ? v.english : accented ? v.vietnamese : v.unaccented,
  );
  for (let i = 0; i < said.length; i++)
    for (const verb of verbs) {
      const parts = verb.split(' ');
      if (!parts.every((p, k) => said[i + k] === p)) continue;
      if (q.locale === 'en' && (DETERMINERS.has(said[i - 1] ?? '') || COMING.has(said[i - 1] ?? '')))
        continue;
      if (q.locale !== 'en' && (PART_OF.has(fold(said[i - 1] ?? '')) || asksToBeShown(said, i))) continue;
      const object = objectAfter(q, words.slice(i + parts.length));
      if (object.length > 0 && !setByFlag(q, ctx, object))
        return [...words.slice(i, i + parts.length), ...object].join(' ');
    }
  return null;
}

/** "come back up", "get back up": coming back, no backing up. */
const COMING = new Set(['come', 'comes', 'came', 'coming', 'get', 'gets', 'got']);

/** Syllables that make a verb part of another word: "thay đổi" (a change), "xây dựng" (build). */
const PART_OF = new Set(['thay', 'xay']);

/** Words that say when: "before pushing", "trước khi push", "sau khi pull". */
const WHEN = ['before', 'after', 'truoc khi', 'trc khi', 'sau khi'];

/** Whether a thing is named within a few words after a word of when ("before I push it"). */
function namedAsWhen(q: Question, id: string): boolean {
  const m = q.mentionOf(id);
  if (!m) return false;
  const before = ` ${q.tokens.slice(Math.max(0, m.start - 3), m.start).join(' ')} `;
  return WHEN.some((w) => before.includes(` ${w} `));
}

/** "cho mình xem …": the learner asks the bot to show something, not how to look into it. */
function asksToBeShown(said: string[], verbAt: number): boolean {
  return said.slice(Math.max(0, verbAt - 2), verbAt).some((w) => fold(w) === 'cho');
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

/** A command written out with a flag: "`docker run --restart`", "`-p`". */
const FLAG_WRITTEN = /`[^`]*(^|\s)--?[a-z][^`]*`/;

/**
 * "cấu hình restart policy", "change the published port": a thing whose summary writes the flag
 * that sets it is one the notes do say how to set.
 */
function setByFlag(q: Question, ctx: Context, object: string[]): boolean {
  const at = q.tokens.indexOf(fold(object[0]!));
  const named = q.concepts.find((m) => m.start === at);
  const thing = named && ctx.lexicon.concepts.get(named.id);
  return thing !== undefined && [thing.summary.vi, thing.summary.en].some((t) => FLAG_WRITTEN.test(t));
}

function carriesMeaning(q: Question, word: string): boolean {
  const at = q.tokens.indexOf(word.split(' ')[0]!);
  return at >= 0 && (q.linkedTokens()[at] === true || q.isContent(at));
}
