import { createRequire } from 'node:module';

/**
 * The fonts diagrams are drawn with, shipped as npm packages (TTF: resvg cannot read WOFF).
 * Noto Sans covers Vietnamese (precomposed letters and combining marks) and Latin.
 */
export const FONT_FACES = {
  /** Node labels, edge labels, legend. */
  sans: {
    family: 'Noto Sans',
    bold: false,
    module: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  },
  /** The title. */
  sansBold: {
    family: 'Noto Sans',
    bold: true,
    module: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  },
  /** Commands (`docker pause`): code-ish boxes. */
  mono: {
    family: 'Noto Sans Mono',
    bold: false,
    module: '@expo-google-fonts/noto-sans-mono/400Regular/NotoSansMono_400Regular.ttf',
  },
} as const;

export type FontFace = keyof typeof FONT_FACES;

export const FONT_FACE_NAMES = Object.keys(FONT_FACES) as FontFace[];

const require = createRequire(import.meta.url);

/** Absolute path of a shipped font file. */
export function fontPath(face: FontFace): string {
  return require.resolve(FONT_FACES[face].module);
}

/** Every shipped font file, for resvg's `fontFiles`. */
export function fontPaths(): string[] {
  return FONT_FACE_NAMES.map(fontPath);
}
