import type { Concept, ConceptKind, Locale, Relation } from '@study-graph/graph';
import { type Diagram, edgeLabel, isAutomatic, moreLabel, moreNodeId } from '../diagram.ts';
import type { FontFace } from '../fonts/files.ts';
import { type FontMetrics, LINE_SPACING } from '../fonts/metrics.ts';
import { dotLines, dotString, htmlAttr, htmlText } from './escape.ts';
import { ceil2, inches, type MeasuredLabel, measureLabel } from './measure.ts';
import {
  CARD,
  DIM,
  type EdgeStyle,
  FLOW_COLOURS,
  FONT_SIZE,
  KIND_STYLES,
  type KindStyle,
  MAX_EDGE_LABEL_WIDTH,
  MAX_LABEL_WIDTH,
  MORE_STYLE,
  RELATION_STYLES,
  ROUTE_PENWIDTH,
  TRANSITION_COLOUR,
} from './styles.ts';

export interface DotOptions {
  /** Widest a title line may be before it wraps (points); default 560. */
  maxTitleWidth?: number;
  /** Widest a row of legend entries may be (points); default 560. */
  maxLegendWidth?: number;
  /** Draw the legend of concept kinds; default true. */
  legend?: boolean;
  /**
   * Spread the leaves of a node with many of them over 2 or 3 ranks (what Graphviz's
   * `unflatten` does), so a row of siblings does not make the picture very wide; default true.
   */
  stagger?: boolean;
}

/** Node padding inside its box (points). */
const NODE_PAD_X = 11;
const NODE_PAD_Y = 7;
/** The smallest node. */
const NODE_MIN_WIDTH = 54;

interface NodeOut {
  id: string;
  style: KindStyle;
  label: MeasuredLabel;
  highlight: boolean;
  /** Off the route the diagram answers with. */
  dim?: boolean;
}

/**
 * Builds the Graphviz DOT of a diagram in one locale. Every node and every label has the size
 * measured in the font resvg draws with (`fixedsize` nodes, fixed-size HTML-like tables for edge
 * labels, the title and the legend, text aligned from the left edge of its box), so what Graphviz
 * lays out is what gets drawn: nothing overflows. Same diagram, same DOT: nodes come in the
 * diagram's order, edges sorted by their ends' positions and keys, and nothing depends on time.
 */
