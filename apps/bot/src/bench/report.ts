import { table } from '@study-graph/measure';
import type { BenchBotResult } from './round-trips.ts';

/** The round trips as a table, each beside its target; the reference first. */
export function roundTripsTable(r: BenchBotResult): string {
  const ms = (n: number) => n.toFixed(2);
  const yes = (ok: boolean) => (ok ? 'yes' : 'NO');
  return table(
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
  );
}
