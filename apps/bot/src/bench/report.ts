import type { Spread } from '@study-graph/measure';
import { table } from '@study-graph/measure';
import type { BenchBotResult } from './round-trips.ts';

/** The round trips as a table, each beside its target (none for the reference and the cache). */
export function roundTripsTable(r: BenchBotResult): string {
  const { concurrent: c } = r;
  const rows: [string, Spread, string?, boolean?][] = [
    ['reference: a bot that replies "ok" at once', r.reference],
    ['/ask, text answer', r.text, 'p95 < 25 ms', r.pass.text],
    ['with a diagram, drawn anew', r.diagram, 'p95 < 250 ms', r.pass.diagram],
    ['with a diagram, from the cache', r.diagramCached],
    [
      'a highlighted answer diagram from the cache (Knowledge.draw)',
      r.highlightedCached,
      'p95 < 5 ms',
      r.pass.highlightedCached,
    ],
    [
      `${c.n} questions at once (errors ${c.errors}, lost ${c.lost})`,
      c,
      'no error or loss, p95 < 1 s',
      r.pass.concurrent,
    ],
  ];
  return table(
    ['what', 'n', 'median ms', 'p95 ms', 'target', 'met'],
    rows.map(([what, s, target, met]) => [
      what,
      String(s.n),
      s.median.toFixed(2),
      s.p95.toFixed(2),
      target ?? '-',
      met === undefined ? '-' : met ? 'yes' : 'NO',
    ]),
  );
}
