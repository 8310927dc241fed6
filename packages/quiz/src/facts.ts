import type { Concept, GraphStore, Relation, View } from '@study-graph/graph';

/** The relation types a fill-in-the-blank question is asked about: facts one thing states of another. */
export const ASKED_TYPES = new Set([
  'IMPLEMENTS',
  'USES',
  'MANAGES',
  'RUNS',
  'PRODUCES',
  'STORES',
  'TALKS_TO',
  'REPLACES',
]);

/**
 * What quizzes are made from and checked against, read once from the store: the concepts, the
 * lifecycle's moves, and the relations the notes' figures draw (a view per figure, so a few round
 * trips on Neo4j rather than one per concept).
 */
export class QuizFacts {
  private constructor(
    readonly concepts: ReadonlyMap<string, Concept>,
    readonly transitions: readonly Relation[],
    readonly relations: readonly Relation[],
    readonly flows: ReadonlyMap<string, { view: View; steps: Relation[] }>,
    readonly views: ReadonlyMap<string, View>,
  ) {}

  static async read(store: GraphStore): Promise<QuizFacts> {
    const [concepts, transitions, views] = await Promise.all([
      store.listConcepts(),
      store.transitions(),
      store.listViews(),
    ]);
    const drawn = await Promise.all(views.map((v) => store.view(v.id)));
    const byKey = new Map<string, Relation>();
    const flows = new Map<string, { view: View; steps: Relation[] }>();
    for (const [i, graph] of drawn.entries()) {
      if (!graph) continue;
      for (const r of graph.relations) byKey.set(r.key, r);
      const view = views[i]!;
      if (view.kind !== 'flow') continue;
      const steps = graph.relations
        .filter((r) => r.type === 'FLOW' && r.flow === view.id)
        .sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
      if (steps.length >= 3) flows.set(view.id, { view, steps });
    }
    return new QuizFacts(
      new Map(concepts.map((c) => [c.id, c])),
      transitions,
      [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : 1)),
      flows,
      new Map(views.map((v) => [v.id, v])),
    );
  }

  /** Concepts of a kind, in id order. */
  ofKind(kind: string): Concept[] {
    return [...this.concepts.values()].filter((c) => c.kind === kind).sort((a, b) => (a.id < b.id ? -1 : 1));
  }
}
