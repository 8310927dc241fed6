import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { benchOutage, type OutageResult } from '@study-graph/bot/bench';
import { createDriver, loadPack, Neo4jStore, syncPack } from '@study-graph/graph';
import { type Neo4jLocalOptions, startNeo4j, stopNeo4j } from '@study-graph/neo4j-local';
import type { CliEnv } from '../env.ts';
import type { Io } from '../io.ts';

/**
 * The bot on a Neo4j of its own (a fresh home on a free port, never the shared one), which is hung
 * with SIGSTOP, resumed, then killed with SIGKILL and started again, while questions flow.
 */
export async function benchOutageLine(env: CliEnv, io: Io, hangMs: number): Promise<void> {
  const home = await mkdtemp(path.join(tmpdir(), 'study-graph-outage-'));
  const local: Neo4jLocalOptions = { home, port: await freePort(), quiet: true, classDataSharing: false };
  let { pid, uri } = await startNeo4j(local);
  const graph = await loadPack(env.packDir);
  const driver = createDriver({ uri });
  const signal = (name: NodeJS.Signals) => async () => {
    process.kill(pid, name);
  };
  try {
    await syncPack(driver, graph);
    const result: OutageResult = await benchOutage(
      {
        store: new Neo4jStore(driver, { pack: graph.pack.id }),
        hang: signal('SIGSTOP'),
        resume: signal('SIGCONT'),
        kill: signal('SIGKILL'),
        restart: async () => {
          ({ pid } = await startNeo4j(local));
        },
      },
      { hangMs },
    );
    io.out(JSON.stringify(result));
  } finally {
    await driver.close();
    await stopNeo4j(local);
    await rm(home, { recursive: true, force: true });
  }
}

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
