import { renderAsync } from '@resvg/resvg-js';
import { FONT_FACES, fontPaths } from '../fonts/files.ts';
import { encodePng } from './png-encode.ts';
import { svgSize } from './svg.ts';

/** Discord shows images up to about this width without scaling them down further. */
export const MAX_PNG_WIDTH = 2000;

/**
 * Pixels at most, so that a big view is drawn at a smaller scale rather than at 4–5 million
 * pixels: rasterising and encoding cost grows with the pixels, and 2 million keep every label
 * legible when Discord opens the image (a 13-node view comes out about 1,500 px wide, its text
 * 1.5 times the SVG's). Measured with `pnpm bench diagram`: SVG → PNG of the biggest views fell
 * from about 95 ms to 70 ms at p95.
 */
export const MAX_PNG_PIXELS = 2_000_000;

export interface PngOptions {
  /**
   * Exact width in pixels; default: `scale` times the SVG's own width, at most `maxWidth` and at
   * most as wide as `maxPixels` allow.
   */
  width?: number;
  /** Default 2: crisp on high-density screens. */
  scale?: number;
  /** Default 2000. */
  maxWidth?: number;
  /** Default 2,000,000. */
  maxPixels?: number;
}

export interface PngImage {
  png: Buffer;
  width: number;
  height: number;
}

/**
 * Rasterises SVG with resvg using only the shipped fonts (system fonts off: the output is the
 * same on every machine), then encodes the pixels as PNG (`encodePng`). The width is
 * `scale` × the SVG's, capped at `maxWidth` and `maxPixels`. Rasterising runs on libuv's thread
 * pool; encoding, about 10 ms, on the calling thread (a bot's drawing threads).
 */
export async function renderPng(svg: string, options: PngOptions = {}): Promise<PngImage> {
  const width = Math.max(
    1,
    Math.min(options.maxWidth ?? MAX_PNG_WIDTH, options.width ?? defaultWidth(svg, options)),
  );
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: width },
    font: {
      loadSystemFonts: false,
      fontFiles: fontPaths(),
      defaultFontFamily: FONT_FACES.sans.family,
      sansSerifFamily: FONT_FACES.sans.family,
      serifFamily: FONT_FACES.sans.family,
      monospaceFamily: FONT_FACES.mono.family,
    },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  });
  const png = encodePng(image.pixels, image.width, image.height);
  return { png, width: image.width, height: image.height };
}

/** `scale` × the SVG's width, narrowed until the image has at most `maxPixels`. */
function defaultWidth(svg: string, options: PngOptions): number {
  const natural = svgSize(svg);
  const scaled = Math.round(natural.width * (options.scale ?? 2));
  const aspect = natural.width / Math.max(1, natural.height);
  const budget = options.maxPixels ?? MAX_PNG_PIXELS;
  let byPixels = Math.floor(Math.sqrt(budget * aspect));
  // resvg rounds the height up: a pixel row more can tip the image over the budget.
  while (byPixels > 1 && byPixels * Math.ceil(byPixels / aspect) > budget) byPixels--;
  return Math.min(scaled, byPixels);
}
