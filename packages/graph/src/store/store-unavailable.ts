/**
 * Why the store could not answer: the database cannot be reached, it did not answer in time, it
 * ended the transaction, or every pooled connection is taken (a hung server keeps them all).
 */
export type StoreFailure = 'unavailable' | 'timeout' | 'terminated' | 'pool-exhausted';

/**
 * The database is not there right now: an outage to wait out, not a bug. Stores raise this in
 * place of their driver's own errors, so callers never decode driver error codes.
 */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';

  constructor(
    readonly reason: StoreFailure,
    message: string,
    options?: ErrorOptions,
  ) {
    super(`${reason}: ${message}`, options);
  }
}

/** Server errors about the transaction's fate rather than the query. */
const FAILURE_BY_CODE: Record<string, StoreFailure> = {
  'Neo.ClientError.Transaction.Terminated': 'terminated',
  'Neo.ClientError.Transaction.LockClientStopped': 'terminated',
  'Neo.ClientError.Transaction.TransactionTimedOut': 'timeout',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration': 'timeout',
  ServiceUnavailable: 'unavailable',
  SessionExpired: 'unavailable',
};

/** Socket errors that escape the driver. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);

/** The outage a neo4j-driver error stands for, or undefined when it is a bug or a bad query. */
export function neo4jFailure(error: unknown): StoreFailure | undefined {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  // The driver gives this one no code of its own.
  if (typeof message === 'string' && message.startsWith('Connection acquisition timed out'))
    return 'pool-exhausted';
  if (typeof code !== 'string') return undefined;
  if (code in FAILURE_BY_CODE) return FAILURE_BY_CODE[code];
  if (code.startsWith('Neo.TransientError.') || SOCKET_CODES.has(code)) return 'unavailable';
  return undefined;
}

/** Runs Neo4j work, raising its outages as {@link StoreUnavailableError} and anything else as it is. */
export async function asStoreOutage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const failure = neo4jFailure(error);
    if (!failure) throw error;
    throw new StoreUnavailableError(failure, error instanceof Error ? error.message : String(error), {
      cause: error,
    });
  }
}