export function toDot(
  diagram: Diagram,
  locale: Locale,
  metrics: FontMetrics,
  options: DotOptions = {},
): string {
  const sans = metrics.family('sans');
  const concepts = diagram.subgraph.concepts;
  const index = new Map(concepts.map((c, i) => [c.id, i] as const));
  const highlight = new Set(diagram.highlight);

  const onRoute = routeEnds(diagram);
  const nodes = new Map<string, NodeOut>();
  for (const c of concepts) {
    const node = conceptNode(c, locale, metrics, highlight.has(c.id));
    nodes.set(c.id, onRoute && !onRoute.has(c.id) && !highlight.has(c.id) ? { ...node, dim: true } : node);
  }
  for (const more of diagram.collapsed ?? []) {
    if (more.ids.length === 0 || !index.has(more.attachTo)) continue;
    const id = moreNodeId(more.attachTo);
    nodes.set(id, {
      id,
      style: MORE_STYLE,
      label: nodeLabel(moreLabel(more.ids.length, locale), MORE_STYLE, metrics),
      highlight: false,
    });
  }

  const out: string[] = [];
  out.push('digraph "diagram" {');
  out.push(
    `  graph [${attrs({
      rankdir: diagram.direction,
      bgcolor: CARD.fill,
      pad: '0.3',
      margin: '0',
      nodesep: '0.32',
      ranksep: diagram.style === 'graph' ? '0.5' : '0.45',
      newrank: 'true',
      fontname: sans,
      labelloc: 't',
      labeljust: 'l',
    })}, label=<${header(diagram, locale, metrics, options)}>]`,
  );
  out.push(
    `  node [${attrs({
      fontname: sans,
      fontsize: String(FONT_SIZE.node),
      fixedsize: 'true',
      margin: '0',
      penwidth: '1.2',
    })}]`,
  );
  out.push(
    `  edge [${attrs({
      fontname: sans,
      fontsize: String(FONT_SIZE.edge),
      color: CARD.edge,
      fontcolor: CARD.edgeText,
      arrowsize: '0.7',
      penwidth: '1.1',
    })}]`,
  );

  // Nodes: those outside any group first, then one cluster per group.
  // A "+N more" node goes in the group of the concept it hangs from.
  const groups = (diagram.groups ?? []).map((g) => ({
    ...g,
    members: [
      ...g.members,
      ...(diagram.collapsed ?? [])
        .filter((m) => g.members.includes(m.attachTo) && nodes.has(moreNodeId(m.attachTo)))
        .map((m) => moreNodeId(m.attachTo)),
    ],
  }));
  const grouped = new Set(groups.flatMap((g) => g.members));
  for (const node of nodes.values()) {
    if (!grouped.has(node.id)) out.push(`  ${nodeLine(node, metrics)}`);
  }
  for (const group of groups) {
    const label = measureLabel(metrics, group.label[locale], {
      face: 'sans',
      size: FONT_SIZE.legend,
      padX: 4,
      padY: 2,
    });
    out.push(`  subgraph ${dotString(`cluster_${group.id}`)} {`);
    out.push(
      `    graph [${attrs({
        style: 'rounded,filled',
        fillcolor: '#ffffff',
        color: CARD.border,
        penwidth: '1',
        labeljust: 'l',
        margin: '12',
      })}, label=<${textCell(label, CARD.muted, sans)}>]`,
    );
    for (const id of group.members) {
      const node = nodes.get(id);
      if (node) out.push(`    ${nodeLine(node, metrics)}`);
    }
    out.push('  }');
  }

  // Edges, sorted by where their ends are drawn.
  const flows = flowColours(diagram.subgraph.relations);
  const relations = [...diagram.subgraph.relations]
    .filter((r) => index.has(r.from) && index.has(r.to))
    .sort(
      (a, b) =>
        (index.get(a.from) ?? 0) - (index.get(b.from) ?? 0) ||
        (index.get(a.to) ?? 0) - (index.get(b.to) ?? 0) ||
        compare(a.type, b.type) ||
        compare(a.key, b.key),
    );
  const minlen =
    options.stagger === false || diagram.rank ? new Map<string, number>() : staggerLeaves(relations);
  for (const r of relations) {
    const line = edgeLine(r, diagram, locale, metrics, flows);
    const len = minlen.get(r.key);
    out.push(`  ${len ? line.replace(/\]$/, `, minlen="${len}"]`) : line}`);
  }
  for (const more of diagram.collapsed ?? []) {
    const id = moreNodeId(more.attachTo);
    if (!nodes.has(id)) continue;
    out.push(
      `  ${dotString(more.attachTo)} -> ${dotString(id)} [${attrs({ style: 'dashed', color: '#94a3b8', arrowhead: 'none' })}]`,
    );
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}

/** Leaves: nodes with one edge. */
const STAGGER_FROM = 4;

/**
 * Like Graphviz's `unflatten -l`: a node with at least STAGGER_FROM leaves gets its leaf edges
 * lengths 1, 2 (and 3 past 8 leaves) in turn, spreading the leaves over several ranks.
 * Returns the `minlen` of the edges to lengthen, by relation key.
 */
