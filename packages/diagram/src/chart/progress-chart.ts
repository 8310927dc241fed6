import type { Locale } from '@study-graph/graph';
import { CARD } from '../dot/styles.ts';
import { FONT_FACES, type FontFace } from '../fonts/files.ts';
import { type FontMetrics, loadFontMetrics } from '../fonts/metrics.ts';
import { type PngImage, renderPng } from '../render/png.ts';
import { chartRows, type ProgressRow } from './chart-rows.ts';

/** A progress chart drawn: the SVG and its PNG. */
export interface ProgressChart extends PngImage {
  svg: string;
}

/** Right answers solid, the wrong rest pale: told apart by lightness too, not by hue alone. */
const COLOURS = { right: '#16a34a', wrong: '#fecdd3', rule: '#e2e8f0' } as const;

/** In CSS pixels; the PNG is twice this (`renderPng`'s default scale). */
const LAYOUT = {
  width: 520,
  padding: 20,
  labelWidth: 180,
  gap: 12,
  barHeight: 14,
  lineHeight: 17,
  rowPadding: 10,
  swatch: 10,
  /** Below the top padding: the middles of the title and legend lines, and where the rows start. */
  header: { title: 10, legend: 33, rows: 50 },
  size: { title: 16, label: 13, value: 12, legend: 11 },
} as const;

/** Noto Sans' capitals are 0.714 em tall: a baseline this many ems below a line's middle centres them. */
const CAP_MIDDLE = 0.36;

const WORDS = {
  vi: { right: 'đúng', wrong: 'sai', due: 'cần ôn' },
  en: { right: 'right', wrong: 'wrong', due: 'due' },
} as const;

interface TextStyle {
  face: FontFace;
  size: number;
  fill: string;
}

/**
 * A learner's progress by section as an SVG card: one horizontal bar per row, as long as the row's
 * answers (the longest row fills the track), its right answers drawn over it from the left, so
 * right/answered is the share of the bar in green. Labels wrap to two lines and are shortened past
 * that; text the shipped fonts cannot draw is replaced first, so what is measured is what is drawn.
 */
export function progressChartSvg(
  rows: readonly ProgressRow[],
  title: string,
  locale: Locale,
  metrics: FontMetrics,
): string {
  const L = LAYOUT;
  const drawn = chartRows(rows, locale);
  const values = drawn.map((row) => valueText(row, locale));
  const valueWidth = Math.max(0, ...values.map((v) => metrics.width(v.join(' '), 'sans', L.size.value)));
  const trackX = L.padding + L.labelWidth + L.gap;
  const trackWidth = L.width - L.padding - valueWidth - L.gap - trackX;
  const track = {
    x: trackX,
    width: trackWidth,
    scale: trackWidth / Math.max(1, ...drawn.map((r) => r.answered)),
  };
  const titleStyle = { face: 'sansBold', size: L.size.title, fill: CARD.title } as const;
  const titleLine = fitLine(metrics, clean(metrics, title), titleStyle, L.width - 2 * L.padding);
  const parts = [
    text(L.padding, L.padding + L.header.title, titleLine, titleStyle),
    ...legend(metrics, L.padding + L.header.legend, locale),
  ];
  let y = L.padding + L.header.rows;
  drawn.forEach((row, index) => {
    if (index > 0) parts.push(rule(y));
    const drawnRow = rowParts(metrics, row, values[index]!, y, track);
    parts.push(...drawnRow.parts);
    y += drawnRow.height;
  });
  const height = Math.round(y + L.padding);
  const card =
    `<rect x="0.75" y="0.75" width="${L.width - 1.5}" height="${height - 1.5}" rx="${CARD.radius}" ` +
    `ry="${CARD.radius}" fill="${CARD.fill}" stroke="${CARD.border}" stroke-width="1.5"/>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${L.width}" height="${height}" viewBox="0 0 ${L.width} ${height}">`,
    card,
    ...parts,
    '</svg>',
  ].join('\n');
}

/** One section from `top`: its label, its two bars and its numbers; how tall it came out. */
function rowParts(
  metrics: FontMetrics,
  row: ProgressRow,
  value: string[],
  top: number,
  track: { x: number; width: number; scale: number },
): { parts: string[]; height: number } {
  const L = LAYOUT;
  const lines = labelLines(metrics, row.label);
  const height = Math.max(L.barHeight + 2 * L.rowPadding, lines.length * L.lineHeight + L.rowPadding);
  const middle = top + height / 2;
  const labelStyle = { face: 'sans', size: L.size.label, fill: CARD.text } as const;
  const valueStyle = { face: 'sans', size: L.size.value, fill: CARD.text } as const;
  const [main = '', due] = value;
  const muted = due ? ` <tspan fill="${CARD.muted}">${xmlText(due)}</tspan>` : '';
  const parts = lines.map((line, i) =>
    text(L.padding, middle + (i - (lines.length - 1) / 2) * L.lineHeight, line, labelStyle),
  );
  parts.push(
    bar('answered', track.x, middle, row.answered * track.scale, COLOURS.wrong),
    bar('right', track.x, middle, row.right * track.scale, COLOURS.right),
    text(track.x + track.width + L.gap, middle, main, valueStyle, muted),
  );
  return { parts, height };
}

