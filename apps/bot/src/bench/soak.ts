/**
 * `benchSoak()`: mixed traffic for a long while (questions, diagrams of every concept in both
 * languages, paths between concepts), sampling the process's memory and the event loop's delay,
 * to show whether memory levels off after warm-up.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { DiscordSim } from '@study-graph/discord-sim';
import { hundredths } from '@study-graph/measure';
import { MIXED, withBot } from './traffic.ts';

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
  /** Event-loop delay after warm-up, p99 in ms (bot and stand-in share the loop). */
  loopDelayP99: number;
}

const WARM_UP_MS = 60_000;

export async function benchSoak(options: SoakOptions = {}): Promise<SoakResult> {
  const minutes = options.minutes ?? 30;
  const perSecond = options.perSecond ?? 5;
  return withBot({ users: 20 }, async (sim, bot) => {
    const concepts = (await bot.knowledge.store.listConcepts()).map((c) => c.id);
    const delay = monitorEventLoopDelay({ resolution: 10 });
    const samples: MemorySample[] = [];
    const tally = { sent: 0, answered: 0, notices: 0, lost: 0 };
    const pending = new Set<Promise<void>>();
    const started = performance.now();
    const sampler = setInterval(() => samples.push(sample(started)), 10_000);
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
    await sleep(WARM_UP_MS);
    delay.enable();
    await sleep(Math.max(0, minutes * 60_000 - WARM_UP_MS));
    clearInterval(sender);
    await Promise.all(pending);
    clearInterval(sampler);
    delay.disable();
    samples.push(sample(started));
    const after = samples.filter((s) => s.minute >= WARM_UP_MS / 60_000);
    return {
      minutes,
      ...tally,
      memory: {
        start: after[0] ?? samples[0]!,
        middle: after[Math.floor(after.length / 2)]!,
        end: samples.at(-1)!,
      },
      loopDelayP99: hundredths(delay.percentile(99) / 1e6),
    };
  });
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

function sample(started: number): MemorySample {
  const { rss, heapUsed } = process.memoryUsage();
  const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
  return { minute: hundredths((performance.now() - started) / 60_000), rssMb: mb(rss), heapMb: mb(heapUsed) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
