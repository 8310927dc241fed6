import neo4j, { type Driver } from 'neo4j-driver';
import * as Q from './neo4j-queries.ts';
import { Neo4jTransactions } from './neo4j-transactions.ts';
import type { BoardEntry, Feedback, Progress, QuizAnswer, ReviewCard, StudyStore } from './port.ts';

/**
 * The StudyStore on Neo4j, in the graph's database: writes in write transactions, reads in read
 * transactions, all through the driver's bookmark manager, so on a cluster a learner's answer is
 * in their next `/progress` whichever server serves it. Outages are raised as the graph's
 * StoreUnavailableError.
 */
export class Neo4jStudyStore implements StudyStore {
  readonly name = 'neo4j';
  readonly #tx: Neo4jTransactions;

  constructor(
    readonly driver: Driver,
    database?: string | undefined,
  ) {
    this.#tx = new Neo4jTransactions(driver, database, Q.SCHEMA);
  }

  async record(answer: QuizAnswer): Promise<void> {
    await this.#tx.write(Q.RECORD, { ...answer });
  }

  async progress(userId: string): Promise<Progress> {
    const [totals, sections] = await this.#tx.readMany([
      [Q.TOTALS, { userId }],
      [Q.PROGRESS, { userId }],
    ]);
    return {
      answered: totals?.[0]?.get('answered') ?? 0,
      right: totals?.[0]?.get('right') ?? 0,
      sections: (sections ?? []).map((r) => ({
        source: r.get('source'),
        answered: r.get('answered'),
        right: r.get('right'),
      })),
    };
  }

  async board(guildId: string, since: number, limit: number): Promise<BoardEntry[]> {
    const records = await this.#tx.read(Q.BOARD, { guildId, since, limit: neo4j.int(limit) });
    return records.map((r) => ({
      userId: r.get('userId'),
      right: r.get('right'),
      answered: r.get('answered'),
    }));
  }

  async card(userId: string, question: string): Promise<ReviewCard | null> {
    const [record] = await this.#tx.read(Q.CARD, { userId, question });
    return record ? cardOf(record) : null;
  }

  async saveCard(userId: string, card: ReviewCard): Promise<void> {
    await this.#tx.write(Q.SAVE_CARD, { userId, ...card });
  }

  async dueCards(userId: string, now: number, limit: number): Promise<ReviewCard[]> {
    const records = await this.#tx.read(Q.DUE_CARDS, { userId, now, limit: neo4j.int(limit) });
    return records.map(cardOf);
  }

  async giveFeedback({ userId, messageId, ...props }: Feedback): Promise<void> {
    await this.#tx.write(props.kind === 'report' ? Q.REPORT : Q.VOTE, { userId, messageId, props });
  }

  async feedback(since: number): Promise<Feedback[]> {
    const records = await this.#tx.read(Q.FEEDBACK, { since });
    return records.map((r) => {
      // Neo4j keeps no null properties: an absent one reads back as null.
      const { vote: _, ...f } = r.get('f') as Feedback & { vote: boolean };
      const { guildId = null, comment = null, graphVersion = null } = f;
      return { ...f, guildId, comment, graphVersion, userId: r.get('userId') as string };
    });
  }

  async forget(userId: string): Promise<number> {
    const records = await this.#tx.write(Q.FORGET, { userId });
    return (records[0]?.get('deleted') as number | undefined) ?? 0;
  }

  async close(): Promise<void> {}
}

function cardOf(r: { get(key: string): unknown }): ReviewCard {
  return {
    question: r.get('question') as string,
    due: r.get('due') as number,
    stability: r.get('stability') as number,
    fsrs: r.get('fsrs') as string,
  };
}
