import { shardOf } from '@study-graph/discord-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askInEachGuild, type ShardedBot, shardPid, startShardedBot } from '../testing/shards.ts';

const SHARDS = 4;
const GUILDS = 1_000;

/** `DISCORD_SHARDS=auto`: four shard processes under discord.js's ShardingManager, each guild on one. */
describe('the bot in shards', () => {
  let bot: ShardedBot;
  const health = (path: string) => fetch(`http://127.0.0.1:${bot.healthPort}${path}`);

  beforeAll(async () => {
    bot = await startShardedBot(SHARDS, GUILDS, 'source');
  }, 150_000);

  afterAll(() => bot?.stop());

  it('answers in every guild through the one shard the guild belongs to', async () => {
    const answers = await askInEachGuild(bot.sim, bot.sim.guilds);
    expect(answers.filter((a) => !a.answered)).toEqual([]);
    for (const a of answers) expect(a.shard).toBe(shardOf(a.guildId, SHARDS));
    for (let id = 0; id < SHARDS; id++)
      expect(answers.filter((a) => a.shard === id).length).toBeGreaterThan(GUILDS / SHARDS / 2);
    // Each interaction got exactly one answer: a second one would have been refused.
    expect(bot.sim.rejections).toEqual([]);
  }, 300_000);

  it('serves readiness and the shards’ metrics added up, on the manager’s port', async () => {
    expect((await health('/readyz')).status).toBe(200);
    const metrics = await (await health('/metrics')).text();
    for (let id = 0; id < SHARDS; id++) expect(metrics).toContain(`study_graph_shard_up{shard="${id}"} 1`);
    // Added up over the four shards: every question of the test above, each answered once.
    expect(metrics).toMatch(
      new RegExp(`^study_graph_interactions_total\\{command="ask",outcome="ok"\\} ${GUILDS}$`, 'm'),
    );
  });

  it('starts a killed shard again, and its guilds are answered again', async () => {
    const { sim, proc } = bot;
    const victim = 1;
    const pid = shardPid(proc.stderr(), victim)!;
    const identified = sim.identifies.filter((i) => i.shard?.[0] === victim).length;
    process.kill(pid, 'SIGKILL');
    await expect.poll(() => sim.connectedShards, { timeout: 60_000 }).not.toContain(victim);
    await sim.waitForShards(SHARDS, 120_000);
    expect(sim.identifies.filter((i) => i.shard?.[0] === victim)).toHaveLength(identified + 1);
    await expect.poll(() => shardPid(proc.stderr(), victim), { timeout: 30_000 }).not.toBe(pid);
    const answers = await askInEachGuild(
      sim,
      sim.guilds.filter((g) => shardOf(g.id, SHARDS) === victim),
    );
    expect(answers.filter((a) => !a.answered)).toEqual([]);
    expect(new Set(answers.map((a) => a.shard))).toEqual(new Set([victim]));
    expect(await (await health('/metrics')).text()).toContain(
      `study_graph_shard_restarts_total{shard="${victim}"} 1`,
    );
  }, 300_000);

  it('on SIGTERM, stops every shard and exits 0', async () => {
    bot.proc.child.kill('SIGTERM');
    expect(await bot.proc.exited).toBe(0);
    expect(bot.sim.connectedShards).toEqual([]);
    expect(bot.proc.stderr()).not.toContain(bot.token);
  }, 60_000);
});
