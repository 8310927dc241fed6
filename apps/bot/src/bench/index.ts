/**
 * The bot's benchmarks, run by `pnpm bench bot` (round trips, bursts), `pnpm bench start`,
 * `pnpm bench outage` and `pnpm bench soak`. `pnpm --filter @study-graph/bot bench` prints the round trips as JSON.
 */
import { pathToFileURL } from 'node:url';
import { benchBot } from './round-trips.ts';

export { type BurstOptions, type BurstResult, benchBurst } from './burst.ts';
export {
  benchOutage,
  type DatabaseControl,
  type OutageOptions,
  type OutageResult,
} from './outage.ts';
export { type BenchBotOptions, type BenchBotResult, benchBot } from './round-trips.ts';
export { benchSoak, type MemorySample, type SoakOptions, type SoakResult } from './soak.ts';
export { type BotStartResult, benchStart } from './start.ts';
export type { Latency } from './traffic.ts';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchBot({ log: (line) => process.stderr.write(`${line}\n`) }).then(
    (result) => {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
