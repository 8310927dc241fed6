export {
  type BenchOptions,
  type BenchReport,
  type BenchRow,
  benchDiagrams,
  type ColdStart,
  TARGET_P95_MS,
} from './bench.ts';
export { type RenderMemory, renderMemory } from './bench-memory.ts';
export { chartRows, MAX_CHART_ROWS, type ProgressRow } from './chart/chart-rows.ts';
export { drawProgressChart, type ProgressChart, progressChartSvg } from './chart/progress-chart.ts';
export {
  type Collapsed,
  type Diagram,
  type DiagramGroup,
  type DiagramStyle,
  edgeLabel,
  moreLabel,
  shorten,
} from './diagram.ts';
export { type DotOptions, toDot } from './dot/build.ts';
export { dotString, htmlText } from './dot/escape.ts';
export { CARD, KIND_STYLES } from './dot/styles.ts';
export { FONT_FACES, type FontFace, fontPath, fontPaths } from './fonts/files.ts';
export { FontMetrics, loadFontMetrics } from './fonts/metrics.ts';
export { mermaidText, toMermaid } from './mermaid.ts';
export { createDrawingPool, type Drawer, type DrawingPool } from './render/drawing-pool.ts';
export { MAX_PNG_PIXELS, MAX_PNG_WIDTH, type PngImage, type PngOptions, renderPng } from './render/png.ts';
export {
  createRenderer,
  type DrawnDiagram,
  type DrawOptions,
  drawDiagram,
  MAX_PNG_BYTES,
  type Renderer,
  sharedRenderer,
} from './render/renderer.ts';
export { createSvgRenderer, renderSvg, roundCard, type SvgRenderer, svgSize } from './render/svg.ts';
export { diagramOfSubgraph, type ResolveOptions, resolveDiagram } from './resolve.ts';
