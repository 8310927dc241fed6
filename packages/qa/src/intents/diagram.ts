import type { Concept, DiagramSpec, View } from '@study-graph/graph';
import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import type { Question } from '../question.ts';

/** The view a drawing request names: the longest name wins, then a lifecycle cue. */
function viewOf(q: Question, ctx: Context): View | undefined {
  const named = [...q.views].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)[0]
    ?.view;
  if (named) return named;
  if (q.has('lifecycle') && q.concepts.every((m) => m.concept.kind === 'state' || m.id === 'container')) {
    return [...ctx.lexicon.views.values()].find((v) => v.kind === 'lifecycle');
  }
  return undefined;
}

/** "Vẽ sơ đồ ...", "draw ...", "show me ...": a view, a path, or a neighbourhood to draw. */
export async function answerDiagram(q: Question, ctx: Context): Promise<Reply | null> {
  if (!q.has('diagram')) return null;
  const view = viewOf(q, ctx);
  if (view) return describeView(ctx, view);
  const [a, b] = q.conceptList();
  if (!a) return null;
  if (b) {
    const path = await ctx.store.shortestPath(a.id, b.id);
    const names = path ? path.concepts.map((c) => ctx.bold(c)) : [ctx.bold(a), ctx.bold(b)];
    return {
      intent: 'diagram',
      concepts: [a, b],
      lines: [ctx.t.diagramIntro(`${ctx.name(a)} → ${ctx.name(b)}`), ctx.t.diagramShows(names)],
      sources: [...new Set(path?.steps.flatMap((s) => s.relation.sources) ?? a.sources)],
      diagram: { kind: 'path', from: a.id, to: b.id },
    };
  }
  return describeNeighbourhood(ctx, a, 1);
}

/** A figure of the notes: its title and what it shows, with the figure to draw. */
export async function describeView(ctx: Context, view: View): Promise<Reply> {
  const graph = await ctx.store.view(view.id);
  const names = (graph?.concepts ?? []).map((c) => ctx.bold(c));
  const spec: DiagramSpec =
    view.kind === 'lifecycle' ? { kind: 'lifecycle' } : { kind: 'view', viewId: view.id };
  return {
    intent: 'diagram',
    concepts: graph?.concepts ?? [],
    lines: [ctx.t.diagramIntro(view.title[ctx.locale]), ctx.t.diagramShows(cap(names, 14, ctx))],
    sources: view.sources,
    diagram: spec,
  };
}

/** A concept and what lies around it, with its neighbourhood to draw. */
export async function describeNeighbourhood(ctx: Context, concept: Concept, depth: 1 | 2): Promise<Reply> {
  const around = await ctx.store.neighbours(concept.id, { depth });
  const others = around.concepts.filter((c) => c.id !== concept.id).map((c) => ctx.bold(c));
  return {
    intent: 'diagram',
    concepts: [concept],
    lines: [ctx.t.diagramIntro(ctx.name(concept)), ctx.t.diagramShows(cap(others, 14, ctx))],
    sources: concept.sources,
    diagram: { kind: 'neighbourhood', conceptId: concept.id, depth },
  };
}

function cap(names: string[], max: number, ctx: Context): string[] {
  return names.length > max ? [...names.slice(0, max), ctx.t.more(names.length - max)] : names;
}
