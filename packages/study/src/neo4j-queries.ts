/**
 * Every Cypher query of the Neo4j StudyStore, with `$parameters`. Learners' data uses its own
 * labels, `(:Learner)-[:GAVE]->(:QuizAnswer)`, and never a `pack` property: the pack sync never
 * touches it, and it never touches the graph.
 */

export const SCHEMA = [
  'CREATE CONSTRAINT learner_user_id IF NOT EXISTS FOR (l:Learner) REQUIRE l.userId IS UNIQUE',
  'CREATE INDEX quiz_answer_guild IF NOT EXISTS FOR (a:QuizAnswer) ON (a.guildId, a.at)',
];

export const RECORD = `
MERGE (l:Learner {userId: $userId})
CREATE (l)-[:GAVE]->(:QuizAnswer {question: $question, correct: $correct, at: $at, guildId: $guildId, sources: $sources})`;

export const TOTALS = `
MATCH (:Learner {userId: $userId})-[:GAVE]->(a:QuizAnswer)
RETURN count(a) AS answered, sum(CASE WHEN a.correct THEN 1 ELSE 0 END) AS right`;

export const PROGRESS = `
MATCH (:Learner {userId: $userId})-[:GAVE]->(a:QuizAnswer)
UNWIND a.sources AS source
RETURN source, count(a) AS answered, sum(CASE WHEN a.correct THEN 1 ELSE 0 END) AS right
ORDER BY source`;

export const BOARD = `
MATCH (l:Learner)-[:GAVE]->(a:QuizAnswer)
WHERE a.guildId = $guildId AND a.at >= $since
RETURN l.userId AS userId, sum(CASE WHEN a.correct THEN 1 ELSE 0 END) AS right, count(a) AS answered
ORDER BY right DESC, userId
LIMIT $limit`;

export const FORGET = `
MATCH (l:Learner {userId: $userId})
OPTIONAL MATCH (l)-[:GAVE]->(a:QuizAnswer)
WITH l, collect(a) AS answers
FOREACH (a IN answers | DETACH DELETE a)
DETACH DELETE l
RETURN size(answers) AS deleted`;
