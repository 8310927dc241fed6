import type { FontFace } from '../fonts/files.ts';
import type { FontMetrics } from '../fonts/metrics.ts';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface SvgText {
  group: string;
  text: string;
  x0: number;
  x1: number;
  baseline: number;
  size: number;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function boxOf(numbers: number[]): Box | null {
  if (numbers.length < 4) return null;
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

function shapes(body: string): Box[] {
  const boxes: Box[] = [];
  for (const m of body.matchAll(/<(path|polygon|rect|ellipse)\b[^>]*>/g)) {
    const tag = m[0];
    const fill = attr(tag, 'fill');
    if (!fill || fill === 'none' || fill === 'transparent') continue;
    let box: Box | null = null;
    if (m[1] === 'path') box = boxOf((attr(tag, 'd') ?? '').match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? []);
    else if (m[1] === 'polygon')
      box = boxOf((attr(tag, 'points') ?? '').match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? []);
    else if (m[1] === 'rect') {
      const x = Number(attr(tag, 'x'));
      const y = Number(attr(tag, 'y'));
      box = { x0: x, y0: y, x1: x + Number(attr(tag, 'width')), y1: y + Number(attr(tag, 'height')) };
    } else {
      const cx = Number(attr(tag, 'cx'));
      const cy = Number(attr(tag, 'cy'));
      const rx = Number(attr(tag, 'rx'));
      const ry = Number(attr(tag, 'ry'));
      box = { x0: cx - rx, y0: cy - ry, x1: cx + rx, y1: cy + ry };
    }
    if (box) boxes.push(box);
  }
  return boxes;
}

function faceOf(family: string, weight: string | undefined): FontFace {
  if (/mono/i.test(family)) return 'mono';
  return weight === 'bold' ? 'sansBold' : 'sans';
}

/** Every text of an SVG Graphviz wrote, with its horizontal extent measured in the real font. */
export function svgTexts(svg: string, metrics: FontMetrics): SvgText[] {
  const texts: SvgText[] = [];
  for (const g of svg.matchAll(
    /<g id="([^"]+)" class="(?:node|edge|graph|cluster)">([\s\S]*?)(?=<g id=|<\/svg>)/g,
  )) {
    for (const t of (g[2] ?? '').matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)) {
      const tag = t[1] ?? '';
      const text = unescapeXml(t[2] ?? '');
      const size = Number(attr(tag, 'font-size'));
      const face = faceOf(attr(tag, 'font-family') ?? '', attr(tag, 'font-weight'));
      const width = metrics.width(text, face, size);
      const x = Number(attr(tag, 'x'));
      const anchor = attr(tag, 'text-anchor') ?? 'start';
      const x0 = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
      texts.push({ group: g[1] ?? '', text, x0, x1: x0 + width, baseline: Number(attr(tag, 'y')), size });
    }
  }
  return texts;
}

/**
 * Texts that stick out of their box: a node's text out of the node's shape, an edge label out
 * of its background, anything out of the picture. Returns readable problems (empty when fine).
 */
export function overflowingLabels(svg: string, metrics: FontMetrics, tolerance = 0.6): string[] {
  const problems: string[] = [];
  const view =
    attr(/<svg\b[^>]*>/.exec(svg)?.[0] ?? '', 'viewBox')
      ?.split(/\s+/)
      .map(Number) ?? [];
  const transform = /<g id="graph0"[^>]*translate\(([-\d.]+) ([-\d.]+)\)/.exec(svg);
  const tx = Number(transform?.[1] ?? 0);
  const width = view[2] ?? 0;
  const groups = new Map<string, string>();
  for (const g of svg.matchAll(/<g id="([^"]+)" class="(node|edge)">([\s\S]*?)<\/g>/g)) {
    groups.set(g[1] ?? '', g[3] ?? '');
  }
  for (const t of svgTexts(svg, metrics)) {
    if (t.x0 + tx < -tolerance || t.x1 + tx > width + tolerance) {
      problems.push(`"${t.text}" (${t.group}) leaves the picture`);
      continue;
    }
    const body = groups.get(t.group);
    if (body === undefined) continue;
    const boxes = shapes(body).filter(
      (b) =>
        b.x0 - tolerance <= t.x0 &&
        t.x1 <= b.x1 + tolerance &&
        b.y0 - tolerance <= t.baseline - t.size * 0.7 &&
        t.baseline + t.size * 0.2 <= b.y1 + tolerance,
    );
    if (boxes.length === 0) problems.push(`"${t.text}" (${t.group}) overflows its box`);
  }
  return problems;
}
