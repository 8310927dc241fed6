import { MemoryStore } from '@study-graph/graph';
import { describe, expect, it } from 'vitest';
import { benchDiagrams } from './bench.ts';
import { syntheticGraph } from './testing/fixture.ts';

// The cold start in a fresh process and the timings themselves are measured by `pnpm bench diagram`;
// this checks only that a report comes out whole.
describe('benchDiagrams', () => {
  it('reports every asked view with its figures, measured in this process', async () => {
    const report = await benchDiagrams(new MemoryStore(syntheticGraph()), 'en', {
      runs: 1,
      nativeRuns: 1,
      childProcess: false,
      views: ['states', 'odd'],
    });
    expect(report.cold.where).toBe('this process');
    expect(report.rows.map((r) => r.view)).toEqual(['states', 'odd']);
    for (const row of report.rows) {
      expect(row.nodes).toBeGreaterThan(0);
      expect(row.dotToSvg.p95).toBeGreaterThanOrEqual(row.dotToSvg.median);
      // One run: the drawing is both its steps (each figure rounded to a hundredth of a millisecond).
      const steps = row.dotToSvg.median + row.svgToPng.median;
      expect(Math.abs(row.drawing.median - steps)).toBeLessThanOrEqual(0.2);
      expect(row.pngWidth).toBeLessThanOrEqual(2000);
      expect(row.pngBytes).toBeGreaterThan(1000);
    }
  }, 120_000);
});
