import { writeFileSync } from 'node:fs';
import { type DiagramSpec, loadPack, MemoryStore } from '@study-graph/graph';
import { createRenderer } from './src/render/renderer.ts';
import { overflowingLabels } from './src/testing/svg-check.ts';
const store = new MemoryStore(await loadPack('../../data/docker'));
const r = await createRenderer();
const specs: [string, DiagramSpec][] = [
  ['lifecycle', { kind: 'lifecycle' }],
  ['nb-docker0-1', { kind: 'neighbourhood', conceptId: 'docker0', depth: 1 }],
  ['nb-docker0-2', { kind: 'neighbourhood', conceptId: 'docker0', depth: 2 }],
  ['nb-container-1', { kind: 'neighbourhood', conceptId: 'container', depth: 1 }],
  ['nb-image-2', { kind: 'neighbourhood', conceptId: 'image', depth: 2 }],
  ['path-client-eth0', { kind: 'path', from: '', to: 'host-eth0' }],
  ['path-run-kernel', { kind: 'path', from: 'docker-run', to: 'linux-kernel' }],
  ['cmp-lxc-docker', { kind: 'comparison', a: 'lxc', b: 'docker' }],
  ['cmp-image-container', { kind: 'comparison', a: 'image', b: 'container' }],
  ['cmp-bridge-overlay', { kind: 'comparison', a: 'bridge-driver', b: 'overlay-driver' }],
];
for (const [name, spec] of specs) for (const locale of ['vi', 'en'] as const) {
  const t = performance.now();
  const d = await r.drawSpec(store, spec, locale);
  if (!d) { console.log(name, 'null'); continue; }
  const base = `/tmp/diagrams/spec-${name}.${locale}`;
  writeFileSync(`${base}.png`, d.png); writeFileSync(`${base}.svg`, d.svg); writeFileSync(`${base}.dot`, d.dot);
  console.log(name, locale, d.nodes, d.diagram.direction, `${d.width}x${d.height}`, `${Math.round(d.png.length / 1024)}KB`, `${(performance.now() - t).toFixed(0)}ms`, overflowingLabels(d.svg, r.metrics));
}
