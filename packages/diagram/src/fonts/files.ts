import { fileURLToPath } from 'node:url';

/**
 * The fonts diagrams are drawn with (TTF: resvg cannot read WOFF), in `packages/diagram/fonts/`:
 * Noto Sans and Noto Sans Mono cut down to the characters a study graph uses, Latin with every
 * Vietnamese letter (`fonts/make-subsets.sh` writes them; OFL, `fonts/OFL.txt`).
 */
export const FONT_FACES = {
  /** Node labels, edge labels, legend. */
  sans: { family: 'Noto Sans', bold: false, file: 'NotoSans-Regular.subset.ttf' },
  /** The title. */
  sansBold: { family: 'Noto Sans', bold: true, file: 'NotoSans-Bold.subset.ttf' },
  /** Commands (`docker pause`): code-ish boxes. */
  mono: { family: 'Noto Sans Mono', bold: false, file: 'NotoSansMono-Regular.subset.ttf' },
} as const;

export type FontFace = keyof typeof FONT_FACES;

export const FONT_FACE_NAMES = Object.keys(FONT_FACES) as FontFace[];

/** From source, the package's `fonts/`; in an app's bundle, the `fonts/` copied beside it. */
const FONT_DIR = import.meta.url.endsWith('.ts') ? '../../fonts/' : './fonts/';

/** Absolute path of a shipped font file. */
export function fontPath(face: FontFace): string {
  return fileURLToPath(new URL(`${FONT_DIR}${FONT_FACES[face].file}`, import.meta.url));
}

/** Every shipped font file, for resvg's `fontFiles`. */
export function fontPaths(): string[] {
  return FONT_FACE_NAMES.map(fontPath);
}
