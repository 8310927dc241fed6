import { fileURLToPath } from 'node:url';
import { createDriver, type Graph, loadPack, syncPack } from '@study-graph/graph';
import { neo4jTestConfig } from '@study-graph/neo4j-local/testing';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jStudyStore } from './neo4j-store.ts';
import { Neo4jSettingsStore } from './settings/neo4j-store.ts';
import { defaultSettings } from './settings/port.ts';
import { Neo4jSuggestionStore } from './suggestions/neo4j-store.ts';

const MINI = fileURLToPath(new URL('../../graph/src/__fixtures__/mini', import.meta.url));

/** Learners', servers' and community data, as the stores keep it: every node of their labels, whole. */
const SNAPSHOT = `
MATCH (n)
WHERE n:Learner OR n:QuizAnswer OR n:ReviewCard OR n:Feedback OR n:Suggestion OR n:ServerSettings OR n:Streak
OPTIONAL MATCH (n)-[r]->(m)
RETURN labels(n)[0] AS label, properties(n) AS props, collect([type(r), properties(m)]) AS out`;

describe('a pack sync, beside learners’ and community data on Neo4j', () => {
  const config = neo4jTestConfig();
  let driver: Driver;
  let graph: Graph;
  const unique = `${Date.now()}`.slice(-9);
  const pack = `keeps-learners-${unique}`;
  const [learner, guild] = [`31${unique}0000001`, `32${unique}0000001`];

  beforeAll(async () => {
    driver = createDriver(config);
    graph = { ...(await loadPack(MINI)), pack: { ...(await loadPack(MINI)).pack, id: pack } };
    await syncPack(driver, graph, { database: config.database });
    const study = new Neo4jStudyStore(driver, config.database);
    const suggestions = new Neo4jSuggestionStore(driver, config.database);
    const settings = new Neo4jSettingsStore(driver, config.database);
    await settings.save({ ...defaultSettings(guild), dailyChannelId: `34${unique}0000001`, language: 'vi' });
    await settings.claimDaily(guild, '2025-03-10');
    await settings.answerDaily(guild, learner, '2025-03-10', true);
    await study.record({
      userId: learner,
      guildId: guild,
      question: '{}',
      correct: true,
      at: 1,
      sources: ['terms'],
    });
    await study.saveCard(learner, { question: `q${unique}`, due: 2, stability: 1, fsrs: '{}' });
    await study.giveFeedback({
      userId: learner,
      guildId: guild,
      messageId: `33${unique}0000001`,
      kind: 'report',
      question: 'container là gì?',
      answer: 'Container …',
      comment: 'thiếu',
      graphVersion: 'v1',
      locale: 'vi',
      at: 3,
    });
    for (const [id, status] of [
      ['a', 'approved'],
      ['p', 'pending'],
    ] as const) {
      await suggestions.propose({
        id: `${id}${unique}`,
        guildId: guild,
        userId: learner,
        locale: 'vi',
        proposal: { kind: 'alias', concept: 'container', alias: `thùng ${id}` },
        status: 'pending',
        at: 4,
        decidedBy: null,
        decidedAt: null,
      });
      if (status === 'approved') await suggestions.decide(guild, `${id}${unique}`, 'approved', learner, 5);
    }
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
      .map((r) => {
        const { label, props, out } = r.toObject();
        return { label, props, out: (out as unknown[]).map((o) => JSON.stringify(o)).sort() };
      })
      .filter((r) => JSON.stringify(r).includes(unique))
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

  it('leaves every answer, card, report, suggestion, setting and streak as it was, when concepts change and go', async () => {
    const before = await snapshot();
    expect(before.map((r) => r.label)).toEqual([
      'Feedback',
      'Learner',
      'QuizAnswer',
      'ReviewCard',
      'ServerSettings',
      'Streak',
      'Suggestion',
      'Suggestion',
    ]);
    // The next pack rewrites Container, drops the island concept (and the links to it).
    const next: Graph = {
      ...graph,
      concepts: graph.concepts
        .filter((c) => c.id !== 'island')
        .map((c) => (c.id === 'container' ? { ...c, summary: { vi: 'Mới.', en: 'New.' } } : c)),
      relations: graph.relations.filter((r) => r.from !== 'island' && r.to !== 'island'),
    };
    const report = await syncPack(driver, next, { database: config.database, pruneCommunity: true });
    expect(report.deleted.concepts).toBe(1);
    expect(report.updated.concepts).toBeGreaterThan(0);
    expect(await snapshot()).toEqual(before);
  });
});
