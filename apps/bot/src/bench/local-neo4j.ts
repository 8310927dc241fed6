import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDriver, Neo4jStore, syncPack } from '@study-graph/graph';
import { type Neo4jLocalOptions, startNeo4j, stopNeo4j } from '@study-graph/neo4j-local';
import { freePort } from '../testing/process.ts';
import { dockerGraph } from '../testing/test-bot.ts';
import { benchOutage, type OutageResult } from './outage.ts';

/**
 * The bot on a Neo4j of its own (a fresh home on a free port, never the shared one), which is hung
 * with SIGSTOP, resumed, then killed with SIGKILL and started again, while questions flow.
 */
export async function benchOutageOnLocalNeo4j(hangMs: number): Promise<OutageResult> {
  const home = await mkdtemp(path.join(tmpdir(), 'study-graph-outage-'));
  const local: Neo4jLocalOptions = { home, port: await freePort(), quiet: true, classDataSharing: false };
  let { pid, uri } = await startNeo4j(local);
  const graph = await dockerGraph();
  const driver = createDriver({ uri });
  const signal = (name: NodeJS.Signals) => async () => {
    process.kill(pid, name);
  };
  try {
    await syncPack(driver, graph);
    return await benchOutage(
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
  } finally {
    await driver.close();
    await stopNeo4j(local);
    await rm(home, { recursive: true, force: true });
  }
}
