import { createHash } from 'node:crypto';
import type { Concept, Path, Relation, Source, Stats, Subgraph } from '../model/graph.ts';
import type { ConceptKind, Locale, RelationType } from '../model/schema.ts';
import { fold } from '../text/fold.ts';
import { byId, byKey, checkDepth, matchScore, searchKeys } from './ordering.ts';
import type { GraphStore, NeighbourOptions, RelationReading, SearchHit, TransitionFilter } from './port.ts';

/** What a study group adds to the graph it studies: every addition cites `source`. */
export interface GraphAdditions {
  source: Source;
  concepts: Concept[];
  /** Between any concepts, the added ones included. */
  relations: Relation[];
  aliases: { conceptId: string; locale: Locale; alias: string }[];
  /** A concept's summary in one language, in place of the pack's. */
  summaries: { conceptId: string; locale: Locale; summary: string }[];
}

/**
 * A graph with additions laid over it, read-only: the base store is never written, and every
 * read gives the base's answer with the additions merged in, so answers, menus and drawings see
 * them as part of the graph. Paths may go through an added concept at either end; views, flows,
 * transitions and the notes' passages stay the base's own.
 */
export class OverlayStore implements GraphStore {
  readonly name: string;
  readonly #added = new Map<string, Concept>();
  readonly #edges = new Map<string, Relation[]>();
  readonly #version: string;

  constructor(
    readonly base: GraphStore,
    readonly additions: GraphAdditions,
  ) {
    this.name = base.name;
    for (const c of additions.concepts) this.#added.set(c.id, { ...c, sources: [additions.source.id] });
    for (const r of additions.relations)
      for (const end of new Set([r.from, r.to])) this.#edges.set(end, [...(this.#edges.get(end) ?? []), r]);
    this.#version = createHash('sha256').update(JSON.stringify(additions)).digest('hex');
  }

  async getConcept(id: string): Promise<Concept | null> {
    const concept = this.#added.get(id) ?? (await this.base.getConcept(id));
    return concept && this.#patch(concept);
  }

