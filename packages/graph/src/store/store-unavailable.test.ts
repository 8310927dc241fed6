import { createServer } from 'node:net';
import { neo4jTestConfig } from '@study-graph/neo4j-local/testing';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { createDriver, Neo4jStore } from './neo4j-store.ts';
import { neo4jFailure, StoreUnavailableError } from './store-unavailable.ts';

/** An error as neo4j-driver raises it. */
const neo4jError = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'general error');

describe('neo4jFailure', () => {
  it('names the outage a driver error stands for', () => {
    const cases: [unknown, string][] = [
      [neo4jError('Could not perform discovery', 'ServiceUnavailable'), 'unavailable'],
      [
        neo4jError(
          'Connection acquisition timed out in 60000 ms. Pool status: Active conn count = 100',
          'N/A',
        ),
        'pool-exhausted',
      ],
      [
        neo4jError('The transaction has been terminated.', 'Neo.ClientError.Transaction.Terminated'),
        'terminated',
      ],
      [neo4jError('Timed out', 'Neo.ClientError.Transaction.TransactionTimedOut'), 'timeout'],
      [neo4jError('Deadlock', 'Neo.TransientError.Transaction.DeadlockDetected'), 'unavailable'],
      [
        Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7687'), { code: 'ECONNREFUSED' }),
        'unavailable',
      ],
    ];
    for (const [error, failure] of cases) expect(neo4jFailure(error), String(error)).toBe(failure);
  });

  it('leaves bugs and bad queries alone', () => {
    for (const error of [
      new TypeError('cannot read properties of undefined'),
      neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError'),
      null,
      'a string',
    ])
      expect(neo4jFailure(error), String(error)).toBeUndefined();
  });
});

/** A port that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('Neo4jStore outages', () => {
  it('raises "unavailable" when the database cannot be reached', async () => {
    const store = new Neo4jStore(
      createDriver({ uri: `bolt://127.0.0.1:${await closedPort()}` }),
      { pack: 'p' },
      true,
    );
    try {
      const error = await store.getConcept('image').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect((error as StoreUnavailableError).reason).toBe('unavailable');
    } finally {
      await store.close();
    }
  });

  it('raises "pool-exhausted" when every connection is taken', async () => {
    const { uri, user, password } = neo4jTestConfig();
    const driver = neo4j.driver(uri, neo4j.auth.basic(user ?? 'neo4j', password ?? ''), {
      maxConnectionPoolSize: 1,
      connectionAcquisitionTimeout: 300,
    });
    // An open transaction holds the pool's only connection, as a hung query would.
    const holder = driver.session();
    const tx = await holder.beginTransaction();
    try {
      const error = await new Neo4jStore(driver, { pack: 'p' }).getConcept('image').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect((error as StoreUnavailableError).reason).toBe('pool-exhausted');
    } finally {
      await tx.rollback();
      await holder.close();
      await driver.close();
    }
  });
});
