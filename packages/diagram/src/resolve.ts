import {
  type Concept,
  type DiagramSpec,
  type GraphStore,
  lifecycleRoute,
  NEIGHBOUR_TYPES,
  type Relation,
  type Subgraph,
  type View,
  type ViewGraph,
} from '@study-graph/graph';
import type { Collapsed, Diagram, DiagramGroup, DiagramStyle } from './diagram.ts';

export interface ResolveOptions {
  /**
   * Most nodes in a neighbourhood, the "+N more" node included (default 24): past it the
   * farthest concepts (then the least connected, then by id) collapse into "+N more".
   */
  maxNodes?: number;
  /** Most neighbours drawn on each side of a comparison, and shared (default 9). */
  maxPerSide?: number;
}

export const DEFAULT_MAX_NODES = 24;

export const DEFAULT_MAX_PER_SIDE = 9;
/** Up to this many concepts a neighbourhood also shows the edges among the neighbours. */
const SMALL_NEIGHBOURHOOD = 8;
/** More first hops than this on one side of a neighbourhood are laid out in two columns. */
const LONG_COLUMN = 12;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = (a: { id: string }, b: { id: string }) => compare(a.id, b.id);

/**
 * Turns a DiagramSpec into what to draw, using the store: the concepts and relations, a title
 * in both languages, the direction, what to emphasise, groups and layout hints. Returns null
 * when the spec names a view or concept the store does not have, or a path that does not exist.
 * The result is deterministic: concepts in the view's order or sorted by id, relations by key.
 */
export async function resolveDiagram(
  store: GraphStore,
  spec: DiagramSpec,
  options: ResolveOptions = {},
): Promise<Diagram | null> {
  switch (spec.kind) {
    case 'view': {
      const view = await store.view(spec.viewId);
      return view ? withRefs(store, viewDiagram(view, 'view')) : null;
    }
    case 'lifecycle': {
      const diagram = await lifecycleDiagram(store);
      return withRefs(
        store,
        diagram && (spec.from || spec.to) ? pickRoute(diagram, spec.from, spec.to) : diagram,
      );
    }
    case 'neighbourhood':
      return withRefs(store, await neighbourhoodDiagram(store, spec.conceptId, spec.depth, options));
    case 'path':
      return withRefs(store, await pathDiagram(store, spec.from, spec.to));
    case 'comparison':
      return withRefs(store, await comparisonDiagram(store, spec.a, spec.b, options));
  }
}

/** A diagram of any subgraph (concepts sorted by id), e.g. a query result drawn as it is. */
export function diagramOfSubgraph(
  subgraph: Subgraph,
  meta: Pick<Diagram, 'title'> & Partial<Pick<Diagram, 'direction' | 'highlight' | 'style' | 'refs'>>,
): Diagram {
  return {
    kind: 'neighbourhood',
    title: meta.title,
    style: meta.style ?? 'graph',
    direction: meta.direction ?? 'LR',
    subgraph: {
      concepts: [...subgraph.concepts].sort(byId),
      relations: sortRelations(subgraph.relations),
    },
    highlight: meta.highlight ?? [],
    ...(meta.refs ? { refs: meta.refs } : {}),
  };
}

function sortRelations(relations: Relation[]): Relation[] {
  const unique = new Map(relations.map((r) => [r.key, r] as const));
  return [...unique.values()].sort((a, b) => compare(a.key, b.key));
}

function styleOf(view: View): DiagramStyle {
  return view.kind === 'lifecycle' ? 'lifecycle' : view.kind === 'flow' ? 'flow' : 'graph';
}

function viewDiagram(graph: ViewGraph, kind: 'view' | 'lifecycle'): Diagram {
  const byConcept = new Map(graph.concepts.map((c) => [c.id, c] as const));
  const concepts = graph.view.concepts.flatMap((id) => byConcept.get(id) ?? []);
  const relations = graph.view.kind === 'flow' ? oneFlow(graph.view, graph.relations) : graph.relations;
  return {
    kind,
    viewId: graph.view.id,
    title: graph.view.title,
    style: styleOf(graph.view),
    direction: graph.view.direction,
    subgraph: { concepts, relations: sortRelations(relations) },
    highlight: [],
  };
}

