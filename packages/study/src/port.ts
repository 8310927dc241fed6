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
  /** Deletes everything kept about a learner; how many answers went. */
  forget(userId: string): Promise<number>;
  close(): Promise<void>;
}
