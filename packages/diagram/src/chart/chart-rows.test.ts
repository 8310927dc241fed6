import { describe, expect, it } from 'vitest';
import { chartRows, MAX_CHART_ROWS, type ProgressRow } from './chart-rows.ts';

const row = (label: string, answered: number, right: number, due?: number): ProgressRow =>
  due === undefined ? { label, answered, right } : { label, answered, right, due };

describe('chart rows', () => {
  it('keeps up to twelve rows as they are, in their order', () => {
    const rows = Array.from({ length: MAX_CHART_ROWS }, (_, i) => row(`s${i}`, i, 0));
    expect(chartRows(rows, 'en')).toEqual(rows);
  });

  it('sums the sections with fewest answers into one "other" row, the rest kept in order', () => {
    const rows = Array.from({ length: 15 }, (_, i) => row(`s${i}`, i === 3 ? 0 : 20 - i, 1, i));
    const drawn = chartRows(rows, 'vi');
    expect(drawn).toHaveLength(MAX_CHART_ROWS);
    expect(drawn.slice(0, 11).map((r) => r.label)).toEqual([
      's0',
      's1',
      's2',
      's4',
      's5',
      's6',
      's7',
      's8',
      's9',
      's10',
      's11',
    ]);
    // s3 (nothing answered, so nothing right), s12, s13, s14
    expect(drawn[11]).toEqual({
      label: 'Khác (4 phần)',
      answered: 8 + 7 + 6,
      right: 3,
      due: 3 + 12 + 13 + 14,
    });
    expect(
      chartRows(
        rows.map((r) => row(r.label, r.answered, r.right)),
        'en',
      )[11],
    ).toEqual({
      label: 'Other (4 sections)',
      answered: 21,
      right: 3,
    });
  });

  it('makes counts whole, not negative, and right never above answered', () => {
    expect(chartRows([row('a', 3, 5, -1), row('b', -2, -1), row('c', Number.NaN, 2.7)], 'en')).toEqual([
      row('a', 3, 3, 0),
      row('b', 0, 0),
      row('c', 0, 0),
    ]);
  });
});
