/**
 * `benchStart()`: process start to connected and ready, on the embedded store, for the built bot
 * (`node dist/index.js`), the bot run from source through tsx, and a bare discord.js client (the
 * reference), taken in turn so that all three see the same machine.
 */
import { fileURLToPath } from 'node:url';
import { DiscordSim } from '@study-graph/discord-sim';
import { hundredths, spread } from '@study-graph/measure';
import { type BotEntry, realisticToken, spawnBot } from '../testing/process.ts';

const BARE_CLIENT = fileURLToPath(new URL('./bare-client.mjs', import.meta.url));

export interface BotStartResult {
  starts: number;
  /** Medians, in ms. */
  bareClient: number;
  built: number;
  source: number;
}

export async function benchStart(starts = 5): Promise<BotStartResult> {
  const entries: Record<'bareClient' | 'built' | 'source', BotEntry> = {
    bareClient: { script: BARE_CLIENT },
    built: 'built',
    source: 'source',
  };
  const times = { bareClient: [] as number[], built: [] as number[], source: [] as number[] };
  for (let i = 0; i < starts; i++)
    for (const [name, entry] of Object.entries(entries) as [keyof typeof entries, BotEntry][])
      times[name].push(await readyTime(entry));
  const median = (ms: number[]) => hundredths(spread(ms).median);
  return {
    starts,
    bareClient: median(times.bareClient),
    built: median(times.built),
    source: median(times.source),
  };
}

/** One start: spawned with a token, to connected and ready on the stand-in. */
async function readyTime(entry: BotEntry): Promise<number> {
  const applicationId = '1310000000000000001';
  const token = realisticToken(applicationId);
  const sim = await DiscordSim.start({ token, bot: { id: applicationId } });
  const started = performance.now();
  const proc = spawnBot(
    { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId, DISCORD_API_URL: sim.apiBase },
    undefined,
    entry,
  );
  try {
    await sim.waitForReady(30_000);
    return performance.now() - started;
  } finally {
    proc.child.kill('SIGTERM');
    await proc.exited;
    await sim.stop();
  }
}
