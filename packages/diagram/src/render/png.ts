import { renderAsync } from '@resvg/resvg-js';
import { FONT_FACES, fontPaths } from '../fonts/files.ts';
import { svgSize } from './svg.ts';

/** Discord shows images up to about this width without scaling them down further. */
export const MAX_PNG_WIDTH = 2000;

export interface PngOptions {
  /** Exact width in pixels; default: `scale` times the SVG's own width, at most `maxWidth`. */
  width?: number;
  /** Default 2: crisp on high-density screens. */
  scale?: number;
  /** Default 2000. */
  maxWidth?: number;
}

export interface PngImage {
  png: Buffer;
  width: number;
  height: number;
}

/**
 * Rasterises SVG with resvg using only the shipped fonts (system fonts off: the output is the
 * same on every machine). The width is `scale` × the SVG's, capped at `maxWidth`. The work runs on
 * libuv's thread pool, not on the event loop: a bot keeps acknowledging interactions meanwhile.
 */
export async function renderPng(svg: string, options: PngOptions = {}): Promise<PngImage> {
  const natural = svgSize(svg).width;
  const maxWidth = options.maxWidth ?? MAX_PNG_WIDTH;
  const wanted = options.width ?? Math.round(natural * (options.scale ?? 2));
  const width = Math.max(1, Math.min(maxWidth, wanted > 0 ? wanted : maxWidth));
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
  return { png: image.asPng(), width: image.width, height: image.height };
}
