import type { Bilingual, ConceptKind, RelationType } from '@study-graph/graph';
import type { FontFace } from '../fonts/files.ts';

/**
 * The look, chosen once: a light card (slate-50, rounded corners, slate border) that reads the
 * same on Discord's dark and light themes; each concept kind a pastel fill with a darker border
 * of the same hue and dark text, plus a shape where one says something (commands as dark
 * code boxes in a monospace font, states as rounded pills, artifacts as notes, machines as 3D
 * boxes, drivers as plug-in components).
 */
export const CARD = {
  fill: '#f8fafc',
  border: '#cbd5e1',
  radius: 14,
  title: '#0f172a',
  text: '#1e293b',
  muted: '#475569',
  edge: '#64748b',
  edgeText: '#334155',
  highlight: '#e11d48',
} as const;

/** What lies off the route a diagram answers with: drawn faint, so the route stands out. */
export const DIM = {
  fill: '#f1f5f9',
  border: '#d5dce5',
  text: '#94a3b8',
  edge: '#d5dce5',
} as const;

/** Edges on that route. */
export const ROUTE_PENWIDTH = '3';

export const FONT_SIZE = {
  title: 18,
  node: 13,
  edge: 11,
  legend: 11,
} as const;

/** Widest a node label line may be before it wraps (points). */
export const MAX_LABEL_WIDTH = 150;
/** Widest an edge label line may be before it wraps (points). */
export const MAX_EDGE_LABEL_WIDTH = 130;

export interface KindStyle {
  /** Graphviz shape. */
  shape: 'box' | 'note' | 'box3d' | 'component' | 'tab' | 'folder' | 'cylinder';
  /** Graphviz style words besides `filled`. */
  style: string[];
  fill: string;
  border: string;
  text: string;
  face: FontFace;
  /** Extra horizontal room the shape's decoration takes (points). */
  extraWidth: number;
  /** Extra vertical room the shape's decoration takes (points). */
  extraHeight: number;
  label: Bilingual;
}

const pastel = (
  fill: string,
  border: string,
  label: Bilingual,
  more: Partial<Omit<KindStyle, 'fill' | 'border' | 'label'>> = {},
): KindStyle => ({
  shape: 'box',
  style: ['rounded'],
  text: CARD.text,
  face: 'sans',
  extraWidth: 0,
  extraHeight: 0,
  ...more,
  fill,
  border,
  label,
});

/** Style of every concept kind; the legend shows the kinds a diagram uses, in this order. */
export const KIND_STYLES: Record<ConceptKind, KindStyle> = {
  platform: pastel('#e0e7ff', '#4338ca', { vi: 'nền tảng', en: 'platform' }),
  edition: pastel('#eef2ff', '#6366f1', { vi: 'phiên bản', en: 'edition' }, { style: ['rounded', 'dashed'] }),
  tool: pastel('#e0f2fe', '#0369a1', { vi: 'công cụ', en: 'tool' }),
  component: pastel('#dbeafe', '#1d4ed8', { vi: 'thành phần', en: 'component' }),
  service: pastel('#cffafe', '#0e7490', { vi: 'dịch vụ', en: 'service' }),
  library: pastel(
    '#ede9fe',
    '#6d28d9',
    { vi: 'thư viện', en: 'library' },
    { shape: 'tab', style: [], extraHeight: 6 },
  ),
  runtime: pastel('#f3e8ff', '#7e22ce', { vi: 'runtime', en: 'runtime' }),
  object: pastel('#fef3c7', '#b45309', { vi: 'đối tượng', en: 'object' }),
  artifact: pastel(
    '#ffedd5',
    '#c2410c',
    { vi: 'tệp / sản phẩm', en: 'artifact' },
    { shape: 'note', style: [], extraWidth: 6 },
  ),
  machine: pastel(
    '#f1f5f9',
    '#475569',
    { vi: 'máy', en: 'machine' },
    { shape: 'box3d', style: [], extraWidth: 4, extraHeight: 4 },
  ),
  state: pastel('#dcfce7', '#15803d', { vi: 'trạng thái', en: 'state' }),
  command: pastel(
    '#1e293b',
    '#0f172a',
    { vi: 'lệnh', en: 'command' },
    { style: [], text: '#f8fafc', face: 'mono' },
  ),
  event: pastel('#fce7f3', '#be185d', { vi: 'sự kiện', en: 'event' }, { style: ['rounded', 'dashed'] }),
  'kernel-feature': pastel('#fee2e2', '#b91c1c', { vi: 'tính năng kernel', en: 'kernel feature' }),
  'network-concept': pastel('#ccfbf1', '#0f766e', { vi: 'khái niệm mạng', en: 'network concept' }),
  driver: pastel(
    '#fef9c3',
    '#a16207',
    { vi: 'driver', en: 'driver' },
    { shape: 'component', style: [], extraWidth: 10 },
  ),
  'driver-category': pastel(
    '#fefce8',
    '#a16207',
    { vi: 'loại driver', en: 'driver type' },
    { style: ['rounded', 'dashed'] },
  ),
  interface: pastel(
    '#f5f3ff',
    '#7c3aed',
    { vi: 'giao diện / card mạng', en: 'interface' },
    { shape: 'box', style: [] },
  ),
  mechanism: pastel('#ecfccb', '#4d7c0f', { vi: 'cơ chế', en: 'mechanism' }),
  'container-type': pastel('#ffe4e6', '#be123c', { vi: 'loại container', en: 'container type' }),
};

/** The "+N more" node. */
export const MORE_STYLE: KindStyle = pastel(
  '#ffffff',
  '#94a3b8',
  { vi: 'khác', en: 'more' },
  {
    style: ['rounded', 'dashed'],
    text: CARD.muted,
  },
);

export interface EdgeStyle {
  style?: 'dashed' | 'dotted' | 'bold';
  arrowhead?: 'normal' | 'empty' | 'none' | 'vee';
  dir?: 'both' | 'none';
}

/** How each relation type's edge looks: the shape of the arrow carries a little meaning. */
export const RELATION_STYLES: Partial<Record<RelationType, EdgeStyle>> = {
  IS_A: { arrowhead: 'empty' },
  INSTANCE_OF: { style: 'dashed', arrowhead: 'empty' },
  EDITION_OF: { style: 'dashed', arrowhead: 'empty' },
  ALTERNATIVE_TO: { style: 'dotted', dir: 'both' },
  REPLACED: { style: 'dashed' },
};

/** Colours of numbered traffic flows, by order of first appearance in a diagram. */
export const FLOW_COLOURS = ['#2563eb', '#db2777', '#059669', '#d97706'] as const;
/** Transition edges. */
export const TRANSITION_COLOUR = '#15803d';
