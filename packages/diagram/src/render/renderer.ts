import { setImmediate as nextTurn } from 'node:timers/promises';
import type { DiagramSpec, GraphStore, Locale } from '@study-graph/graph';
import type { Diagram } from '../diagram.ts';
import { type DotOptions, toDot } from '../dot/build.ts';
import { type FontMetrics, loadFontMetrics } from '../fonts/metrics.ts';
import { toMermaid } from '../mermaid.ts';
import { type ResolveOptions, resolveDiagram } from '../resolve.ts';
import { type PngImage, type PngOptions, renderPng } from './png.ts';
import { createSvgRenderer, type SvgRenderer, svgSize } from './svg.ts';

/** A diagram drawn in one locale, in every format. */
export interface DrawnDiagram {
  /** The title in the locale (for a message or an attachment's description). */
  title: string;
  kind: Diagram['kind'];
  /** The diagram drawn (its direction the one chosen, see `DrawOptions.autoDirection`). */
  diagram: Diagram;
  dot: string;
  svg: string;
  png: Buffer;
  /** PNG size in pixels. */
  width: number;
  height: number;
  mermaid: string;
  /** Drawn concepts (the "+N more" node not counted). */
  nodes: number;
}

export interface DrawOptions extends PngOptions, DotOptions {
  /**
   * When the layout in the diagram's direction comes out very wide or very tall (width/height
   * beyond 2.6 or below 0.6), also lay it out in the other direction and keep the one closer to
   * 3:2 (default true). Deterministic: the choice depends only on the input.
   */
  autoDirection?: boolean;
  /** A PNG bigger than this is drawn narrower (by 20% steps, not below 800 px); default 500 000. */
  maxBytes?: number;
}

/** Well under Discord's upload limit (8–10 MB) and quick to send. */
export const MAX_PNG_BYTES = 500_000;

/** Width/height ratios outside this range try the other direction. */
const ASPECT_RANGE = [0.6, 2.6] as const;
const ASPECT_TARGET = 1.5;

/** Everything loaded once (the Graphviz wasm module and the fonts), then reused for every drawing. */
export interface Renderer {
  readonly metrics: FontMetrics;
  readonly graphvizVersion: string;
  /** DOT of a diagram, every box sized for the shipped font. */
  toDot(diagram: Diagram, locale: Locale, options?: DotOptions): string;
  /** DOT → SVG with Graphviz-wasm (rounded card background). */
  renderSvg(dot: string): string;
  /** SVG → PNG with resvg and the shipped fonts, 2x, at most 2000 px wide and 2 million pixels, off the event loop. */
  renderPng(svg: string, options?: PngOptions): Promise<PngImage>;
  /** A resolved diagram in every format. */
  draw(diagram: Diagram, locale: Locale, options?: DrawOptions): Promise<DrawnDiagram>;
  /** Resolves a spec against the store and draws it; null when the spec finds nothing. */
  drawSpec(
    store: GraphStore,
    spec: DiagramSpec,
    locale: Locale,
    options?: DrawOptions & ResolveOptions,
  ): Promise<DrawnDiagram | null>;
}

/** Loads the wasm module and the fonts (about 100 ms cold) and returns a reusable renderer. */
export async function createRenderer(): Promise<Renderer> {
  const [svgRenderer, metrics] = await Promise.all([createSvgRenderer(), loadFontMetrics()]);
  return new DiagramRenderer(svgRenderer, metrics);
}

class DiagramRenderer implements Renderer {
  constructor(
    private readonly svg: SvgRenderer,
    readonly metrics: FontMetrics,
  ) {}

  get graphvizVersion(): string {
    return this.svg.graphvizVersion;
  }

  toDot(diagram: Diagram, locale: Locale, options: DotOptions = {}): string {
    return toDot(diagram, locale, this.metrics, options);
  }

  renderSvg(dot: string): string {
    return this.svg.render(dot);
  }

  renderPng(svg: string, options: PngOptions = {}): Promise<PngImage> {
    return renderPng(svg, options);
  }

  async draw(input: Diagram, locale: Locale, options: DrawOptions = {}): Promise<DrawnDiagram> {
    let diagram = input;
    let dot = this.toDot(diagram, locale, options);
    let svg = this.renderSvg(dot);
    const ratio = aspect(svg);
    if ((options.autoDirection ?? true) && (ratio < ASPECT_RANGE[0] || ratio > ASPECT_RANGE[1])) {
      const flipped: Diagram = { ...diagram, direction: diagram.direction === 'LR' ? 'TB' : 'LR' };
      const flippedDot = this.toDot(flipped, locale, options);
      const flippedSvg = this.renderSvg(flippedDot);
      const off = (r: number) => Math.abs(Math.log(r / ASPECT_TARGET));
      if (off(aspect(flippedSvg)) < off(ratio)) {
        diagram = flipped;
        dot = flippedDot;
        svg = flippedSvg;
      }
    }
    let image = await this.renderPng(svg, options);
    // Over the size budget (a very large, busy diagram): smaller, until it fits.
    const maxBytes = options.maxBytes ?? MAX_PNG_BYTES;
    while (image.png.length > maxBytes && options.width === undefined && image.width > 800) {
      image = await this.renderPng(svg, { ...options, width: Math.round(image.width * 0.8) });
    }
    return {
      title: diagram.title[locale],
      kind: diagram.kind,
      diagram,
      dot,
      svg,
      png: image.png,
      width: image.width,
      height: image.height,
      mermaid: toMermaid(diagram, locale),
      nodes: diagram.subgraph.concepts.length,
    };
  }

  async drawSpec(
    store: GraphStore,
    spec: DiagramSpec,
    locale: Locale,
    options: DrawOptions & ResolveOptions = {},
  ): Promise<DrawnDiagram | null> {
    const diagram = await resolveDiagram(store, spec, options);
    if (!diagram) return null;
    // Drawing holds the event loop for tens of milliseconds: let due timers and I/O (a deferral
    // that must reach Discord, a test runner's messages) go first.
    await nextTurn();
    return this.draw(diagram, locale, options);
  }
}

function aspect(svg: string): number {
  const { width, height } = svgSize(svg);
  return height > 0 ? width / height : 1;
}

let shared: Promise<Renderer> | undefined;

/** The process-wide renderer, created on first use. */
export function sharedRenderer(): Promise<Renderer> {
  shared ??= createRenderer();
  return shared;
}

/**
 * Resolves a spec and draws it in every format with the process-wide renderer (created on
 * first use): `{ dot, svg, png, mermaid, title, ... }`, or null when the spec finds nothing.
 */
export async function drawDiagram(
  store: GraphStore,
  spec: DiagramSpec,
  locale: Locale,
  options: DrawOptions & ResolveOptions = {},
): Promise<DrawnDiagram | null> {
  return (await sharedRenderer()).drawSpec(store, spec, locale, options);
}
