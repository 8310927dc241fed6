/**
 * Every Cypher query of the Neo4j StudyStore, with `$parameters`. Learners' data uses its own
 * labels, `(:Learner)-[:GAVE]->(:QuizAnswer)`, `(:Learner)-[:HAS_CARD]->(:ReviewCard)` and
 * `(:Learner)-[:GAVE]->(:Feedback)`, and never a `pack` property: the pack sync never touches it,
 * and it never touches the graph.
 */

export const SCHEMA = [
  'CREATE CONSTRAINT learner_user_id IF NOT EXISTS FOR (l:Learner) REQUIRE l.userId IS UNIQUE',
  'CREATE INDEX quiz_answer_guild IF NOT EXISTS FOR (a:QuizAnswer) ON (a.guildId, a.at)',
  'CREATE INDEX feedback_at IF NOT EXISTS FOR (f:Feedback) ON (f.at)',
];

export const CARD = `
MATCH (:Learner {userId: $userId})-[:HAS_CARD]->(c:ReviewCard {question: $question})
RETURN c.question AS question, c.due AS due, c.stability AS stability, c.fsrs AS fsrs`;

export const SAVE_CARD = `
MERGE (l:Learner {userId: $userId})
MERGE (l)-[:HAS_CARD]->(c:ReviewCard {question: $question})
SET c.due = $due, c.stability = $stability, c.fsrs = $fsrs`;

export const DUE_CARDS = `
MATCH (:Learner {userId: $userId})-[:HAS_CARD]->(c:ReviewCard)
WHERE c.due <= $now
RETURN c.question AS question, c.due AS due, c.stability AS stability, c.fsrs AS fsrs
ORDER BY c.stability, c.question
LIMIT $limit`;

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

/** A vote takes the place of the learner's earlier vote on the message. */
export const VOTE = `
MERGE (l:Learner {userId: $userId})
MERGE (l)-[:GAVE]->(f:Feedback {messageId: $messageId, vote: true})
SET f += $props`;

export const REPORT = `
MERGE (l:Learner {userId: $userId})
CREATE (l)-[:GAVE]->(f:Feedback {messageId: $messageId, vote: false})
SET f += $props`;

export const FEEDBACK = `
MATCH (l:Learner)-[:GAVE]->(f:Feedback)
WHERE f.at >= $since
RETURN l.userId AS userId, f {.*} AS f
ORDER BY f.at, f.messageId`;

export const FORGET = `
MATCH (l:Learner {userId: $userId})
OPTIONAL MATCH (l)-[:GAVE]->(a:QuizAnswer)
WITH l, collect(a) AS answers
OPTIONAL MATCH (l)-[:HAS_CARD|GAVE]->(n:ReviewCard|Feedback)
WITH l, answers, collect(n) AS others
FOREACH (n IN answers + others | DETACH DELETE n)
DETACH DELETE l
RETURN size(answers) AS deleted`;
