import { type Concept, fold } from '@study-graph/graph';
import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import { CUES } from '../cues.ts';
import { affirmedStems, deniedStems } from '../negation.ts';
import type { Question } from '../question.ts';
import { englishStem } from '../stem.ts';
import { wordedAlike } from '../yes-no.ts';
import { describe } from './definition.ts';

/**
 * "a network where containers can't reach the internet", "driver nào để chạy container không có
 * mạng", "which driver gives each container its own MAC address": a kind of a thing named, picked
 * by what the question says of it. Each kind (down to three levels) is scored by the question's
 * words its own text says, denied where the question denies them; the one clearly ahead of every
 * other is the answer, and none when two are close.
 */
export async function answerDescribed(q: Question, ctx: Context): Promise<Reply | null> {
  for (const m of q.concepts) {
    const asked = asksWhich(q, m.start, m.end);
    if (!asked) continue;
    // "which drivers come built into Docker": the group of kinds so described (the native ones).
    const { kinds: all, parentOf } = await kindsOf(ctx, m.id);
    const kinds = asked === 'one' ? all : await groupsOf(ctx, m.concept, all);
    if (kinds.length < 2) continue;
    const best = bestDescribed(q, m.start, m.end, kinds, parentOf);
    if (!best) continue;
    const reply = await describe(best, ctx);
    return { intent: 'definition', ...reply, concepts: [best, m.concept] };
  }
  return null;
}

/** Words before a thing that ask which one ("which driver"), and after it ("driver nào"). */
const WHICH_BEFORE = new Set(['which', 'what']);
const WHICH_AFTER = new Set(['nao', 'gi', 'j']);
/** After a thing, words that say what it is like ("a network where …", "a driver that …"). */
const LIKE_AFTER = new Set<string>(CUES.which.filter((w) => !WHICH_BEFORE.has(w) && !WHICH_AFTER.has(w)));
/** Verbs that make or pick the thing so described: "make a network where …", not "get to a container that …". */
const MAKING = new Set(['make', 'create', 'build', 'set', 'use', 'pick', 'choose', 'need', 'want']);
/** Words before a thing that ask for all of its kinds ("những driver nào", "các loại"). */
const ALL_OF = new Set(['nhung', 'cac', 'may']);

/**
 * Whether the question asks which one kind of the thing at `start`–`end` it describes: asked so
 * ("which driver", "driver nào") or made so ("make a network where"); or which of them all
 * ("which drivers", "những driver nào"), answered by a group of kinds.
 */
function asksWhich(q: Question, start: number, end: number): 'one' | 'all' | null {
  const tokens = q.tokens;
  // "những driver nào", "các loại driver": right before the thing ("các container … driver nào" asks one).
  const plural =
    /[^s]s$/.test(tokens[end - 1] ?? '') ||
    tokens.slice(Math.max(0, start - 2), start).some((t) => ALL_OF.has(t));
  const which = WHICH_BEFORE.has(tokens[start - 1] ?? '') || WHICH_AFTER.has(tokens[end] ?? '');
  if (plural) return which ? 'all' : null;
  if (which) return 'one';
  const article = ['a', 'an'].includes(tokens[start - 1] ?? '') ? 1 : 0;
  return LIKE_AFTER.has(tokens[end] ?? '') && MAKING.has(tokens[start - 1 - article] ?? '') ? 'one' : null;
}

/**
 * The kinds that group kinds of the thing under its own name ("native network driver", "remote
 * driver"); a kind with kinds of its own ("Docker network", of the Docker objects) groups none.
 */
async function groupsOf(ctx: Context, thing: Concept, kinds: Concept[]): Promise<Concept[]> {
  const head = (c: Concept) => englishStem(fold(c.name.en).split(' ').at(-1)!);
  const named = kinds.filter((k) => head(k) === head(thing));
  const members = await Promise.all(named.map((k) => ctx.relationsOf(k.id, ['IS_A'])));
  return named.filter((k, i) => members[i]!.some((r) => r.to === k.id));
}

/** How many IS_A levels down a kind still answers "which one". */
const KIND_DEPTH = 3;

/** The kinds of a concept, its kinds' kinds too, each once, with the kind each is of. */
async function kindsOf(
  ctx: Context,
  id: string,
): Promise<{ kinds: Concept[]; parentOf: Map<string, string> }> {
  const found = new Map<string, Concept>();
  const parentOf = new Map<string, string>();
  let level = [id];
  for (let depth = 0; depth < KIND_DEPTH && level.length > 0; depth++) {
    const next: string[] = [];
    for (const at of level)
      for (const r of await ctx.relationsOf(at, ['IS_A'])) {
        const kind = ctx.lexicon.concepts.get(r.from);
        if (r.to !== at || !kind || found.has(kind.id) || kind.id === id) continue;
        found.set(kind.id, kind);
        parentOf.set(kind.id, at);
        next.push(kind.id);
      }
    level = next;
  }
  return { kinds: [...found.values()], parentOf };
}

