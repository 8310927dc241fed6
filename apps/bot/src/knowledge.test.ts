import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { isOutage, KnowledgeUnavailableError } from './knowledge.ts';

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
