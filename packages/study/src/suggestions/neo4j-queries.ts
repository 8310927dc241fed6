/**
 * Every Cypher query of the Neo4j SuggestionStore, with `$parameters`. Suggestions are
 * `(:Suggestion)` nodes naming concepts by id, with no `pack` property and no relationship to the
 * graph: the pack sync never touches them, and they never touch the pack.
 */

export const SCHEMA = [
  'CREATE CONSTRAINT suggestion_id IF NOT EXISTS FOR (s:Suggestion) REQUIRE s.id IS UNIQUE',
  'CREATE INDEX suggestion_guild IF NOT EXISTS FOR (s:Suggestion) ON (s.guildId, s.status)',
  'CREATE INDEX suggestion_user IF NOT EXISTS FOR (s:Suggestion) ON (s.userId)',
];

export const PROPOSE = 'CREATE (s:Suggestion) SET s = $props';

export const GET = `
MATCH (s:Suggestion {id: $id, guildId: $guildId})
RETURN s {.*} AS s`;

export const PENDING = `
MATCH (s:Suggestion {guildId: $guildId, status: 'pending'})
RETURN s {.*} AS s
ORDER BY s.at, s.id
LIMIT $limit`;

export const APPROVED = `
MATCH (s:Suggestion {status: 'approved'})
WHERE $guildId IS NULL OR s.guildId = $guildId
RETURN s {.*} AS s
ORDER BY s.decidedAt, s.id`;

/**
 * Writing to the node first takes its lock, so the status read after it is the last committed one:
 * of two moderators deciding at once, only the first finds it pending.
 */
export const DECIDE = `
MATCH (s:Suggestion {id: $id, guildId: $guildId})
SET s.deciding = true
REMOVE s.deciding
WITH s WHERE s.status = 'pending'
SET s.status = $status, s.decidedBy = $by, s.decidedAt = $at
RETURN s {.*} AS s`;

export const FORGET = `
MATCH (s:Suggestion {userId: $userId})
WITH collect(s) AS theirs
FOREACH (s IN [x IN theirs WHERE x.status = 'approved'] | REMOVE s.userId)
FOREACH (s IN [x IN theirs WHERE x.status <> 'approved'] | DELETE s)
RETURN size(theirs) AS forgotten`;
