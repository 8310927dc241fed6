import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { benchAsk, benchAskScale } from '../bench/bench-ask.ts';
import { benchDiagram } from '../bench/bench-diagram.ts';
import { benchQuiz } from '../bench/bench-quiz.ts';
import { type CliEnv, UsageError } from '../env.ts';
import type { Io } from '../io.ts';
import { DEFAULT_EVAL_SETS } from './eval.ts';

export const BENCH_USAGE =
  "Usage: pnpm bench ask [QUESTION_FILE] [--scale N [--json]] | pnpm bench diagram [--lang vi|en] [--json] | pnpm bench quiz [--json] | pnpm bench bot|start|outage|soak|reload ... (the bot's own benchmarks)";

/** Benchmarks of the bot: run by the bot's package, in a process of their own (no app imports another). */
const BOT_BENCHMARKS = new Set(['bot', 'start', 'outage', 'soak', 'reload']);

/** `pnpm bench <what>`: prints medians, p95 and the reference measured in the same run. */
export async function benchCommand(args: string[], env: CliEnv, io: Io): Promise<number> {
  if (BOT_BENCHMARKS.has(args[0] ?? '')) return botBenchmark(args);
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
      await benchDiagram(env, io, values.lang, values.json);
      return 0;
    case 'quiz':
      await benchQuiz(env, io, values.json);
      return 0;
    default:
      throw new UsageError(BENCH_USAGE);
  }
}

/** `pnpm --filter @study-graph/bot bench ARGS`, its output passed through; resolves with its exit code. */
function botBenchmark(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('pnpm', ['--silent', '--filter', '@study-graph/bot', 'bench', ...args], {
      stdio: 'inherit',
    });
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
}
