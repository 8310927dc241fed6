import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDriver, type Graph, Neo4jStore, syncPack } from '@study-graph/graph';
import { type Neo4jLocalOptions, startNeo4j, stopNeo4j } from '@study-graph/neo4j-local';
import type { Driver } from 'neo4j-driver';
import { freePort } from '../testing/process.ts';
import { dockerGraph } from '../testing/test-bot.ts';
import { benchOutage, type OutageResult } from './outage.ts';

/** A Neo4j of the benchmark's own (a fresh home on a free port, never the shared one), holding the pack. */
export interface LocalNeo4j {
  uri: string;
  driver: Driver;
  graph: Graph;
  /** Sends a signal to the server's process (SIGSTOP hangs it, SIGKILL kills it). */
  signal(name: NodeJS.Signals): void;
  /** Starts the server again; resolves once it answers. */
  restart(): Promise<void>;
}

/** Runs `work` with a Neo4j of its own that holds the Docker pack; stops it and deletes its home after. */
export async function withLocalNeo4j<T>(work: (db: LocalNeo4j) => Promise<T>): Promise<T> {
  const home = await mkdtemp(path.join(tmpdir(), 'study-graph-bench-'));
  const local: Neo4jLocalOptions = { home, port: await freePort(), quiet: true, classDataSharing: false };
  let { pid, uri } = await startNeo4j(local);
  const graph = await dockerGraph();
  const driver = createDriver({ uri });
  try {
    await syncPack(driver, graph);
    return await work({
      uri,
      driver,
      graph,
      signal: (name) => process.kill(pid, name),
      restart: async () => {
        ({ pid } = await startNeo4j(local));
      },
    });
  } finally {
    await driver.close();
    await stopNeo4j(local);
    await rm(home, { recursive: true, force: true });
  }
}

/**
 * The bot on a Neo4j of its own, which is hung with SIGSTOP, resumed, then killed with SIGKILL and
 * started again, while questions flow.
 */
export function benchOutageOnLocalNeo4j(hangMs: number): Promise<OutageResult> {
  return withLocalNeo4j((db) =>
    benchOutage(
      {
        store: new Neo4jStore(db.driver, { pack: db.graph.pack.id }),
        hang: async () => db.signal('SIGSTOP'),
        resume: async () => db.signal('SIGCONT'),
        kill: async () => db.signal('SIGKILL'),
        restart: () => db.restart(),
      },
      { hangMs },
    ),
  );
}
