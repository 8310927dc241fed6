import { parseArgs } from 'node:util';
import { benchAsk, benchAskScale } from '../bench/bench-ask.ts';
import { benchBotTable, benchBurstLine, benchSoakLine, benchStartLine } from '../bench/bench-bot.ts';
import { benchDiagram } from '../bench/bench-diagram.ts';
import { benchOutageLine } from '../bench/bench-outage.ts';
import { type CliEnv, UsageError } from '../env.ts';
import type { Io } from '../io.ts';
import { DEFAULT_EVAL_SETS } from './eval.ts';

export const BENCH_USAGE =
  'Usage: pnpm bench ask [QUESTION_FILE] [--scale N [--json]] | pnpm bench diagram [--lang vi|en] | pnpm bench bot [--burst N [--users U] [--total T] [--fresh] [--mentions] [--json]] | pnpm bench outage [--hang-ms MS] [--json] | pnpm bench soak [--minutes M] [--json] | pnpm bench start [--starts N] [--json]';

/** `pnpm bench <what>`: prints medians, p95 and the reference measured in the same run. */
export async function benchCommand(args: string[], env: CliEnv, io: Io): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: 'vi' },
      scale: { type: 'string' },
      json: { type: 'boolean', default: false },
      burst: { type: 'string' },
      users: { type: 'string', default: '50' },
      total: { type: 'string' },
      fresh: { type: 'boolean', default: false },
      mentions: { type: 'boolean', default: false },
      'hang-ms': { type: 'string', default: '8000' },
      minutes: { type: 'string', default: '30' },
      starts: { type: 'string', default: '5' },
    },
  });
  switch (positionals[0]) {
    case 'ask': {
      const file = positionals[1] ?? DEFAULT_EVAL_SETS[0]!;
      if (values.scale === undefined) {
        await benchAsk(env, io, file);
        return 0;
      }
      const factor = Number(values.scale);
      if (!Number.isInteger(factor) || factor < 2 || factor > 1000)
        throw new UsageError('--scale must be a whole number from 2 to 1000');
      await benchAskScale(env, io, file, factor, values.json);
      return 0;
    }
    case 'diagram':
      if (values.lang !== 'vi' && values.lang !== 'en') throw new UsageError('--lang must be vi or en');
      await benchDiagram(env, io, values.lang);
      return 0;
    case 'bot':
      if (values.burst === undefined) await benchBotTable(io);
      else await benchBurstLine(io, burstOptions(values));
      return 0;
    case 'outage': {
      const hangMs = Number(values['hang-ms']);
      if (!Number.isInteger(hangMs) || hangMs < 1_000 || hangMs > 120_000)
        throw new UsageError('--hang-ms must be a whole number from 1000 to 120000');
      await benchOutageLine(env, io, hangMs);
      return 0;
    }
    case 'start': {
      const starts = Number(values.starts);
      if (!Number.isInteger(starts) || starts < 1 || starts > 100)
        throw new UsageError('--starts must be a whole number from 1 to 100');
      await benchStartLine(io, starts);
      return 0;
    }
    case 'soak': {
      const minutes = Number(values.minutes);
      if (!Number.isInteger(minutes) || minutes < 2 || minutes > 24 * 60)
        throw new UsageError('--minutes must be a whole number from 2 to 1440');
      await benchSoakLine(io, minutes);
      return 0;
    }
    default:
      throw new UsageError(BENCH_USAGE);
  }
}

/**
 * `--burst N --users U --total T [--fresh] [--mentions]`: whole positive numbers; `--fresh` turns the
 * diagram cache off, `--mentions` asks by mentioning the bot.
 */
function burstOptions(values: {
  burst?: string;
  users?: string;
  total?: string;
  fresh?: boolean;
  mentions?: boolean;
}) {
  const whole = (text: string | undefined, name: string, max: number) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1 || n > max)
      throw new UsageError(`--${name} must be a whole number from 1 to ${max}`);
    return n;
  };
  const burst = whole(values.burst, 'burst', 1000);
  return {
    burst,
    users: whole(values.users, 'users', 1000),
    total: values.total === undefined ? burst : whole(values.total, 'total', 100_000),
    freshDiagrams: values.fresh === true,
    mentions: values.mentions === true,
  };
}
