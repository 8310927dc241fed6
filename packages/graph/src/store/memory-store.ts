import { createHash } from 'node:crypto';
import MiniSearch from 'minisearch';
import type {
  Concept,
  Graph,
  Passage,
  Path,
  Relation,
  Source,
  Stats,
  Subgraph,
  View,
  ViewGraph,
} from '../model/graph.ts';
import type { ConceptKind, RelationType } from '../model/schema.ts';
import { fold } from '../text/fold.ts';
import { byId, byKey, checkDepth, comparePaths, MAX_PATH, matchScore, searchKeys } from './ordering.ts';
import type {
  GraphStore,
  NeighbourOptions,
  PassageHit,
  RelationReading,
  SearchHit,
  TransitionFilter,
} from './port.ts';

/** The graph held in memory, built from a loaded pack: the embedded default backend. */
export class MemoryStore implements GraphStore {
  readonly name = 'memory';
  readonly #concepts = new Map<string, Concept>();
  readonly #keys = new Map<string, string[]>();
  /** Concepts by every letter and pair of letters of their folded names and aliases. */
  readonly #byGram = new Map<string, Set<string>>();
  readonly #edges = new Map<string, Relation[]>();
  readonly #passages = new Map<string, Passage>();
  #version: string | undefined;
  readonly #views: Map<string, View>;
  /** Transitions by the command that causes them. */
  readonly #transitionsBy = new Map<string, Relation[]>();
  readonly #sources: Map<string, Source>;
  /** The notes' passages, indexed by their folded words in both languages. */
  readonly #passageIndex = new MiniSearch<{ id: string; vi: string; en: string }>({
    fields: ['vi', 'en'],
    tokenize: (text) => fold(text).split(' '),
    processTerm: (term) => term || null,
  });

  constructor(readonly graph: Graph) {
    for (const c of graph.concepts) {
      this.#concepts.set(c.id, c);
      this.#keys.set(c.id, searchKeys(c));
      this.#edges.set(c.id, []);
    }
    for (const r of graph.relations) {
      this.#edges.get(r.from)!.push(r);
      if (r.to !== r.from) this.#edges.get(r.to)!.push(r);
    }
    this.#views = new Map(graph.views.map((v) => [v.id, v]));
    for (const r of graph.relations) {
      if (r.type === 'TRANSITION' && r.command)
        this.#transitionsBy.set(r.command, [...(this.#transitionsBy.get(r.command) ?? []), r]);
    }
    this.#sources = new Map(graph.sources.map((src) => [src.id, src]));
    for (const p of graph.passages) this.#passages.set(p.id, p);
    this.#passageIndex.addAll(graph.passages.map((p) => ({ id: p.id, ...p.text })));
  }

  async listPassages(): Promise<Passage[]> {
    return this.graph.passages;
  }

  async searchPassages(text: string, limit = 5): Promise<PassageHit[]> {
    return this.#passageIndex
      .search(text)
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, limit)
      .map((hit) => ({ passage: this.#passages.get(hit.id)!, score: hit.score }));
  }

  async getConcept(id: string): Promise<Concept | null> {
    return this.#concepts.get(id) ?? null;
  }

  async listConcepts(filter: { kind?: ConceptKind } = {}): Promise<Concept[]> {
    return this.graph.concepts.filter((c) => !filter.kind || c.kind === filter.kind);
  }

  async searchConcepts(text: string, limit = 10): Promise<SearchHit[]> {
    const q = fold(text);
    if (!q) return [];
    const hits: SearchHit[] = [];
    for (const id of this.#keysHolding(q)) {
      const score = Math.max(...this.#keys.get(id)!.map((k) => matchScore(k, q)));
      if (score > 0) hits.push({ concept: this.#concepts.get(id)!, score });
    }
    return hits.sort((a, b) => b.score - a.score || byId(a.concept, b.concept)).slice(0, limit);
  }

  /**
   * The concepts whose keys may hold the text: those holding its rarest pair of letters (or its one
   * letter). Checked by `matchScore`, so a search costs what the text matches, not the graph's size.
   */
  #keysHolding(q: string): Iterable<string> {
    const byGram = this.#gramIndex();
    const grams = q.length === 1 ? [q] : pairsOf(q);
    let rarest: Set<string> | undefined;
    for (const gram of grams) {
      const ids = byGram.get(gram);
      if (!ids) return [];
      if (!rarest || ids.size < rarest.size) rarest = ids;
    }
    return [...(rarest ?? [])].sort();
  }

  /** Built on the first search, so that opening the store (and answering) does not wait for it. */
  #gramIndex(): Map<string, Set<string>> {
    if (this.#byGram.size === 0)
      for (const [id, keys] of this.#keys)
        for (const key of keys)
          for (const gram of [...key, ...pairsOf(key)]) {
            const ids = this.#byGram.get(gram);
            if (ids) ids.add(id);
            else this.#byGram.set(gram, new Set([id]));
          }
    return this.#byGram;
  }

  async neighbours(id: string, options: NeighbourOptions = {}): Promise<Subgraph> {
    const depth = checkDepth(options.depth ?? 1);
    if (!this.#concepts.has(id)) return { concepts: [], relations: [] };
    const allowed = (r: Relation) => !options.types || options.types.includes(r.type);
    const seen = new Set([id]);
    let frontier = [id];
    for (let d = 0; d < depth; d++) {
      const next: string[] = [];
      for (const at of frontier) {
        for (const r of this.#edges.get(at)!.filter(allowed)) {
          const other = r.from === at ? r.to : r.from;
          if (!seen.has(other)) {
            seen.add(other);
            next.push(other);
          }
        }
      }
      frontier = next;
    }
    return this.#induced([...seen], options.types);
  }

  async relationsOf(id: string, types?: RelationType[]): Promise<Relation[]> {
    return (this.#edges.get(id) ?? []).filter((r) => !types || types.includes(r.type)).sort(byKey);
  }

  async shortestPath(
    fromId: string,
    toId: string,
    options: { maxDepth?: number } = {},
  ): Promise<Path | null> {
    const from = this.#concepts.get(fromId);
    if (!from || !this.#concepts.has(toId)) return null;
    if (fromId === toId) return { concepts: [from], steps: [] };
    const distToTarget = this.#distancesFrom(toId, options.maxDepth ?? MAX_PATH);
    const total = distToTarget.get(fromId);
    if (total === undefined) return null;
    // Every shortest path (edges that keep us on one), ordered as `comparePaths` says, as Neo4j does.
    const paths: Path[] = [];
    const walk = (at: string, path: Path) => {
      const left = distToTarget.get(at)!;
      if (left === 0) {
        paths.push(path);
        return;
      }
      for (const relation of this.#edges.get(at)!) {
        const next = relation.from === at ? relation.to : relation.from;
        if (distToTarget.get(next) !== left - 1) continue;
        walk(next, {
          concepts: [...path.concepts, this.#concepts.get(next)!],
          steps: [...path.steps, { relation, forward: relation.from === at }],
        });
      }
    };
    walk(fromId, { concepts: [from], steps: [] });
    return paths.sort(comparePaths)[0]!;
  }

  async transitions(filter: TransitionFilter = {}): Promise<Relation[]> {
    // From the state given, if any: the cost does not grow with the graph.
    const anchor = filter.from ?? filter.to;
    const candidates = anchor
      ? [...(this.#edges.get(anchor) ?? [])].sort(byKey)
      : filter.command
        ? (this.#transitionsBy.get(filter.command) ?? [])
        : this.graph.relations;
    return candidates.filter(
      (r) =>
        r.type === 'TRANSITION' &&
        (!filter.from || r.from === filter.from) &&
        (!filter.to || r.to === filter.to) &&
        (!filter.command || r.command === filter.command),
    );
  }

  async listViews(): Promise<View[]> {
    return this.graph.views;
  }

  async view(id: string): Promise<ViewGraph | null> {
    const view = this.#views.get(id);
    if (!view) return null;
    const { relations } = this.#induced(view.concepts, view.relationTypes);
    return { view, concepts: view.concepts.map((c) => this.#concepts.get(c)!), relations };
  }

  async relationReadings(): Promise<RelationReading[]> {
    const uses = new Map<string, { reading: RelationReading; uses: number }>();
    for (const { type, label, inverse } of this.graph.relations) {
      const key = JSON.stringify([type, label, inverse]);
      const seen = uses.get(key) ?? { reading: { type, label, inverse }, uses: 0 };
      seen.uses++;
      uses.set(key, seen);
    }
    const best = new Map<RelationType, { reading: RelationReading; uses: number }>();
    for (const u of [...uses.values()].sort(
      (a, b) => b.uses - a.uses || (a.reading.label.en < b.reading.label.en ? -1 : 1),
    ))
      if (!best.has(u.reading.type)) best.set(u.reading.type, u);
    return [...best.values()].map((u) => u.reading).sort((a, b) => (a.type < b.type ? -1 : 1));
  }

  async sources(ids: string[]): Promise<Source[]> {
    return ids.flatMap((id) => this.#sources.get(id) ?? []);
  }

  async stats(): Promise<Stats> {
    const count = <T>(items: T[], key: (t: T) => string) =>
      items.reduce<Record<string, number>>((acc, t) => {
        acc[key(t)] = (acc[key(t)] ?? 0) + 1;
        return acc;
      }, {});
    return {
      concepts: this.graph.concepts.length,
      relations: this.graph.relations.length,
      views: this.graph.views.length,
      sources: this.graph.sources.length,
      passages: this.graph.passages.length,
      byKind: sortRecord(count(this.graph.concepts, (c) => c.kind)),
      byRelationType: sortRecord(count(this.graph.relations, (r) => r.type)),
    };
  }

  /** In memory, always there. */
  /** The embedded graph never changes while it runs: its version is fixed when it is built. */
  async packVersion(): Promise<string | null> {
    this.#version ??= createHash('sha256').update(JSON.stringify(this.graph)).digest('hex');
    return this.#version;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}

  /** The concepts and the relations among them, read from their own edges (never a scan of all). */
  #induced(ids: string[], types?: RelationType[]): Subgraph {
    const set = new Set(ids);
    const found = new Map<string, Relation>();
    for (const id of set) {
      for (const r of this.#edges.get(id) ?? []) {
        if (set.has(r.from) && set.has(r.to) && (!types || types.includes(r.type))) found.set(r.key, r);
      }
    }
    const relations = [...found.values()].sort(byKey);
    return { concepts: ids.map((i) => this.#concepts.get(i)!).sort(byId), relations };
  }

  #distancesFrom(start: string, maxDepth: number): Map<string, number> {
    const dist = new Map([[start, 0]]);
    let frontier = [start];
    for (let d = 1; d <= maxDepth && frontier.length > 0; d++) {
      const next: string[] = [];
      for (const at of frontier) {
        for (const r of this.#edges.get(at)!) {
          const other = r.from === at ? r.to : r.from;
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
}

export function sortRecord(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Every two neighbouring letters of a text: "dock" has "do", "oc", "ck". */
function pairsOf(text: string): string[] {
  return Array.from({ length: Math.max(0, text.length - 1) }, (_, i) => text.slice(i, i + 2));
}
