import { parseArgs } from 'node:util';
import { benchAsk, benchAskScale } from '../bench/bench-ask.ts';
import { benchBotTable } from '../bench/bench-bot.ts';
import { benchDiagram } from '../bench/bench-diagram.ts';
import { type CliEnv, UsageError } from '../env.ts';
import type { Io } from '../io.ts';
import { DEFAULT_EVAL_SETS } from './eval.ts';

export const BENCH_USAGE =
  'Usage: pnpm bench ask [QUESTION_FILE] [--scale N [--json]] | pnpm bench diagram [--lang vi|en] | pnpm bench bot';

/** `pnpm bench <what>`: prints medians, p95 and the reference measured in the same run. */
export async function benchCommand(args: string[], env: CliEnv, io: Io): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: 'vi' },
      scale: { type: 'string' },
      json: { type: 'boolean', default: false },
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
      await benchBotTable(io);
      return 0;
    default:
      throw new UsageError(BENCH_USAGE);
  }
}
