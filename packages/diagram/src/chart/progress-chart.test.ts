import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { type FontMetrics, loadFontMetrics } from '../fonts/metrics.ts';
import type { ProgressRow } from './chart-rows.ts';
import { drawProgressChart, progressChartSvg } from './progress-chart.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const ROWS: ProgressRow[] = [
  { label: 'Trạng thái và chu trình', answered: 10, right: 7 },
  { label: 'Docker & <daemon>', answered: 4, right: 4, due: 2 },
  { label: 'Mạng bridge mặc định', answered: 6, right: 0 },
  { label: 'Volumes', answered: 3, right: 1 },
];

/** Widths of the bars of one kind, row by row. */
function barWidths(svg: string, kind: 'answered' | 'right'): number[] {
  return [...svg.matchAll(new RegExp(`<rect class="${kind}"[^>]* width="([\\d.]+)"`, 'g'))].map((m) =>
    Number(m[1]),
  );
}

/** Every line of text drawn, entities as written. */
function textLines(svg: string): string[] {
  return [...svg.matchAll(/<text [^>]*>([^<]*)/g)].map((m) => m[1] ?? '');
}

describe('progress chart', () => {
  let metrics: FontMetrics;
  beforeAll(async () => {
    metrics = await loadFontMetrics();
  });

  it('draws a PNG that decodes, twice the SVG’s size', async () => {
    const chart = await drawProgressChart(ROWS, 'Tiến độ của bạn', 'vi');
    expect(chart.png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect({ width: chart.png.readUInt32BE(16), height: chart.png.readUInt32BE(20) }).toEqual({
      width: chart.width,
      height: chart.height,
    });
    const meta = await sharp(chart.png).metadata();
    expect(meta).toMatchObject({ format: 'png', width: chart.width, height: chart.height });
    expect(chart.width).toBe(2 * Number(/<svg [^>]*width="(\d+)"/.exec(chart.svg)?.[1]));
    expect(chart.height).toBeGreaterThan(200);
    expect(chart.png.length).toBeLessThan(200_000);
  });

  it('writes every label, title and word escaped, Vietnamese kept as it is', () => {
    const nfd = { label: 'Mạng bridge mặc định'.normalize('NFD'), answered: 1, right: 1 };
    const svg = progressChartSvg([...ROWS, nfd], 'Tiến độ & <của> bạn', 'vi', metrics);
    const lines = textLines(svg);
    expect(lines).toContain('Tiến độ &amp; &lt;của&gt; bạn');
    expect(lines).toContain('Docker &amp; &lt;daemon&gt;');
    expect(lines.filter((l) => l === 'Mạng bridge mặc định')).toHaveLength(2);
    expect(lines).toContain('Trạng thái và chu trình');
    expect(lines).toEqual(expect.arrayContaining(['đúng', 'sai', '4/4 · 100% ']));
    expect(svg).toContain('>· 2 cần ôn</tspan>');
    expect(svg).not.toContain('<daemon>');
    expect(svg).not.toContain('?');
  });

  it('draws each bar as long as its answers, its right answers the same share of it', () => {
    const svg = progressChartSvg(ROWS, 'Progress', 'en', metrics);
    const answered = barWidths(svg, 'answered');
    const right = barWidths(svg, 'right');
    expect(answered).toHaveLength(ROWS.length);
    ROWS.forEach((row, i) => {
      expect(answered[i]! / answered[0]!).toBeCloseTo(row.answered / ROWS[0]!.answered, 3);
      expect(right[i]! / answered[i]!).toBeCloseTo(row.right / row.answered, 3);
    });
    expect(textLines(svg)).toEqual(expect.arrayContaining(['right', 'wrong', '7/10 · 70%', '0/6 · 0%']));
  });

  it('wraps a long label to two lines within its column and shortens the rest', () => {
    const label =
      'Trình điều khiển mạng overlay, macvlan và ipvlan: cách các container trên nhiều máy nói chuyện với nhau';
    const svg = progressChartSvg([{ label, answered: 2, right: 1 }], 'Tiến độ', 'vi', metrics);
    const drawn = textLines(svg).filter((l) => label.includes(l.replace(/…$/, '')) && l.length > 8);
    expect(drawn).toHaveLength(2);
    expect(drawn[1]).toMatch(/\S…$/);
    for (const line of drawn) expect(metrics.width(line, 'sans', 13)).toBeLessThanOrEqual(180);
  });

  it('draws at most twelve rows, the rest summed as "other"', () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({
      label: `Section ${i + 1}`,
      answered: 20 - i,
      right: 1,
    }));
    const svg = progressChartSvg(rows, 'Progress', 'en', metrics);
    expect(barWidths(svg, 'answered')).toHaveLength(12);
    expect(textLines(svg)).toContain('Other (9 sections)');
  });

  it('gives the same SVG and PNG for the same input', async () => {
    const a = await drawProgressChart(ROWS, 'Tiến độ của bạn', 'vi');
    const b = await drawProgressChart(ROWS, 'Tiến độ của bạn', 'vi');
    expect(b.svg).toBe(a.svg);
    expect(b.png.equals(a.png)).toBe(true);
  });
});
