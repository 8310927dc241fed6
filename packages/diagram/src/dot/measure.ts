import type { FontFace } from '../fonts/files.ts';
import type { FontMetrics } from '../fonts/metrics.ts';

/** A label broken into lines and the size of the box it needs, in points. */
export interface MeasuredLabel {
  lines: string[];
  face: FontFace;
  size: number;
  /** Width of the widest line. */
  textWidth: number;
  /** Height of the lines as Graphviz stacks them. */
  textHeight: number;
  /** Box width including padding. */
  width: number;
  /** Box height including padding. */
  height: number;
}

export interface MeasureOptions {
  face: FontFace;
  size: number;
  /** Wrap lines wider than this; no wrapping when omitted. */
  maxWidth?: number;
  padX: number;
  padY: number;
  minWidth?: number;
  minHeight?: number;
}

/** Rounds up to a hundredth of a point, so DOT stays short and boxes never shrink. */
export function ceil2(n: number): number {
  return Math.ceil(n * 100 - 1e-6) / 100;
}

/** Measures (and wraps) a label in the real font. */
export function measureLabel(metrics: FontMetrics, text: string, options: MeasureOptions): MeasuredLabel {
  const { face, size } = options;
  text = metrics.printable(text, face);
  const lines =
    options.maxWidth === undefined
      ? text.normalize('NFC').split(/\r\n|\r|\n/)
      : text
          .normalize('NFC')
          .split(/\r\n|\r|\n/)
          .flatMap((part) => metrics.wrap(part, face, size, options.maxWidth ?? Number.POSITIVE_INFINITY));
  const textWidth = Math.max(0, ...lines.map((line) => metrics.width(line, face, size)));
  const textHeight = metrics.blockHeight(lines.length, face, size);
  return {
    lines,
    face,
    size,
    textWidth,
    textHeight,
    width: ceil2(Math.max(options.minWidth ?? 0, textWidth + 2 * options.padX)),
    height: ceil2(Math.max(options.minHeight ?? 0, textHeight + 2 * options.padY)),
  };
}

/** Points to Graphviz inches (node width/height), rounded up to 1/10000 inch. */
export function inches(points: number): string {
  return (Math.ceil((points / 72) * 10000 - 1e-6) / 10000).toString();
}
