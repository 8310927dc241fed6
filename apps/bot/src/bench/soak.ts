/**
 * `benchSoak()`: the built bot in a process of its own, as it runs in production, under mixed
 * traffic for a long while (questions, diagrams of every concept in both languages, paths between
 * concepts). Its memory and event-loop delay are read from its own `/metrics` every 10 s, so the
 * stand-in (which keeps every message it saw) is not counted as the bot's.
 */

import { DiscordSim } from '@study-graph/discord-sim';
import { hundredths, percentile } from '@study-graph/measure';
import { deployCommands } from '../deploy-commands.ts';
import { freePort, realisticToken, spawnBot } from '../testing/process.ts';
import { dockerStore } from '../testing/test-bot.ts';
import { build } from './build.ts';
import { MIXED } from './traffic.ts';

export interface SoakOptions {
  /** How long traffic flows (default 30 min). */
  minutes?: number;
  /** Commands per second (default 5). */
  perSecond?: number;
}

export interface MemorySample {
  minute: number;
  rssMb: number;
  heapMb: number;
  /** Event-loop delay p99 over the 10 s before the sample, in ms. */
  loopP99Ms: number;
}

export interface SoakResult {
  minutes: number;
  sent: number;
  answered: number;
  /** Replies that were a notice rather than an answer. */
  notices: number;
  lost: number;
  /** After the first minute (warm-up), then in the middle and at the end. */
  memory: { start: MemorySample; middle: MemorySample; end: MemorySample };
  /** Event-loop delay p99 of the 10 s windows after warm-up, in ms: the median window and the worst. */
  loopDelayP99: { median: number; worst: number };
}

const WARM_UP_MS = 60_000;
const SAMPLE_EVERY_MS = 10_000;

export async function benchSoak(options: SoakOptions = {}): Promise<SoakResult> {
  const minutes = options.minutes ?? 30;
  const perSecond = options.perSecond ?? 5;
  build();
  const applicationId = '1310000000000000001';
  const token = realisticToken(applicationId);
  const sim = await DiscordSim.start({
    token,
    bot: { id: applicationId },
    users: Array.from({ length: 20 }, (_, i) => ({
      username: `learner-${i}`,
      locale: i % 2 ? 'en-US' : 'vi',
    })),
    replyTimeoutMs: 30_000,
  });
  const healthPort = await freePort();
  await deployCommands({ token, applicationId, guildId: sim.guildId, apiUrl: sim.apiBase });
  const bot = spawnBot(
    {
      DISCORD_TOKEN: token,
      DISCORD_APPLICATION_ID: applicationId,
      DISCORD_API_URL: sim.apiBase,
      HEALTH_PORT: String(healthPort),
    },
    undefined,
    'built',
  );
  try {
    await sim.waitForReady(60_000);
    const concepts = (await (await dockerStore()).listConcepts()).map((c) => c.id);
    const tally = { sent: 0, answered: 0, notices: 0, lost: 0 };
    const pending = new Set<Promise<void>>();
    const samples: MemorySample[] = [];
    const started = performance.now();
    const sampler = setInterval(() => {
      void scrape(healthPort, started).then((s) => samples.push(s));
    }, SAMPLE_EVERY_MS);
    const sender = setInterval(() => {
      const done = command(sim, tally.sent++, concepts).then(
        (answered) => {
          tally[answered ? 'answered' : 'notices']++;
        },
        () => {
          tally.lost++;
        },
      );
      pending.add(done);
      void done.finally(() => pending.delete(done));
    }, 1_000 / perSecond);
    await sleep(minutes * 60_000);
    clearInterval(sender);
    await Promise.all(pending);
    clearInterval(sampler);
    samples.push(await scrape(healthPort, started));
    const after = samples.filter((s) => s.minute >= WARM_UP_MS / 60_000);
    const loops = after.map((s) => s.loopP99Ms);
    return {
      minutes,
      ...tally,
      memory: { start: after[0]!, middle: after[Math.floor(after.length / 2)]!, end: after.at(-1)! },
      loopDelayP99: { median: hundredths(percentile(loops, 0.5)), worst: hundredths(percentile(loops, 1)) },
    };
  } finally {
    bot.child.kill('SIGTERM');
    await bot.exited;
    await sim.stop();
  }
}

/** The i-th command of the mix: six in ten `/ask`, three `/diagram` of a concept, one `/relation`. */
async function command(sim: DiscordSim, i: number, concepts: string[]): Promise<boolean> {
  const user = sim.users[i % sim.users.length]!;
  const locale = i % 2 ? 'en-US' : 'vi';
  const concept = (k: number) => concepts[(i * 7 + k) % concepts.length]!;
  const slot = i % 10;
  const reply =
    slot < 6
      ? await sim.slashCommand({ name: 'ask', options: { question: MIXED[i % MIXED.length]! }, user, locale })
      : slot < 9
        ? await sim.slashCommand({
            name: 'diagram',
            options: { topic: `concept:${concept(0)}` },
            user,
            locale,
          })
        : await sim.slashCommand({
            name: 'relation',
            options: { from: concept(0), to: concept(3) },
            user,
            locale,
          });
  return reply.embeds.length > 0 || reply.files.length > 0;
}

/** The bot's memory and loop delay from its `/metrics` (prom-client's default collectors). */
async function scrape(port: number, started: number): Promise<MemorySample> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const value = (name: string) => Number(new RegExp(`^${name} (\\S+)`, 'm').exec(text)?.[1] ?? Number.NaN);
  const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
  return {
    minute: hundredths((performance.now() - started) / 60_000),
    rssMb: mb(value('process_resident_memory_bytes')),
    heapMb: mb(value('nodejs_heap_size_used_bytes')),
    loopP99Ms: hundredths(value('nodejs_eventloop_lag_p99_seconds') * 1000),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
