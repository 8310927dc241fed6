import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import type { Question } from '../question.ts';

/** "Docker stopped using LXC in which version?": edges of the named concepts that carry a version. */
export async function answerVersion(q: Question, ctx: Context): Promise<Reply | null> {
  if (!q.has('version')) return null;
  const concepts = q.conceptList();
  const seen = new Set<string>();
  const lines: string[] = [];
  const sources: string[] = [];
  for (const c of concepts) {
    for (const r of await ctx.relationsOf(c.id)) {
      if (!r.version || seen.has(r.key)) continue;
      seen.add(r.key);
      lines.push(ctx.t.versionLine(ctx.name(r.from), r.label[ctx.locale], ctx.name(r.to), r.version));
      sources.push(...r.sources);
    }
  }
  if (lines.length === 0) return null;
  return { intent: 'version', concepts, lines, sources: [...new Set(sources)], diagram: null };
}
