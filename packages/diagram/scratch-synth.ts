import { writeFileSync } from 'node:fs';
import { MemoryStore } from '@study-graph/graph';
import { createRenderer } from './src/render/renderer.ts';
import { syntheticGraph } from './src/testing/fixture.ts';
import type { DiagramSpec } from '@study-graph/graph';
const store = new MemoryStore(syntheticGraph());
let t = performance.now();
const r = await createRenderer();
console.log('renderer', (performance.now() - t).toFixed(0), 'ms');
const specs: [string, DiagramSpec][] = [
  ['engine-parts', { kind: 'view', viewId: 'engine-parts' }],
  ['states', { kind: 'view', viewId: 'states' }],
  ['outbound', { kind: 'view', viewId: 'outbound' }],
  ['odd', { kind: 'view', viewId: 'odd' }],
  ['nb-container', { kind: 'neighbourhood', conceptId: 'container', depth: 2 }],
  ['path', { kind: 'path', from: 'client', to: 'docker0' }],
  ['cmp', { kind: 'comparison', a: 'image', b: 'daemon' }],
];
for (const [name, spec] of specs) for (const locale of ['vi', 'en'] as const) {
  t = performance.now();
  const d = await r.drawSpec(store, spec, locale);
  if (!d) { console.log(name, 'null'); continue; }
  writeFileSync(`/tmp/diagrams/synth-${name}.${locale}.png`, d.png);
  writeFileSync(`/tmp/diagrams/synth-${name}.${locale}.svg`, d.svg);
  writeFileSync(`/tmp/diagrams/synth-${name}.${locale}.dot`, d.dot);
  console.log(name, locale, d.width, 'x', d.height, d.png.length, (performance.now() - t).toFixed(0), 'ms');
}
