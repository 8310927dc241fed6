import { DiscordSim, ManualClock, SimTimeoutError } from '@study-graph/discord-sim';
import { deployCommands } from '../deploy-commands.ts';
import { type BotEntry, type BotProcess, freePort, realisticToken, spawnBot } from './process.ts';

/** Questions in flight at once. */
const AT_ONCE = 50;
/** A question every guild's answer can be checked by: the concept's name is the embed's title. */
const QUESTION = { question: 'IPAM là gì?', title: 'IPAM' };

export interface ShardedBot {
  sim: DiscordSim;
  proc: BotProcess;
  token: string;
  healthPort: number;
  stop(): Promise<void>;
}

/**
 * The bot under discord.js's ShardingManager (`DISCORD_SHARDS=auto`) against a stand-in that
 * recommends `shards` and holds `guilds` guilds; resolves once every shard is connected.
 */
export async function startShardedBot(shards: number, guilds: number, entry: BotEntry): Promise<ShardedBot> {
  const applicationId = '1310000000000000002';
  const token = realisticToken(applicationId);
  const sim = await DiscordSim.start({
    clock: new ManualClock(),
    token,
    bot: { id: applicationId },
    shards,
    guilds: Array.from({ length: guilds }, (_, i) => ({ name: `study-${i}`, channels: [{ name: 'study' }] })),
    users: Array.from({ length: learnersFor(shards, guilds) }, (_, i) => ({
      username: `learner-${i}`,
      locale: 'vi' as const,
    })),
  });
  await deployCommands({ token, applicationId, apiUrl: sim.apiBase });
  const healthPort = await freePort();
  const proc = spawnBot(
    {
      DISCORD_TOKEN: token,
      DISCORD_APPLICATION_ID: applicationId,
      DISCORD_API_URL: sim.apiBase,
      DISCORD_SHARDS: 'auto',
      DISCORD_SHARD_SPAWN_DELAY_MS: '0',
      HEALTH_PORT: String(healthPort),
      GRAPH_POLL_MS: '0',
      LOG_LEVEL: 'info',
    },
    undefined,
    entry,
  );
  await sim.waitForShards(shards, 120_000);
  return {
    sim,
    proc,
    token,
    healthPort,
    async stop() {
      if (proc.child.exitCode === null) {
        proc.child.kill('SIGTERM');
        await proc.exited;
      }
      await sim.stop();
    },
  };
}

/**
 * Enough learners that none asks more than the rate limit allows (8 in 30 s per shard process),
 * and a prime number of them, not a multiple of the shard count, so each one's questions spread
 * over the shards.
 */
function learnersFor(shards: number, guilds: number): number {
  let n = Math.max(43, Math.ceil(guilds / (6 * shards)));
  while (!isPrime(n) || n % shards === 0) n++;
  return n;
}

function isPrime(n: number): boolean {
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return n > 1;
}

/** One guild's question: the shard it went through, and whether the expected answer came. */
export interface GuildAnswer {
  guildId: string;
  shard: number | undefined;
  answered: boolean;
  /** What came instead of the answer, or why nothing came. */
  problem?: string;
}

/** `/ask` once in each guild given, `AT_ONCE` at a time. */
export async function askInEachGuild(
  sim: DiscordSim,
  guilds: { id: string; channelId: string }[],
): Promise<GuildAnswer[]> {
  const answers: GuildAnswer[] = [];
  for (let start = 0; start < guilds.length; start += AT_ONCE) {
    const batch = guilds.slice(start, start + AT_ONCE);
    answers.push(
      ...(await Promise.all(
        batch.map((guild, i) => askIn(sim, guild, sim.users[(start + i) % sim.users.length]!)),
      )),
    );
  }
  return answers;
}

async function askIn(
  sim: DiscordSim,
  guild: { id: string; channelId: string },
  user: DiscordSim['users'][number],
): Promise<GuildAnswer> {
  try {
    const reply = await sim.slashCommand({
      name: 'ask',
      options: { question: QUESTION.question },
      channelId: guild.channelId,
      user,
      timeoutMs: 60_000,
    });
    const answered = reply.embeds[0]?.title === QUESTION.title;
    return {
      guildId: guild.id,
      shard: reply.shard,
      answered,
      ...(answered ? {} : { problem: reply.content }),
    };
  } catch (error) {
    if (!(error instanceof SimTimeoutError)) throw error;
    return { guildId: guild.id, shard: undefined, answered: false, problem: error.message };
  }
}

/** The process id of a shard, from the manager's latest "shard ready" log line about it. */
export function shardPid(logs: string, shard: number): number | undefined {
  return logs
    .trim()
    .split('\n')
    .flatMap((l) =>
      l.startsWith('{') ? [JSON.parse(l) as { msg?: string; shard?: number; pid?: number }] : [],
    )
    .filter((l) => l.msg === 'shard ready' && l.shard === shard)
    .at(-1)?.pid;
}
