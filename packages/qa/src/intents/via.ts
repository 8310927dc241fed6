import { type Concept, fold, type Relation, type View } from '@study-graph/graph';
import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import type { Question } from '../question.ts';
import { asksYesNo, isNegative } from '../yes-no.ts';

/**
 * "Container nối vào docker0 bằng gì?", "how does a sandbox join a network, through what?": what
 * lies between two things in a figure that shows both, besides any edge that joins them directly:
 * the shortest chain through the figure's own arrows (container → eth0 → veth pair → docker0).
 */
export async function answerVia(q: Question, ctx: Context): Promise<Reply | null> {
  if (!q.has('via')) return null;
  // "Sandbox của container", "the container's sandbox": whose, not what is joined.
  const joined = q.conceptList((c) => {
    const m = q.mentionOf(c.id)!;
    return !OWNER_WORDS.has(q.tokens[m.start - 1] ?? '') && q.tokens[m.end] !== 's';
  });
  // "What layers sit between the daemon and the kernel": the ends are named after "between".
  const betweenAt = q.tokens.findIndex((t) => BETWEEN.has(t));
  const after = joined.filter((c) => q.mentionOf(c.id)!.start > betweenAt);
  const ends = betweenAt >= 0 && after.length >= 2 ? after : joined;
  // "lệnh docker run gõ ở CLI đi tới daemon qua đâu": two things joined directly have nothing
  // between them; the next two named may.
  const pairs = ends.flatMap((a, i) => ends.slice(i + 1).map((b) => [a, b] as const));
  const chains = await Promise.all(pairs.map(([a, b]) => chainInFigure(ctx, a, b)));
  // A kind of one end is no step between ("through IPAM driver" to the drivers it is one of).
  const at = chains.findIndex(
    (c) => c !== null && c.chain.length > 1 && !c.chain.some((r) => r.type === 'IS_A'),
  );
  if (at < 0) return null;
  const [a, b] = pairs[at]!;
  const { view, views, chain } = chains[at]!;
  const between = chain.slice(0, -1).map((r, i) => stepEnd(r, chain[i + 1]!));
  // "Does libnetwork sit between the Engine and the drivers?": yes when the chain goes through it.
  const asked = betweenAt >= 0 ? joined.find((c) => q.mentionOf(c.id)!.start < betweenAt) : undefined;
  const yes =
    asked && asksYesNo(q) && !isNegative(q) && between.includes(asked.id) ? [ctx.t.yesOrNo(true)] : [];
  return {
    intent: 'relation',
    concepts: [a, b, ...between.flatMap((id) => ctx.lexicon.concepts.get(id) ?? [])] as Concept[],
    lines: [
      ...yes,
      ctx.t.viaIntro(
        ctx.name(a),
        ctx.name(b),
        between.map((id) => ctx.bold(id)),
      ),
      ...chain.map((r) => `• ${ctx.relationLine(r)}`),
    ],
    sources: [...new Set(views.flatMap((v) => v.sources))],
    diagram: { kind: 'view', viewId: view.id },
  };
}

/** Words that claim two things are joined with nothing between: "directly", "thẳng", "by itself". */
const DIRECT = /\b(directly|direct|straight|stright|by itself|on its own|itself|truc tiep|thang)\b/;
const ARTICLES = new Set(['the', 'a', 'an']);
/** Words before a thing the claim goes without: "skipping libnetwork", "không (cần) qua daemon". */
const SKIPPING =
  /\b(skipping|skip|skips|bypassing|bypass|bypasses|without going through|without passing through|khong qua|ko qua|khong can qua|ko can qua|k can qua)$/;

/** An edge between two things that a figure showing both draws, as a chain of one; else the figures' chain. */
async function chainOrEdge(ctx: Context, a: Concept, b: Concept): Promise<FigureChain | null> {
  const edge = (await ctx.relationsOf(a.id)).find(
    (r) => (r.from === a.id && r.to === b.id) || (r.from === b.id && r.to === a.id),
  );
  const view =
    edge &&
    ctx.lexicon
      .viewsAbout([a.id], [])
      .find((v) => v.concepts.includes(b.id) && (v.relationTypes?.includes(edge.type) ?? true));
  return edge && view ? { view, views: [view], chain: [edge], titled: false } : chainInFigure(ctx, a, b);
}

/**
 * "does the client talk to the registry directly, skipping the daemon?": the figures' chain from
 * one end to the thing skipped and on to the other, when both halves are drawn. The shortest chain
 * may pass elsewhere (the client's `docker pull`), yet traffic goes the way the figure draws.
 */
async function throughSkipped(
  ctx: Context,
  a: Concept,
  b: Concept,
  skipped: Concept[],
): Promise<FigureChain | null> {
  const [via] = skipped;
  if (!via || via === a || via === b) return null;
  const [first, second] = await Promise.all([chainOrEdge(ctx, a, via), chainOrEdge(ctx, via, b)]);
  if (!first || !second) return null;
  return {
    ...first,
    views: [...new Set([...first.views, ...second.views])],
    chain: [...first.chain, ...second.chain],
  };
}