/**
 * Draws a progress chart to PNG with the shipped fonts. On the calling thread, not the drawing
 * threads: there is no Graphviz layout to move off it, and what is left there is a few
 * milliseconds (the SVG string, and encoding its 600,000 pixels); rasterising runs on libuv's
 * thread pool (see `renderPng`).
 */
export async function drawProgressChart(
  rows: readonly ProgressRow[],
  title: string,
  locale: Locale,
): Promise<ProgressChart> {
  const svg = progressChartSvg(rows, title, locale, await loadFontMetrics());
  return { svg, ...(await renderPng(svg)) };
}

/** "7/10 · 70%", then "· 2 due" when some are due. */
function valueText(row: ProgressRow, locale: Locale): string[] {
  const share = row.answered > 0 ? ` · ${Math.round((100 * row.right) / row.answered)}%` : '';
  const main = `${row.right}/${row.answered}${share}`;
  return row.due ? [main, `· ${row.due} ${WORDS[locale].due}`] : [main];
}

function rule(y: number): string {
  const { padding, width } = LAYOUT;
  return `<line x1="${padding}" y1="${fmt(y)}" x2="${width - padding}" y2="${fmt(y)}" stroke="${COLOURS.rule}" stroke-width="1"/>`;
}

/** What the two colours mean, under the title. */
function legend(metrics: FontMetrics, middle: number, locale: Locale): string[] {
  const style = { face: 'sans', size: LAYOUT.size.legend, fill: CARD.muted } as const;
  const keys = [
    { colour: COLOURS.right, word: WORDS[locale].right },
    { colour: COLOURS.wrong, word: WORDS[locale].wrong },
  ];
  const s = LAYOUT.swatch;
  let x = LAYOUT.padding;
  return keys.flatMap(({ colour, word }) => {
    const swatch = `<rect x="${fmt(x)}" y="${fmt(middle - s / 2)}" width="${s}" height="${s}" rx="2" fill="${colour}"/>`;
    const label = text(x + s + 5, middle, word, style);
    x += s + 5 + metrics.width(word, style.face, style.size) + 16;
    return [swatch, label];
  });
}

/** A label on at most two lines: wrapped where it fits, otherwise a full first line and a shortened second. */
function labelLines(metrics: FontMetrics, label: string): string[] {
  const style = { face: 'sans', size: LAYOUT.size.label, fill: CARD.text } as const;
  const max = LAYOUT.labelWidth;
  const plain = clean(metrics, label);
  const wrapped = metrics.wrap(plain, style.face, style.size, max);
  if (wrapped.length <= 2) return wrapped.map((line) => fitLine(metrics, line, style, max));
  const words = plain.split(' ');
  let first = words[0] ?? '';
  let used = 1;
  while (used < words.length && metrics.width(`${first} ${words[used]}`, style.face, style.size) <= max) {
    first = `${first} ${words[used]}`;
    used++;
  }
  const rest = words.slice(used).join(' ');
  return [fitLine(metrics, first, style, max), fitLine(metrics, rest, style, max, true)];
}

/** The text as one line within `max`, shortened and ended with "…" when it is longer (or when `cut`). */
function fitLine(metrics: FontMetrics, line: string, style: TextStyle, max: number, cut = false): string {
  const fits = (s: string) => metrics.width(s, style.face, style.size) <= max;
  if (!cut && fits(line)) return line;
  const chars = [...line];
  while (chars.length > 0 && !fits(`${chars.join('').trimEnd()}…`)) chars.pop();
  const kept = chars.join('');
  // At a word's end when that keeps most of the line: "overlay…" reads better than "overl…".
  const space = kept.lastIndexOf(' ');
  const cutAt = space > kept.length / 2 ? kept.slice(0, space) : kept;
  return `${cutAt.replace(/[\s,;:–—-]+$/, '')}…`;
}

/** One line, with only characters the sans faces can draw (the bold face has the same ones). */
function clean(metrics: FontMetrics, text: string): string {
  return metrics.printable(text.replace(/\s+/g, ' ').trim(), 'sans');
}

function text(x: number, middle: number, content: string, style: TextStyle, after = ''): string {
  const face = FONT_FACES[style.face];
  const baseline = middle + CAP_MIDDLE * style.size;
  return (
    `<text x="${fmt(x)}" y="${fmt(baseline)}" font-family="${face.family}" font-size="${style.size}" ` +
    `font-weight="${face.bold ? 'bold' : 'normal'}" fill="${style.fill}">${xmlText(content)}${after}</text>`
  );
}

function bar(kind: 'answered' | 'right', x: number, middle: number, width: number, fill: string): string {
  const h = LAYOUT.barHeight;
  return `<rect class="${kind}" x="${fmt(x)}" y="${fmt(middle - h / 2)}" width="${fmt(width)}" height="${h}" rx="3" fill="${fill}"/>`;
}

/** Text content for SVG: `&`, `<` and `>` as entities (quotes only matter in attributes). */
function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}
