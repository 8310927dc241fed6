/**
 * Every Cypher query the Neo4j store runs, always with `$parameters`. Each query is scoped to one
 * pack (`$pack`), so data that people add through the bot, or another pack, is never read as ours.
 */

/** Relation rows have one shape everywhere so `RelationRow` can parse them. */
const REL = (r: string) =>
  `{from: startNode(${r}).id, to: endNode(${r}).id, type: type(${r}), props: properties(${r})}`;

export const GET_CONCEPT = `
MATCH (c:Concept {pack: $pack, id: $id})
RETURN properties(c) AS c`;

export const LIST_CONCEPTS = `
MATCH (c:Concept {pack: $pack})
WHERE $kind IS NULL OR c.kind = $kind
RETURN properties(c) AS c ORDER BY c.id`;

/**
 * Same scoring as `matchScore` in ordering.ts, over the concepts the text index `concept_search_text`
 * finds: a key holds the text exactly when the keys joined by newlines do.
 */
export const SEARCH_CONCEPTS = `
MATCH (c:Concept) WHERE c.searchText CONTAINS $q AND c.pack = $pack
WITH c, reduce(best = 0.0, k IN c.searchKeys | CASE
  WHEN k = $q THEN 1.0
  WHEN best < 0.8 AND k STARTS WITH $q THEN 0.8
  WHEN best < 0.6 AND k CONTAINS (' ' + $q) THEN 0.6
  WHEN best < 0.4 AND k CONTAINS $q THEN 0.4
  ELSE best END) AS score
WHERE score > 0
RETURN properties(c) AS c, score ORDER BY score DESC, c.id LIMIT $limit`;

/** The relations among a set of concepts, in one round trip with the set. */
const INDUCED = `
UNWIND nodes AS a
OPTIONAL MATCH (a)-[r]->(b:Concept {pack: $pack})
WHERE b IN nodes AND r.pack = $pack AND ($types IS NULL OR type(r) IN $types)
WITH nodes, collect(CASE WHEN r IS NULL THEN null ELSE ${REL('r')} END) AS relations
RETURN [n IN nodes | properties(n)] AS concepts, relations`;

/** Variable-length bounds cannot be parameters; depth is checked to be 1 or 2 before choosing. */
export const NEIGHBOURS = {
  1: neighbours(1),
  2: neighbours(2),
} as const;

function neighbours(depth: number): string {
  return `
MATCH (c:Concept {pack: $pack, id: $id})
OPTIONAL MATCH (c)-[rs*1..${depth}]-(n:Concept {pack: $pack})
WHERE all(r IN rs WHERE r.pack = $pack AND ($types IS NULL OR type(r) IN $types))
WITH c, collect(DISTINCT n) AS ns
WITH [c] + [n IN ns WHERE n <> c] AS nodes
${INDUCED}`;
}

export const RELATIONS_OF = `
MATCH (c:Concept {pack: $pack, id: $id})-[r]-(:Concept {pack: $pack})
WHERE r.pack = $pack AND ($types IS NULL OR type(r) IN $types)
WITH DISTINCT r
RETURN ${REL('r')} AS r ORDER BY r.props.key`;

export const SHORTEST_PATHS = `
MATCH (a:Concept {pack: $pack, id: $from}), (b:Concept {pack: $pack, id: $to})
MATCH p = allShortestPaths((a)-[*..8]-(b))
WHERE length(p) <= $maxDepth
  AND all(r IN relationships(p) WHERE r.pack = $pack)
  AND all(n IN nodes(p) WHERE n:Concept AND n.pack = $pack)
RETURN [n IN nodes(p) | properties(n)] AS concepts, [r IN relationships(p) | ${REL('r')}] AS relations`;

/**
 * State transitions, anchored on the state given (an index seek on (pack, id)), so the cost does not
 * grow with the graph; only with neither state given are all of the pack's transitions read.
 */
const transitions = (match: string) => `
${match}
WHERE r.pack = $pack AND ($from IS NULL OR a.id = $from) AND ($to IS NULL OR b.id = $to)
  AND ($command IS NULL OR r.command = $command)
RETURN ${REL('r')} AS r ORDER BY r.props.key`;

export const TRANSITIONS = {
  from: transitions('MATCH (a:Concept {pack: $pack, id: $from})-[r:TRANSITION]->(b:Concept {pack: $pack})'),
  to: transitions('MATCH (a:Concept {pack: $pack})-[r:TRANSITION]->(b:Concept {pack: $pack, id: $to})'),
  any: transitions('MATCH (a:Concept {pack: $pack})-[r:TRANSITION]->(b:Concept {pack: $pack})'),
} as const;

export const LIST_VIEWS = `
MATCH (v:View {pack: $pack})
RETURN properties(v) AS v ORDER BY v.id`;

export const VIEW = `
MATCH (v:View {pack: $pack, id: $id})
MATCH (c:Concept {pack: $pack}) WHERE c.id IN v.concepts
WITH v, collect(c) AS nodes, v.relationTypes AS types
UNWIND nodes AS a
OPTIONAL MATCH (a)-[r]->(b:Concept {pack: $pack})
WHERE b IN nodes AND r.pack = $pack AND (types IS NULL OR type(r) IN types)
WITH v, nodes, collect(CASE WHEN r IS NULL THEN null ELSE ${REL('r')} END) AS relations
RETURN properties(v) AS v, [n IN nodes | properties(n)] AS concepts, relations`;

export const SOURCES = `
MATCH (s:Source {pack: $pack}) WHERE s.id IN $ids
RETURN properties(s) AS s`;

export const STATS = `
CALL () { MATCH (c:Concept {pack: $pack}) RETURN count(c) AS concepts, collect(c.kind) AS kinds }
CALL () { MATCH (:Concept {pack: $pack})-[r]->(:Concept {pack: $pack}) WHERE r.pack = $pack
          RETURN count(r) AS relations, collect(type(r)) AS types }
CALL () { MATCH (v:View {pack: $pack}) RETURN count(v) AS views }
CALL () { MATCH (s:Source {pack: $pack}) RETURN count(s) AS sources }
CALL () { MATCH (p:Passage {pack: $pack}) RETURN count(p) AS passages }
RETURN concepts, kinds, relations, types, views, sources, passages`;

export const PING = 'RETURN 1 AS one';

export const RELATION_READINGS = `
MATCH (:Concept {pack: $pack})-[r]->(:Concept {pack: $pack})
WHERE r.pack = $pack
WITH type(r) AS type, r.labelVi AS labelVi, r.labelEn AS labelEn, r.inverseVi AS inverseVi, r.inverseEn AS inverseEn,
     count(*) AS uses
ORDER BY type, uses DESC, labelEn
WITH type, collect({label: {vi: labelVi, en: labelEn}, inverse: {vi: inverseVi, en: inverseEn}})[0] AS reading
RETURN type, reading.label AS label, reading.inverse AS inverse
ORDER BY type`;

export const PACK_VERSION = 'MATCH (v:PackVersion {pack: $pack}) RETURN v.hash AS hash';

export const LIST_PASSAGES = `
MATCH (p:Passage {pack: $pack})
RETURN properties(p) AS p ORDER BY p.id`;

/**
 * The full-text index (Lucene, diacritics folded) over the passages of every pack; hits of other
 * packs are dropped here. `$query` is built from escaped words only (see \`luceneQuery\`).
 */
export const SEARCH_PASSAGES = `
CALL db.index.fulltext.queryNodes('passage_text', $query) YIELD node, score
WHERE node.pack = $pack
RETURN properties(node) AS p, score ORDER BY score DESC, node.id LIMIT $limit`;
