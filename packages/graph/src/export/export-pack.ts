import type { Graph } from '../model/graph.ts';
import { conceptProps, passageProps, relationProps, sourceProps, viewProps } from '../store/neo4j-mapping.ts';

/** The JSON interchange shape: the documented fields first, then everything else a tool may want. */
export function exportJson(graph: Graph): string {
  const data = {
    pack: graph.pack,
    concepts: graph.concepts.map(({ id, kind, name, aliases, ...rest }) => ({
      id,
      kind,
      name,
      aliases,
      ...rest,
    })),
    relations: graph.relations.map(({ from, to, type, ...rest }) => ({ from, to, type, ...rest })),
    views: graph.views.map(({ id, title, ...rest }) => ({ id, title, ...rest })),
    sources: graph.sources,
    passages: graph.passages,
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** A Cypher literal; strings are quoted with every special character escaped. */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'number') return String(value);
  return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

function map(props: Record<string, unknown>): string {
  return `{${Object.entries(props)
    .map(([k, v]) => `${k}: ${literal(v)}`)
    .join(', ')}}`;
}

/** A script that recreates the pack in any Neo4j (`cypher-shell < pack.cypher`), idempotently. */
export function exportCypher(graph: Graph): string {
  const pack = graph.pack.id;
  const lines = [
    `// study-graph pack "${pack}": ${graph.concepts.length} concepts, ${graph.relations.length} relations`,
  ];
  const node = (label: string, props: Record<string, unknown>) =>
    `MERGE (n:${label} {pack: ${literal(pack)}, id: ${literal(props.id)}}) SET n = ${map(props)};`;
  for (const s of graph.sources) lines.push(node('Source', sourceProps(pack, s)));
  for (const c of graph.concepts) lines.push(node('Concept', conceptProps(pack, c)));
  for (const v of graph.views) lines.push(node('View', viewProps(pack, v)));
  for (const p of graph.passages) lines.push(node('Passage', passageProps(pack, p)));
  for (const r of graph.relations) {
    const props = relationProps(pack, r);
    lines.push(
      `MATCH (a:Concept {pack: ${literal(pack)}, id: ${literal(r.from)}}), (b:Concept {pack: ${literal(pack)}, id: ${literal(r.to)}}) ` +
        `MERGE (a)-[r:${r.type} {key: ${literal(r.key)}}]->(b) SET r = ${map(props)};`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** GraphML for yEd and Gephi: concepts as nodes, relations as directed edges, both languages as data. */
export function exportGraphml(graph: Graph): string {
  const keys = [
    ['kind', 'node'],
    ['name_vi', 'node'],
    ['name_en', 'node'],
    ['summary_vi', 'node'],
    ['summary_en', 'node'],
    ['type', 'edge'],
    ['label_vi', 'edge'],
    ['label_en', 'edge'],
    ['command', 'edge'],
  ] as const;
  const data = (k: string, v: string | undefined) =>
    v === undefined ? '' : `<data key="${k}">${xml(v)}</data>`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys.map(([k, f]) => `  <key id="${k}" for="${f}" attr.name="${k}" attr.type="string"/>`),
    `  <graph id="${xml(graph.pack.id)}" edgedefault="directed">`,
  ];
  for (const c of graph.concepts) {
    out.push(
      `    <node id="${xml(c.id)}">${data('kind', c.kind)}${data('name_vi', c.name.vi)}${data('name_en', c.name.en)}` +
        `${data('summary_vi', c.summary.vi)}${data('summary_en', c.summary.en)}</node>`,
    );
  }
  for (const r of graph.relations) {
    out.push(
      `    <edge id="${xml(r.key)}" source="${xml(r.from)}" target="${xml(r.to)}">${data('type', r.type)}` +
        `${data('label_vi', r.label.vi)}${data('label_en', r.label.en)}${data('command', r.command)}</edge>`,
    );
  }
  out.push('  </graph>', '</graphml>');
  return `${out.join('\n')}\n`;
}
