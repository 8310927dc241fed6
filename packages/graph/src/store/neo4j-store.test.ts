import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { neo4jTestConfig } from '@study-graph/neo4j-local/testing';
import type { Driver } from 'neo4j-driver';
import { afterAll } from 'vitest';
import { loadPack } from '../pack/load-pack.ts';
import { syncPack } from '../sync/sync-pack.ts';
import { createDriver, Neo4jStore } from './neo4j-store.ts';
import { describeStoreContract } from './store-contract.ts';

const MINI = fileURLToPath(new URL('../__fixtures__/mini', import.meta.url));
// A pack id of its own, so this suite can share the database with others running at the same time.
const pack = `mini-${randomUUID().slice(0, 8)}`;
let driver: Driver;

describeStoreContract('Neo4jStore', async () => {
  const graph = await loadPack(MINI);
  driver = createDriver(neo4jTestConfig());
  await syncPack(driver, { ...graph, pack: { ...graph.pack, id: pack } });
  return { store: new Neo4jStore(driver, { pack }), graph };
});

afterAll(async () => {
  await driver?.executeQuery('MATCH (n {pack: $pack}) DETACH DELETE n', { pack });
  await driver?.close();
});
