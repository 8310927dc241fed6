/**
 * For tests in other packages: the Neo4j connection that the global setup
 * (`src/vitest-global-setup.ts`) provides to every test file.
 *
 *   import { neo4jTestConfig } from '@study-graph/neo4j-local/testing';
 *   const { uri, user, password, database } = neo4jTestConfig();
 */
import { inject } from 'vitest';
import type { Neo4jConnection } from './index.ts';

export type { Neo4jConnection } from './index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

/** The connection provided by the Neo4j global setup; throws when that setup is not configured. */
export function neo4jTestConfig(): Neo4jConnection {
  const connection = inject('neo4j');
  if (!connection) {
    throw new Error(
      "No Neo4j connection was provided; add globalSetup: ['../neo4j-local/src/vitest-global-setup.ts'] to this package's vitest.config.ts.",
    );
  }
  return connection;
}
