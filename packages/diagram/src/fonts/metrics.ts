import { readFile } from 'node:fs/promises';
import { FONT_FACE_NAMES, type FontFace, fontPath } from './files.ts';
import { parseTtf, type TtfFace } from './ttf.ts';

/** Stand-ins for characters the shipped fonts lack. */
const SUBSTITUTES: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  '⇐': '<=',
  '⇔': '<=>',
  '✓': 'v',
  '✔': 'v',
  '✗': 'x',
  '\t': ' ',
};

/** Graphviz puts consecutive lines of a label this many font sizes apart. */
export const LINE_SPACING = 1.2;

/**
 * Text measured in the fonts that resvg draws with, so Graphviz (which has no font engine in
 * WebAssembly) can be given every box's size. Sizes are in points, the unit of DOT and of the
 * SVG Graphviz writes.
 */
export class FontMetrics {
  private readonly cache = new Map<FontFace, Map<number, number>>();

  constructor(private readonly faces: Readonly<Record<FontFace, TtfFace>>) {}

  /** The family name a face is known by, in DOT and SVG (`font-family`). */
  family(face: FontFace): string {
    return this.faces[face].family;
  }

  /** Width of one line of text: the sum of the glyph advances, after NFC normalisation. */
  width(text: string, face: FontFace, size: number): number {
    const font = this.faces[face];
    let cache = this.cache.get(face);
    if (!cache) {
      cache = new Map();
      this.cache.set(face, cache);
    }
    let units = 0;
    for (const char of text.normalize('NFC')) {
      const cp = char.codePointAt(0) ?? 0;
      let advance = cache.get(cp);
      if (advance === undefined) {
        advance = font.advanceOf(font.glyphOf(cp));
        cache.set(cp, advance);
      }
      units += advance;
    }
    return (units * size) / font.unitsPerEm;
  }

  /** Characters of `text` (after NFC) that the face has no glyph for, each once, in order. */
  missingGlyphs(text: string, face: FontFace): string[] {
    const font = this.faces[face];
    const missing: string[] = [];
    for (const char of text.normalize('NFC')) {
      const cp = char.codePointAt(0) ?? 0;
      if (cp === 0x0a || cp === 0x0d) continue;
      if (font.glyphOf(cp) === 0 && !missing.includes(char)) missing.push(char);
    }
    return missing;
  }

  /**
   * The text with every character the face cannot draw replaced (arrows by ASCII arrows, the
   * rest by "?"): resvg would otherwise fall back to another font for the whole run, or draw
   * nothing, and the measured box would be wrong.
   */
  printable(text: string, face: FontFace): string {
    const font = this.faces[face];
    const drawable = (s: string) => [...s].every((c) => font.glyphOf(c.codePointAt(0) ?? 0) !== 0);
    let out = '';
    for (const char of text.normalize('NFC')) {
      if (char === '\n' || char === '\r' || drawable(char)) out += char;
      else {
        const substitute = SUBSTITUTES[char];
        out += substitute && drawable(substitute) ? substitute : '?';
      }
    }
    return out;
  }

  /** Every code point the face's character map covers. */
  codePoints(face: FontFace): Set<number> {
    return this.faces[face].codePoints();
  }

  /** Height from the top of the highest accent to the bottom of the lowest descender. */
  extent(face: FontFace, size: number): number {
    const font = this.faces[face];
    return ((font.ascender - font.descender) * size) / font.unitsPerEm;
  }

  /** Height of a block of `lines` lines as Graphviz stacks them, with room for the first line's accents. */
  blockHeight(lines: number, face: FontFace, size: number): number {
    return Math.max(0, lines - 1) * LINE_SPACING * size + this.extent(face, size);
  }

  /**
   * Breaks text at spaces into lines no wider than `maxWidth` where possible (a longer single
   * word gets a line of its own), balanced so the last line is not a lone short word.
   */
  wrap(text: string, face: FontFace, size: number, maxWidth: number): string[] {
    const words = text.normalize('NFC').trim().split(/\s+/).filter(Boolean);
    if (words.length <= 1) return words.length === 1 ? words : [''];
    const greedy = (limit: number): string[] => {
      const lines: string[] = [];
      let line = '';
      for (const word of words) {
        const candidate = line ? `${line} ${word}` : word;
        if (line && this.width(candidate, face, size) > limit) {
          lines.push(line);
          line = word;
        } else {
          line = candidate;
        }
      }
      lines.push(line);
      return lines;
    };
    const first = greedy(maxWidth);
    if (first.length === 1) return first;
    // Narrowest limit that still needs no more lines: balances the lines.
    let lo = 0;
    let hi = maxWidth;
    for (let i = 0; i < 12; i++) {
      const mid = (lo + hi) / 2;
      if (greedy(mid).length <= first.length) hi = mid;
      else lo = mid;
    }
    return greedy(hi);
  }
}

let shared: Promise<FontMetrics> | undefined;

/** Reads and parses the shipped fonts once per process (a few milliseconds). */
export function loadFontMetrics(): Promise<FontMetrics> {
  shared ??= (async () => {
    const entries = await Promise.all(
      FONT_FACE_NAMES.map(async (face) => [face, parseTtf(await readFile(fontPath(face)))] as const),
    );
    return new FontMetrics(Object.fromEntries(entries) as Record<FontFace, TtfFace>);
  })();
  return shared;
}
