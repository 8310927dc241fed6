import type { Concept } from '@study-graph/graph';
import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import type { Question } from '../question.ts';

/** "How is an image related to a container?": the shortest path, explained edge by edge. */
export async function answerRelation(q: Question, ctx: Context): Promise<Reply | null> {
  const [a, b] = q.conceptList();
  if (!a || !b) return null;
  return explainPath(ctx, a, b);
}

export async function explainPath(ctx: Context, a: Concept, b: Concept): Promise<Reply> {
  const path = await ctx.shortestPath(a.id, b.id);
  if (!path) {
    return {
      intent: 'relation',
      concepts: [a, b],
      lines: [ctx.t.noPath(ctx.name(a), ctx.name(b))],
      sources: [...a.sources, ...b.sources],
      diagram: null,
    };
  }
  // Two things joined directly may be joined more than once, each way ("a sandbox can have several
  // endpoints", "an endpoint belongs to exactly one sandbox"): every such edge is said.
  const relations =
    path.steps.length === 1
      ? (await ctx.relationsOf(a.id)).filter((r) => (r.from === b.id || r.to === b.id) && r.from !== r.to)
      : path.steps.map((s) => s.relation);
  const lines = [
    ctx.t.relationIntro(ctx.name(a), ctx.name(b)),
    ...relations.map((r) => `• ${ctx.relationLine(r)}`),
  ];
  // The two ends in a sentence each, so the path reads with what each thing is.
  for (const c of [a, b]) lines.push(`${ctx.bold(c)}: ${ctx.summary(c, false)}`);
  return {
    intent: 'relation',
    concepts: [a, b],
    lines,
    sources: [...new Set(relations.flatMap((r) => r.sources))],
    diagram: { kind: 'path', from: a.id, to: b.id },
  };
}
