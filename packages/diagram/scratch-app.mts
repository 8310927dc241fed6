import { writeFileSync } from 'node:fs';
import { loadPack, MemoryStore } from '@study-graph/graph';
import { createRenderer } from '/work/main/packages/diagram/src/render/renderer.ts';
import { resolveDiagram } from '/work/main/packages/diagram/src/resolve.ts';
const store = new MemoryStore(await loadPack('/work/main/data/docker'));
const r = await createRenderer();
const d = await resolveDiagram(store, { kind: 'neighbourhood', conceptId: 'application-container', depth: 1 });
const dot = r.toDot(d!, 'vi'); const svg = r.renderSvg(dot);
writeFileSync('/tmp/diagrams/app.dot', dot); writeFileSync('/tmp/diagrams/app.svg', svg); writeFileSync('/tmp/diagrams/app.png', r.renderPng(svg).png);
