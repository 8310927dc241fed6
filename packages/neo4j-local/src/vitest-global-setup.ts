/**
 * Vitest global setup that gives tests a Neo4j. In a package's vitest.config.ts:
 *
 *   test: { globalSetup: ['../neo4j-local/src/vitest-global-setup.ts'] }
 *
 * With NEO4J_URI set it uses that server (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE; defaults neo4j, '',
 * neo4j). Otherwise it takes a lease on the local Neo4j (port NEO4J_LOCAL_PORT, default 7688; home
 * NEO4J_LOCAL_HOME, default <repo>/.neo4j), starting it if needed, and gives the lease back at teardown:
 * the last test process to finish stops a server that tests started. Tests read the connection with neo4jTestConfig() from '@study-graph/neo4j-local/testing'.
 */
import type { TestProject } from 'vitest/node';
import { acquireTestNeo4j, type Neo4jConnection, type Neo4jLocalOptions, releaseTestNeo4j } from './index.ts';
// Type-only: brings the `ProvidedContext` augmentation without loading vitest's runtime here.
import type {} from './testing.ts';

type Env = Record<string, string | undefined>;

/** The setup as a function of its environment and local options (the default export passes process.env). */
export async function setupNeo4jForTests(
  project: Pick<TestProject, 'provide'>,
  env: Env,
  options: Neo4jLocalOptions = {},
): Promise<() => Promise<void>> {
  if (env.NEO4J_URI) {
    const connection: Neo4jConnection = {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || 'neo4j',
    };
    project.provide('neo4j', connection);
    return async () => {};
  }
  const port = env.NEO4J_LOCAL_PORT ? Number(env.NEO4J_LOCAL_PORT) : undefined;
  const home = env.NEO4J_LOCAL_HOME || undefined;
  // On CI the home is new each run, so a class-data archive would cost time and never be used.
  const lease = await acquireTestNeo4j({ port, home, classDataSharing: !env.CI, ...options });
  // The local server has authentication off (it listens on 127.0.0.1 only): no password is needed.
  project.provide('neo4j', { uri: lease.uri, user: 'neo4j', password: '', database: 'neo4j' });
  return async () => {
    await releaseTestNeo4j(lease);
  };
}

export default function setup(project: TestProject): Promise<() => Promise<void>> {
  return setupNeo4jForTests(project, process.env);
}