function staggerLeaves(relations: Relation[]): Map<string, number> {
  const degree = new Map<string, number>();
  for (const r of relations) {
    if (r.from === r.to) continue;
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
  }
  const leafEdges = new Map<string, Relation[]>();
  for (const r of relations) {
    const hub =
      degree.get(r.to) === 1 && degree.get(r.from) !== 1
        ? r.from
        : degree.get(r.from) === 1 && degree.get(r.to) !== 1
          ? r.to
          : null;
    if (hub) leafEdges.set(hub, [...(leafEdges.get(hub) ?? []), r]);
  }
  const minlen = new Map<string, number>();
  for (const edges of leafEdges.values()) {
    if (edges.length < STAGGER_FROM) continue;
    const levels = edges.length > 8 ? 3 : 2;
    edges.forEach((r, i) => {
      if (i % levels > 0) minlen.set(r.key, (i % levels) + 1);
    });
  }
  return minlen;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `key="value", ...` with every value quoted. */
function attrs(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k}=${dotString(v)}`)
    .join(', ');
}

function kindStyle(kind: ConceptKind): KindStyle {
  return KIND_STYLES[kind];
}

function nodeLabel(text: string, style: KindStyle, metrics: FontMetrics): MeasuredLabel {
  return measureLabel(metrics, text, {
    face: style.face,
    size: FONT_SIZE.node,
    maxWidth: MAX_LABEL_WIDTH,
    padX: NODE_PAD_X + style.extraWidth / 2,
    padY: NODE_PAD_Y + style.extraHeight / 2,
    minWidth: NODE_MIN_WIDTH,
  });
}

/** The concepts a diagram's route touches; undefined when it has no route (nothing is dimmed). */
function routeEnds(diagram: Diagram): Set<string> | undefined {
  if (!diagram.route) return undefined;
  const keys = new Set(diagram.route);
  return new Set(
    diagram.subgraph.relations.filter((r) => keys.has(r.key)).flatMap((r) => [r.from, r.to, r.command ?? '']),
  );
}

function conceptNode(concept: Concept, locale: Locale, metrics: FontMetrics, highlight: boolean): NodeOut {
  const style = kindStyle(concept.kind);
  return { id: concept.id, style, label: nodeLabel(concept.name[locale], style, metrics), highlight };
}

function nodeLine(node: NodeOut, metrics: FontMetrics): string {
  const { style, label } = node;
  const values: Record<string, string> = {
    label: '',
    shape: style.shape,
    style: [...style.style, 'filled'].join(','),
    fillcolor: style.fill,
    color: style.border,
    fontcolor: style.text,
    width: inches(label.width),
    height: inches(label.height),
  };
  if (style.face !== 'sans') values.fontname = metrics.family(style.face);
  if (node.highlight) values.penwidth = '2.6';
  if (node.dim) Object.assign(values, { fillcolor: DIM.fill, color: DIM.border, fontcolor: DIM.text });
  const { label: _, ...rest } = values;
  return `${dotString(node.id)} [label=${dotLines(label.lines)}, ${attrs(rest)}]`;
}

/**
 * A label as HTML-like cells, one fixed-size cell per line, as wide as the widest line measured
 * in the real font, text aligned to the cell's left edge: so the text lands exactly in the room
 * Graphviz made for it, whatever width Graphviz guesses for it (it guesses from Times metrics and
 * counts each byte of a non-ASCII character as a space).
 */
function textCell(label: MeasuredLabel, colour: string, face: string, bold = false, minWidth = 0): string {
  const width = ceil2(Math.max(label.textWidth, minWidth));
  const height = ceil2(label.size * LINE_SPACING + 1);
  const rows = label.lines.map((line) => {
    const text = bold ? `<B>${htmlText(line)}</B>` : htmlText(line);
    return `<TR><TD ALIGN="LEFT" FIXEDSIZE="TRUE" WIDTH=${htmlAttr(width)} HEIGHT=${htmlAttr(height)}><FONT FACE=${htmlAttr(face)} POINT-SIZE=${htmlAttr(label.size)} COLOR=${htmlAttr(colour)}>${text}</FONT></TD></TR>`;
  });
  return `<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0" FIXEDSIZE="TRUE" WIDTH=${htmlAttr(width)} HEIGHT=${htmlAttr(ceil2(height * rows.length))}>${rows.join('')}</TABLE>`;
}

/**
 * The title and the legend of the kinds drawn, as the graph's label (top left). Every row is a
 * fixed-size table as wide as the widest row, content at its left: Graphviz centres anything
 * narrower than its cell.
 */
function header(diagram: Diagram, locale: Locale, metrics: FontMetrics, options: DotOptions): string {
  const sans = metrics.family('sans');
  const title = measureLabel(metrics, diagram.title[locale], {
    face: 'sansBold',
    size: FONT_SIZE.title,
    maxWidth: options.maxTitleWidth ?? 560,
    padX: 0,
    padY: 0,
  });
  const legend =
    (options.legend ?? true) ? legendEntries(diagram, locale, metrics, options.maxLegendWidth ?? 560) : [];
  const width = ceil2(Math.max(title.textWidth, ...legend.map((row) => row.width)));
  const spacer = (height: number) =>
    `<TR><TD FIXEDSIZE="TRUE" WIDTH=${htmlAttr(width)} HEIGHT=${htmlAttr(height)}></TD></TR>`;
  const rows = [`<TR><TD>${textCell(title, CARD.title, sans, true, width)}</TD></TR>`];
  if (legend.length > 0) rows.push(spacer(4));
  const height = ceil2(FONT_SIZE.legend * LINE_SPACING + 1);
  for (const row of legend) {
    const filler = ceil2(width - row.width);
    const cells = row.cells.join(`<TD FIXEDSIZE="TRUE" WIDTH=${htmlAttr(LEGEND_SPACING)} HEIGHT="1"></TD>`);
    const fill = filler > 0 ? `<TD FIXEDSIZE="TRUE" WIDTH=${htmlAttr(filler)} HEIGHT="1"></TD>` : '';
    rows.push(
      `<TR><TD><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0" FIXEDSIZE="TRUE" WIDTH=${htmlAttr(width)} HEIGHT=${htmlAttr(height)}><TR>${cells}${fill}</TR></TABLE></TD></TR>`,
    );
  }
  rows.push(spacer(8));
  return `<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0">${rows.join('')}</TABLE>`;
}

