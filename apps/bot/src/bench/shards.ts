/**
 * `benchShards()`: the built bot as `shards` processes under discord.js's ShardingManager, one
 * `/ask` in each of `guilds` guilds; then one shard process is killed, and once the manager has
 * started it again, one `/ask` in each of its guilds.
 */
import { shardOf } from '@study-graph/discord-sim';
import { hundredths } from '@study-graph/measure';
import { askInEachGuild, type GuildAnswer, shardPid, startShardedBot } from '../testing/shards.ts';
import { build } from './build.ts';

interface Tally {
  sent: number;
  answered: number;
  lost: number;
}

export interface ShardBenchResult extends Tally {
  shards: number;
  guilds: number;
  /** Per shard: its guilds, and the questions it got in both rounds. */
  byShard: (Tally & { shard: number; guilds: number })[];
  /** The shard killed: from SIGKILL to its new process connected, and its guilds' questions after. */
  killed: Tally & { shard: number; respawnMs: number };
}

export async function benchShards(shards: number, guilds: number): Promise<ShardBenchResult> {
  build();
  const bot = await startShardedBot(shards, guilds, 'built');
  try {
    const { sim, proc } = bot;
    const first = await askInEachGuild(sim, sim.guilds);
    const victim = shards > 1 ? 1 : 0;
    const pid = shardPid(proc.stderr(), victim);
    if (pid === undefined) throw new Error(`shard ${victim} never said it was ready`);
    const killedAt = performance.now();
    process.kill(pid, 'SIGKILL');
    await until(() => !sim.connectedShards.includes(victim));
    await sim.waitForShards(shards, 120_000);
    const respawnMs = performance.now() - killedAt;
    const again = await askInEachGuild(
      sim,
      sim.guilds.filter((g) => shardOf(g.id, shards) === victim),
    );
    const all = [...first, ...again];
    return {
      shards,
      guilds,
      ...tally(all),
      byShard: Array.from({ length: shards }, (_, shard) => ({
        shard,
        guilds: sim.guilds.filter((g) => shardOf(g.id, shards) === shard).length,
        ...tally(all.filter((a) => shardOf(a.guildId, shards) === shard)),
      })),
      killed: { shard: victim, respawnMs: hundredths(respawnMs), ...tally(again) },
    };
  } finally {
    await bot.stop();
  }
}

function tally(answers: GuildAnswer[]): Tally {
  const answered = answers.filter((a) => a.answered).length;
  return { sent: answers.length, answered, lost: answers.length - answered };
}

/** Resolves once `done()` holds, checked every 20 ms (a minute at most). */
async function until(done: () => boolean): Promise<void> {
  const deadline = performance.now() + 60_000;
  while (!done()) {
    if (performance.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
