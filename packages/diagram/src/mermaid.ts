import type { Concept, ConceptKind, Locale, Relation } from '@study-graph/graph';
import { type Diagram, edgeLabel, isAutomatic, moreLabel, moreNodeId } from './diagram.ts';
import { FLOW_COLOURS, KIND_STYLES, MORE_STYLE, RELATION_STYLES, TRANSITION_COLOUR } from './dot/styles.ts';

const ENTITIES: Record<string, string> = {
  '#': '#35;',
  '"': '#34;',
  '&': '#38;',
  '<': '#60;',
  '>': '#62;',
  '|': '#124;',
  '`': '#96;',
  '\\': '#92;',
};

/**
 * Text for a Mermaid label in double quotes: characters Mermaid or its HTML rendering would
 * read as syntax become numeric entity codes (`#34;`), line breaks `<br>`.
 */
export function mermaidText(text: string): string {
  return text
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[#"&<>|`\\]/g, (ch) => ENTITIES[ch] ?? ch))
    .join('<br>');
}

const className = (kind: ConceptKind | 'more') => `k_${kind.replace(/-/g, '_')}`;

function shape(concept: Concept, label: string): string {
  const q = `"${mermaidText(label)}"`;
  switch (concept.kind) {
    case 'state':
      return `([${q}])`;
    case 'command':
    case 'interface':
    case 'machine':
    case 'artifact':
    case 'driver':
    case 'library':
      return `[${q}]`;
    default:
      return `(${q})`;
  }
}

/**
 * The diagram as a Mermaid flowchart in one locale, for pasting into GitHub or Notion: same
 * nodes, labelled edges, kind colours (classDef), groups as subgraphs and the title in the front
 * matter. Node ids are n1, n2... in the diagram's order: deterministic.
 */
export function toMermaid(diagram: Diagram, locale: Locale): string {
  const lines: string[] = ['---', `title: ${JSON.stringify(diagram.title[locale].normalize('NFC'))}`, '---'];
  lines.push(`flowchart ${diagram.direction}`);
  const ids = new Map<string, string>();
  diagram.subgraph.concepts.forEach((c, i) => {
    ids.set(c.id, `n${i + 1}`);
  });
  const mores = (diagram.collapsed ?? []).filter((m) => m.ids.length > 0 && ids.has(m.attachTo));
  mores.forEach((m, i) => {
    ids.set(moreNodeId(m.attachTo), `m${i + 1}`);
  });

  const nodeLine = (c: Concept) => `${ids.get(c.id)}${shape(c, c.name[locale])}:::${className(c.kind)}`;
  const grouped = new Set((diagram.groups ?? []).flatMap((g) => g.members));
  const byId = new Map(diagram.subgraph.concepts.map((c) => [c.id, c] as const));
  for (const c of diagram.subgraph.concepts) if (!grouped.has(c.id)) lines.push(`  ${nodeLine(c)}`);
  (diagram.groups ?? []).forEach((g, i) => {
    lines.push(`  subgraph g${i + 1}["${mermaidText(g.label[locale])}"]`);
    for (const id of g.members) {
      const c = byId.get(id);
      if (c) lines.push(`    ${nodeLine(c)}`);
    }
    lines.push('  end');
  });
  for (const m of mores) {
    lines.push(
      `  ${ids.get(moreNodeId(m.attachTo))}("${mermaidText(moreLabel(m.ids.length, locale))}"):::${className('more')}`,
    );
  }

  const order = new Map(diagram.subgraph.concepts.map((c, i) => [c.id, i] as const));
  const relations = diagram.subgraph.relations
    .filter((r) => ids.has(r.from) && ids.has(r.to))
    .sort(
      (a, b) =>
        (order.get(a.from) ?? 0) - (order.get(b.from) ?? 0) ||
        (order.get(a.to) ?? 0) - (order.get(b.to) ?? 0) ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
  const flowNames = [...new Set(relations.filter((r) => r.type === 'FLOW').map((r) => r.flow ?? ''))].sort();
  const linkStyles: string[] = [];
  relations.forEach((r, i) => {
    lines.push(
      `  ${ids.get(r.from)} ${arrow(r)}|"${mermaidText(edgeLabel(r, diagram, locale))}"| ${ids.get(r.to)}`,
    );
    const colour =
      r.type === 'TRANSITION'
        ? TRANSITION_COLOUR
        : r.type === 'FLOW'
          ? FLOW_COLOURS[flowNames.indexOf(r.flow ?? '') % FLOW_COLOURS.length]
          : undefined;
    if (colour) linkStyles.push(`  linkStyle ${i} stroke:${colour},color:${colour}`);
  });
  for (const m of mores) lines.push(`  ${ids.get(m.attachTo)} -.- ${ids.get(moreNodeId(m.attachTo))}`);
  lines.push(...linkStyles);

  const kinds = new Set(diagram.subgraph.concepts.map((c) => c.kind));
  for (const kind of Object.keys(KIND_STYLES) as ConceptKind[]) {
    if (!kinds.has(kind)) continue;
    const s = KIND_STYLES[kind];
    const dashed = s.style.includes('dashed') ? ',stroke-dasharray:4 3' : '';
    lines.push(`  classDef ${className(kind)} fill:${s.fill},stroke:${s.border},color:${s.text}${dashed}`);
  }
  if (mores.length > 0) {
    lines.push(
      `  classDef ${className('more')} fill:${MORE_STYLE.fill},stroke:${MORE_STYLE.border},color:${MORE_STYLE.text},stroke-dasharray:4 3`,
    );
  }
  for (const id of diagram.highlight) {
    const n = ids.get(id);
    if (n) lines.push(`  style ${n} stroke-width:3px`);
  }
  return `${lines.join('\n')}\n`;
}

function arrow(r: Relation): string {
  const style = RELATION_STYLES[r.type] ?? {};
  const dashed = style.style === 'dashed' || style.style === 'dotted' || isAutomatic(r);
  if (style.dir === 'both') return dashed ? '<-.->' : '<-->';
  return dashed ? '-.->' : '-->';
}
