import type { Concept, Relation } from '@study-graph/graph';
import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import type { Question } from '../question.ts';
import { asksYesNo, isNegative } from '../yes-no.ts';

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
  const yes = asksYesNo(q) && !isNegative(q) ? stillUsed(concepts, replaced) : null;
  if (yes !== null) lines.unshift(ctx.t.yesOrNo(yes));
  return { intent: 'version', concepts, lines, sources: [...new Set(sources)], diagram: null };
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
 * (itself or through a part: Docker's daemon ran containers through LXC), which has since been
 * replaced. Whether it is used is a matter of version.
 */
async function asksOfReplaced(ctx: Context, concepts: Concept[]): Promise<boolean> {
  if (concepts.length !== 2) return false;
  for (const [user, used] of [concepts, [...concepts].reverse()] as [Concept, Concept][]) {
    const replaced = (await ctx.relationsOf(used.id, ['REPLACED'])).some(
      (r) => r.to === used.id && r.version,
    );
    if (!replaced) continue;
    const users = await withParts(ctx, user.id);
    const uses = await ctx.relationsOf(used.id, ['USES']);
    if (uses.some((r) => r.to === used.id && users.includes(r.from))) return true;
  }
  return false;
}

/** How many `HAS_COMPONENT` steps down a part still acts for the whole (Docker → Engine → daemon). */
const PART_DEPTH = 2;

async function withParts(ctx: Context, id: string): Promise<string[]> {
  const found = [id];
  let level = [id];
  for (let depth = 0; depth < PART_DEPTH; depth++) {
    const parts = await Promise.all(level.map((at) => ctx.relationsOf(at, ['HAS_COMPONENT'])));
    level = parts.flat().flatMap((r) => (level.includes(r.from) && !found.includes(r.to) ? [r.to] : []));
    found.push(...level);
  }
  return found;
}
