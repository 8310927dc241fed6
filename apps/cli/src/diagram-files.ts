import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { drawDiagram } from '@study-graph/diagram';
import type { DiagramSpec, GraphStore, Locale } from '@study-graph/graph';

/** A file name that says what is drawn: `view-cnm.vi.png`, `path-image-container.en.png`. */
export function diagramFileName(spec: DiagramSpec, locale: Locale, ext = 'png'): string {
  const parts: string[] = [spec.kind];
  if (spec.kind === 'view') parts.push(spec.viewId);
  if (spec.kind === 'neighbourhood') parts.push(spec.conceptId, `d${spec.depth}`);
  if (spec.kind === 'path') parts.push(spec.from, spec.to);
  if (spec.kind === 'comparison') parts.push(spec.a, spec.b);
  return `${parts.join('-')}.${locale}.${ext}`;
}

/** Draws a spec to a PNG in `dir`; null when the spec finds nothing to draw. */
export async function writeDiagramPng(
  store: GraphStore,
  spec: DiagramSpec,
  locale: Locale,
  dir: string,
): Promise<{ path: string; kind: string } | null> {
  const drawn = await drawDiagram(store, spec, locale);
  if (!drawn) return null;
  await mkdir(dir, { recursive: true });
  const path = join(dir, diagramFileName(spec, locale));
  await writeFile(path, drawn.png);
  return { path, kind: spec.kind };
}
