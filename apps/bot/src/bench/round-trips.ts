/**
 * `benchBot()`: the bot's latency through the local Discord stand-in, next to a minimal discord.js
 * bot measured in the same run (`pnpm bench bot`).
 */
import type { BotReply, DiscordSim } from '@study-graph/discord-sim';
import { measureReferenceRoundTrip, type RoundTripStats } from '@study-graph/discord-sim/bench-reference';
import { type Spread, spread } from '@study-graph/measure';
import { benchDrawingCache } from './drawing-cache.ts';
import { DRAWINGS, MIXED, TEXT_QUESTIONS, withBot } from './traffic.ts';

export interface BenchBotOptions {
  /** Measured round trips per kind (default 200 text, 60 diagrams). */
  n?: number;
  diagrams?: number;
  /** Questions asked at once, by as many users (default 200). */
  concurrent?: number;
  /** Receives one progress line per step (default: nothing). */
  log?: (line: string) => void;
}

export interface BenchBotResult {
  /** A discord.js bot that replies "ok" at once: the stand-in's and discord.js's own cost. */
  reference: RoundTripStats;
  /** `/ask`, text answers (no diagram). */
  text: Spread;
  /** `/diagram` and `/relation`, every drawing rendered anew (cache off). */
  diagram: Spread;
  /** The same, drawings served from the bot's cache (the usual case for popular figures). */
  diagramCached: Spread;
  /** A highlighted answer diagram (a lifecycle move, a path, a neighbourhood) from the cache, in the process. */
  highlightedCached: Spread;
  /** `/ask` by as many users at once; one question in five draws a diagram. */
  concurrent: { n: number; errors: number; lost: number; median: number; p95: number; max: number };
  targets: { textP95: 25; diagramP95: 250; concurrentP95: 1000; highlightedCachedP95: 5 };
  pass: { text: boolean; diagram: boolean; concurrent: boolean; highlightedCached: boolean };
}

const TARGETS = { textP95: 25, diagramP95: 250, concurrentP95: 1000, highlightedCachedP95: 5 } as const;

/** Runs the whole benchmark (about a minute) and returns the numbers. */
export async function benchBot(options: BenchBotOptions = {}): Promise<BenchBotResult> {
  const log = options.log ?? (() => undefined);
  const n = options.n ?? 200;
  log('reference bot…');
  const reference = await measureReferenceRoundTrip(n);

  log('text and diagram round trips…');
  const cold = await withBot({ knowledge: { diagramCacheSize: 0 } }, async (sim) => {
    const text = await sequential(n, 20, async (i) => {
      const reply = await sim.slashCommand({
        name: 'ask',
        options: { question: TEXT_QUESTIONS[i % TEXT_QUESTIONS.length]! },
        locale: 'vi',
      });
      if (reply.files.length > 0) throw new Error('a "text" question was answered with a diagram');
      return reply;
    });
    const diagram = await sequential(options.diagrams ?? 60, DRAWINGS.length, (i) =>
      sim.slashCommand(DRAWINGS[i % DRAWINGS.length]!),
    );
    return { text, diagram };
  });
  const diagramCached = await withBot({}, (sim) =>
    sequential(options.diagrams ?? 60, DRAWINGS.length, (i) =>
      sim.slashCommand(DRAWINGS[i % DRAWINGS.length]!),
    ),
  );

  log('highlighted diagrams from the cache…');
  const { cached: highlightedCached } = await benchDrawingCache();

  log('concurrent questions…');
  const concurrent = await withBot({ users: options.concurrent ?? 200 }, (sim) =>
    atOnce(sim, options.concurrent ?? 200),
  );

  const result = {
    reference,
    text: cold.text,
    diagram: cold.diagram,
    diagramCached,
    highlightedCached,
    concurrent,
    targets: TARGETS,
    pass: {
      text: cold.text.p95 < TARGETS.textP95,
      diagram: cold.diagram.p95 < TARGETS.diagramP95,
      concurrent: concurrent.errors === 0 && concurrent.lost === 0 && concurrent.p95 < TARGETS.concurrentP95,
      highlightedCached: highlightedCached.p95 < TARGETS.highlightedCachedP95,
    },
  };
  return result;
}

async function sequential(
  n: number,
  warmup: number,
  call: (i: number) => Promise<BotReply>,
): Promise<Spread> {
  const times: number[] = [];
  for (let i = 0; i < warmup + n; i++) {
    const reply = await call(i);
    if (reply.embeds.length === 0) throw new Error(`no answer: ${reply.content}`);
    if (i >= warmup) times.push(reply.latencyMs);
  }
  return spread(times);
}

/** Every user asks at once; a reply that never comes is lost, a notice instead of an answer an error. */
async function atOnce(sim: DiscordSim, count: number): Promise<BenchBotResult['concurrent']> {
  const settled = await Promise.allSettled(
    sim.users
      .slice(0, count)
      .map((user, i) =>
        sim.slashCommand({ name: 'ask', options: { question: MIXED[i % MIXED.length]! }, user }),
      ),
  );
  const replies = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const lost = settled.length - replies.length;
  const errors = replies.filter((r) => r.embeds.length === 0).length + sim.rejections.length;
  const { median, p95, max } = spread(replies.map((r) => r.latencyMs));
  return { n: count, errors, lost, median, p95, max };
}
