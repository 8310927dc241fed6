/**
 * Which part of the graph to draw. Answering produces one; the diagram package resolves it
 * against a GraphStore and draws it.
 */
export type DiagramSpec =
  | { kind: 'view'; viewId: string }
  /** With `from`/`to` (state ids) or a `command`, the moves asked about are picked out (`lifecycleRoute`). */
  | { kind: 'lifecycle'; from?: string; to?: string; command?: string }
  | { kind: 'neighbourhood'; conceptId: string; depth: 1 | 2 }
  | { kind: 'path'; from: string; to: string }
  | { kind: 'comparison'; a: string; b: string };

export type DiagramKind = DiagramSpec['kind'];
