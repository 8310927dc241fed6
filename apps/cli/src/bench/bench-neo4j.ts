import { createDriver, type Graph, Neo4jStore, syncPack } from '@study-graph/graph';
import { acquireTestNeo4j, releaseTestNeo4j } from '@study-graph/neo4j-local';
import type { Driver } from 'neo4j-driver';
import type { CliEnv } from '../env.ts';

/**
 * Runs `fn` with a driver to the Neo4j NEO4J_URI names, else to the local Neo4j (started for the
 * run when it is not running, and stopped after when the run started it).
 */
export async function withNeo4j<T>(
  env: CliEnv,
  fn: (driver: Driver, database: string | undefined) => Promise<T>,
): Promise<T> {
  const lease = env.neo4j ? null : await acquireTestNeo4j({ quiet: true });
  const driver = createDriver(env.neo4j ?? { uri: lease!.uri });
  try {
    return await fn(driver, env.neo4j?.database);
  } finally {
    await driver.close();
    if (lease) await releaseTestNeo4j(lease);
  }
}

/** Syncs the graph under a pack id of its own, runs `fn` on it, and removes it again. */
export async function onNeo4j<T>(
  graph: Graph,
  driver: Driver,
  database: string | undefined,
  fn: (store: Neo4jStore) => Promise<T>,
): Promise<T> {
  // A pack id of its own, so the benchmark never disturbs a loaded `docker` pack.
  const pack = `bench-${process.pid}-${graph.concepts.length}`;
  try {
    await syncPack(driver, { ...graph, pack: { ...graph.pack, id: pack } }, database ? { database } : {});
    return await fn(new Neo4jStore(driver, { pack, ...(database ? { database } : {}) }));
  } finally {
    // A large pack is deleted in batches; batches need an auto-commit transaction.
    const session = driver.session(database ? { database } : {});
    try {
      await session.run('MATCH (n {pack: $pack}) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS', {
        pack,
      });
    } finally {
      await session.close();
    }
  }
}
