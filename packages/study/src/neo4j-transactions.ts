import { asStoreOutage } from '@study-graph/graph';
import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';

type Query = [query: string, params: Record<string, unknown>];

/**
 * Managed transactions for a store of learners' data beside the graph: its schema created once per
 * process, every session through the driver's bookmark manager (so on a cluster a write is seen by
 * the next read, whichever server serves it), and outages raised as the graph's StoreUnavailableError.
 */
export class Neo4jTransactions {
  #schema: Promise<void> | undefined;

  constructor(
    readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly schema: readonly string[],
  ) {}

  /** One query's records, in a read transaction. */
  async read(query: string, params: Record<string, unknown>) {
    const [records] = await this.readMany([[query, params]]);
    return records ?? [];
  }

  /** Several queries in one read transaction: their answers agree with each other. */
  readMany(queries: Query[]) {
    return this.#transaction('READ', async (tx) => {
      const out = [];
      for (const [query, params] of queries) out.push((await tx.run<RecordShape>(query, params)).records);
      return out;
    });
  }

  /** One query's records, in a write transaction. */
  write(query: string, params: Record<string, unknown>) {
    return this.#transaction('WRITE', async (tx) => (await tx.run<RecordShape>(query, params)).records);
  }

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

  /** The constraints and indexes, created once per process (a failure is tried again next time). */
  #ensureSchema(): Promise<void> {
    this.#schema ??= (async () => {
      for (const statement of this.schema)
        await this.driver.executeQuery(statement, {}, this.database ? { database: this.database } : {});
    })().catch((error: unknown) => {
      this.#schema = undefined;
      throw error;
    });
    return this.#schema;
  }
}
