import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
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
 * zlib level for the PNG, chosen by measurement on the 23 views at 2,000 px (`pnpm bench diagram`):
 * level 3 makes files within a few percent of resvg's own encoder, about four times faster.
 */
const PNG_COMPRESSION = 3;

// One image at a time per encode, nothing kept between them: drawings are many and small, and
// libvips' cache of recent operations would only hold memory.
sharp.cache(false);
sharp.concurrency(1);

/**
 * Rasterises SVG with resvg using only the shipped fonts (system fonts off: the output is the
 * same on every machine), then encodes the pixels with sharp (libvips, libspng). The width is
 * `scale` × the SVG's, capped at `maxWidth`. Both steps run on libuv's thread pool, not on the
 * event loop: a bot keeps acknowledging interactions meanwhile.
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
  // resvg's pixels are premultiplied RGBA; said so, the rounded card's edges come out as resvg's own.
  const png = await sharp(image.pixels, {
    raw: { width: image.width, height: image.height, channels: 4, premultiplied: true },
  })
    .png({ compressionLevel: PNG_COMPRESSION })
    .toBuffer();
  return { png, width: image.width, height: image.height };
}
