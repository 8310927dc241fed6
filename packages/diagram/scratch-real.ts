import { writeFileSync } from 'node:fs';
import { loadPack, MemoryStore } from '@study-graph/graph';
import { createRenderer } from './src/render/renderer.ts';
import { overflowingLabels } from './src/testing/svg-check.ts';
const only = process.argv.slice(2);
const store = new MemoryStore(await loadPack('../../data/docker'));
const r = await createRenderer();
for (const v of await store.listViews()) {
  if (only.length && !only.includes(v.id)) continue;
  for (const locale of ['vi', 'en'] as const) {
    const t = performance.now();
    const d = await r.drawSpec(store, { kind: 'view', viewId: v.id }, locale);
    if (!d) { console.log(v.id, 'null'); continue; }
    const base = `/tmp/diagrams/${v.id}.${locale}`;
    writeFileSync(`${base}.png`, d.png); writeFileSync(`${base}.svg`, d.svg); writeFileSync(`${base}.dot`, d.dot); writeFileSync(`${base}.mmd`, d.mermaid);
    const problems = overflowingLabels(d.svg, r.metrics);
    console.log(v.id, locale, `${d.width}x${d.height}`, `${Math.round(d.png.length / 1024)}KB`, `${(performance.now() - t).toFixed(0)}ms`, problems.length ? problems : '');
  }
}
