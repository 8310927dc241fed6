import { describe, expect, it } from 'vitest';
import { percentile, spread } from './index.ts';

describe('percentile', () => {
  it('takes the nearest rank, whatever order the samples come in', () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(samples, 0.5)).toBe(5);
    expect(percentile(samples, 0.95)).toBe(10);
    expect(percentile(samples, 0.9)).toBe(9);
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('spreads timings into count, median, p95 and max, to hundredths', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 0.123);
    expect(spread(samples)).toEqual({ n: 100, median: 49.12, p95: 94.12, max: 99.12 });
  });
});
