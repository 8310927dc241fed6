import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodePng } from './png-encode.ts';

/** The straight-alpha RGBA pixels of a PNG, decoded by libspng (sharp). */
async function decode(png: Buffer): Promise<{ pixels: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return { pixels: data, width: info.width, height: info.height };
}

describe('encodePng', () => {
  it('gives straight alpha back from premultiplied pixels, opaque ones untouched', async () => {
    // Opaque red, half-transparent white (premultiplied: 128,128,128,128), transparent, opaque blue.
    const premultiplied = Uint8Array.from([255, 0, 0, 255, 128, 128, 128, 128, 0, 0, 0, 0, 0, 0, 255, 255]);
    const decoded = await decode(encodePng(premultiplied, 2, 2));
    expect(decoded.width).toBe(2);
    expect(decoded.height).toBe(2);
    expect([...decoded.pixels]).toEqual([255, 0, 0, 255, 255, 255, 255, 128, 0, 0, 0, 0, 0, 0, 255, 255]);
  });

  it('encodes what resvg drew to the pixels resvg itself encodes, row for row', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="90" height="40"><rect x="1" y="1" width="88" height="38" rx="14" fill="#fff" stroke="#345"/><circle cx="30" cy="20" r="9" fill="#c33" opacity="0.5"/></svg>';
    const image = new Resvg(svg).render();
    const ours = await decode(encodePng(image.pixels, image.width, image.height));
    const resvgs = await decode(image.asPng());
    expect(ours.width).toBe(resvgs.width);
    // Dividing premultiplied values back rounds; resvg's encoder may round the other way.
    const furthest = Math.max(...ours.pixels.map((v, i) => Math.abs(v - resvgs.pixels[i]!)));
    expect(furthest).toBeLessThanOrEqual(1);
  });

  it('reuses its scanline buffer without mixing one image into the next', async () => {
    const big = new Uint8Array(8 * 8 * 4).fill(255);
    const small = Uint8Array.from([10, 20, 30, 255]);
    encodePng(big, 8, 8);
    const decoded = await decode(encodePng(small, 1, 1));
    expect([...decoded.pixels]).toEqual([10, 20, 30, 255]);
  });
});
