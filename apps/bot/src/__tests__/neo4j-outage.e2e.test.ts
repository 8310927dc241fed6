import { randomUUID } from 'node:crypto';
import type { BotReply } from '@study-graph/discord-sim';
import { checkPng } from '@study-graph/discord-sim/png';
import { createDriver, Neo4jStore, syncPack } from '@study-graph/graph';
import { neo4jTestConfig } from '@study-graph/neo4j-local/testing';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TcpProxy } from '../testing/tcp-proxy.ts';
import { dockerGraph, startTestBot, type TestBot } from '../testing/test-bot.ts';

/**
 * The bot on the real Neo4j, reached through a proxy of our own: cutting the proxy is Neo4j
 * going down for this bot only (the shared test Neo4j keeps serving the other packages).
 */
describe('on Neo4j, through an outage', () => {
  // Its own pack id, so this file shares the database with other suites without clashing.
  const pack = `bot-test-${randomUUID().slice(0, 8)}`;
  let admin: Driver;
  let proxy: TcpProxy;
  let botDriver: Driver;
  let t: TestBot;

  beforeAll(async () => {
    const config = neo4jTestConfig();
    admin = createDriver(config);
    const graph = await dockerGraph();
    await syncPack(admin, { ...graph, pack: { ...graph.pack, id: pack } });
    const { hostname, port } = new URL(config.uri.replace(/^[a-z+]+:/, 'http:'));
    proxy = await TcpProxy.start({ host: hostname, port: Number(port) });
    botDriver = createDriver({ ...config, uri: `bolt://127.0.0.1:${proxy.port}` });
    t = await startTestBot({
      store: new Neo4jStore(botDriver, { pack, database: config.database, timeoutMs: 2_000 }),
      bot: { rateLimit: false },
    });
  });

  afterAll(async () => {
    await t?.stop();
    await botDriver?.close();
    await proxy?.stop();
    await admin?.executeQuery('MATCH (n {pack: $pack}) DETACH DELETE n', { pack });
    await admin?.close();
  });

  const ask = (question: string, locale: 'vi' | 'en-US' = 'vi') =>
    t.sim.slashCommand({ name: 'ask', options: { question }, locale });

  it('answers from Neo4j, diagrams included', async () => {
    expect(t.bot.knowledge.store.name).toBe('neo4j');
    const r = await ask('container là gì?');
    expect(r.embeds[0]?.title).toBe('Container');
    const d = await t.sim.slashCommand({
      name: 'relation',
      options: { from: 'container', to: 'image' },
      locale: 'en-US',
    });
    checkPng(d.files[0]!.data);
    const ac = await t.sim.autocomplete({
      command: 'concept',
      focused: { name: 'name', value: 'may ao' },
      locale: 'vi',
    });
    expect(ac.choices[0]?.value).toBe('virtual-machine');
  });

  it('says the knowledge base is unavailable while Neo4j is down, within the deadline, and keeps running', async () => {
    proxy.cut();
    const vi = await ask('image là gì?');
    expect(vi.content).toBe('Kho kiến thức tạm thời không truy cập được, bạn thử lại sau ít phút nhé.');
    const en = await t.sim.slashCommand({
      name: 'diagram',
      options: { topic: 'concept:network' },
      locale: 'en-US',
    });
    expect(en.content).toBe('The knowledge base is unavailable, try again shortly.');
    // Autocomplete answers too (with nothing) rather than leaving Discord hanging.
    const ac = await t.sim.autocomplete({
      command: 'concept',
      focused: { name: 'name', value: 'netw' },
      locale: 'en-US',
    });
    expect(ac.choices).toEqual([]);
    expect(t.sim.rejections).toEqual([]);
    expect(t.logs.records.filter((r) => r.outcome === 'unavailable').length).toBeGreaterThanOrEqual(2);
    // The metrics say what kind of failure it was, and how the pool stands.
    const metrics = await t.bot.metrics.text();
    expect(metrics).toMatch(/^study_graph_store_failures_total\{reason="(unavailable|timeout)"\} [1-9]/m);
    expect(metrics).toMatch(/^study_graph_neo4j_connections_in_use \d+$/m);
    expect(metrics).toContain('study_graph_neo4j_connections_max 100');
  });

  it('recovers by itself when Neo4j is back', async () => {
    proxy.restore();
    const r = await untilAnswered(() => ask('image là gì?'));
    expect(r.embeds[0]?.title).toBe('Docker image');
    const d = await t.sim.slashCommand({
      name: 'diagram',
      options: { topic: 'concept:network' },
      locale: 'en-US',
    });
    expect(d.files[0]?.name).toBe('concept-network.png');
  });

  it('starts while Neo4j is down, answers "unavailable", and recovers without a restart', async () => {
    proxy.cut();
    const second = await startTestBot({
      store: new Neo4jStore(botDriver, { pack, timeoutMs: 2_000 }),
      bot: { rateLimit: false },
    });
    try {
      const down = await second.sim.slashCommand({
        name: 'ask',
        options: { question: 'volume là gì?' },
        locale: 'vi',
      });
      expect(down.content).toContain('không truy cập được');
      proxy.restore();
      const up = await untilAnswered(() =>
        second.sim.slashCommand({ name: 'ask', options: { question: 'volume là gì?' }, locale: 'vi' }),
      );
      expect(up.embeds[0]?.title).toBe('Docker volume');
    } finally {
      proxy.restore();
      await second.stop();
    }
  });
});

/**
 * Asks again while the answer is still "unavailable": after outages the bot leaves Neo4j alone for
 * a moment before trying it again (its circuit breaker). How soon is for `pnpm bench`, not a test.
 */
async function untilAnswered(ask: () => Promise<BotReply>): Promise<BotReply> {
  for (let attempt = 1; ; attempt++) {
    const reply = await ask();
    if (reply.embeds.length > 0 || attempt === 100) return reply;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
