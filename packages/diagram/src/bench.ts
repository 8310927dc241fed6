import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphStore, Locale } from '@study-graph/graph';
import { spread } from '@study-graph/measure';
import type { PngImage } from './render/png.ts';
import { createRenderer, type DrawnDiagram, type Renderer } from './render/renderer.ts';
import { svgSize } from './render/svg.ts';
import { resolveDiagram } from './resolve.ts';

/** One view, drawn `runs` times. Times in milliseconds. */
export interface BenchRow {
  view: string;
  locale: Locale;
  nodes: number;
  edges: number;
  dotToSvg: { median: number; p95: number };
  svgToPng: { median: number; p95: number };
  /** Both steps, run by run: the time a drawing takes (a sum of p95s would overstate it). */
  drawing: { median: number; p95: number };
  /**
   * Native Graphviz on the same DOT at the same pixel size (`dot -Tpng -Gdpi=…`), or null when not
   * installed: a fresh process each run (start-up included), and per graph of a batch run in one
   * process (`dot -O` on `runs` copies: start-up shared, so only a mean).
   */
  nativeDot: { median: number; p95: number; batchMean: number } | null;
  pngBytes: number;
  pngWidth: number;
  pngHeight: number;
  /** Direction drawn (the view's, or the other when that one came out too wide or tall). */
  direction: 'LR' | 'TB';
  /**
   * p95 of a drawing (DOT → SVG, then SVG → PNG) below 80 ms (the target for views of at most 40 nodes) and, when
   * native Graphviz is installed, at most its time per graph without process start-up.
   */
  withinTarget: boolean;
}

export interface ColdStart {
  /** Where it was measured: a fresh Node process, or this one (when the child could not run). */
  where: 'child process' | 'this process';
  /** Loading the Graphviz wasm module and parsing the fonts. */
  createRendererMs: number;
  firstSvgMs: number;
  firstPngMs: number;
  totalMs: number;
}

export interface BenchReport {
  graphvizVersion: string;
  locale: Locale;
  runs: number;
  cold: ColdStart;
  rows: BenchRow[];
  /** E.g. "native dot not installed: skipped". */
  notes: string[];
}

export interface BenchOptions {
  /** Runs per view and step (default 20). */
  runs?: number;
  /** Native `dot` processes per view, each timed with its start-up (default 5). */
  nativeRuns?: number;
  /** Measure the cold start in a child process (default true). */
  childProcess?: boolean;
  /** Only these views (default: all). */
  views?: string[];
}

export const TARGET_P95_MS = 80;

function stats(samples: number[]): { median: number; p95: number } {
  const { median, p95 } = spread(samples);
  return { median, p95 };
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Cold start in a fresh `node --import tsx` process; null when that cannot run. */
function coldInChild(): ColdStart | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'bench-cold.ts')], {
    cwd: dirname(here),
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (child.status !== 0) return null;
  try {
    const line = child.stdout.trim().split('\n').pop() ?? '';
    const parsed = JSON.parse(line) as Omit<ColdStart, 'where'>;
    return { where: 'child process', ...parsed };
  } catch {
    return null;
  }
}

/** The resolution at which native Graphviz draws the SVG's layout `width` pixels wide (72 dpi = 1 pt per px). */
function dpiFor(svg: string, width: number): number {
  return Math.round((72 * width) / svgSize(svg).width);
}

/**
 * `dot -Tpng -Gdpi=…` on the DOT: `processes` fresh processes, each timed with its start-up, then
 * one process drawing `copies` copies (`-O`), its time divided by `copies`: as many as the app's
 * runs, so that the one start-up left in the batch weighs little.
 */
function nativeDot(
  dir: string,
  id: string,
  dot: string,
  dpi: number,
  { processes, copies }: { processes: number; copies: number },
): BenchRow['nativeDot'] {
  const files = Array.from({ length: Math.max(processes, copies) }, (_, i) => join(dir, `${id}-${i}.dot`));
  for (const file of files) writeFileSync(file, dot);
  const args = ['-Tpng', `-Gdpi=${dpi}`];
  const times = files
    .slice(0, processes)
    .map((file) => time(() => spawnSync('dot', [...args, '-o', `${file}.png`, file])));
  const batch = time(() => spawnSync('dot', [...args, '-O', ...files.slice(0, copies)]));
  return { ...stats(times), batchMean: batch / copies };
}

