import { type Concept, type DiagramSpec, NEIGHBOUR_TYPES, type View } from '@study-graph/graph';
import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import { isContentWord } from '../coverage.ts';
import type { Question } from '../question.ts';

/**
 * The figure a drawing request is about: the one that holds most of the concepts the question names
 * and shares most words with it (its title and aliases), a view named outright counting most. A
 * lifecycle cue with only states or containers named is the lifecycle.
 */
function viewOf(q: Question, ctx: Context, kinds: Map<string, string>): View | undefined {
  const ids = new Set(q.conceptList().map((c) => c.id));
  // A figure holds a thing named when it shows it or one of its kinds ("the web front-end
  // container" for "containers"), each thing counted once.
  // "các network driver", "the network drivers": all of a thing asked for, drawn as its kinds.
  const plural = new Set(
    q.concepts
      .filter((m) => ALL_OF.has(q.tokens[m.start - 1] ?? '') || /[^s]s$/.test(q.tokens[m.end - 1] ?? ''))
      .map((m) => m.id),
  );
  const holds = (view: View) =>
    new Set(view.concepts.flatMap((id) => (ids.has(id) ? [id] : (kinds.get(id) ?? []))));
  const linked = q.linkedTokens();
  // Words that may name a figure: the names in the question (as written, and as the graph spells
  // them: "kernal" is "kernel") and its other content words.
  const spelled = q.concepts
    .flatMap((m) => (['vi', 'en'] as const).flatMap((l) => ctx.lexicon.foldedName(m.id, l).split(' ')))
    .filter(isContentWord);
  const names = new Set([...q.tokens.filter((_, i) => linked[i]), ...spelled]);
  const words = new Set([...q.tokens.filter((t, i) => linked[i] || isContentWord(t)), ...spelled]);
  // A figure named by words that also name a concept ("mạng nội bộ") is named less outright.
  const named = new Map(
    q.views.map((m) => [m.view.id, q.concepts.some((c) => c.start === m.start && c.end === m.end) ? 1 : 2]),
  );
  let best: { view: View; score: number } | undefined;
  for (const view of ctx.lexicon.viewsAbout(ids, words)) {
    const held = holds(view).size;
    const title = ctx.lexicon.titleWordsOf(view);
    // Function and cue words ("sơ đồ" in a title alias) say nothing of which figure.
    const shared = [...words].filter((w) => title.has(w) && isContentWord(w));
    const sharedOther = shared.filter((w) => isContentWord(w) && !names.has(w)).length;
    const isNamed = named.has(view.id);
    const namedBonus = named.get(view.id) ?? 0;
    // Two concepts alone are a path to draw; a figure needs more of the question than that, or to
    // draw a thing named with its kinds ("các network driver").
    const withKinds = view.concepts.filter(
      (id) => plural.has(kinds.get(id) ?? '') && view.concepts.includes(kinds.get(id)!),
    );
    const eligible =
      isNamed ||
      held >= 3 ||
      sharedOther >= 2 ||
      withKinds.length >= 2 ||
      (held >= 2 && (sharedOther >= 1 || shared.length >= 3));
    if (!eligible) continue;
    // A view that is mostly what was named beats a larger one that also holds it.
    // A concept few figures hold (docker0) says more of which one than one most hold (container).
    const rarity = view.concepts
      .filter((id) => ids.has(id))
      .reduce((sum, id) => sum + 1 / shownIn(ctx, id), 0);
    const score = namedBonus + 2 * held + 1.5 * shared.length + held / view.concepts.length + 2 * rarity;
    if (!best || score > best.score) best = { view, score };
  }
  if (best) return best.view;
  if (q.has('lifecycle') && q.concepts.every((m) => m.concept.kind === 'state' || m.id === 'container')) {
    return ctx.lexicon.viewsOfKind.get('lifecycle')?.[0];
  }
  return undefined;
}

/** Words before a thing that ask for all of it: "các", "những", "mấy". */
const ALL_OF = new Set(['cac', 'nhung', 'may', 'all']);

/** The kinds of the things named, each with the thing it is a kind of. */
async function kindsNamed(ctx: Context, named: Concept[]): Promise<Map<string, string>> {
  const kinds = new Map<string, string>();
  for (const c of named)
    for (const r of await ctx.relationsOf(c.id, ['IS_A'])) if (r.to === c.id) kinds.set(r.from, c.id);
  return kinds;
}

/** How many figures hold a concept. */
const shownIn = (ctx: Context, id: string) => ctx.lexicon.viewsShowing.get(id)?.length ?? 1;

/** "Vẽ sơ đồ ...", "draw ...", "show me ...": a view, a path, or a neighbourhood to draw. */
export async function answerDiagram(q: Question, ctx: Context): Promise<Reply | null> {
  if (!q.has('diagram')) return null;
  const view = viewOf(q, ctx, await kindsNamed(ctx, q.conceptList()));
  if (view) return describeView(ctx, view, q.conceptList());
  // "the drivers in Docker": the platform they are in is no end of a path to draw.
  const named = q.conceptList();
  const [a, b] = named.length > 1 ? named.filter((c) => !q.isSetting(c.id)) : named;
  if (!a) return null;
  if (b) {
    const path = await ctx.shortestPath(a.id, b.id);
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

/**
 * A figure of the notes: its title and what it shows, what the question asked about in it, then its
 * arrows in words (a flow's in order, the lifecycle's with their commands), with the figure to draw.
 */
export async function describeView(ctx: Context, view: View, asked: Concept[] = []): Promise<Reply> {
  const graph = await ctx.view(view.id);
  const names = (graph?.concepts ?? []).map((c) => ctx.bold(c));
  const arrows =
    view.kind === 'flow'
      ? (graph?.relations ?? [])
          .filter((r) => r.flow === view.id)
          .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
      : (graph?.relations ?? []).filter((r) => r.type !== 'FLOW');
  return {
    intent: 'diagram',
    concepts: graph?.concepts ?? [],
    lines: [
      ctx.t.diagramIntro(view.title[ctx.locale]),
      ctx.t.diagramShows(cap(names, 14, ctx)),
      ...asked
        .filter((c) => view.concepts.includes(c.id))
        .slice(0, MAX_ASKED)
        .map((c) => `${ctx.bold(c)}: ${ctx.summary(c, false)}`),
      // An automatic move says what causes it, or two of them would read the same ("running → exited").
      ...arrows
        .slice(0, MAX_ARROWS)
        .map((r) => `• ${ctx.relationLine(r)}${r.note ? `: ${r.note[ctx.locale]}` : ''}`),
    ],
    sources: view.sources,
    diagram: viewSpec(view),
  };
}

/** What the question named, told under a figure before its arrows. */
const MAX_ASKED = 2;

/** Arrows told in words under a figure; the drawing shows them all. */
const MAX_ARROWS = 24;

/** A concept and what lies around it, with its neighbourhood to draw. */
export async function describeNeighbourhood(ctx: Context, concept: Concept, depth: 1 | 2): Promise<Reply> {
  const around = await ctx.store.neighbours(concept.id, { depth, types: NEIGHBOUR_TYPES });
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

/** How a view is drawn: the lifecycle has a drawing of its own. */
export function viewSpec(view: View): DiagramSpec {
  return view.kind === 'lifecycle' ? { kind: 'lifecycle' } : { kind: 'view', viewId: view.id };
}
