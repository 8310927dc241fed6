import type { Concept, DiagramSpec, Relation } from '@study-graph/graph';
import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import type { Question } from '../question.ts';
import { exampleOf } from './facts.ts';
import { usedThenReplaced } from './replaced.ts';
import { chainInFigure } from './via.ts';

/**
 * "How is an image related to a container?": the shortest path, explained edge by edge. When a
 * figure of the notes joins the two through other things, nearly as shortly, its chain is how the
 * notes connect them ("Docker reaches the kernel through libcontainer", not "through a container").
 */
export async function answerRelation(q: Question, ctx: Context): Promise<Reply | null> {
  // "Docker, from the CLI down to the kernel": the ends said in that order, whatever else is named first.
  const [from, to] = (['from', 'to'] as const).map((role) => q.concepts.find((m) => m.role === role));
  // The state the container is said to be in ("container đã create rồi") is where it is, no end.
  const ends = q.conceptList((c) => c.kind !== 'state' || q.mentionOf(c.id)?.role !== 'current');
  const [a, b] = from && to && from.start < to.start ? [from.concept, to.concept] : ends;
  if (!a || !b) return null;
  const [path, figure] = await Promise.all([ctx.shortestPath(a.id, b.id), chainInFigure(ctx, a, b)]);
  const titled = figure?.titled === true;
  // A chain through two figures is taken only where one of them is drawn to say this.
  const near = figure?.views.length === 1 && figure.chain.length <= (path?.steps.length ?? 0) + 1;
  if (figure && path && path.steps.length > 1 && (titled || near))
    return explainChain(ctx, a, b, figure.chain, { kind: 'view', viewId: figure.view.id });
  // "How is a container wired up to docker0?": joined directly, but asked how, the figure drawn to
  // say so tells what lies between (the veth pair).
  const asksHow = q.has('howto') || q.has('via');
  if (asksHow && titled && path?.steps.length === 1 && figure.chain.length > 1) {
    const direct = await explainPath(ctx, a, b);
    const between = explainChain(ctx, a, b, figure.chain, { kind: 'view', viewId: figure.view.id });
    return { ...between, lines: [...direct.lines.slice(0, -2), ...between.lines.slice(1)] };
  }
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
  const relations = path.steps.length === 1 ? await directly(ctx, a, b) : path.steps.map((s) => s.relation);
  const reply = explainChain(ctx, a, b, relations, { kind: 'path', from: a.id, to: b.id });
  // Joined directly, a case from the notes shows the relation at work.
  const example = path.steps.length === 1 ? await exampleOf(ctx, a, relations) : null;
  if (!example) return reply;
  const ends = reply.lines.length - 2;
  return {
    ...reply,
    lines: [...reply.lines.slice(0, ends), example.line, ...reply.lines.slice(ends)],
    sources: [...new Set([...reply.sources, ...example.relations.flatMap((r) => r.sources)])],
  };
}

/**
 * Every edge between two things; and where a part of one used the other, since replaced ("Docker's
 * daemon first ran containers through LXC", "libcontainer replaced LXC in 1.10"), that history too.
 */
async function directly(ctx: Context, a: Concept, b: Concept): Promise<Relation[]> {
  const direct = (await ctx.relationsOf(a.id)).filter(
    (r) => (r.from === b.id || r.to === b.id) && r.from !== r.to,
  );
  const history = await Promise.all([usedThenReplaced(ctx, a, b), usedThenReplaced(ctx, b, a)]);
  return [...direct, ...history.flat()];
}

/** The edges from one concept to another, one line each, then what each end is. */
function explainChain(
  ctx: Context,
  a: Concept,
  b: Concept,
  relations: Relation[],
  diagram: DiagramSpec,
): Reply {
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
    diagram,
  };
}
