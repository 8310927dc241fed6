/**
 * Cypher for syncing a pack. Labels and relationship types cannot be parameters; they come from
 * the fixed `NodeLabel` list and the `RelationType` enum, never from data or user text.
 */
export const NODE_LABELS = ['Concept', 'View', 'Source', 'Passage'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const SCHEMA = [
  'CREATE CONSTRAINT concept_pack_id IF NOT EXISTS FOR (n:Concept) REQUIRE (n.pack, n.id) IS UNIQUE',
  'CREATE CONSTRAINT view_pack_id IF NOT EXISTS FOR (n:View) REQUIRE (n.pack, n.id) IS UNIQUE',
  'CREATE CONSTRAINT source_pack_id IF NOT EXISTS FOR (n:Source) REQUIRE (n.pack, n.id) IS UNIQUE',
  'CREATE CONSTRAINT passage_pack_id IF NOT EXISTS FOR (n:Passage) REQUIRE (n.pack, n.id) IS UNIQUE',
  'CREATE CONSTRAINT pack_version_pack IF NOT EXISTS FOR (n:PackVersion) REQUIRE n.pack IS UNIQUE',
  'CREATE INDEX concept_pack_kind IF NOT EXISTS FOR (n:Concept) ON (n.pack, n.kind)',
  // Names and aliases, found by any part of them (`CONTAINS`) without reading every concept.
  'CREATE TEXT INDEX concept_search_text IF NOT EXISTS FOR (n:Concept) ON (n.searchText)',
  // The notes' passages for full-text search: Lucene with ASCII folding, so "cô lập" matches "co lap".
  `CREATE FULLTEXT INDEX passage_text IF NOT EXISTS FOR (n:Passage) ON EACH [n.textVi, n.textEn]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding' } }`,
];

export const EXISTING_NODES = `
MATCH (n {pack: $pack}) WHERE n:Concept OR n:View OR n:Source OR n:Passage
RETURN CASE WHEN n:Concept THEN 'Concept' WHEN n:View THEN 'View' WHEN n:Source THEN 'Source'
       ELSE 'Passage' END AS label,
       n.id AS id, n.hash AS hash, n.packOwned AS owned`;

export const EXISTING_RELATIONS = `
MATCH (:Concept {pack: $pack})-[r]->(:Concept {pack: $pack}) WHERE r.pack = $pack
RETURN r.key AS key, r.hash AS hash, r.packOwned AS owned`;

/**
 * Writes only the properties the pack owns (`packOwned` lists them): `row.props` set, `row.cleared`
 * (owned before, gone from the pack, each null) removed. Properties others set on the node stay.
 */
export const upsertNodes = (label: NodeLabel) => `
UNWIND $rows AS row
MERGE (n:${label} {pack: $pack, id: row.props.id})
SET n += row.props, n += row.cleared`;

/** Relationships between the pack's concepts and anything that is not the pack's: people's own data. */
export const COMMUNITY_LINKS = `
MATCH (n:Concept {pack: $pack}) WHERE n.id IN $ids
MATCH (n)-[r]-(o) WHERE o.pack IS NULL OR o.pack <> $pack
RETURN n.id AS id, type(r) AS type, count(r) AS links
ORDER BY id, type`;

/** A renamed concept keeps its node, and with it every relationship, under its new id. */
export const RENAME_CONCEPTS = `
UNWIND $renames AS rename
MATCH (n:Concept {pack: $pack, id: rename.from})
SET n.id = rename.to`;

export const deleteNodes = (label: NodeLabel) => `
MATCH (n:${label} {pack: $pack}) WHERE n.id IN $ids
DETACH DELETE n`;

export const DELETE_RELATIONS = `
MATCH (:Concept {pack: $pack})-[r]->(:Concept {pack: $pack})
WHERE r.pack = $pack AND r.key IN $keys
DELETE r`;

/**
 * All relations in one statement: each distinct query costs a cold plan on a fresh server, and one
 * per type made the first sync take seconds. `row.type` is checked against `RelationType` before.
 */
export const UPSERT_RELATIONS = `
UNWIND $rows AS row
MATCH (a:Concept {pack: $pack, id: row.from}), (b:Concept {pack: $pack, id: row.to})
MERGE (a)-[r:$(row.type) {key: row.props.key}]->(b)
SET r += row.props, r += row.cleared`;

/** Views point at the concepts they show, in order, so the graph can be browsed in Neo4j. */
export const LINK_VIEWS = `
UNWIND $ids AS id
MATCH (v:View {pack: $pack, id: id})
CALL (v) { MATCH (v)-[s:SHOWS]->() DELETE s }
WITH v
UNWIND range(0, size(v.concepts) - 1) AS i
MATCH (c:Concept {pack: $pack, id: v.concepts[i]})
CREATE (v)-[:SHOWS {position: i}]->(c)`;

/** Passages point at the concepts they are about. */
export const LINK_PASSAGES = `
UNWIND $ids AS id
MATCH (p:Passage {pack: $pack, id: id})
CALL (p) { MATCH (p)-[d:DESCRIBES]->() DELETE d }
WITH p
UNWIND p.about AS about
MATCH (c:Concept {pack: $pack, id: about})
CREATE (p)-[:DESCRIBES]->(c)`;

/**
 * The pack's version, for running bots to poll: the hash of everything the pack holds, rewritten
 * only when it changed (an unchanged sync still writes nothing).
 */
export const SET_VERSION = `
MERGE (v:PackVersion {pack: $pack})
WITH v WHERE v.hash IS NULL OR v.hash <> $hash
SET v.hash = $hash, v.loadedAt = datetime()`;
