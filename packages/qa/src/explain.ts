import type { Reply } from './answer.ts';
import type { Context } from './context.ts';
import { describe } from './intents/definition.ts';
import { describeNeighbourhood, describeView } from './intents/diagram.ts';
import { DESCRIPTIVE, factLines } from './intents/facts.ts';
import { betweenStates, listStates, movesOf } from './intents/lifecycle.ts';
import { explainPath } from './intents/relation.ts';

/**
 * A request by ids rather than words: what a button, a menu or a slash-command option stands for.
 * Frontends use it so that a click never has to be phrased as a question and parsed back.
 */
export type ExplainRequest =
  | { kind: 'concept'; id: string }
  | { kind: 'related'; id: string }
  | { kind: 'relation'; from: string; to: string }
  | { kind: 'view'; id: string }
  | { kind: 'neighbourhood'; id: string; depth: 1 | 2 }
  | { kind: 'lifecycle'; from?: string | undefined; to?: string | undefined };

/** The reply to a request; null when it names something the graph does not have. */
export async function explainReply(request: ExplainRequest, ctx: Context): Promise<Reply | null> {
  const concept = (id: string) => ctx.lexicon.concepts.get(id);
  switch (request.kind) {
    case 'concept': {
      const c = concept(request.id);
      return c ? { intent: 'definition', ...(await describe(c, ctx)) } : null;
    }
    case 'related': {
      const c = concept(request.id);
      if (!c) return null;
      const relations = await ctx.relationsOf(c.id, DESCRIPTIVE);
      return {
        intent: 'relation',
        concepts: [c],
        lines: [ctx.t.factsIntro(ctx.name(c)), ...factLines(ctx, c, relations, 12)],
        sources: [...new Set(relations.flatMap((r) => r.sources))],
        diagram: { kind: 'neighbourhood', conceptId: c.id, depth: 1 },
      };
    }
    case 'relation': {
      const [a, b] = [concept(request.from), concept(request.to)];
      return a && b ? explainPath(ctx, a, b) : null;
    }
    case 'view': {
      const view = ctx.lexicon.views.get(request.id);
      return view ? describeView(ctx, view) : null;
    }
    case 'neighbourhood': {
      const c = concept(request.id);
      return c ? describeNeighbourhood(ctx, c, request.depth) : null;
    }
    case 'lifecycle':
      return lifecycle(request, ctx);
  }
}

async function lifecycle(request: { from?: string | undefined; to?: string | undefined }, ctx: Context) {
  const state = (id: string | undefined) => {
    const c = id ? ctx.lexicon.concepts.get(id) : undefined;
    return c?.kind === 'state' ? c : undefined;
  };
  const [from, to] = [state(request.from), state(request.to)];
  if ((request.from && !from) || (request.to && !to)) return null;
  const reply =
    from && to
      ? await betweenStates(ctx, from, to)
      : from
        ? await movesOf(ctx, from, 'out')
        : to
          ? await movesOf(ctx, to, 'into')
          : await listStates(ctx);
  // The lifecycle with the moves asked about picked out (a state alone: its moves out or in).
  const diagram = {
    kind: 'lifecycle' as const,
    ...(from ? { from: from.id } : {}),
    ...(to ? { to: to.id } : {}),
  };
  return { ...reply, diagram };
}
