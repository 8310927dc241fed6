/**
 * A drawing thread of {@link createDrawingPool}: Graphviz (wasm) lays the diagram out and resvg
 * rasterises it here, off the main thread. The renderer (wasm module and fonts) loads once per thread.
 */
import type { Locale } from '@study-graph/graph';
import type { Diagram } from '../diagram.ts';
import { createRenderer, type DrawnDiagram, type DrawOptions } from './renderer.ts';

export interface DrawTask {
  diagram: Diagram;
  locale: Locale;
  options?: DrawOptions;
}

const renderer = createRenderer();

export default async function draw({ diagram, locale, options }: DrawTask): Promise<DrawnDiagram> {
  return (await renderer).draw(diagram, locale, options);
}

/** Loads the renderer and draws a tiny graph, so that the first real drawing pays for neither. */
export async function warm(): Promise<void> {
  const loaded = await renderer;
  await loaded.renderPng(loaded.renderSvg('digraph { a -> b }'));
}
