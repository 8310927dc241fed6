/**
 * Run in a fresh process by `benchDiagrams`: times loading the renderer (wasm + fonts) and the
 * first DOT → SVG → PNG, then prints one JSON line.
 */
import { createRenderer } from './render/renderer.ts';

const DOT = 'digraph { a -> b }';

const t0 = performance.now();
const renderer = await createRenderer();
const t1 = performance.now();
const svg = renderer.renderSvg(DOT);
const t2 = performance.now();
await renderer.renderPng(svg);
const t3 = performance.now();
process.stdout.write(
  `${JSON.stringify({ createRendererMs: t1 - t0, firstSvgMs: t2 - t1, firstPngMs: t3 - t2, totalMs: t3 - t0 })}\n`,
);
