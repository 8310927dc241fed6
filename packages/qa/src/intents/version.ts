import type { Concept, Relation } from '@study-graph/graph';
import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import type { Question } from '../question.ts';
import { asksYesNo, isNegative } from '../yes-no.ts';
import { usedThenReplaced } from './replaced.ts';

/**
 * "Docker stopped using LXC in which version?", "Does Docker still use LXC?": edges of the named
 * concepts that carry a version. "Still", "historically" ask it only of two things ("where does libcontainer live
 * nowadays" is not about a change).
 */
export async function answerVersion(q: Question, ctx: Context): Promise<Reply | null> {
  const concepts = q.conceptList();
  const changed = q.has('change') && concepts.length >= 2;
  if (!q.has('version') && !changed && !(asksYesNo(q) && (await asksOfReplaced(ctx, concepts)))) return null;
  const seen = new Set<string>();
  const lines: string[] = [];
  const sources: string[] = [];
  const replaced: Relation[] = [];
  for (const c of concepts) {
    for (const r of await ctx.relationsOf(c.id)) {
      if (!r.version || seen.has(r.key)) continue;
      seen.add(r.key);
      if (r.type === 'REPLACED') replaced.push(r);
      lines.push(ctx.t.versionLine(ctx.name(r.from), r.label[ctx.locale], ctx.name(r.to), r.version));
      // The note says what changed then ("from 1.10 on Docker no longer uses LXC").
      if (r.note) lines.push(r.note[ctx.locale]);
      sources.push(...r.sources);
    }
  }
  if (lines.length === 0) return null;
  const used = asksYesNo(q) && !isNegative(q) ? stillUsed(concepts, replaced) : null;
  // "docker bỏ hẳn LXC rồi đúng ko?" asks whether it is no longer used.
  const yes = used === null ? null : used !== dropsIt(q);
  if (yes !== null) lines.unshift(ctx.t.yesOrNo(yes));
  return { intent: 'version', concepts, lines, sources: [...new Set(sources)], diagram: null };
}

/**
 * Verbs of ceasing to use, as written ("stopped going through"): folded, "bỏ" (drop) would be the
 * "bộ" of "nội bộ".
 */
const DROPPING =
  /(?<!\p{L})(bỏ|ngừng|thôi dùng|gỡ|loại bỏ|drop(s|ped)?|ditch(es|ed)?|abandon(s|ed)?|remov(e|es|ed)|stop(s|ped)? \p{L}+ing)(?!\p{L})/u;
/** The same verbs in a question written without diacritics, where "bo" alone is too many words. */
const DROPPING_FOLDED = /\b(bo han|bo luon|ngung|thoi dung|go bo|loai bo)\b/;

/** Whether the question asks if a thing was dropped rather than if it is used. */
function dropsIt(q: Question): boolean {
  return DROPPING.test(q.text.display.toLowerCase()) || DROPPING_FOLDED.test(q.tokens.join(' '));
}

/**
 * "Docker từ bản 1.10 còn dùng LXC không?": since a replacement, what was replaced is no longer used
 * and what replaced it is; asked of both or neither, no verdict.
 */
function stillUsed(concepts: Concept[], replaced: Relation[]): boolean | null {
  const named = new Set(concepts.map((c) => c.id));
  const [r] = replaced;
  if (!r || replaced.length > 1 || named.has(r.from) === named.has(r.to)) return null;
  return named.has(r.from);
}

/**
 * "Docker có dùng LXC không?": a yes/no question about two things, one of which used the other
 * through a part (Docker's daemon ran containers through LXC), since replaced: whether it is used
 * is a matter of version.
 */
async function asksOfReplaced(ctx: Context, concepts: Concept[]): Promise<boolean> {
  const [a, b] = concepts;
  if (!a || !b || concepts.length > 2) return false;
  const history = await Promise.all([usedThenReplaced(ctx, a, b), usedThenReplaced(ctx, b, a)]);
  return history.some((edges) => edges.length > 0);
}
