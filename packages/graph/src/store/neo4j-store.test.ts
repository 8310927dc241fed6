import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { neo4jTestConfig } from '@study-graph/neo4j-local/testing';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
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

afterAll(async () => {
  await driver?.executeQuery('MATCH (n {pack: $pack}) DETACH DELETE n', { pack });
  await driver?.close();
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
