import type { Relation } from './graph.ts';

/** Commands before automatic moves, then by key, so the usual way comes first. */
export function usualFirst(a: Relation, b: Relation): number {
  return Number(!a.command) - Number(!b.command) || (a.key < b.key ? -1 : 1);
}

/** Shortest run of transitions from one state to another (breadth first, usual moves first). */
export function statePath(transitions: Relation[], from: string, to: string): Relation[] | null {
  const sorted = [...transitions].sort(usualFirst);
  const via = new Map<string, Relation | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length > 0 && !via.has(to)) {
    const next: string[] = [];
    for (const at of frontier) {
      for (const r of sorted.filter((t) => t.from === at)) {
        // The first (usual) move into a state is kept: later ones must not replace it.
        if (via.has(r.to)) continue;
        via.set(r.to, r);
        next.push(r.to);
      }
    }
    frontier = next;
  }
  if (!via.has(to) || from === to) return null;
  const path: Relation[] = [];
  for (let at = to; at !== from; ) {
    const r = via.get(at)!;
    path.unshift(r);
    at = r.from;
  }
  return path;
}

/**
 * The moves that answer "how from one state to another": every direct transition (usual first),
 * else the shortest run; with one end only, every move out of `from` or into `to`. Answers and
 * diagrams both take their route from here, so a diagram shows the moves the answer names.
 */
export function lifecycleRoute(transitions: Relation[], from?: string, to?: string): Relation[] {
  if (from && to) {
    const direct = transitions.filter((r) => r.from === from && r.to === to).sort(usualFirst);
    return direct.length > 0 ? direct : (statePath(transitions, from, to) ?? []);
  }
  return transitions.filter((r) => (from ? r.from === from : r.to === to)).sort(usualFirst);
}
