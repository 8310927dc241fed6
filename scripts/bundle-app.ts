/**
 * Bundles an app for production: `tsx ../../scripts/bundle-app.ts NAME=ENTRY...`, run in the
 * app's folder, writes `dist/NAME.js` for each entry, as ES modules run by plain `node` (no tsx,
 * no TypeScript at run time). The workspace packages and most npm packages are bundled in; what
 * must stay a file of its own stays external and is a dependency of the app: resvg's native
 * binaries and Piscina (it starts its threads from its own file). Every app also gets the drawing
 * thread, `dist/draw-worker.js`, and the diagram fonts, `dist/fonts/`, both looked for beside it.
 */
import { cp, rm } from 'node:fs/promises';
import { build } from 'esbuild';

const EXTERNAL = ['@resvg/resvg-js', 'piscina'];
const DRAW_WORKER = new URL('../packages/diagram/src/render/draw-worker.ts', import.meta.url).pathname;
const FONTS = new URL('../packages/diagram/fonts/', import.meta.url).pathname;

const entryPoints = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [name, entry] = arg.split('=');
    if (!name || !entry) throw new Error(`expected NAME=ENTRY, got "${arg}"`);
    return [name, entry];
  }),
);

await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: { ...entryPoints, 'draw-worker': DRAW_WORKER },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external: EXTERNAL,
  // discord.js looks its cache limits up by class name (`MessageManager`): renaming a class to
  // avoid a clash in the bundle (`MessageManager2`) silently turned the message cache's limit off.
  keepNames: true,
  // Bundled CommonJS code still calls `require` for Node's own modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
});
await cp(FONTS, 'dist/fonts', { recursive: true, filter: (file) => !file.endsWith('.sh') });
