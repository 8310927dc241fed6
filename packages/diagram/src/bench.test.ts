import { MemoryStore } from '@study-graph/graph';
import { describe, expect, it } from 'vitest';
import { benchDiagrams } from './bench.ts';
import { syntheticGraph } from './testing/fixture.ts';

describe('benchDiagrams', () => {
  it('measures the cold start in a fresh process and every view', async () => {
    const report = await benchDiagrams(new MemoryStore(syntheticGraph()), 'vi', { runs: 3, nativeRuns: 1 });
    expect(report.cold.where).toBe('child process');
    expect(report.cold.createRendererMs).toBeGreaterThan(0);
    expect(report.cold.totalMs).toBeGreaterThanOrEqual(report.cold.createRendererMs);
    expect(report.rows.map((r) => r.view)).toEqual(['engine-parts', 'states', 'outbound', 'odd']);
    for (const row of report.rows) {
      expect(row.nodes).toBeGreaterThan(0);
      expect(row.dotToSvg.p95).toBeGreaterThanOrEqual(row.dotToSvg.median);
      expect(row.svgToPng.median).toBeGreaterThan(0);
      expect(row.pngWidth).toBeLessThanOrEqual(2000);
      expect(row.pngBytes).toBeGreaterThan(1000);
    }
    expect(report.notes.some((n) => n.startsWith('native'))).toBe(true);
  }, 60_000);

  it('measures in this process when asked', async () => {
    const report = await benchDiagrams(new MemoryStore(syntheticGraph()), 'en', {
      runs: 1,
      nativeRuns: 1,
      childProcess: false,
      views: ['odd'],
    });
    expect(report.cold.where).toBe('this process');
    expect(report.rows).toHaveLength(1);
  }, 60_000);
});
