import type { Bilingual, Concept, DiagramKind, Locale, Relation, Subgraph } from '@study-graph/graph';

/** How edges are read and drawn. */
export type DiagramStyle =
  /** Typed relations labelled with their words ("manages"). */
  | 'graph'
  /** A state machine: states as rounded nodes, transitions labelled with their command. */
  | 'lifecycle'
  /** Traffic flows: FLOW relations drawn as numbered steps. */
  | 'flow';

/** A box drawn around some concepts (the two sides of a comparison and what they share). */
export interface DiagramGroup {
  id: string;
  label: Bilingual;
  /** Concept ids, drawn in this order. */
  members: string[];
}

/** Concepts left out to keep a diagram readable, drawn as one "+N more" node. */
export interface Collapsed {
  /** The drawn concept the "+N more" node hangs from. */
  attachTo: string;
  /** Ids of the concepts left out. */
  ids: string[];
}

/**
 * What to draw, resolved from a `DiagramSpec` against a store, in both languages: one Diagram is
 * rendered in either locale.
 */
export interface Diagram {
  kind: DiagramKind;
  /** The view drawn, for `view` (and `lifecycle` when the pack has a lifecycle view). */
  viewId?: string;
  title: Bilingual;
  style: DiagramStyle;
  /** Graphviz rank direction: left to right or top to bottom. */
  direction: 'LR' | 'TB';
  /** The concepts drawn, in drawing order, and the relations among them that are drawn. */
  subgraph: Subgraph;
  /** Concepts drawn with emphasis: the focus of a neighbourhood, a path's ends, the two compared. */
  highlight: string[];
  /**
   * Relation keys that answer the question (the moves from one state to another): drawn bold, and
   * everything not on them dimmed. Absent: nothing is dimmed.
   */
  route?: string[];
  /**
   * Layout order along `direction` (lower first). An edge from a higher to a lower rank is laid
   * out backwards and drawn with its arrow reversed, so it still points the true way.
   */
  rank?: Record<string, number>;
  groups?: DiagramGroup[];
  collapsed?: Collapsed[];
  /** Concepts named by edges but not drawn as nodes: the commands of transitions. */
  refs?: Concept[];
}

/** The id of a "+N more" node (never a concept id: those are kebab-case). */
export function moreNodeId(attachTo: string): string {
  return `+more:${attachTo}`;
}

/** "+N more" in the locale. */
export function moreLabel(count: number, locale: Locale): string {
  return locale === 'vi' ? `+${count} nữa` : `+${count} more`;
}

/**
 * The words on an edge: the command of a transition (or what triggers it when no command does),
 * the numbered step of a flow (in a flow's own figure), otherwise the relation's label.
 */
export function edgeLabel(relation: Relation, diagram: Diagram, locale: Locale): string {
  if (relation.type === 'TRANSITION') {
    if (relation.command) {
      const command =
        diagram.refs?.find((c) => c.id === relation.command) ??
        diagram.subgraph.concepts.find((c) => c.id === relation.command);
      return command ? command.name[locale] : relation.command;
    }
    // Automatic: the event, then the start of the note (notes are whole sentences).
    const note = relation.note ? shorten(relation.note[locale]) : undefined;
    if (relation.event && note) return `${relation.event}: ${note}`;
    return relation.event ?? note ?? relation.label[locale];
  }
  // Numbered only where the whole flow is drawn: a step number alone points at steps not shown.
  if (relation.type === 'FLOW' && relation.order !== undefined && diagram.style === 'flow') {
    return `${relation.order}. ${relation.label[locale]}`;
  }
  return relation.label[locale];
}

/** Whether a transition is automatic (no command triggers it): drawn dashed. */
export function isAutomatic(relation: Relation): boolean {
  return relation.type === 'TRANSITION' && !relation.command;
}

/**
 * The gist of a note, for an edge label that wraps: its first sentence without asides in
 * parentheses; cut at a space (with an ellipsis) only past `max` characters.
 */
export function shorten(text: string, max = 90): string {
  const plain = text
    .normalize('NFC')
    .replace(/\s*\([^)]*\)/g, '')
    .trim();
  const sentence = /[.;](\s|$)/.exec(plain);
  const gist = (sentence ? plain.slice(0, sentence.index) : plain).trim();
  if (gist.length <= max) return gist;
  const space = gist.lastIndexOf(' ', max);
  return `${gist.slice(0, space > max / 2 ? space : max).replace(/[\s,;:–—-]+$/, '')}…`;
}