/**
 * A flow view draws one flow: the steps of other flows that pass through the same concepts
 * (the way back, say) are left out. The flow is the one named like the view (its id or an
 * alias), else the one with the most steps among the view's concepts, then the first by name.
 */
function oneFlow(view: View, relations: Relation[]): Relation[] {
  const steps = new Map<string, number>();
  for (const r of relations)
    if (r.type === 'FLOW') steps.set(r.flow ?? '', (steps.get(r.flow ?? '') ?? 0) + 1);
  if (steps.size < 2) return relations;
  const names = [view.id, ...view.aliases.en, ...view.aliases.vi].map((n) => n.toLowerCase());
  const flows = [...steps.keys()].sort(compare);
  const chosen =
    flows.find((f) => names.includes(f.toLowerCase())) ??
    flows.reduce((best, f) => ((steps.get(f) ?? 0) > (steps.get(best) ?? 0) ? f : best));
  return relations.filter((r) => r.type !== 'FLOW' || (r.flow ?? '') === chosen);
}

/** The commands that transitions name, looked up so edges can carry their names. */
async function withRefs(store: GraphStore, diagram: Diagram | null): Promise<Diagram | null> {
  if (!diagram) return null;
  const drawn = new Set(diagram.subgraph.concepts.map((c) => c.id));
  const ids = [
    ...new Set(
      diagram.subgraph.relations.flatMap((r) => (r.command && !drawn.has(r.command) ? [r.command] : [])),
    ),
  ].sort(compare);
  const refs = (await Promise.all(ids.map((id) => store.getConcept(id)))).filter(
    (c): c is Concept => c !== null,
  );
  return refs.length > 0 ? { ...diagram, refs } : diagram;
}

/** The pack's lifecycle view (first by id) or, without one, every transition and its states. */
async function lifecycleDiagram(store: GraphStore): Promise<Diagram | null> {
  const views = (await store.listViews()).filter((v) => v.kind === 'lifecycle').sort(byId);
  for (const v of views) {
    const graph = await store.view(v.id);
    if (graph) return viewDiagram(graph, 'lifecycle');
  }
  const transitions = await store.transitions();
  if (transitions.length === 0) return null;
  const ids = [...new Set(transitions.flatMap((r) => [r.from, r.to]))].sort(compare);
  const concepts = (await Promise.all(ids.map((id) => store.getConcept(id)))).filter(
    (c): c is Concept => c !== null,
  );
  return {
    kind: 'lifecycle',
    title: { vi: 'Vòng đời của container', en: 'Container lifecycle' },
    style: 'lifecycle',
    direction: 'LR',
    subgraph: { concepts, relations: sortRelations(transitions) },
    highlight: [],
  };
}

/**
 * The lifecycle with the moves between two states picked out (`lifecycleRoute`, the rule answers
 * use too), or a state's moves out or in when only one end is given; titled with what is shown.
 */
function pickRoute(diagram: Diagram, from?: string, to?: string): Diagram {
  const { concepts, relations } = diagram.subgraph;
  const transitions = relations.filter((r) => r.type === 'TRANSITION');
  const route = lifecycleRoute(transitions, from, to);
  const name = (id: string | undefined) => concepts.find((c) => c.id === id)?.name;
  const [a, b] = [name(from), name(to)];
  const title =
    a && b
      ? { vi: `Từ ${a.vi} sang ${b.vi}`, en: `From ${a.en} to ${b.en}` }
      : a
        ? { vi: `Từ ${a.vi} đi đâu được`, en: `Where ${a.en} leads` }
        : b
          ? { vi: `Đi tới ${b.vi} từ đâu`, en: `The ways into ${b.en}` }
          : diagram.title;
  return {
    ...diagram,
    title,
    highlight: [from, to].filter((id): id is string => id !== undefined),
    route: route.map((r) => r.key),
  };
}

