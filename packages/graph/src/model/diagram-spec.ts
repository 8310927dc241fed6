/**
 * Which part of the graph to draw. Answering produces one; the diagram package resolves it
 * against a GraphStore and draws it.
 */
export type DiagramSpec =
  | { kind: 'view'; viewId: string }
  /** With `from` and/or `to` (state ids), the moves between them are drawn out (see `lifecycleRoute`). */
  | { kind: 'lifecycle'; from?: string; to?: string }
  | { kind: 'neighbourhood'; conceptId: string; depth: 1 | 2 }
  | { kind: 'path'; from: string; to: string }
  | { kind: 'comparison'; a: string; b: string };

export type DiagramKind = DiagramSpec['kind'];
