import { asStoreOutage } from '@study-graph/graph';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import * as Q from './neo4j-queries.ts';
import type { BoardEntry, Feedback, Progress, QuizAnswer, ReviewCard, StudyStore } from './port.ts';

/**
 * The StudyStore on Neo4j, in the graph's database: writes in write transactions, reads in read
 * transactions, all through the driver's bookmark manager, so on a cluster a learner's answer is
 * in their next `/progress` whichever server serves it. Outages are raised as the graph's
 * StoreUnavailableError.
 */
export class Neo4jStudyStore implements StudyStore {
  readonly name = 'neo4j';
  #schema: Promise<void> | undefined;

  constructor(
    readonly driver: Driver,
    private readonly database?: string | undefined,
  ) {}

  async record(answer: QuizAnswer): Promise<void> {
    await this.#write(Q.RECORD, { ...answer });
  }

  async progress(userId: string): Promise<Progress> {
    const [totals, sections] = await this.#readMany([
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
    const records = await this.#read(Q.BOARD, { guildId, since, limit: neo4j.int(limit) });
    return records.map((r) => ({
      userId: r.get('userId'),
      right: r.get('right'),
      answered: r.get('answered'),
    }));
  }

  async card(userId: string, question: string): Promise<ReviewCard | null> {
    const [record] = await this.#read(Q.CARD, { userId, question });
    return record ? cardOf(record) : null;
  }

  async saveCard(userId: string, card: ReviewCard): Promise<void> {
    await this.#write(Q.SAVE_CARD, { userId, ...card });
  }

  async dueCards(userId: string, now: number, limit: number): Promise<ReviewCard[]> {
    const records = await this.#read(Q.DUE_CARDS, { userId, now, limit: neo4j.int(limit) });
    return records.map(cardOf);
  }

  async giveFeedback({ userId, messageId, ...props }: Feedback): Promise<void> {
    await this.#write(props.kind === 'report' ? Q.REPORT : Q.VOTE, { userId, messageId, props });
  }

  async feedback(since: number): Promise<Feedback[]> {
    const records = await this.#read(Q.FEEDBACK, { since });
    return records.map((r) => {
      // Neo4j keeps no null properties: an absent one reads back as null.
      const { vote: _, ...f } = r.get('f') as Feedback & { vote: boolean };
      const { guildId = null, comment = null, graphVersion = null } = f;
      return { ...f, guildId, comment, graphVersion, userId: r.get('userId') as string };
    });
  }

  async forget(userId: string): Promise<number> {
    const records = await this.#write(Q.FORGET, { userId });
    return (records[0]?.get('deleted') as number | undefined) ?? 0;
  }

  async close(): Promise<void> {}

  /** One query's records, in a read transaction. */
  async #read(query: string, params: Record<string, unknown>) {
    const [records] = await this.#readMany([[query, params]]);
    return records ?? [];
  }

  /** Several queries in one read transaction: their answers agree with each other. */
  #readMany(queries: [string, Record<string, unknown>][]) {
    return this.#transaction('READ', async (tx) => {
      const out = [];
      for (const [query, params] of queries) out.push((await tx.run(query, params)).records);
      return out;
    });
  }

  /** One query's records, in a write transaction. */
  #write(query: string, params: Record<string, unknown>) {
    return this.#transaction('WRITE', async (tx) => (await tx.run(query, params)).records);
  }

  /**
   * A managed transaction of this mode, after the schema, through the driver's bookmark manager;
   * its outages raised as StoreUnavailableError.
   */
  #transaction<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return asStoreOutage(async () => {
      await this.#ensureSchema();
      const session = this.driver.session({
        defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
        bookmarkManager: this.driver.executeQueryBookmarkManager,
        ...(this.database ? { database: this.database } : {}),
      });
      try {
        return await (mode === 'READ' ? session.executeRead(work) : session.executeWrite(work));
      } finally {
        await session.close();
      }
    });
  }

  /** The constraint and index, created once per process (a failure is tried again next time). */
  #ensureSchema(): Promise<void> {
    this.#schema ??= (async () => {
      for (const statement of Q.SCHEMA)
        await this.driver.executeQuery(statement, {}, this.database ? { database: this.database } : {});
    })().catch((error: unknown) => {
      this.#schema = undefined;
      throw error;
    });
    return this.#schema;
  }
}

function cardOf(r: { get(key: string): unknown }): ReviewCard {
  return {
    question: r.get('question') as string,
    due: r.get('due') as number,
    stability: r.get('stability') as number,
    fsrs: r.get('fsrs') as string,
  };
}
