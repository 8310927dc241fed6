import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { neo4jTestConfig } from '@study-graph/neo4j-local/testing';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadPack } from '../pack/load-pack.ts';
import { syncPack } from '../sync/sync-pack.ts';
import { SEARCH_CONCEPTS } from './neo4j-queries.ts';
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

// The same contract through a routing URI, as a cluster or Aura is reached: the driver reads the
// routing table and sends reads and writes where it says (here, the one server).
const routingPack = `${pack}-routed`;
let routingDriver: Driver;
describeStoreContract('Neo4jStore over neo4j:// (routing)', async () => {
  const graph = await loadPack(MINI);
  const config = neo4jTestConfig();
  routingDriver = createDriver({ ...config, uri: config.uri.replace(/^bolt:/, 'neo4j:') });
  await syncPack(routingDriver, { ...graph, pack: { ...graph.pack, id: routingPack } });
  return { store: new Neo4jStore(routingDriver, { pack: routingPack }), graph };
});

afterAll(async () => {
  await driver?.executeQuery('MATCH (n {pack: $pack}) DETACH DELETE n', { pack });
  await driver?.close();
  await routingDriver?.executeQuery('MATCH (n {pack: $pack}) DETACH DELETE n', { pack: routingPack });
  await routingDriver?.close();
});

describe('Neo4jStore bookmarks', () => {
  it('starts each read after the writes this process made, through the driver’s bookmark manager', async () => {
    const own = createDriver(neo4jTestConfig());
    const bookmarksPack = `${pack}-bookmarks`;
    try {
      const manager = own.executeQueryBookmarkManager;
      const given = vi.spyOn(manager, 'getBookmarks');
      const written = vi.spyOn(manager, 'updateBookmarks');
      const graph = await loadPack(MINI);
      await syncPack(own, { ...graph, pack: { ...graph.pack, id: bookmarksPack } });
      const afterLoad = [...(written.mock.calls.at(-1)?.[1] ?? [])];
      expect(afterLoad).toHaveLength(1);
      given.mockClear();
      const store = new Neo4jStore(own, { pack: bookmarksPack });
      expect(await store.getConcept(graph.concepts[0]!.id)).not.toBeNull();
      // The read asked for the load's bookmark, so a follower would wait until it has the load.
      const asked = await Promise.all(given.mock.results.map((r) => r.value as Promise<Iterable<string>>));
      expect(asked.map((b) => [...b])).toContainEqual(afterLoad);
    } finally {
      await own.executeQuery('MATCH (n {pack: $pack}) DETACH DELETE n', { pack: bookmarksPack });
      await own.close();
    }
  });
});

describe('Neo4jStore queries', () => {
  it('finds concepts by name through the text index, never by reading every concept', async () => {
    driver ??= createDriver(neo4jTestConfig());
    const { summary } = await driver.executeQuery(`EXPLAIN ${SEARCH_CONCEPTS}`, {
      q: 'dock',
      pack,
      limit: neo4j.int(5),
    });
    const operators: string[] = [];
    const walk = (p: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }) => {
      operators.push(`${p.operatorType} ${String(p.arguments.Details ?? '')}`);
      for (const child of p.children) walk(child as typeof p);
    };
    walk(summary.plan as unknown as Parameters<typeof walk>[0]);
    expect(operators.some((o) => o.startsWith('NodeIndexContainsScan') && o.includes('TEXT INDEX'))).toBe(
      true,
    );
    expect(operators.some((o) => /AllNodesScan|NodeByLabelScan/.test(o))).toBe(false);
  });
});
