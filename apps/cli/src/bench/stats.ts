import { percentile } from '@study-graph/measure';
/** Median, p95 and throughput of a list of durations in milliseconds. */
export interface Summary {
  n: number;
  median: number;
  p95: number;
  perSecond: number;
}

export function summarize(durations: number[]): Summary {
  const total = durations.reduce((a, b) => a + b, 0);
  return {
    n: durations.length,
    median: percentile(durations, 0.5),
    p95: percentile(durations, 0.95),
    perSecond: total > 0 ? (1000 * durations.length) / total : 0,
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