/** Chat shorthand for "không", read as the denial it is ("ko có mạng"). */
const SHORT_NO = /(?<![\p{L}\p{N}])(ko|k|hok|hong|kg)(?![\p{L}\p{N}])/gu;

/**
 * The kind whose own words say most of what the question says of the thing, clearly ahead of the
 * rest. A word counts by how few kinds say it: "chạy" said by half the drivers tells less than
 * "MAC", said by one. The kinds the best is itself a kind of are no rivals: a group's summary
 * lists what its members are ("native drivers: …, overlay (several hosts), …").
 */
function bestDescribed(
  q: Question,
  start: number,
  end: number,
  kinds: Concept[],
  parentOf: Map<string, string>,
): Concept | null {
  const question = q.text.display.toLowerCase().replace(SHORT_NO, 'không');
  const denied = deniedStems(question);
  const linked = q.linkedTokens();
  // The platform the thing is in ("drivers in Docker") says where, not which.
  const setting = new Set(q.concepts.filter((m) => q.isSetting(m.id)).flatMap((m) => range(m.start, m.end)));
  // The verb right before the thing frames the question ("dùng driver nào", "chọn driver nào").
  const isAsked = (i: number) =>
    !((i >= start - 1 && i < end) || setting.has(i) || !(linked[i] || q.isContent(i) || q.inNotesWord(i)));
  const asked = new Set(
    q.tokens.flatMap((t, i) => (isAsked(i) ? [englishStem(t)] : [])).filter((s) => s.length >= 2),
  );
  // Two words asked side by side and said so ("MAC riêng") say more than each apart: ipvlan's
  // "MAC … IP riêng" is not macvlan's "MAC riêng".
  const phrases = q.tokens
    .slice(0, -1)
    .flatMap((t, i) => (isAsked(i) && isAsked(i + 1) ? [` ${t} ${q.tokens[i + 1]} `] : []));
  const texts = kinds.map((k) => {
    const pieces = [k.name.vi, k.name.en, ...k.aliases.vi, ...k.aliases.en, k.summary.vi, k.summary.en];
    const words = ` ${pieces
      .map((p) =>
        fold(p)
          .split(/[^\p{L}\p{N}]+/u)
          .join(' '),
      )
      .join(' ')} `;
    return {
      words,
      affirmed: new Set(pieces.flatMap((p) => [...affirmedStems(p)])),
      denied: new Set(pieces.flatMap((p) => [...deniedStems(p)])),
      phrases: phrases.filter((p) => words.includes(p)).length,
    };
  });
  const says = (t: (typeof texts)[number], s: string) =>
    denied.has(s) ? t.denied.has(s) : t.affirmed.has(s);
  const weight = new Map(
    [...asked].map((s) => [s, 1 - texts.filter((t) => says(t, s)).length / texts.length]),
  );
  // A name of the kind said whole ("ko có mạng" is the none driver's "không có mạng") names it.
  const said = ` ${fold(question)} `;
  const named = (k: Concept) =>
    [...k.aliases.vi, ...k.aliases.en].some((a) => a.includes(' ') && said.includes(` ${fold(a)} `));
  const scores = texts.map(
    (t, i) =>
      [...asked].reduce((sum, s) => sum + (says(t, s) ? weight.get(s)! : 0), 0) +
      (named(kinds[i]!) ? 1 : 0) +
      t.phrases * PHRASE +
      wordedAlike(said, t.words),
  );
  const best = Math.max(...scores);
  const winner = kinds[scores.indexOf(best)]!;
  const above = new Set<string>();
  for (let at = parentOf.get(winner.id); at !== undefined; at = parentOf.get(at)) above.add(at);
  const second = Math.max(0, ...scores.filter((_, i) => kinds[i] !== winner && !above.has(kinds[i]!.id)));
  return best >= CLEAR_LEAD + second ? winner : null;
}

const range = (start: number, end: number) => Array.from({ length: end - start }, (_, k) => start + k);

/** What two words said side by side add, beyond each word. */
const PHRASE = 0.5;

/** How far ahead of the next kind the best must be, in words no other kind says. */
const CLEAR_LEAD = 0.5;