/** Undirected hop counts from `start` over `relations`. */
function distances(start: string, relations: Relation[]): Map<string, number> {
  const adjacent = new Map<string, string[]>();
  for (const r of relations) {
    adjacent.set(r.from, [...(adjacent.get(r.from) ?? []), r.to]);
    adjacent.set(r.to, [...(adjacent.get(r.to) ?? []), r.from]);
  }
  const dist = new Map([[start, 0]]);
  let frontier = [start];
  for (let d = 1; frontier.length > 0; d++) {
    const next: string[] = [];
    for (const at of frontier) {
      for (const other of adjacent.get(at) ?? []) {
        if (!dist.has(other)) {
          dist.set(other, d);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return dist;
}

/**
 * A concept and what is around it, laid out as a star: the centre in the middle, concepts with
 * an edge into the centre on its left, those it points to on its right, each second-hop concept
 * beyond the first-hop one it hangs from. Drawn: the centre's edges and the edges from first to
 * second hops on the same side (at depth 1 also the edges among neighbours), so it stays legible.
 */
async function neighbourhoodDiagram(
  store: GraphStore,
  id: string,
  depth: 1 | 2,
  options: ResolveOptions,
): Promise<Diagram | null> {
  const centre = await store.getConcept(id);
  if (!centre) return null;
  const sub = await store.neighbours(id, { depth, types: NEIGHBOUR_TYPES });
  const relations = sortRelations(sub.relations);
  const maxNodes = Math.max(2, options.maxNodes ?? DEFAULT_MAX_NODES);
  const dist = distances(id, relations);
  const degree = new Map<string, number>();
  for (const r of relations) {
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
  }
  const others = sub.concepts
    .filter((c) => c.id !== id && dist.has(c.id))
    .sort(
      (a, b) =>
        (dist.get(a.id) ?? 99) - (dist.get(b.id) ?? 99) ||
        (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) ||
        byId(a, b),
    );
  let kept = others;
  const collapsed: Collapsed[] = [];
  if (others.length + 1 > maxNodes) {
    kept = others.slice(0, maxNodes - 2);
    collapsed.push({
      attachTo: id,
      ids: others
        .slice(maxNodes - 2)
        .map((c) => c.id)
        .sort(compare),
    });
  }
  const keep = new Set([id, ...kept.map((c) => c.id)]);

  // Sides: -1 left (points into the centre), +1 right; second hops follow their first hop.
  const rank: Record<string, number> = { [id]: 0 };
  for (const r of relations) {
    if (r.to === id && r.from !== id && keep.has(r.from)) rank[r.from] ??= -1;
    if (r.from === id && r.to !== id && keep.has(r.to)) rank[r.to] ??= 1;
  }
  const drawn = relations.filter((r) => {
    if (!keep.has(r.from) || !keep.has(r.to)) return false;
    if (r.from === id || r.to === id) return true;
    const [df, dt] = [dist.get(r.from) ?? 0, dist.get(r.to) ?? 0];
    // Edges among first hops only in a small neighbourhood: in a big one they make a tangle.
    return depth === 1 ? keep.size <= SMALL_NEIGHBOURHOOD : Math.abs(df - dt) === 1;
  });
  if (depth === 1) {
    // A long column on one side becomes two (alternate concepts one rank further out).
    for (const side of [-1, 1]) {
      const column = kept.filter((c) => rank[c.id] === side).sort(byId);
      if (column.length > LONG_COLUMN) {
        column.forEach((c, i) => {
          if (i % 2 === 1) rank[c.id] = 2 * side;
        });
      }
    }
  }
  if (depth === 2) {
    for (const r of drawn) {
      const [near, far] = (dist.get(r.from) ?? 0) < (dist.get(r.to) ?? 0) ? [r.from, r.to] : [r.to, r.from];
      if (near !== id && rank[far] === undefined && rank[near] !== undefined)
        rank[far] = 2 * (rank[near] ?? 1);
    }
  }
  const sameSide = (r: Relation) =>
    r.from === id ||
    r.to === id ||
    depth === 1 ||
    Math.sign(rank[r.from] ?? 0) === Math.sign(rank[r.to] ?? 0);
  return {
    kind: 'neighbourhood',
    title: { vi: `${centre.name.vi}: các khái niệm liên quan`, en: `${centre.name.en}: related concepts` },
    style: 'graph',
    direction: 'LR',
    subgraph: {
      concepts: [centre, ...kept.sort(byId)],
      relations: drawn.filter(sameSide),
    },
    highlight: [id],
    rank,
    ...(collapsed.length > 0 ? { collapsed } : {}),
  };
}

async function pathDiagram(store: GraphStore, from: string, to: string): Promise<Diagram | null> {
  const path = await store.shortestPath(from, to);
  if (!path || path.concepts.length === 0) return null;
  const first = path.concepts[0]!;
  const last = path.concepts[path.concepts.length - 1]!;
  const rank: Record<string, number> = {};
  path.concepts.forEach((c, i) => {
    rank[c.id] ??= i;
  });
  // "From A to B" only when every arrow does lead from A to B; otherwise the title claims no direction.
  const onward = path.steps.every((s) => s.forward);
  return {
    kind: 'path',
    title: onward
      ? { vi: `Từ ${first.name.vi} đến ${last.name.vi}`, en: `From ${first.name.en} to ${last.name.en}` }
      : {
          vi: `${first.name.vi} và ${last.name.vi} liên hệ thế nào`,
          en: `How ${first.name.en} and ${last.name.en} connect`,
        },
    style: 'graph',
    direction: path.concepts.length > 6 ? 'TB' : 'LR',
    subgraph: { concepts: path.concepts, relations: sortRelations(path.steps.map((s) => s.relation)) },
    highlight: [...new Set([first.id, last.id])],
    rank,
  };
}

async function comparisonDiagram(
  store: GraphStore,
  aId: string,
  bId: string,
  options: ResolveOptions,
): Promise<Diagram | null> {
  const [a, b] = await Promise.all([store.getConcept(aId), store.getConcept(bId)]);
  if (!a || !b || a.id === b.id) return null;
  const perSide = Math.max(1, options.maxPerSide ?? DEFAULT_MAX_PER_SIDE);
  const [subA, subB] = await Promise.all([
    store.neighbours(a.id, { depth: 1, types: NEIGHBOUR_TYPES }),
    store.neighbours(b.id, { depth: 1, types: NEIGHBOUR_TYPES }),
  ]);
  const touching = (sub: Subgraph, id: string) => sub.relations.filter((r) => r.from === id || r.to === id);
  const relations = sortRelations([...touching(subA, a.id), ...touching(subB, b.id)]);
  const concepts = new Map([...subA.concepts, ...subB.concepts].map((c) => [c.id, c] as const));
  const neighboursOf = (id: string) =>
    new Set(relations.flatMap((r) => (r.from === id ? [r.to] : r.to === id ? [r.from] : [])));
  const na = neighboursOf(a.id);
  const nb = neighboursOf(b.id);
  const ends = new Set([a.id, b.id]);
  const sorted = (ids: Iterable<string>) =>
    [...ids].filter((id) => !ends.has(id) && concepts.has(id)).sort(compare);
  const shared = sorted([...na].filter((id) => nb.has(id)));
  const onlyA = sorted([...na].filter((id) => !nb.has(id)));
  const onlyB = sorted([...nb].filter((id) => !na.has(id)));

  const collapsed: Collapsed[] = [];
  const cap = (ids: string[], attachTo: string) => {
    if (ids.length <= perSide) return ids;
    collapsed.push({ attachTo, ids: ids.slice(perSide - 1) });
    return ids.slice(0, perSide - 1);
  };
  const keptA = cap(onlyA, a.id);
  const keptB = cap(onlyB, b.id);
  const keptShared = shared.slice(0, perSide);

  const rank: Record<string, number> = { [a.id]: 1, [b.id]: 3 };
  for (const id of keptA) rank[id] = 0;
  for (const id of keptShared) rank[id] = 2;
  for (const id of keptB) rank[id] = 4;
  const ids = [...keptA, a.id, ...keptShared, b.id, ...keptB];
  const keep = new Set(ids);
  const groups: DiagramGroup[] = [
    { id: 'a', label: a.name, members: [a.id, ...keptA] },
    ...(keptShared.length > 0
      ? [{ id: 'shared', label: { vi: 'Chung', en: 'Shared' }, members: keptShared }]
      : []),
    { id: 'b', label: b.name, members: [b.id, ...keptB] },
  ];
  return {
    kind: 'comparison',
    title: { vi: `So sánh: ${a.name.vi} và ${b.name.vi}`, en: `Comparison: ${a.name.en} and ${b.name.en}` },
    style: 'graph',
    direction: 'LR',
    subgraph: {
      concepts: ids.map((id) => concepts.get(id)!),
      relations: relations.filter((r) => keep.has(r.from) && keep.has(r.to)),
    },
    highlight: [a.id, b.id],
    rank,
    groups,
    ...(collapsed.length > 0 ? { collapsed } : {}),
  };
}