const LEGEND_SPACING = 12;

/** Legend entries (a swatch in the kind's colours and its name), wrapped into rows. */
function legendEntries(
  diagram: Diagram,
  locale: Locale,
  metrics: FontMetrics,
  maxWidth: number,
): { cells: string[]; width: number }[] {
  const present = new Set(diagram.subgraph.concepts.map((c) => c.kind));
  const kinds = (Object.keys(KIND_STYLES) as ConceptKind[]).filter((k) => present.has(k));
  const sans = metrics.family('sans');
  const swatch = 12;
  const gap = 5;
  const entries = kinds.map((kind) => {
    const style = KIND_STYLES[kind];
    const text = measureLabel(metrics, style.label[locale], {
      face: 'sans',
      size: FONT_SIZE.legend,
      padX: 0,
      padY: 0,
    });
    const cells =
      `<TD FIXEDSIZE="TRUE" WIDTH=${htmlAttr(swatch)} HEIGHT=${htmlAttr(swatch)}>` +
      `<TABLE BORDER="1" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0"${swatchStyle(style)} COLOR=${htmlAttr(style.border)} BGCOLOR=${htmlAttr(style.fill)}>` +
      `<TR><TD FIXEDSIZE="TRUE" WIDTH=${htmlAttr(swatch - 2)} HEIGHT=${htmlAttr(swatch - 2)}></TD></TR></TABLE></TD>` +
      `<TD FIXEDSIZE="TRUE" WIDTH=${htmlAttr(gap)} HEIGHT=${htmlAttr(swatch)}></TD>` +
      `<TD>${textCell(text, CARD.muted, sans)}</TD>`;
    return { cells, width: swatch + gap + ceil2(text.textWidth) };
  });
  // Several traffic flows: a line of each flow's colour and its name.
  const flows = flowColours(diagram.subgraph.relations);
  if (flows.size > 1) {
    for (const [name, colour] of flows) {
      const text = measureLabel(metrics, name, { face: 'sans', size: FONT_SIZE.legend, padX: 0, padY: 0 });
      const line = 16;
      const cells =
        `<TD FIXEDSIZE="TRUE" WIDTH=${htmlAttr(line)} HEIGHT=${htmlAttr(swatch)}>` +
        `<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0" FIXEDSIZE="TRUE" WIDTH=${htmlAttr(line)} HEIGHT="3" BGCOLOR=${htmlAttr(colour)}>` +
        `<TR><TD FIXEDSIZE="TRUE" WIDTH=${htmlAttr(line)} HEIGHT="3"></TD></TR></TABLE></TD>` +
        `<TD FIXEDSIZE="TRUE" WIDTH=${htmlAttr(gap)} HEIGHT=${htmlAttr(swatch)}></TD>` +
        `<TD>${textCell(text, CARD.muted, sans)}</TD>`;
      entries.push({ cells, width: line + gap + ceil2(text.textWidth) });
    }
  }
  const rows: { cells: string[]; width: number }[] = [];
  for (const entry of entries) {
    const row = rows[rows.length - 1];
    if (row && row.width + LEGEND_SPACING + entry.width <= maxWidth) {
      row.cells.push(entry.cells);
      row.width += LEGEND_SPACING + entry.width;
    } else {
      rows.push({ cells: [entry.cells], width: entry.width });
    }
  }
  return rows;
}

/** The legend swatch looks like the node: rounded or square corners, dashed or solid border. */
function swatchStyle(style: KindStyle): string {
  const words = style.style.filter((w) => w === 'rounded' || w === 'dashed');
  return words.length > 0 ? ` STYLE=${htmlAttr(words.join(','))}` : '';
}

/** Each flow gets a colour, in order of the flows' names. */
function flowColours(relations: Relation[]): Map<string, string> {
  const names = [...new Set(relations.filter((r) => r.type === 'FLOW').map((r) => r.flow ?? ''))].sort(
    compare,
  );
  return new Map(names.map((name, i) => [name, FLOW_COLOURS[i % FLOW_COLOURS.length] ?? CARD.edge] as const));
}

