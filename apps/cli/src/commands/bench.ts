import { parseArgs } from 'node:util';
import { benchAsk } from '../bench/bench-ask.ts';
import { benchBotTable } from '../bench/bench-bot.ts';
import { benchDiagram } from '../bench/bench-diagram.ts';
import { type CliEnv, UsageError } from '../env.ts';
import type { Io } from '../io.ts';
import { DEFAULT_EVAL_SETS } from './eval.ts';

export const BENCH_USAGE =
  'Usage: pnpm bench ask [QUESTION_FILE] | pnpm bench diagram [--lang vi|en] | pnpm bench bot';

/** `pnpm bench <what>`: prints medians, p95 and the reference measured in the same run. */
export async function benchCommand(args: string[], env: CliEnv, io: Io): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { lang: { type: 'string', default: 'vi' } },
  });
  switch (positionals[0]) {
    case 'ask':
      await benchAsk(env, io, positionals[1] ?? DEFAULT_EVAL_SETS[0]!);
      return 0;
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
