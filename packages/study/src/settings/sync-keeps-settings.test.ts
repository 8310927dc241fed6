import { fileURLToPath } from 'node:url';
import { createDriver, type Graph, loadPack, syncPack } from '@study-graph/graph';
import { neo4jTestConfig } from '@study-graph/neo4j-local/testing';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jSettingsStore } from './neo4j-store.ts';
import { defaultSettings } from './port.ts';

const MINI = fileURLToPath(new URL('../../../graph/src/__fixtures__/mini', import.meta.url));

/** Servers' settings and streaks as the store keeps them, whole. */
const SNAPSHOT = `
MATCH (n) WHERE n:ServerSettings OR n:Streak
OPTIONAL MATCH (l:Learner)-[:HAS_STREAK]->(n)
RETURN labels(n)[0] AS label, properties(n) AS props, l.userId AS learner`;

describe('a pack sync, beside servers’ settings and streaks on Neo4j', () => {
  const config = neo4jTestConfig();
  let driver: Driver;
  let graph: Graph;
  const unique = `${Date.now()}`.slice(-9);
  const pack = `keeps-settings-${unique}`;
  const [learner, guild] = [`41${unique}0000001`, `42${unique}0000001`];

  beforeAll(async () => {
    driver = createDriver(config);
    const mini = await loadPack(MINI);
    graph = { ...mini, pack: { ...mini.pack, id: pack } };
    await syncPack(driver, graph, { database: config.database });
    const settings = new Neo4jSettingsStore(driver, config.database);
    await settings.save({ ...defaultSettings(guild), dailyChannelId: `43${unique}0000001`, language: 'vi' });
    await settings.claimDaily(guild, '2025-03-10');
    await settings.answerDaily(guild, learner, '2025-03-10', true);
  });

  afterAll(async () => {
    await driver.executeQuery(
      'MATCH (n {pack: $pack}) DETACH DELETE n',
      { pack },
      { database: config.database },
    );
    await driver.close();
  });

  const snapshot = async () =>
    (await driver.executeQuery(SNAPSHOT, {}, { database: config.database })).records
      .map((r) => r.toObject())
      .filter((r) => JSON.stringify(r).includes(unique))
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

  it('leaves every server’s settings and every streak as they were', async () => {
    const before = await snapshot();
    expect(before.map((r) => r.label).sort()).toEqual(['ServerSettings', 'Streak']);
    const next: Graph = {
      ...graph,
      concepts: graph.concepts.filter((c) => c.id !== 'island'),
      relations: graph.relations.filter((r) => r.from !== 'island' && r.to !== 'island'),
    };
    await syncPack(driver, next, { database: config.database });
    expect(await snapshot()).toEqual(before);
  });
});