function edgeLine(
  r: Relation,
  diagram: Diagram,
  locale: Locale,
  metrics: FontMetrics,
  flows: Map<string, string>,
): string {
  const style: EdgeStyle = RELATION_STYLES[r.type] ?? {};
  const values: Record<string, string> = {};
  let colour: string = CARD.edge;
  let labelHtml: string;
  const sans = metrics.family('sans');
  const text = edgeLabel(r, diagram, locale);
  // Off the route the diagram answers with: faint line, faint words.
  const dimmed = diagram.route !== undefined && !diagram.route.includes(r.key);
  const ink = (colour: string) => (dimmed ? DIM.text : colour);

  if (r.type === 'TRANSITION') {
    colour = TRANSITION_COLOUR;
    const face: FontFace = r.command ? 'mono' : 'sans';
    const label = measureLabel(metrics, text, {
      face,
      size: FONT_SIZE.edge,
      maxWidth: MAX_EDGE_LABEL_WIDTH,
      padX: 4,
      padY: 1,
    });
    labelHtml = pill(
      textCell(label, ink(r.command ? '#0f172a' : CARD.muted), metrics.family(face)),
      r.command && !dimmed ? '#e2e8f0' : CARD.fill,
    );
    if (isAutomatic(r)) values.style = 'dashed';
  } else if (r.type === 'FLOW' && r.order !== undefined && diagram.style === 'flow') {
    colour = flows.get(r.flow ?? '') ?? CARD.edge;
    labelHtml = flowStep(r.order, r.label[locale], colour, metrics);
    values.penwidth = '1.6';
  } else {
    const label = measureLabel(metrics, text, {
      face: 'sans',
      size: FONT_SIZE.edge,
      maxWidth: MAX_EDGE_LABEL_WIDTH,
      padX: 2,
      padY: 0,
    });
    labelHtml = pill(textCell(label, ink(CARD.edgeText), sans), CARD.fill);
  }
  if (style.style) values.style = style.style;
  values.color = colour;
  if (dimmed) values.color = DIM.edge;
  else if (diagram.route) values.penwidth = ROUTE_PENWIDTH;

  let tail = r.from;
  let head = r.to;
  const arrow = style.arrowhead ?? 'normal';
  const rankFrom = diagram.rank?.[r.from];
  const rankTo = diagram.rank?.[r.to];
  const backwards = rankFrom !== undefined && rankTo !== undefined && rankFrom > rankTo;
  if (style.dir === 'both') {
    if (backwards) {
      tail = r.to;
      head = r.from;
    }
    values.dir = 'both';
    values.arrowhead = arrow;
    values.arrowtail = arrow;
  } else if (backwards) {
    // Laid out along the ranks, drawn pointing the true way.
    tail = r.to;
    head = r.from;
    values.dir = 'back';
    values.arrowtail = arrow;
  } else if (arrow !== 'normal') {
    values.arrowhead = arrow;
  }
  // Ranks further apart than one stay apart.
  if (rankFrom !== undefined && rankTo !== undefined && Math.abs(rankFrom - rankTo) > 1) {
    values.minlen = String(Math.abs(rankFrom - rankTo));
  }
  return `${dotString(tail)} -> ${dotString(head)} [label=<${labelHtml}>, ${attrs(values)}]`;
}

/** A label on a rounded background, so edges passing behind it never cross its text. */
function pill(
  inner: string,
  background: string,
  padding = 2,
  size?: { width: number; height: number },
): string {
  const fixed = size
    ? ` FIXEDSIZE="TRUE" WIDTH=${htmlAttr(ceil2(size.width))} HEIGHT=${htmlAttr(ceil2(size.height))}`
    : '';
  return `<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING=${htmlAttr(padding)} STYLE="rounded" BGCOLOR=${htmlAttr(background)}${fixed}><TR><TD>${inner}</TD></TR></TABLE>`;
}

/** A numbered step of a flow: the number in a badge of the flow's colour, then the words. */
function flowStep(order: number, words: string, colour: string, metrics: FontMetrics): string {
  const sans = metrics.family('sans');
  const number = measureLabel(metrics, String(order), {
    face: 'sansBold',
    size: FONT_SIZE.edge,
    padX: 0,
    padY: 0,
  });
  const text = measureLabel(metrics, words, {
    face: 'sans',
    size: FONT_SIZE.edge,
    maxWidth: MAX_EDGE_LABEL_WIDTH,
    padX: 0,
    padY: 0,
  });
  const badge = pill(textCell(number, '#ffffff', sans, true), colour, 3, {
    width: ceil2(number.textWidth) + 6,
    height: ceil2(number.size * LINE_SPACING + 1) + 6,
  });
  return (
    `<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2" STYLE="rounded" BGCOLOR=${htmlAttr(CARD.fill)}>` +
    `<TR><TD VALIGN="MIDDLE">${badge}</TD><TD VALIGN="MIDDLE">${textCell(text, CARD.edgeText, sans)}</TD></TR></TABLE>`
  );
}