  async listConcepts(filter: { kind?: ConceptKind } = {}): Promise<Concept[]> {
    const added = [...this.#added.values()].filter((c) => !filter.kind || c.kind === filter.kind);
    return [...(await this.base.listConcepts(filter)).map((c) => this.#patch(c)), ...added].sort(byId);
  }

  async searchConcepts(text: string, limit = 10): Promise<SearchHit[]> {
    const q = fold(text);
    const best = new Map<string, SearchHit>();
    const hit = (concept: Concept, score: number) => {
      if (score > (best.get(concept.id)?.score ?? 0)) best.set(concept.id, { concept, score });
    };
    for (const h of await this.base.searchConcepts(text, limit)) hit(this.#patch(h.concept), h.score);
    if (q) {
      for (const c of this.#added.values()) hit(c, scoreOf(c, q));
      for (const { conceptId, alias } of this.additions.aliases) {
        const concept = await this.getConcept(conceptId);
        if (concept) hit(concept, matchScore(fold(alias), q));
      }
    }
    return [...best.values()]
      .filter((h) => h.score > 0)
      .sort((a, b) => b.score - a.score || byId(a.concept, b.concept))
      .slice(0, limit);
  }

  async neighbours(id: string, options: NeighbourOptions = {}): Promise<Subgraph> {
    const depth = checkDepth(options.depth ?? 1);
    const allowed = (r: Relation) => !options.types || options.types.includes(r.type);
    const base = this.#added.has(id)
      ? { concepts: [], relations: [] }
      : await this.base.neighbours(id, options);
    if (base.concepts.length === 0 && !this.#added.has(id)) return base;
    const ids = new Set([id, ...base.concepts.map((c) => c.id)]);
    let frontier = [id];
    for (let d = 0; d < depth; d++) {
      const next: string[] = [];
      for (const at of frontier)
        for (const r of (this.#edges.get(at) ?? []).filter(allowed)) {
          const other = r.from === at ? r.to : r.from;
          if (!ids.has(other)) next.push(other);
          ids.add(other);
        }
      frontier = next;
    }
    const concepts = await Promise.all([...ids].map((c) => this.getConcept(c)));
    const added = this.additions.relations.filter((r) => allowed(r) && ids.has(r.from) && ids.has(r.to));
    return {
      concepts: concepts.filter((c): c is Concept => c !== null).sort(byId),
      relations: [...base.relations, ...added].sort(byKey),
    };
  }

  async relationsOf(id: string, types?: RelationType[]): Promise<Relation[]> {
    const added = (this.#edges.get(id) ?? []).filter((r) => !types || types.includes(r.type));
    const base = this.#added.has(id) ? [] : await this.base.relationsOf(id, types);
    return [...base, ...added].sort(byKey);
  }

  /**
   * The base's path, or one that leaves or reaches an added concept by its added relations and
   * goes on through the base: the shortest such, then the first by the ids it passes.
   */
  async shortestPath(
    fromId: string,
    toId: string,
    options: { maxDepth?: number } = {},
  ): Promise<Path | null> {
    if (!this.#added.has(fromId) && !this.#added.has(toId))
      return this.#patchPath(await this.base.shortestPath(fromId, toId, options));
    const from = await this.getConcept(fromId);
    if (!from || !(await this.getConcept(toId))) return null;
    if (fromId === toId) return { concepts: [from], steps: [] };
    if (!this.#added.has(fromId)) return reversed(await this.shortestPath(toId, fromId, options));
    const candidates: Path[] = [];
    for (const relation of this.#edges.get(fromId) ?? []) {
      const forward = relation.from === fromId;
      const next = forward ? relation.to : relation.from;
      if (next === fromId) continue;
      const rest =
        next === toId
          ? { concepts: [(await this.getConcept(toId))!], steps: [] }
          : await this.#restOfPath(next, toId, options);
      if (rest)
        candidates.push({
          concepts: [from, ...rest.concepts],
          steps: [{ relation, forward }, ...rest.steps],
        });
    }
    candidates.sort((a, b) => a.steps.length - b.steps.length || byIds(a, b));
    return candidates[0] ?? null;
  }

  async #restOfPath(fromId: string, toId: string, options: { maxDepth?: number }): Promise<Path | null> {
    if (this.#added.has(fromId)) return null;
    const maxDepth = options.maxDepth === undefined ? undefined : options.maxDepth - 1;
    if (maxDepth !== undefined && maxDepth < 1) return null;
    return this.shortestPath(fromId, toId, maxDepth === undefined ? {} : { maxDepth });
  }

  transitions(filter?: TransitionFilter) {
    return this.base.transitions(filter);
  }

  async relationReadings(): Promise<RelationReading[]> {
    return this.base.relationReadings();
  }

  listViews() {
    return this.base.listViews();
  }

  view(id: string) {
    return this.base.view(id);
  }

  async sources(ids: string[]): Promise<Source[]> {
    const base = await this.base.sources(ids.filter((id) => id !== this.additions.source.id));
    return ids.flatMap((id) =>
      id === this.additions.source.id ? [this.additions.source] : base.filter((s) => s.id === id),
    );
  }

  listPassages() {
    return this.base.listPassages();
  }

  searchPassages(text: string, limit?: number) {
    return this.base.searchPassages(text, limit);
  }

  async stats(): Promise<Stats> {
    const base = await this.base.stats();
    return {
      ...base,
      concepts: base.concepts + this.#added.size,
      relations: base.relations + this.additions.relations.length,
    };
  }

  /** The base's version and the additions', so a change in either shows as a new version. */
  async packVersion(): Promise<string | null> {
    const base = await this.base.packVersion();
    return base && createHash('sha256').update(`${base}:${this.#version}`).digest('hex');
  }

  ping(): Promise<void> {
    return this.base.ping();
  }

  /** The base store belongs to whoever made it, and is closed by them. */
  async close(): Promise<void> {}

  /** A base concept with its added aliases and corrected summaries, citing the additions when it has any. */
  #patch(concept: Concept): Concept {
    const aliases = this.additions.aliases.filter((a) => a.conceptId === concept.id);
    const summaries = this.additions.summaries.filter((s) => s.conceptId === concept.id);
    if (aliases.length === 0 && summaries.length === 0) return concept;
    const withAliases = (locale: Locale) => [
      ...new Set([
        ...concept.aliases[locale],
        ...aliases.filter((a) => a.locale === locale).map((a) => a.alias),
      ]),
    ];
    const summary = { ...concept.summary };
    for (const s of summaries) summary[s.locale] = s.summary;
    return {
      ...concept,
      aliases: { vi: withAliases('vi'), en: withAliases('en') },
      summary,
      sources: [...new Set([...concept.sources, this.additions.source.id])],
    };
  }

  async #patchPath(path: Path | null): Promise<Path | null> {
    return path && { ...path, concepts: path.concepts.map((c) => this.#patch(c)) };
  }
}

function scoreOf(concept: Concept, q: string): number {
  return Math.max(0, ...searchKeys(concept).map((k) => matchScore(k, q)));
}

function reversed(path: Path | null): Path | null {
  return (
    path && {
      concepts: [...path.concepts].reverse(),
      steps: [...path.steps].reverse().map((s) => ({ ...s, forward: !s.forward })),
    }
  );
}

function byIds(a: Path, b: Path): number {
  const [x, y] = [a.concepts.map((c) => c.id).join(' '), b.concepts.map((c) => c.id).join(' ')];
  return x < y ? -1 : x > y ? 1 : 0;
}
