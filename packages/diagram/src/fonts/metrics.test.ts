import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { FONT_FACE_NAMES, FONT_FACES, fontPath, fontPaths } from './files.ts';
import { type FontMetrics, loadFontMetrics } from './metrics.ts';

/** Every letter of the Vietnamese alphabet with every tone, upper and lower case. */
function vietnameseLetters(): string[] {
  const bases = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
  const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
  const letters = ['đ', 'Đ'];
  for (const base of bases) {
    for (const tone of tones) {
      const lower = (base + tone).normalize('NFC');
      letters.push(lower, lower.toUpperCase());
    }
  }
  return letters;
}

/** Width resvg really draws a line of text with (its ink), in points. */
function drawnWidth(text: string, face: keyof typeof FONT_FACES, size: number): number {
  const f = FONT_FACES[face];
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="100" viewBox="0 0 3000 100"><text x="10" y="60" font-family="${f.family}" font-weight="${f.bold ? 'bold' : 'normal'}" font-size="${size}">${escaped}</text></svg>`;
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: fontPaths(), defaultFontFamily: 'Noto Sans' },
  });
  return resvg.getBBox()?.width ?? 0;
}

describe('font metrics', () => {
  let metrics: FontMetrics;
  beforeAll(async () => {
    metrics = await loadFontMetrics();
  });

  it('ships TrueType files with the expected families', () => {
    for (const face of FONT_FACE_NAMES) {
      expect(fontPath(face)).toMatch(/\.ttf$/);
      expect(metrics.family(face)).toBe(FONT_FACES[face].family);
    }
  });

  it('covers every Vietnamese letter in every face', () => {
    const letters = vietnameseLetters();
    expect(letters.length).toBe(2 + 12 * 6 * 2);
    for (const face of FONT_FACE_NAMES) {
      expect(metrics.missingGlyphs(letters.join(''), face)).toEqual([]);
    }
  });

  it('reports characters the font lacks', () => {
    expect(metrics.missingGlyphs('ok 漢字 ok', 'sans')).toEqual(['漢', '字']);
  });

  it('replaces what the font cannot draw', () => {
    expect(metrics.printable('a → b ✓ 漢 ữ', 'sans')).toBe('a -> b v ? ữ');
    expect(metrics.printable('a → b', 'mono')).toBe('a → b');
  });

  it('measures NFC and NFD text alike', () => {
    const nfd = 'Trình điều khiển mạng'.normalize('NFD');
    expect(metrics.width(nfd, 'sans', 13)).toBeCloseTo(metrics.width(nfd.normalize('NFC'), 'sans', 13), 6);
  });

  it('never measures narrower than resvg draws', () => {
    const samples = [
      'Docker Engine',
      'Trình điều khiển mạng mặc định',
      'Vùng chứa ở trạng thái tạm dừng (paused)',
      'AVATAR To Ty WAVE',
      'ỐỒỔỖỘ ẤẦẨẪẬ ữựửừứ',
      'docker network create --internal',
    ];
    for (const face of FONT_FACE_NAMES) {
      for (const text of samples) {
        const measured = metrics.width(text, face, 20);
        const drawn = drawnWidth(text, face, 20);
        expect(drawn).toBeGreaterThan(0);
        expect(drawn).toBeLessThanOrEqual(measured + 0.5);
        // and close: no more than side bearings and kerning apart
        expect(drawn).toBeGreaterThan(measured * 0.9);
      }
    }
  });

  it('wraps at spaces within the width, balanced', () => {
    const text = 'Docker daemon (tiến trình nền dockerd) quản lý image và container';
    const lines = metrics.wrap(text, 'sans', 13, 150);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(metrics.width(line, 'sans', 13)).toBeLessThanOrEqual(150);
    expect(metrics.wrap('short', 'sans', 13, 150)).toEqual(['short']);
    expect(metrics.wrap('averyveryverylongwordthatcannotbreak', 'sans', 13, 20)).toEqual([
      'averyveryverylongwordthatcannotbreak',
    ]);
  });
});
