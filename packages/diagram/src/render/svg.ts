import { instance, type Viz } from '@viz-js/viz';
import { CARD } from '../dot/styles.ts';

/** Graphviz warnings that are expected, since every size is given to it (see `toDot`). */
const EXPECTED_WARNINGS = [
  /no hard-coded metrics/i,
  /non-ASCII character/i,
  /cell size too small for content/i,
  /^in label of /i,
];

/** Graphviz compiled to WebAssembly: load once, then lay out any number of graphs. */
export class SvgRenderer {
  /** Unexpected Graphviz warnings of the last render. */
  warnings: string[] = [];

  constructor(private readonly viz: Viz) {}

  /** The Graphviz version inside the wasm module. */
  get graphvizVersion(): string {
    return this.viz.graphvizVersion;
  }

  /**
   * Lays out DOT with `dot` and returns the SVG, its background turned into a rounded card.
   * Throws with Graphviz's messages when the DOT does not parse.
   */
  render(dot: string): string {
    const result = this.viz.render(dot, { format: 'svg', engine: 'dot' });
    this.warnings = result.errors
      .filter((e) => e.level !== 'error' && !EXPECTED_WARNINGS.some((re) => re.test(e.message.trim())))
      .map((e) => e.message.trim());
    if (result.status !== 'success') {
      throw new Error(`Graphviz failed: ${result.errors.map((e) => e.message.trim()).join('; ')}`);
    }
    return roundCard(result.output);
  }
}

let shared: Promise<Viz> | undefined;

/** Loads the Graphviz wasm module (once per process) and returns a renderer on it. */
export async function createSvgRenderer(): Promise<SvgRenderer> {
  shared ??= instance();
  return new SvgRenderer(await shared);
}

/**
 * Graphviz paints the background as a rectangle; replace it with a rectangle with rounded
 * corners and a thin border, leaving the corners transparent (a card on any Discord theme).
 */
export function roundCard(svg: string, fill: string = CARD.fill): string {
  // The background is the first shape of the graph's group.
  const background = new RegExp(
    `(<g id="graph0" class="graph"[^>]*>\\s*(?:<title>[^<]*<\\/title>\\s*)?)<polygon fill="${fill}" stroke="[^"]*" points="([^"]+)"/>`,
  );
  const match = background.exec(svg);
  if (!match?.[1] || !match[2]) return svg;
  const points = match[2]
    .trim()
    .split(/\s+/)
    .map((p) => p.split(',').map(Number) as [number, number]);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  const inset = 0.75;
  const rect =
    `<rect x="${fmt(x + inset)}" y="${fmt(y + inset)}" width="${fmt(Math.max(...xs) - x - 2 * inset)}" ` +
    `height="${fmt(Math.max(...ys) - y - 2 * inset)}" rx="${CARD.radius}" ry="${CARD.radius}" ` +
    `fill="${fill}" stroke="${CARD.border}" stroke-width="1.5"/>`;
  return svg.slice(0, match.index) + match[1] + rect + svg.slice(match.index + match[0].length);
}

/** DOT → SVG with the process-wide Graphviz-wasm instance (loaded on first use). */
export async function renderSvg(dot: string): Promise<string> {
  return (await createSvgRenderer()).render(dot);
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** The size of an SVG from its root `width`/`height` attributes, in CSS pixels (1pt = 4/3 px). */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string): number => {
    const m = new RegExp(`\\b${name}="([\\d.]+)(pt|px)?"`).exec(root);
    if (!m?.[1]) return 0;
    const value = Number(m[1]);
    return m[2] === 'pt' ? (value * 4) / 3 : value;
  };
  return { width: read('width'), height: read('height') };
}
