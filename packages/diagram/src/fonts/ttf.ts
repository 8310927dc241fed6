/**
 * A minimal reader for TrueType/OpenType font files: just what measuring text needs (units per
 * em, vertical metrics, the character map and the horizontal advances). No shaping: kerning and
 * ligatures only ever make text narrower, so a width measured from advances alone never
 * underestimates what resvg draws.
 */

/** Metrics of one font face, in font units unless said otherwise. */
export interface TtfFace {
  family: string;
  subfamily: string;
  unitsPerEm: number;
  ascender: number;
  /** Negative, as in the font. */
  descender: number;
  lineGap: number;
  /** The glyph for a code point, or 0 (.notdef) when the font has none. */
  glyphOf(codePoint: number): number;
  /** Advance width of a glyph. */
  advanceOf(glyph: number): number;
  /** Every code point the character map covers. */
  codePoints(): Set<number>;
}

interface TableRecord {
  offset: number;
  length: number;
}

/** Parses a TTF/OTF file (not WOFF/WOFF2, which resvg cannot read either). */
export function parseTtf(bytes: Uint8Array): TtfFace {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = view.getUint32(0);
  // 0x00010000 TrueType outlines, 'OTTO' CFF outlines, 'true' old Apple TrueType.
  if (tag !== 0x00010000 && tag !== 0x4f54544f && tag !== 0x74727565) {
    throw new Error(`not a TrueType/OpenType font (tag 0x${tag.toString(16)}); WOFF is not supported`);
  }
  const numTables = view.getUint16(4);
  const tables = new Map<string, TableRecord>();
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    const name = String.fromCharCode(
      view.getUint8(rec),
      view.getUint8(rec + 1),
      view.getUint8(rec + 2),
      view.getUint8(rec + 3),
    );
    tables.set(name, { offset: view.getUint32(rec + 8), length: view.getUint32(rec + 12) });
  }
  const table = (name: string): TableRecord => {
    const t = tables.get(name);
    if (!t) throw new Error(`font has no '${name}' table`);
    return t;
  };

  const head = table('head');
  const unitsPerEm = view.getUint16(head.offset + 18);

  const hhea = table('hhea');
  const ascender = view.getInt16(hhea.offset + 4);
  const descender = view.getInt16(hhea.offset + 6);
  const lineGap = view.getInt16(hhea.offset + 8);
  const numberOfHMetrics = view.getUint16(hhea.offset + 34);

  const hmtx = table('hmtx');
  const advances = new Uint16Array(numberOfHMetrics);
  for (let i = 0; i < numberOfHMetrics; i++) advances[i] = view.getUint16(hmtx.offset + i * 4);
  const lastAdvance = numberOfHMetrics > 0 ? (advances[numberOfHMetrics - 1] ?? 0) : 0;

  const cmap = readCmap(view, table('cmap').offset);
  const { family, subfamily } = readNames(view, tables.get('name'));

  return {
    family,
    subfamily,
    unitsPerEm,
    ascender,
    descender,
    lineGap,
    glyphOf: (cp) => cmap.get(cp) ?? 0,
    advanceOf: (glyph) => (glyph < numberOfHMetrics ? (advances[glyph] ?? 0) : lastAdvance),
    codePoints: () => new Set(cmap.keys()),
  };
}

/** Reads the best Unicode subtable: format 12 (full repertoire) over format 4 (BMP). */
function readCmap(view: DataView, offset: number): Map<number, number> {
  const count = view.getUint16(offset + 2);
  let best: { format: number; at: number } | undefined;
  for (let i = 0; i < count; i++) {
    const rec = offset + 4 + i * 8;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const at = offset + view.getUint32(rec + 4);
    const format = view.getUint16(at);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || (format !== 4 && format !== 12)) continue;
    if (!best || (format === 12 && best.format !== 12)) best = { format, at };
  }
  if (!best) throw new Error('font has no Unicode character map (cmap format 4 or 12)');
  const map = new Map<number, number>();
  const at = best.at;
  if (best.format === 12) {
    const groups = view.getUint32(at + 12);
    for (let g = 0; g < groups; g++) {
      const rec = at + 16 + g * 12;
      const start = view.getUint32(rec);
      const end = view.getUint32(rec + 4);
      const glyph = view.getUint32(rec + 8);
      for (let cp = start; cp <= end; cp++) map.set(cp, glyph + (cp - start));
    }
    return map;
  }
  const segX2 = view.getUint16(at + 6);
  const ends = at + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  for (let s = 0; s < segX2; s += 2) {
    const end = view.getUint16(ends + s);
    const start = view.getUint16(starts + s);
    const delta = view.getInt16(deltas + s);
    const rangeOffset = view.getUint16(rangeOffsets + s);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (rangeOffset === 0) {
        glyph = (cp + delta) & 0xffff;
      } else {
        const glyphAt = rangeOffsets + s + rangeOffset + (cp - start) * 2;
        glyph = view.getUint16(glyphAt);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(cp, glyph);
    }
  }
  return map;
}

/** Family (name id 16, else 1) and subfamily (17, else 2), from the Windows Unicode records. */
function readNames(view: DataView, name: TableRecord | undefined): { family: string; subfamily: string } {
  const found = new Map<number, string>();
  if (name) {
    const count = view.getUint16(name.offset + 2);
    const strings = name.offset + view.getUint16(name.offset + 4);
    for (let i = 0; i < count; i++) {
      const rec = name.offset + 6 + i * 12;
      const platform = view.getUint16(rec);
      const language = view.getUint16(rec + 4);
      const id = view.getUint16(rec + 6);
      const length = view.getUint16(rec + 8);
      const at = strings + view.getUint16(rec + 10);
      if (platform !== 3 || (language !== 0x409 && found.has(id))) continue;
      let text = '';
      for (let b = 0; b + 1 < length; b += 2) text += String.fromCharCode(view.getUint16(at + b));
      found.set(id, text);
    }
  }
  return {
    family: found.get(16) ?? found.get(1) ?? '',
    subfamily: found.get(17) ?? found.get(2) ?? '',
  };
}
