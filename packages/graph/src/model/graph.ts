import type { Bilingual, BilingualList, ConceptKind, RelationType, Source } from './schema.ts';

export type { Bilingual, Source };

/** A concept as stored and queried: the YAML entry with its sources resolved to a list. */
export interface Concept {
  id: string;
  kind: ConceptKind;
  name: Bilingual;
  aliases: BilingualList;
  summary: Bilingual;
  syntax?: string;
  sources: string[];
}

/** A typed, directed edge. `key` identifies it across syncs (two edges may join the same pair). */
export interface Relation {
  key: string;
  from: string;
  to: string;
  type: RelationType;
  /** Reads from -> to ("manages"). */
  label: Bilingual;
  /** Reads to -> from ("is managed by"). */
  inverse: Bilingual;
  command?: string;
  event?: string;
  note?: Bilingual;
  reason?: Bilingual;
  version?: string;
  flow?: string;
  order?: number;
  sources: string[];
}

export interface View {
  id: string;
  title: Bilingual;
  aliases: BilingualList;
  kind: 'figure' | 'lifecycle' | 'flow';
  concepts: string[];
  relationTypes?: RelationType[];
  direction: 'LR' | 'TB';
  sources: string[];
}

/** A passage of the notes: its text in both languages, what it is about, where it comes from. */
export interface Passage {
  id: string;
  text: Bilingual;
  about: string[];
  sources: string[];
}

export interface PackInfo {
  id: string;
  title: Bilingual;
  description?: Bilingual;
}

/** A whole validated data pack. */
export interface Graph {
  pack: PackInfo;
  sources: Source[];
  concepts: Concept[];
  relations: Relation[];
  views: View[];
  passages: Passage[];
  /** Concepts whose id changed (`renamedFrom` in the pack), old id to new. */
  renames?: { from: string; to: string }[];
}

/** Concepts plus the relations among them: what queries return and diagrams draw. */
export interface Subgraph {
  concepts: Concept[];
  relations: Relation[];
}

/** A path between two concepts; `steps[i]` joins `concepts[i]` and `concepts[i + 1]`. */
export interface Path {
  concepts: Concept[];
  steps: { relation: Relation; forward: boolean }[];
}

export interface ViewGraph extends Subgraph {
  view: View;
}

export interface Stats {
  concepts: number;
  relations: number;
  views: number;
  sources: number;
  passages: number;
  byKind: Record<string, number>;
  byRelationType: Record<string, number>;
}
