/**
 * The nearest-rank percentile: the smallest sample that at least `q` (0 to 1) of the samples are at
 * or below. NaN when there are no samples.
 */
export function percentile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/** How a set of timings spreads, in their unit (ms throughout the benchmarks), to hundredths. */
export interface Spread {
  n: number;
  median: number;
  p95: number;
  max: number;
}

export function spread(samples: readonly number[]): Spread {
  return {
    n: samples.length,
    median: hundredths(percentile(samples, 0.5)),
    p95: hundredths(percentile(samples, 0.95)),
    max: hundredths(percentile(samples, 1)),
  };
}

export function hundredths(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Rows as a Markdown table, numbers that are not whole to two decimals. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [
    header,
    ...rows.map((r) =>
      r.map((c) => (typeof c === 'number' && !Number.isInteger(c) ? c.toFixed(2) : String(c))),
    ),
  ];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => String(r[i]).length)));
  const line = (r: (string | number)[]) => `| ${r.map((c, i) => String(c).padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(cells[0]!),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...cells.slice(1).map(line),
  ].join('\n');
}
