/**
 * Reference round-trip latency: a discord.js bot that answers `/ping` with "ok" at once, driven through the sim.
 * Other benchmarks import {@link measureReferenceRoundTrip} to subtract or compare against the sim's own cost.
 *
 * Run: `pnpm --filter @study-graph/discord-sim bench [n]` (prints JSON).
 */
import { pathToFileURL } from 'node:url';
import { DiscordSim } from './harness.ts';
import { startReferenceBot } from './testing/reference-bot.ts';

/** Latency statistics in milliseconds. */
export interface RoundTripStats {
  /** Interactions measured (after warm-up). */
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
  /** Median time from dispatch to the bot's callback request. */
  ackMedian: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

/**
 * Measure the dispatch → reply round trip for `n` sequential slash commands answered by a minimal discord.js
 * bot (plus `warmup` unmeasured ones). Starts and stops its own sim and client.
 */
export async function measureReferenceRoundTrip(n = 200, warmup = 20): Promise<RoundTripStats> {
  const sim = await DiscordSim.start();
  const bot = await startReferenceBot({ apiBase: sim.apiBase, token: sim.token, guildId: sim.guildId });
  try {
    await sim.waitForReady();
    await sim.waitForCommands(['ping']);
    const latencies: number[] = [];
    const acks: number[] = [];
    for (let i = 0; i < warmup + n; i++) {
      const reply = await sim.slashCommand({ name: 'ping' });
      if (reply.content !== 'ok') throw new Error(`unexpected reply ${reply.content}`);
      if (i >= warmup) {
        latencies.push(reply.latencyMs);
        acks.push(reply.ackLatencyMs);
      }
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    const round = (x: number) => Math.round(x * 1000) / 1000;
    return {
      n,
      median: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      min: round(sorted[0] ?? Number.NaN),
      max: round(sorted.at(-1) ?? Number.NaN),
      mean: round(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)),
      ackMedian: round(
        percentile(
          [...acks].sort((a, b) => a - b),
          50,
        ),
      ),
    };
  } finally {
    await bot.stop();
    await sim.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Number(process.argv[2] ?? 200);
  measureReferenceRoundTrip(n)
    .then((stats) => console.log(JSON.stringify(stats)))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