function nativeDotVersion(): string | null {
  const probe = spawnSync('dot', ['-V'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return null;
  return (probe.stderr || probe.stdout).trim();
}

/**
 * Measures drawing every view of the store in one locale: the cold start (wasm module + fonts +
 * first render, in a fresh process when possible), then per view the median and p95 of DOT → SVG
 * (Graphviz-wasm) and SVG → PNG (resvg, then `encodePng`) over `runs` runs, node and edge counts, PNG sizes,
 * and native `dot -Tpng` on the same DOT at the same pixel size when Graphviz is installed, with
 * and without process start-up. Returns rows for a table.
 */
export async function benchDiagrams(
  store: GraphStore,
  locale: Locale,
  options: BenchOptions = {},
): Promise<BenchReport> {
  const runs = Math.max(1, options.runs ?? 20);
  const nativeRuns = Math.max(1, options.nativeRuns ?? 5);
  const notes: string[] = [];

  let cold = options.childProcess === false ? null : coldInChild();
  let renderer: Renderer;
  if (cold) {
    renderer = await createRenderer();
  } else {
    if (options.childProcess !== false)
      notes.push('cold start: child process failed, measured in this process');
    const t0 = performance.now();
    renderer = await createRenderer();
    const t1 = performance.now();
    const svg = renderer.renderSvg('digraph { a -> b }');
    const t2 = performance.now();
    await renderer.renderPng(svg);
    const t3 = performance.now();
    cold = {
      where: 'this process',
      createRendererMs: t1 - t0,
      firstSvgMs: t2 - t1,
      firstPngMs: t3 - t2,
      totalMs: t3 - t0,
    };
  }

  const native = nativeDotVersion();
  if (!native) notes.push('native dot not installed: skipped');
  else notes.push(`native: ${native}`);
  const scratch = native ? mkdtempSync(join(tmpdir(), 'diagram-bench-')) : null;

  const rows: BenchRow[] = [];
  try {
    const views = (await store.listViews()).filter((v) => !options.views || options.views.includes(v.id));
    // Every view drawn once as the bot would (direction chosen, size budget kept) before any is
    // timed: the figures are a running bot's, whose first drawings are the cold start's above.
    const drawnViews: { id: string; drawn: DrawnDiagram }[] = [];
    for (const view of views) {
      const resolved = await resolveDiagram(store, { kind: 'view', viewId: view.id });
      if (resolved) drawnViews.push({ id: view.id, drawn: await renderer.draw(resolved, locale) });
    }
    for (const { id, drawn } of drawnViews) {
      const { diagram, dot } = drawn;
      let svg = drawn.svg;
      let image: PngImage = { png: drawn.png, width: drawn.width, height: drawn.height };
      const pngOptions = { width: drawn.width };
      const svgTimes: number[] = [];
      const pngTimes: number[] = [];
      const drawingTimes: number[] = [];
      for (let i = 0; i < runs; i++) {
        svgTimes.push(time(() => (svg = renderer.renderSvg(dot))));
        const started = performance.now();
        image = await renderer.renderPng(svg, pngOptions);
        pngTimes.push(performance.now() - started);
        drawingTimes.push(svgTimes[i]! + pngTimes[i]!);
      }
      const nativeStats = scratch
        ? nativeDot(scratch, id, dot, dpiFor(svg, image.width), { processes: nativeRuns, copies: runs })
        : null;
      const dotToSvg = stats(svgTimes);
      const svgToPng = stats(pngTimes);
      const drawing = stats(drawingTimes);
      rows.push({
        view: id,
        locale,
        nodes: diagram.subgraph.concepts.length,
        edges: diagram.subgraph.relations.length,
        dotToSvg,
        svgToPng,
        drawing,
        nativeDot: nativeStats,
        pngBytes: image.png.length,
        pngWidth: image.width,
        pngHeight: image.height,
        direction: diagram.direction,
        withinTarget: drawing.p95 < TARGET_P95_MS && (!nativeStats || drawing.p95 <= nativeStats.batchMean),
      });
    }
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    graphvizVersion: renderer.graphvizVersion,
    locale,
    runs,
    cold: {
      ...cold,
      createRendererMs: round(cold.createRendererMs),
      firstSvgMs: round(cold.firstSvgMs),
      firstPngMs: round(cold.firstPngMs),
      totalMs: round(cold.totalMs),
    },
    rows,
    notes,
  };
}
