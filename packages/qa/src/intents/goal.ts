import type { Concept } from '@study-graph/graph';
import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import { VIETNAMESE_SYLLABLE } from '../coverage.ts';
import type { Question } from '../question.ts';
import { englishStem } from '../stem.ts';

/**
 * "làm sao để máy khác truy cập được web trong container?", "tạm đóng băng container rồi cho chạy
 * tiếp thì dùng lệnh nào?": a goal in the learner's own words, answered by the thing whose summary
 * says those words and writes out how (the published port's `-p`, the paused state's `docker
 * pause`/`docker unpause`). Only words few such things say count, and the best must say clearly
 * more of them than the next.
 */
export async function answerGoal(q: Question, ctx: Context): Promise<Reply | null> {
  if (!q.has('howto') && !q.has('commandNoun')) return null;
  // A state named as where to go or come from ("đưa container về exited") is the lifecycle's move.
  if (q.concepts.some((m) => m.concept.kind === 'state' && (m.role === 'to' || m.role === 'from')))
    return null;
  const best = await bestSaying(q, ctx);
  if (!best) return null;
  return {
    intent: 'howto',
    concepts: [best, ...q.conceptList().filter((c) => c.id !== best.id)],
    // Whole: the words it was found by may be in a later sentence ("… not reachable from outside").
    lines: [`${ctx.bold(best)}: ${ctx.summary(best)}`],
    sources: best.sources,
    diagram: null,
  };
}

/** Words that join a sentence's parts ("chạy thì", "để chạy"): never half of a telling pair. */
const JOINING = new Set(['thi', 'la', 'va', 'ma', 'cua', 'neu', 'khi', 'de']);

/** A word more such things than this say ("container", "mạng") tells none of them apart. */
const TELLING = 3;
/** How much of the question's telling words the best must say, and how much more than the next. */
const SAID_WORDS = 2;
const CLEAR_LEAD = 1;

/**
 * The question's own words, each with its weight, as the how-to index keys them. A Vietnamese
 * syllable tells nothing alone ("tạm", "băng"): two side by side ("đóng băng", "truy cập") count as
 * the two words they are, when one carries meaning or the notes write them so ("thì phải", "gõ
 * lệnh" are the question's frame).
 */
function askedKeys(q: Question, ctx: Context): Map<string, number> {
  const linked = q.linkedTokens();
  const free = (i: number) => i < q.tokens.length && !linked[i];
  const asked = new Map<string, number>();
  for (const [i, token] of q.tokens.entries()) {
    if (!free(i)) continue;
    if (q.locale === 'en' && q.isContent(i)) asked.set(englishStem(token), 1);
    const next = q.tokens[i + 1];
    const word =
      next && (q.isContent(i) || q.isContent(i + 1) || ctx.lexicon.vocabulary.knowsPair(token, next));
    const joining = JOINING.has(token) || JOINING.has(next ?? '');
    if (q.locale === 'vi' && word && free(i + 1) && VIETNAMESE_SYLLABLE.test(token) && !joining)
      asked.set(`${token} ${next}`, 2);
  }
  return asked;
}

/** The thing that says the most of the question's own telling words, clearly ahead. */
async function bestSaying(q: Question, ctx: Context): Promise<Concept | null> {
  const said = new Map<string, number>();
  for (const [key, weight] of askedKeys(q, ctx)) {
    const saying = ctx.lexicon.howSaying.get(key) ?? [];
    if (saying.length <= TELLING) for (const id of saying) said.set(id, (said.get(id) ?? 0) + weight);
  }
  // A command and the state it leads into say the same ("đóng băng"): the state, whose summary
  // writes the ways in and out, answers for both.
  const moves = await Promise.all([...said.keys()].map((id) => ctx.transitions({ command: id })));
  for (const move of moves.flat()) if (said.has(move.to) && move.command) said.delete(move.command);
  const [first, second] = [...said].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < SAID_WORDS || first[1] - (second?.[1] ?? 0) < CLEAR_LEAD) return null;
  // A command that says it best is the how-to's own answer.
  const best = ctx.lexicon.concepts.get(first[0]);
  return best && best.kind !== 'command' ? best : null;
}
