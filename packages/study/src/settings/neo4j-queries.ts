/**
 * Every Cypher query of the Neo4j SettingsStore, with `$parameters`. Its own labels,
 * `(:ServerSettings {guildId})` and `(:Learner {userId})-[:HAS_STREAK]->(:Streak {guildId})`, and
 * never a `pack` property: the pack sync never touches them. `(:Learner)` is the study store's node,
 * merged on. A check-then-write first sets `_LOCK_` on the node it depends on: Neo4j reads at
 * read-committed, and only a write lock taken before the read makes two transactions take turns
 * (Neo4j's operations manual, "Lost updates").
 */

export const SCHEMA = [
  'CREATE CONSTRAINT server_settings_guild_id IF NOT EXISTS FOR (s:ServerSettings) REQUIRE s.guildId IS UNIQUE',
  'CREATE CONSTRAINT learner_user_id IF NOT EXISTS FOR (l:Learner) REQUIRE l.userId IS UNIQUE',
];

export const SETTINGS = `
MATCH (s:ServerSettings {guildId: $guildId})
RETURN s {.*} AS s`;

/** A null in `$props` removes the property: what is absent reads as its default. */
export const SAVE = `
MERGE (s:ServerSettings {guildId: $guildId})
SET s += $props`;

export const DAILY_SERVERS = `
MATCH (s:ServerSettings)
WHERE s.dailyChannelId IS NOT NULL
RETURN s {.*} AS s
ORDER BY s.guildId`;

export const CLAIM_DAILY = `
MATCH (s:ServerSettings {guildId: $guildId})
SET s._LOCK_ = true
WITH s, coalesce(s.lastDailyOn, '') < $day AS claimed
SET s.lastDailyOn = CASE WHEN claimed THEN $day ELSE s.lastDailyOn END
REMOVE s._LOCK_
RETURN claimed`;

/**
 * The rule of `nextStreak` (streak.ts): right extends a run that reached `$dayBefore`, else starts
 * one at 1; wrong ends it; a day answered already changes nothing (`fresh` is false).
 */
export const ANSWER_DAILY = `
MERGE (l:Learner {userId: $userId})
SET l._LOCK_ = true
MERGE (l)-[:HAS_STREAK]->(s:Streak {guildId: $guildId})
  ON CREATE SET s.current = 0, s.best = 0
WITH l, s, coalesce(s.lastAnsweredOn, '') < $day AS fresh
SET s += CASE
  WHEN NOT fresh THEN {}
  WHEN $correct THEN {
    current: CASE WHEN s.lastRightOn = $dayBefore THEN s.current + 1 ELSE 1 END,
    lastRightOn: $day,
    lastAnsweredOn: $day
  }
  ELSE {current: 0, lastAnsweredOn: $day}
END
SET s.best = CASE WHEN s.current > s.best THEN s.current ELSE s.best END
REMOVE l._LOCK_
RETURN fresh, s {.current, .best, .lastRightOn, .lastAnsweredOn} AS streak`;

export const STREAK = `
MATCH (:Learner {userId: $userId})-[:HAS_STREAK]->(s:Streak {guildId: $guildId})
RETURN s {.current, .best, .lastRightOn, .lastAnsweredOn} AS streak`;

export const FORGET = `
OPTIONAL MATCH (:Learner {userId: $userId})-[:HAS_STREAK]->(s:Streak)
WITH collect(s) AS streaks
FOREACH (s IN streaks | DETACH DELETE s)
RETURN size(streaks) AS forgotten`;
