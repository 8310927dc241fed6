import { randomUUID } from 'node:crypto';
import { createDriver, type Graph, Neo4jStore, syncPack } from '@study-graph/graph';
import { neo4jTestConfig } from '@study-graph/neo4j-local/testing';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Knowledge } from '../knowledge.ts';
import { dockerGraph } from '../testing/test-bot.ts';

/** `pnpm graph load` while the bot runs: answers and drawings come from the new graph, no restart. */
describe('on Neo4j, after the pack is loaded again', () => {
  const pack = `bot-reload-${randomUUID().slice(0, 8)}`;
  const config = neo4jTestConfig();
  let admin: Driver;
  let graph: Graph;
  const load = (summary?: string) =>
    syncPack(admin, {
      ...graph,
      pack: { ...graph.pack, id: pack },
      concepts: graph.concepts.map((c) =>
        c.id === 'image' && summary ? { ...c, summary: { vi: summary, en: summary } } : c,
      ),
    });
  const drivers: Driver[] = [];
  const open = (options: ConstructorParameters<typeof Knowledge>[1]) => {
    const driver = createDriver(config);
    drivers.push(driver);
    return new Knowledge(new Neo4jStore(driver, { pack, database: config.database }), {
      drawingThreads: 1,
      ...options,
    });
  };

  beforeAll(async () => {
    admin = createDriver(config);
    graph = await dockerGraph();
    await load();
  });

  afterAll(async () => {
    await Promise.all(drivers.map((d) => d.close()));
    await admin?.executeQuery('MATCH (n {pack: $pack}) DETACH DELETE n', { pack });
    await admin?.close();
  });

  it('reads the graph again when its version moved, and only then', async () => {
    const knowledge = open({ pollMs: 0 });
    try {
      const before = await knowledge.ask('what is an image?', { locale: 'en' });
      expect(before.answer).toContain(graph.concepts.find((c) => c.id === 'image')!.summary.en);
      expect(await knowledge.reloadIfChanged()).toBe(false);
      await load('An image is the new summary.');
      // Until the version is read again, the old graph answers whole: never a mix of the two.
      expect((await knowledge.ask('what is an image?', { locale: 'en' })).answer).not.toContain(
        'new summary',
      );
      expect(await knowledge.reloadIfChanged()).toBe(true);
      expect((await knowledge.ask('what is an image?', { locale: 'en' })).answer).toContain(
        'An image is the new summary.',
      );
      expect(await knowledge.reloadIfChanged()).toBe(false);
    } finally {
      await knowledge.close();
    }
  });

  it('polls by itself: a load shows without anyone asking for it', async () => {
    let reloaded!: () => void;
    const reload = new Promise<void>((resolve) => {
      reloaded = resolve;
    });
    const knowledge = open({ pollMs: 50, onReload: () => reloaded() });
    try {
      await knowledge.warm();
      await load('An image, loaded while the bot ran.');
      await reload;
      expect((await knowledge.ask('what is an image?', { locale: 'en' })).answer).toContain(
        'An image, loaded while the bot ran.',
      );
    } finally {
      await knowledge.close();
    }
  });
});