/**
 * "Does the Engine call the drivers directly, skipping libnetwork?", "client pull image thẳng từ
 * registry ko cần qua daemon đúng ko": no, when no edge joins the two things and the notes' figures
 * join them through something between (through the thing skipped, when one is named). The reply is
 * the chain. Null when the question claims no such thing or an edge joins the two.
 */
export async function skipsBetween(q: Question, ctx: Context): Promise<Reply | null> {
  if (!asksYesNo(q)) return null;
  const claim = q.tokens.join(' ');
  // "without going through the daemon": the words before the thing, past an article.
  const before = (c: Concept) => q.tokens.slice(0, q.mentionOf(c.id)!.start).filter((t) => !ARTICLES.has(t));
  const skipped = q.conceptList().filter((c) => SKIPPING.test(before(c).join(' ')));
  if (!DIRECT.test(claim) && skipped.length === 0) return null;
  // The first thing named and the last one reached ("client pull image thẳng từ registry").
  const ends = q.conceptList((c) => !q.isSetting(c.id) && !skipped.includes(c));
  const [a, b] = [ends[0], ends.at(-1)];
  if (!a || !b || a === b) return null;
  if ((await ctx.relationsOf(a.id)).some((r) => r.from === b.id || r.to === b.id)) return null;
  const found = (await throughSkipped(ctx, a, b, skipped)) ?? (await chainInFigure(ctx, a, b));
  if (!found) return null;
  const between = found.chain.slice(0, -1).map((r, i) => stepEnd(r, found.chain[i + 1]!));
  if (skipped.some((c) => !between.includes(c.id))) return null;
  return {
    intent: 'relation',
    concepts: [a, b, ...between.flatMap((id) => ctx.lexicon.concepts.get(id) ?? [])] as Concept[],
    lines: [
      ctx.t.yesOrNo(false),
      ctx.t.viaIntro(
        ctx.name(a),
        ctx.name(b),
        between.map((id) => ctx.bold(id)),
      ),
      ...found.chain.map((r) => `• ${ctx.relationLine(r)}`),
    ],
    sources: [...new Set(found.views.flatMap((v) => v.sources))],
    diagram: { kind: 'view', viewId: found.view.id },
  };
}

/** A chain through the arrows of the notes' figures, and the figures it runs through. */
export interface FigureChain {
  /** The figure holding most of the chain: the one to draw. */
  view: View;
  /** Every figure the chain runs through, in order: one, or two that share a thing. */
  views: View[];
  chain: Relation[];
  /**
   * Whether a figure of it is titled with an end ("how each reaches the Linux kernel"): drawn to say
   * how that end is reached. Through two figures, only an end the figure shows counts.
   */
  titled: boolean;
}

/**
 * How the notes' figures join two things: the shortest chain through the arrows of a figure that
 * shows both, with something between (an edge joining the two directly is not a chain). When no
 * figure shows both, a chain through two figures that share a thing between ("the CLI talks to the
 * daemon" in one, "the daemon hands containers to containerd … the kernel" in the other).
 */
export async function chainInFigure(ctx: Context, a: Concept, b: Concept): Promise<FigureChain | null> {
  let best: (FigureChain & { cost: number }) | null = null;
  const [starts, ends] = await Promise.all([partsOf(ctx, a.id), partsOf(ctx, b.id)]);
  // Each end, or the nearest of its parts the figure shows ("Docker" is drawn as its daemon).
  const showing = ctx.lexicon.viewsAbout(starts.keys(), []).flatMap((view) => {
    const start = [...starts].find(([id]) => view.concepts.includes(id));
    const end = [...ends].find(([id]) => view.concepts.includes(id));
    return start && end ? [{ view, start, end }] : [];
  });
  const insides = await Promise.all(
    showing.map(({ view, start, end }) => chainInView(ctx, view, start[0], end[0])),
  );
  for (const [i, { view, start, end }] of showing.entries()) {
    const inside = insides[i];
    if (!inside) continue;
    // The ends themselves before their parts; then the shorter chain.
    const cost = (start[1].length + end[1].length) * 100 + inside.length;
    if (!best || cost < best.cost) {
      const chain = [...start[1], ...inside, ...[...end[1]].reverse()];
      best = { view, views: [view], chain, titled: [a, b].some((c) => titleNames(view, c)), cost };
    }
  }
  return best ?? chainAcrossFigures(ctx, a, b);
}

/**
 * The shortest chain from `a` through a figure showing it, then on through a figure showing `b`,
 * preferring a figure whose title names an end: it is drawn to say how that end is reached.
 */
