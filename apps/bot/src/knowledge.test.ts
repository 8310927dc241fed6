import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { isOutage, Knowledge, KnowledgeUnavailableError } from './knowledge.ts';
import { dockerStore } from './testing/test-bot.ts';

/** An error as neo4j-driver raises it. */
const neo4jError = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'general error');

describe('isOutage', () => {
  it('reads a hung or lost database as an outage, whatever way the driver says it', () => {
    for (const error of [
      new KnowledgeUnavailableError('no answer within 2500 ms'),
      neo4jError('Could not perform discovery', 'ServiceUnavailable'),
      // A hung server keeps every pooled connection: the pool cannot give one in time.
      neo4jError('Connection acquisition timed out in 60000 ms. Pool status: Active conn count = 100', 'N/A'),
      neo4jError('The transaction has been terminated.', 'Neo.ClientError.Transaction.Terminated'),
      neo4jError('Timed out', 'Neo.ClientError.Transaction.TransactionTimedOut'),
      neo4jError('Deadlock', 'Neo.TransientError.Transaction.DeadlockDetected'),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7687'), { code: 'ECONNREFUSED' }),
    ])
      expect(isOutage(error), String(error)).toBe(true);
  });

  it('leaves bugs and bad queries as errors', () => {
    for (const error of [
      new TypeError('cannot read properties of undefined'),
      neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError'),
      null,
      'a string',
    ])
      expect(isOutage(error), String(error)).toBe(false);
  });
});

describe('Knowledge, with the store failing', () => {
  it('leaves a failing store alone for a moment after outages in a row, then tries it again', async () => {
    const inner = await dockerStore();
    let calls = 0;
    let down = true;
    const store = new Proxy(inner, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (key !== 'getConcept' || typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          calls++;
          if (down) throw neo4jError('Could not perform discovery', 'ServiceUnavailable');
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const knowledge = new Knowledge(store, { breaker: { failures: 2, openMs: 200 }, drawingThreads: 1 });
    try {
      for (let i = 0; i < 2; i++)
        await expect(knowledge.concept('image')).rejects.toBeInstanceOf(KnowledgeUnavailableError);
      expect(calls).toBe(2);
      // Open: answered "unavailable" at once, the store not asked.
      await expect(knowledge.concept('image')).rejects.toBeInstanceOf(KnowledgeUnavailableError);
      expect(calls).toBe(2);
      down = false;
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect((await knowledge.concept('image'))?.id).toBe('image');
      expect(calls).toBe(3);
    } finally {
      await knowledge.close();
    }
  });
});
