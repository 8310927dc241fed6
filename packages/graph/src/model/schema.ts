import { z } from 'zod';

/** Stable kebab-case identifier, the key of every concept, view and source. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, "-" or ".")');

/** The longest text a pack may hold in one field and language: a summary is a paragraph, not a book. */
export const MAX_TEXT_LENGTH = 2_000;

const Text = z.string().trim().min(1).max(MAX_TEXT_LENGTH);

/** A text in both languages of the project. */
export const Bilingual = z.object({ vi: Text, en: Text }).strict();

/** Aliases per language; either list may be empty. */
export const BilingualList = z
  .object({
    vi: z.array(Text).default([]),
    en: z.array(Text).default([]),
  })
  .strict();

export const CONCEPT_KINDS = [
  'platform',
  'tool',
  'component',
  'object',
  'artifact',
  'service',
  'machine',
  'state',
  'command',
  'event',
  'library',
  'runtime',
  'kernel-feature',
  'network-concept',
  'driver',
  'driver-category',
  'interface',
  'mechanism',
  'edition',
  'container-type',
] as const;
export const ConceptKind = z.enum(CONCEPT_KINDS);

/**
 * Relationship types are a closed vocabulary: Cypher cannot take a relationship type as a
 * parameter, so only these names are ever written into a query.
 */
export const RELATION_TYPES = [
  'IS_A',
  'INSTANCE_OF',
  'BUILT_FROM',
  'HAS_COMPONENT',
  'MANAGES',
  'TALKS_TO',
  'USES',
  'IMPLEMENTS',
  'USES_DRIVER',
  'ALTERNATIVE_TO',
  'EDITION_OF',
  'REPLACED',
  'RUNS',
  'STORES',
  'PRODUCES',
  'COMBINES',
  'TRANSITION',
  'RESULTS_IN',
  'EMITS',
  'CONNECTS_TO',
  'ATTACHED_TO',
  'FLOW',
] as const;
export const RelationType = z.enum(RELATION_TYPES);

/**
 * Every type but the steps of traffic flows: what a concept's neighbourhood is drawn and told
 * with. A flow's step read alone ("6. to the application in") says nothing: flows go whole.
 */
export const NEIGHBOUR_TYPES = RELATION_TYPES.filter((t) => t !== 'FLOW');

/** One or more source ids; a single id is accepted for brevity in the YAML. */
export const SourceRefs = z.union([Id, z.array(Id).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]));

export const Source = z
  .object({
    id: Id,
    section: Bilingual,
    figure: z.number().int().positive().optional(),
    file: z.string().optional(),
  })
  .strict();

export const RelationTypeLabel = z
  .object({ type: RelationType, label: Bilingual, inverse: Bilingual })
  .strict();

export const PackMeta = z
  .object({
    id: Id,
    title: Bilingual,
    description: Bilingual.optional(),
    sources: z.array(Source).min(1),
    relationTypes: z.array(RelationTypeLabel).min(1),
  })
  .strict();

export const ConceptEntry = z
  .object({
    id: Id,
    kind: ConceptKind,
    name: Bilingual,
    aliases: BilingualList.default({ vi: [], en: [] }),
    summary: Bilingual,
    /** Shell syntax for commands, e.g. `docker pause CONTAINER`. */
    syntax: z.string().optional(),
    /** Ids this concept had before: a load moves the old node, with every link people made to it. */
    renamedFrom: z.array(Id).optional(),
    source: SourceRefs,
  })
  .strict();

export const RelationEntry = z
  .object({
    from: Id,
    to: Id,
    type: RelationType,
    /** Overrides the label of the relationship type when this edge needs its own words. */
    label: Bilingual.optional(),
    /** TRANSITION: the command concept that triggers it. */
    command: Id.optional(),
    /** TRANSITION: the Docker Engine event emitted. */
    event: z.string().optional(),
    /** Words for what triggers an edge that no command does (a restart policy, a failed removal). */
    note: Bilingual.optional(),
    /** Why the edge holds, as the notes give it: what a "why" question about its two ends is answered with. */
    reason: Bilingual.optional(),
    /** REPLACED: the version it happened in. */
    version: z.string().optional(),
    /** FLOW: which traffic flow and the step number within it. */
    flow: z.string().optional(),
    order: z.number().int().positive().optional(),
    source: SourceRefs,
  })
  .strict();

export const ViewEntry = z
  .object({
    id: Id,
    title: Bilingual,
    aliases: BilingualList.default({ vi: [], en: [] }),
    /** The diagram kind used to draw it. */
    kind: z.enum(['figure', 'lifecycle', 'flow']).default('figure'),
    concepts: z
      .array(Id)
      .min(1)
      .refine((ids) => new Set(ids).size === ids.length, 'lists a concept twice'),
    /** Relationship types drawn between the view's concepts; all when omitted. */
    relationTypes: z.array(RelationType).optional(),
    /** Graphviz rank direction hint. */
    direction: z.enum(['LR', 'TB']).default('LR'),
    source: SourceRefs,
  })
  .strict();

/**
 * A passage of the notes in their own words (a bullet, or a figure written out), with the section or
 * figure it comes from and the concepts it is about: indexed for full-text search, so that a question
 * in other words still reaches the notes, and quoted where an answer rests on it.
 */
export const PassageEntry = z
  .object({
    id: Id,
    text: z.object({ vi: Text, en: Text }).strict(),
    about: z.array(Id).min(1),
    source: SourceRefs,
  })
  .strict();

/** One YAML file of a pack: any of the sections, merged across files. */
export const PackFile = z
  .object({
    pack: PackMeta.optional(),
    concepts: z.array(ConceptEntry).optional(),
    relations: z.array(RelationEntry).optional(),
    views: z.array(ViewEntry).optional(),
    passages: z.array(PassageEntry).optional(),
  })
  .strict();

export type Bilingual = z.infer<typeof Bilingual>;
export type BilingualList = z.infer<typeof BilingualList>;
export type ConceptKind = z.infer<typeof ConceptKind>;
export type RelationType = z.infer<typeof RelationType>;
export type Source = z.infer<typeof Source>;
export type RelationTypeLabel = z.infer<typeof RelationTypeLabel>;
export type PackMeta = z.infer<typeof PackMeta>;
export type ConceptInput = z.infer<typeof ConceptEntry>;
export type RelationInput = z.infer<typeof RelationEntry>;
export type ViewInput = z.infer<typeof ViewEntry>;
export type PassageInput = z.infer<typeof PassageEntry>;
export type Locale = 'vi' | 'en';
