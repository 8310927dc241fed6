/**
 * `pnpm build`: the bot as one ES module bundle, `dist/index.js` (plus `deploy-commands.js` and the
 * drawing thread, `draw-worker.js`), run with plain `node`: no tsx, no TypeScript at run time.
 * The workspace packages are bundled in; what must stay a file of its own stays external and is a
 * dependency of this package: resvg's native binary, Piscina (it starts its threads from its own
 * file) and the font files.
 */
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('.', import.meta.url));
const outdir = `${root}dist`;

const EXTERNAL = ['@resvg/resvg-js', 'piscina', '@expo-google-fonts/*'];

await rm(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    index: 'src/index.ts',
    'deploy-commands': 'src/deploy-commands.ts',
    'draw-worker': '../../packages/diagram/src/render/draw-worker.ts',
  },
  outdir,
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external: EXTERNAL,
  // Bundled CommonJS code still calls `require` for Node's own modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
});
