/** One answer a learner gave to a quiz question. */
export interface QuizAnswer {
  /** The learner's Discord user id. */
  userId: string;
  /** Where it was asked: the server's id, or null in a direct message. */
  guildId: string | null;
  /** The question, by the graph's ids (the quiz key, written as JSON). */
  question: string;
  correct: boolean;
  /** When, in ms since 1970. */
  at: number;
  /** The notes' sections and figures the question comes from (source ids). */
  sources: string[];
}

/** A learner's answers in one section of the notes. */
export interface SectionProgress {
  source: string;
  answered: number;
  right: number;
}

/** A learner's answers: all of them, and by section (a question of two sections counts in both). */
export interface Progress {
  answered: number;
  right: number;
  sections: SectionProgress[];
}

/** A learner on a server's board. */
export interface BoardEntry {
  userId: string;
  right: number;
  answered: number;
}

/** A learner's review card for one question, scheduled by FSRS (see `schedule.ts`). */
export interface ReviewCard {
  /** The question, by the graph's ids (the quiz key, as JSON). */
  question: string;
  /** When it is due again, in ms since 1970. */
  due: number;
  /** FSRS's memory stability, in days: the lower, the weaker. */
  stability: number;
  /** The whole FSRS card, as JSON. */
  fsrs: string;
}

/** How a learner judged an answer: a vote (their last one on a message counts) or a report. */
export type FeedbackKind = 'up' | 'down' | 'report';

/** A learner's word on one answer, kept with what it is about so that it can be reviewed later. */
export interface Feedback {
  userId: string;
  guildId: string | null;
  /** The message holding the answer: one vote per learner and message. */
  messageId: string;
  kind: FeedbackKind;
  /** What was asked, and the answer as it was shown (with its sources line). */
  question: string;
  answer: string;
  /** What the learner wrote in a report; null for a vote. */
  comment: string | null;
  /** The graph's version the answer came from; null when it was not known. */
  graphVersion: string | null;
  locale: 'vi' | 'en';
  at: number;
}

/**
 * What learners did, kept apart from the graph's pack: only ids, answers and times, never what
 * anyone wrote. Each implementation passes the same contract (`study-contract.ts`).
 */
export interface StudyStore {
  readonly name: string;
  record(answer: QuizAnswer): Promise<void>;
  /** A learner's answers, by section in source id order (on every server). */
  progress(userId: string): Promise<Progress>;
  /** A server's learners by right answers since `since` (ms), most first, then by user id; at most `limit`. */
  board(guildId: string, since: number, limit: number): Promise<BoardEntry[]>;
  /** A learner's card for a question, or null before their first answer to it. */
  card(userId: string, question: string): Promise<ReviewCard | null>;
  /** Keeps a learner's card for its question, in place of the one before. */
  saveCard(userId: string, card: ReviewCard): Promise<void>;
  /** A learner's cards due by `now`, weakest (lowest stability) first, then by question; at most `limit`. */
  dueCards(userId: string, now: number, limit: number): Promise<ReviewCard[]>;
  /** Keeps a vote (in place of the learner's earlier vote on the same message) or a report. */
  giveFeedback(feedback: Feedback): Promise<void>;
  /** Votes and reports given at or after `since` (ms), oldest first. */
  feedback(since: number): Promise<Feedback[]>;
  /** Deletes everything kept about a learner (answers, cards, feedback); how many answers went. */
  forget(userId: string): Promise<number>;
  close(): Promise<void>;
}
