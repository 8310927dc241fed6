import type { Concept, Relation } from '@study-graph/graph';
import type { Context } from '../context.ts';
import { partsOf } from './via.ts';

/**
 * How a thing, through one of its parts, used another that has since been replaced: Docker's daemon
 * first ran containers through LXC, and libcontainer replaced LXC in 1.10. Those edges, the use
 * first; none when nothing of the sort.
 */
export async function usedThenReplaced(ctx: Context, user: Concept, used: Concept): Promise<Relation[]> {
  const edges = await ctx.relationsOf(used.id, ['USES', 'REPLACED']);
  const replaced = edges.filter((r) => r.type === 'REPLACED' && r.version && r.to === used.id);
  if (replaced.length === 0) return [];
  const parts = await partsOf(ctx, user.id);
  const usedBy = edges.filter(
    (r) => r.type === 'USES' && r.to === used.id && r.from !== user.id && parts.has(r.from),
  );
  return usedBy.length > 0 ? [...usedBy, ...replaced] : [];
}
