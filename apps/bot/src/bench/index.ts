/**
 * The bot's benchmarks, as `pnpm bench bot|start|outage|soak …` runs them (the CLI starts this
 * file in a process of its own):
 *   bot                                   round trips through the stand-in, a table with targets
 *   bot --burst N [--users U] [--total T] [--fresh] [--mentions]   bursts; one JSON line
 *   bot --shards S [--guilds G]           S shard processes, one question per guild, one shard killed; one JSON line
 *   start [--starts N]                    process start to ready, beside a bare discord.js client
 *   outage [--hang-ms MS]                 Neo4j hung, then killed and restarted, while questions flow
 *   soak [--minutes M]                    memory and event-loop delay over mixed traffic
 *   reload [--loads N] [--poll-ms MS]     a graph load picked up by the running bot: how long it took
 * Prints the usage and exits 2 on a bad argument.
 */
import { parseArgs } from 'node:util';
import { benchBurst } from './burst.ts';
import { benchOutageOnLocalNeo4j } from './local-neo4j.ts';
import { benchReload } from './reload.ts';
import { roundTripsTable } from './report.ts';
import { benchBot } from './round-trips.ts';
import { benchShards } from './shards.ts';
import { benchSoak } from './soak.ts';
import { benchStart } from './start.ts';

const USAGE =
  'Usage: pnpm bench bot [--burst N [--users U] [--total T] [--fresh] [--mentions]] | bot --shards S [--guilds G] | start [--starts N] | outage [--hang-ms MS] | soak [--minutes M] | reload [--loads N] [--poll-ms MS]';

class UsageError extends Error {}

/** A whole number from `min` to `max`, or a usage error naming the option. */
function whole(text: string | undefined, name: string, min: number, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}

async function run(args: string[]): Promise<unknown> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      burst: { type: 'string' },
      users: { type: 'string', default: '50' },
      total: { type: 'string' },
      fresh: { type: 'boolean', default: false },
      mentions: { type: 'boolean', default: false },
      starts: { type: 'string', default: '5' },
      'hang-ms': { type: 'string', default: '8000' },
      minutes: { type: 'string', default: '30' },
      shards: { type: 'string' },
      guilds: { type: 'string', default: '1000' },
      loads: { type: 'string', default: '3' },
      'poll-ms': { type: 'string', default: '5000' },
    },
  });
  switch (positionals[0]) {
    case 'bot': {
      if (values.shards !== undefined)
        return benchShards(whole(values.shards, 'shards', 1, 16), whole(values.guilds, 'guilds', 1, 10_000));
      if (values.burst === undefined)
        return roundTripsTable(await benchBot({ log: (line) => process.stderr.write(`${line}\n`) }));
      const burst = whole(values.burst, 'burst', 1, 1000);
      return benchBurst({
        burst,
        users: whole(values.users, 'users', 1, 1000),
        total: values.total === undefined ? burst : whole(values.total, 'total', 1, 100_000),
        freshDiagrams: values.fresh,
        mentions: values.mentions,
      });
    }
    case 'start':
      return benchStart(whole(values.starts, 'starts', 1, 100));
    case 'outage':
      return benchOutageOnLocalNeo4j(whole(values['hang-ms'], 'hang-ms', 1_000, 120_000));
    case 'reload':
      return benchReload(
        whole(values.loads, 'loads', 1, 50),
        whole(values['poll-ms'], 'poll-ms', 100, 600_000),
      );
    case 'soak':
      return benchSoak({ minutes: whole(values.minutes, 'minutes', 2, 24 * 60) });
    default:
      throw new UsageError(USAGE);
  }
}

run(process.argv.slice(2)).then(
  (result) => {
    process.stdout.write(`${typeof result === 'string' ? result : JSON.stringify(result)}\n`);
    process.exit(0);
  },
  (error: unknown) => {
    const usage =
      error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(
      `${error instanceof Error ? (usage ? error.message : (error.stack ?? error.message)) : String(error)}\n`,
    );
    process.exit(usage ? 2 : 1);
  },
);
