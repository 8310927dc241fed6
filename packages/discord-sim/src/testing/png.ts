import { deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A valid RGB PNG of the given size filled with noise-ish pixels (so it does not compress to nothing). */
export function makePng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const rows: Buffer[] = [];
  let seed = 7;
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let i = 1; i < row.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      row[i] = seed & 0xff;
    }
    rows.push(row);
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/**
 * Decodes a PNG far enough to know it is whole and valid: signature, every chunk's CRC, IHDR,
 * IEND last, and IDAT inflating to exactly the pixel rows the header announces.
 */
export function checkPng(data: Buffer): { width: number; height: number } {
  if (!data.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG signature');
  let at = 8;
  let header: { width: number; height: number; depth: number; colour: number } | undefined;
  const idat: Buffer[] = [];
  let ended = false;
  while (at < data.length) {
    const length = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    const body = data.subarray(at + 8, at + 8 + length);
    const crc = data.readUInt32BE(at + 8 + length);
    if (crc32(data.subarray(at + 4, at + 8 + length)) !== crc) throw new Error(`bad CRC in ${type}`);
    if (type === 'IHDR') {
      header = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        depth: body[8]!,
        colour: body[9]!,
      };
    }
    if (type === 'IDAT') idat.push(body);
    if (type === 'IEND') ended = at + 12 + length === data.length;
    at += 12 + length;
  }
  if (!header || !ended) throw new Error('missing IHDR or IEND');
  const channels = CHANNELS[header.colour];
  if (!channels) throw new Error(`unknown colour type ${header.colour}`);
  const rowBytes = 1 + Math.ceil((header.width * channels * header.depth) / 8);
  const pixels = inflateSync(Buffer.concat(idat));
  if (pixels.length !== rowBytes * header.height) throw new Error('pixel data does not match the size');
  return { width: header.width, height: header.height };
}