async function chainAcrossFigures(ctx: Context, a: Concept, b: Concept): Promise<FigureChain | null> {
  let best: (FigureChain & { cost: number }) | null = null;
  // Titled with an end it shows: "Container states and lifecycle" shows no container to reach.
  const titled = (view: View) => [a, b].some((c) => view.concepts.includes(c.id) && titleNames(view, c));
  const meetings = ctx.lexicon
    .viewsAbout([a.id], [])
    .flatMap((first) =>
      ctx.lexicon
        .viewsAbout([b.id], [])
        .flatMap((second) =>
          first === second
            ? []
            : first.concepts
                .filter((id) => id !== a.id && id !== b.id && second.concepts.includes(id))
                .map((junction) => ({ first, second, junction })),
        ),
    );
  const halves = await Promise.all(
    meetings.map(({ first, second, junction }) =>
      Promise.all([
        chainInView(ctx, first, a.id, junction, true),
        chainInView(ctx, second, junction, b.id, true),
      ]),
    ),
  );
  for (const [i, { first, second, junction }] of meetings.entries()) {
    const [to, from] = halves[i]!;
    if (!to || !from || !joinsOnlyAt([...to, ...from], junction, a.id, b.id)) continue;
    const isTitled = titled(first) || titled(second);
    const cost = (isTitled ? 0 : UNTITLED_COST) + to.length + from.length;
    if (!best || cost < best.cost) {
      const view = from.length >= to.length ? second : first;
      best = { view, views: [first, second], chain: [...to, ...from], titled: isTitled, cost };
    }
  }
  return best;
}

/** More than any chain through two figures is long: an untitled pair comes after every titled one. */
const UNTITLED_COST = 100;

/**
 * Whether a figure's title names a thing ("how each reaches the Linux kernel"), in either language:
 * the notes' figures are titled in one, the other is a translation.
 */
export const titleNames = (view: View, c: Concept) =>
  (['vi', 'en'] as const).some((l) => ` ${fold(view.title[l])} `.includes(` ${fold(c.name[l])} `));

/** The chain within a figure, through what the notes say is current (LXC was replaced by libcontainer). */
async function chainInView(
  ctx: Context,
  view: View,
  from: string,
  to: string,
  direct = false,
): Promise<Relation[] | null> {
  const graph = await ctx.view(view.id);
  if (!graph) return null;
  const replaced = new Set(graph.relations.filter((r) => r.type === 'REPLACED').map((r) => r.to));
  const current = graph.relations.filter((r) => !replaced.has(r.from) && !replaced.has(r.to));
  return chainBetween(current, from, to, direct) ?? chainBetween(graph.relations, from, to, direct);
}

/** Whether a chain of two halves meets itself only where they join: no thing is passed twice. */
function joinsOnlyAt(chain: Relation[], junction: string, a: string, b: string): boolean {
  const passed = chain.flatMap((r) => [r.from, r.to]).filter((id) => id !== a && id !== b && id !== junction);
  return new Set(passed).size * 2 === passed.length;
}

/** How many `HAS_COMPONENT` steps down a part of a part still stands for the whole. */
const PART_DEPTH = 2;

/** A concept and its parts, nearest first, each with the edges down to it. */
export async function partsOf(ctx: Context, id: string): Promise<Map<string, Relation[]>> {
  const found = new Map<string, Relation[]>([[id, []]]);
  let level = [id];
  for (let depth = 0; depth < PART_DEPTH; depth++) {
    const next: string[] = [];
    const edges = await ctx.relationsOfEach(level, ['HAS_COMPONENT']);
    for (const [i, at] of level.entries())
      for (const r of edges[i]!)
        if (r.from === at && !found.has(r.to)) {
          found.set(r.to, [...found.get(at)!, r]);
          next.push(r.to);
        }
    level = next;
  }
  return found;
}

/**
 * The shortest chain of edges from one concept to another, with something between unless `direct`.
 * Edges are taken either way, along them first; one thing replacing or standing for another joins
 * nothing.
 */
function chainBetween(relations: Relation[], from: string, to: string, direct: boolean): Relation[] | null {
  const usable = relations.filter(
    (r) => r.from !== r.to && (direct || !(joins(r, from) && joins(r, to))) && !NOT_A_LINK.has(r.type),
  );
  const via = new Map<string, Relation | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length > 0 && !via.has(to)) {
    const next: string[] = [];
    for (const at of frontier)
      for (const r of usable
        .filter((e) => joins(e, at))
        .sort((x, y) => Number(x.from !== at) - Number(y.from !== at))) {
        const other = r.from === at ? r.to : r.from;
        if (via.has(other)) continue;
        via.set(other, r);
        next.push(other);
      }
    frontier = next;
  }
  if (!via.has(to)) return null;
  const chain: Relation[] = [];
  for (let at = to; at !== from; ) {
    const r = via.get(at)!;
    chain.unshift(r);
    at = r.from === at ? r.to : r.from;
  }
  return chain;
}

const joins = (r: Relation, id: string) => r.from === id || r.to === id;

const OWNER_WORDS = new Set(['cua', 'of']);

const BETWEEN = new Set(['between', 'giua']);

const NOT_A_LINK = new Set<Relation['type']>(['REPLACED', 'ALTERNATIVE_TO']);

/** The concept two consecutive edges of a chain share. */
function stepEnd(r: Relation, next: Relation): string {
  return joins(next, r.to) ? r.to : r.from;
}
