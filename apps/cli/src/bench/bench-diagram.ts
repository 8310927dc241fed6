import { benchDiagrams, renderMemory, TARGET_P95_MS } from '@study-graph/diagram';
import { type Locale, openStore } from '@study-graph/graph';
import { table } from '@study-graph/measure';
import type { CliEnv } from '../env.ts';
import type { Io } from '../io.ts';

/**
 * Every view: DOT → SVG and SVG → PNG per view against native `dot -Tpng` on the same DOT; then
 * memory over many renders in one process. `json`: one JSON line with all of it.
 */
export async function benchDiagram(env: CliEnv, io: Io, locale: Locale, json: boolean): Promise<void> {
  const store = await openStore({ packDir: env.packDir, neo4j: env.neo4j });
  try {
    const report = await benchDiagrams(store, locale);
    const memory = await renderMemory(store);
    if (json) {
      io.out(JSON.stringify({ ...report, ...memory }));
      return;
    }
    const { cold } = report;
    io.out(
      `Graphviz ${report.graphvizVersion} (WebAssembly), ${report.runs} runs per view, labels in ${locale}`,
    );
    io.out(
      `cold start (${cold.where}): renderer ${cold.createRendererMs.toFixed(0)} ms, first SVG ${cold.firstSvgMs.toFixed(0)} ms, ` +
        `first PNG ${cold.firstPngMs.toFixed(0)} ms, total ${cold.totalMs.toFixed(0)} ms`,
    );
    const ms = (s: { median: number; p95: number } | null) =>
      s ? `${s.median.toFixed(1)} / ${s.p95.toFixed(1)}` : '-';
    io.out(
      table(
        [
          'view',
          'nodes',
          'DOT→SVG med/p95',
          'SVG→PNG med/p95',
          'drawing med/p95',
          'native dot -Tpng, a process each: med/p95',
          'native, per graph of a batch',
          'PNG',
          `drawing p95 < ${TARGET_P95_MS} ms, <= native batch`,
        ],
        report.rows.map((r) => [
          r.view,
          String(r.nodes),
          ms(r.dotToSvg),
          ms(r.svgToPng),
          ms(r.drawing),
          ms(r.nativeDot),
          r.nativeDot ? r.nativeDot.batchMean.toFixed(1) : '-',
          `${r.pngWidth}x${r.pngHeight}, ${Math.round(r.pngBytes / 1024)} KB`,
          r.withinTarget ? 'yes' : 'NO',
        ]),
      ),
    );
    for (const note of report.notes) io.out(note);
    io.out(`memory: ${memory.rssStartMb} MB after 50 renders, ${memory.rssEndMb} MB after ${memory.renders}`);
  } finally {
    await store.close();
  }
}
