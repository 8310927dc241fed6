import { type BurstOptions, benchBot, benchBurst, benchSoak, benchStart } from '@study-graph/bot/bench';
import type { Io } from '../io.ts';
import { table } from './stats.ts';

/** Slash-command round trips through the local Discord stand-in, against a bot that replies "ok". */
export async function benchBotTable(io: Io): Promise<void> {
  const r = await benchBot({ log: (line) => io.err(line) });
  const ms = (n: number) => n.toFixed(2);
  const yes = (ok: boolean) => (ok ? 'yes' : 'NO');
  io.out(
    table(
      ['what', 'n', 'median ms', 'p95 ms', 'target', 'met'],
      [
        [
          'reference: a bot that replies "ok" at once',
          String(r.reference.n),
          ms(r.reference.median),
          ms(r.reference.p95),
          '-',
          '-',
        ],
        [
          '/ask, text answer',
          String(r.text.n),
          ms(r.text.median),
          ms(r.text.p95),
          'p95 < 25 ms',
          yes(r.pass.text),
        ],
        [
          'with a diagram, drawn anew',
          String(r.diagram.n),
          ms(r.diagram.median),
          ms(r.diagram.p95),
          'p95 < 250 ms',
          yes(r.pass.diagram),
        ],
        [
          'with a diagram, from the cache',
          String(r.diagramCached.n),
          ms(r.diagramCached.median),
          ms(r.diagramCached.p95),
          '-',
          '-',
        ],
        [
          `${r.concurrent.n} questions at once (errors ${r.concurrent.errors}, lost ${r.concurrent.lost})`,
          String(r.concurrent.n),
          ms(r.concurrent.median),
          ms(r.concurrent.p95),
          'no error or loss, p95 < 1 s',
          yes(r.pass.concurrent),
        ],
      ],
    ),
  );
}

/** One JSON line: `{"sent":200,"answered":…,"lost":…,"p50":…,"p95":…,"loopDelayP99":…}`. */
export async function benchBurstLine(io: Io, options: BurstOptions): Promise<void> {
  io.out(JSON.stringify(await benchBurst(options)));
}

/** One JSON line: requests, memory after warm-up, in the middle and at the end, and the loop's delay. */
export async function benchSoakLine(io: Io, minutes: number): Promise<void> {
  io.out(JSON.stringify(await benchSoak({ minutes })));
}

/** One JSON line: medians of process start to ready, the built bot beside a bare discord.js client. */
export async function benchStartLine(io: Io, starts: number): Promise<void> {
  io.out(JSON.stringify(await benchStart(starts)));
}
