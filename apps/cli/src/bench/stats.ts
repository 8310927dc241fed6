/** Median, p95 and throughput of a list of durations in milliseconds. */
export interface Summary {
  n: number;
  median: number;
  p95: number;
  perSecond: number;
}

export function summarize(durations: number[]): Summary {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  const total = sorted.reduce((a, b) => a + b, 0);
  return {
    n: sorted.length,
    median: at(0.5),
    p95: at(0.95),
    perSecond: total > 0 ? (1000 * sorted.length) / total : 0,
  };
}

/** Answers per second with `concurrency` callers working through the items at once. */
export async function throughput<T>(
  items: T[],
  concurrency: number,
  fn: (item: T) => Promise<unknown>,
): Promise<number> {
  let next = 0;
  const start = performance.now();
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return (1000 * items.length) / (performance.now() - start);
}

/** Times `fn` once per item, `rounds` times over, after one untimed warm-up round. */
export async function timeEach<T>(
  items: T[],
  rounds: number,
  fn: (item: T) => Promise<unknown>,
): Promise<number[]> {
  for (const item of items) await fn(item);
  const durations: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const item of items) {
      const start = performance.now();
      await fn(item);
      durations.push(performance.now() - start);
    }
  }
  return durations;
}

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
