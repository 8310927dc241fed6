import type { GraphStore, Locale } from '@study-graph/graph';
import { createRenderer } from './render/renderer.ts';

export interface RenderMemory {
  renders: number;
  /** Resident memory after the first 50 renders (warm-up), and after all of them, in MB. */
  rssStartMb: number;
  rssEndMb: number;
}

/**
 * Draws PNGs one after another in this process, every view and every concept's neighbourhood in
 * turn, both languages, to see whether memory levels off: RSS after the first 50 and at the end.
 */
export async function renderMemory(store: GraphStore, renders = 1_000): Promise<RenderMemory> {
  const renderer = await createRenderer();
  const specs = [
    ...(await store.listViews()).map((v) => ({ kind: 'view' as const, viewId: v.id })),
    ...(await store.listConcepts()).map((c) => ({
      kind: 'neighbourhood' as const,
      conceptId: c.id,
      depth: 1 as const,
    })),
  ];
  const locales: Locale[] = ['vi', 'en'];
  const mb = () => Math.round(process.memoryUsage().rss / 1e5) / 10;
  let rssStartMb = 0;
  for (let i = 0; i < renders; i++) {
    await renderer.drawSpec(store, specs[i % specs.length]!, locales[Math.floor(i / specs.length) % 2]!);
    if (i === 49) rssStartMb = mb();
  }
  return { renders, rssStartMb, rssEndMb: mb() };
}
