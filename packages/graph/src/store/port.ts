import type {
  Concept,
  Passage,
  Path,
  Relation,
  Source,
  Stats,
  Subgraph,
  View,
  ViewGraph,
} from '../model/graph.ts';
import type { Bilingual, ConceptKind, RelationType } from '../model/schema.ts';

export interface SearchHit {
  concept: Concept;
  /** 1 for an exact name or alias, lower for a prefix or substring match. */
  score: number;
}

export interface PassageHit {
  passage: Passage;
  /** The full-text engine's relevance: only the order counts, not the value. */
  score: number;
}

export interface NeighbourOptions {
  /** 1 or 2; deeper is refused. */
  depth?: number;
  types?: RelationType[];
}

/** How relations of one type read, both ways: what a new relation of that type is written with. */
export interface RelationReading {
  type: RelationType;
  label: Bilingual;
  inverse: Bilingual;
}

export interface TransitionFilter {
  from?: string;
  to?: string;
  command?: string;
}

/**
 * What answering and drawing need from the graph. Every method returns results in a stable order,
 * so two implementations give the same answers.
 */
export interface GraphStore {
  readonly name: string;
  getConcept(id: string): Promise<Concept | null>;
  listConcepts(filter?: { kind?: ConceptKind }): Promise<Concept[]>;
  /** Names and aliases in both languages, case- and diacritics-insensitive. */
  searchConcepts(text: string, limit?: number): Promise<SearchHit[]>;
  /** Concepts within `depth` hops (either direction) and every relation among them. */
  neighbours(id: string, options?: NeighbourOptions): Promise<Subgraph>;
  /** Relations touching a concept, optionally of some types. */
  relationsOf(id: string, types?: RelationType[]): Promise<Relation[]>;
  /** Shortest undirected path; among equally short ones the first by concept ids. */
  shortestPath(fromId: string, toId: string, options?: { maxDepth?: number }): Promise<Path | null>;
  transitions(filter?: TransitionFilter): Promise<Relation[]>;
  /** Each relation type the graph has, in type order, with its most common reading (then by English label). */
  relationReadings(): Promise<RelationReading[]>;
  listViews(): Promise<View[]>;
  view(id: string): Promise<ViewGraph | null>;
  sources(ids: string[]): Promise<Source[]>;
  listPassages(): Promise<Passage[]>;
  /**
   * The notes' passages that share words with the text, best first (a full-text index; case and
   * Vietnamese diacritics aside, any word may match).
   */
  searchPassages(text: string, limit?: number): Promise<PassageHit[]>;
  stats(): Promise<Stats>;
  /**
   * What identifies the graph's content: it changes when `pnpm graph load` changes the pack, so a
   * running bot that polls it knows to read the graph again. Null when no pack was ever loaded.
   */
  packVersion(): Promise<string | null>;
  /** Resolves when the store answers a round trip: for readiness probes. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
