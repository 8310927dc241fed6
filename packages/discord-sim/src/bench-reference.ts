/**
 * Reference round-trip latency: a discord.js bot that answers `/ping` with "ok" at once, driven through the sim.
 * Other benchmarks import {@link measureReferenceRoundTrip} to subtract or compare against the sim's own cost.
 *
 * Run: `pnpm --filter @study-graph/discord-sim bench [n]` (prints JSON).
 */
import { pathToFileURL } from 'node:url';
import { percentile } from '@study-graph/measure';
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
    const round = (x: number) => Math.round(x * 1000) / 1000;
    return {
      n,
      median: round(percentile(latencies, 0.5)),
      p95: round(percentile(latencies, 0.95)),
      min: round(percentile(latencies, 0)),
      max: round(percentile(latencies, 1)),
      mean: round(latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length)),
      ackMedian: round(percentile(acks, 0.5)),
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
