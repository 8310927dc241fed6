import { type Concept, fold, type Relation, type View } from '@study-graph/graph';
import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import type { Question } from '../question.ts';
import { asksYesNo, isNegative } from '../yes-no.ts';

/** Words that ask what traffic passes: "go through DNAT", "đi qua docker0", "use MASQUERADE". */
const PASSING = new Set([
  'through',
  'thru',
  'via',
  'pass',
  'passes',
  'cross',
  'crosses',
  'qua',
  'use',
  'uses',
  'dung',
  'involve',
]);

/** Position of each concept along a flow: where it first appears among the ordered steps. */
function positions(steps: Relation[]): Map<string, number> {
  const at = new Map<string, number>();
  steps.forEach((r, i) => {
    if (!at.has(r.from)) at.set(r.from, i);
    if (!at.has(r.to)) at.set(r.to, i + 1);
  });
  return at;
}

/**
 * "How do containers reach the internet?", "truy cập container từ bên ngoài": the traffic flow
 * (a view of ordered FLOW steps) that holds the named concepts in the order the question implies.
 */
export async function answerFlow(q: Question, ctx: Context): Promise<Reply | null> {
  const named = q.views.find((m) => m.view.kind === 'flow')?.view;
  const byTraffic = named !== undefined || q.has('traffic');
  if (!byTraffic && !(q.has('howto') && q.concepts.length >= 2)) return null;
  // "a server that has no internet, how do I move an image onto it": what the learner goes without
  // is no traffic to follow; asked yes or no, it is the way not taken, and the flow says so.
  const ids = q.conceptList((c) => asksYesNo(q) || !q.goesWithout(c.id)).map((c) => c.id);
  let best: { view: View; steps: Relation[]; at: Map<string, number>; score: number } | null = null;
  // Only a flow that holds what the question is about (or the one it names) can fit.
  const about = aboutIds(q, ids);
  const candidates = named ? [named] : ctx.lexicon.viewsAbout(await withNeighbours(q, ctx, about), []);
  const flows = candidates.filter((v) => v.kind === 'flow');
  const graphs = await ctx.views(flows.map((v) => v.id));
  for (const [i, view] of flows.entries()) {
    const graph = graphs[i];
    if (!graph) continue;
    const all = graph.relations.filter((r) => r.type === 'FLOW');
    const own = all.filter((r) => r.flow === view.id);
    const steps = (own.length > 0 ? own : all).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    const at = positions(steps);
    const stand = await standIns(q, ctx, ids, at);
    // Asked about traffic, the flow must hold what the question is about; asked only "how", it must
    // hold everything named, or "how do containers on a bridge talk" would get a flow.
    // Asked yes or no, a flow the question names fits whatever else it names ("chiều inbound thì
    // docker dùng MASQUERADE?"): what is not on it is the answer.
    const fits =
      ids.length === 0
        ? view === named
        : (view === named && asksYesNo(q)) ||
          (byTraffic ? about.some((id) => at.has(id) || stand.has(id)) : ids.every((id) => at.has(id)));
    // "a container on an internal network": where the traffic starts must be on the flow too.
    if (!fits || placesNamed(q).some((id) => !at.has(id))) continue;
    const score = scoreFlow(q, ids, at, stand) + (view === named ? 10 : 0);
    if (score > 0 && (!best || score > best.score)) best = { view, steps, at, score };
  }
  if (!best) return null;
  const { view, steps, at } = best;
  // What the question names beside the flow ("mở port") is what it asks first: how to publish the
  // port, then the flow it opens.
  const owners = addressOwners(q);
  const beside = q.conceptList(
    (c) => !at.has(c.id) && !placesNamed(q).includes(c.id) && !q.isSetting(c.id) && !owners.includes(c),
  );
  // "Does outbound traffic go through DNAT?": yes when all it asks of lies on the flow, no otherwise.
  // Yes only to what traffic passes: "do remote servers see the container's IP" claims another thing.
  const asked = q.conceptList((c) => named !== undefined || !about.includes(c.id));
  const passing = q.tokens.some((t) => PASSING.has(t));
  // Named by the flow's title or a step's words, a thing is on it though no step is it: "Inbound
  // traffic … through a published port".
  const words = ` ${fold([view.title.vi, view.title.en, ...steps.flatMap((r) => [r.label.vi, r.label.en])].join(' '))} `;
  // A kind of thing one of whose members is a step ("NAT": DNAT on the inbound flow) is on it too.
  const kinds = await Promise.all(beside.map((c) => ctx.relationsOf(c.id, ['IS_A'])));
  const memberOn = (c: Concept) => kinds[beside.indexOf(c)]!.some((r) => r.to === c.id && at.has(r.from));
  // Gone without ("if I don't publish a port"), what the flow needs is missing: no.
  const off = beside.filter(
    (c) =>
      q.goesWithout(c.id) ||
      (!memberOn(c) && !(ctx.lexicon.namesOf.get(c.id) ?? []).some((n) => words.includes(` ${n} `))),
  );
  // "do outside hosts see the host's IP": whose address the flow's words give.
  // Said by any of its names, or by the learner's own word for it ("host" of "the host's").
  const namesIp = (c: Concept) =>
    [
      ...(ctx.lexicon.namesOf.get(c.id) ?? []),
      ...q.concepts.filter((m) => m.id === c.id).map((m) => saidAs(q, m)),
    ].some((n) => words.includes(` ${n} ip `));
  const goesThrough =
    asksYesNo(q) && !isNegative(q) && owners.length > 0
      ? owners.every(namesIp)
      : asksYesNo(q) && !isNegative(q) && asked.length > 0 && (passing || beside.length > 0)
        ? off.length === 0
        : null;
  const lines = [
    ...(goesThrough === null ? [] : [ctx.t.yesOrNo(goesThrough)]),
    ...beside.map((c) => `${ctx.bold(c)}: ${ctx.summary(c, false)}`),
    ctx.t.flowIntro(view.title[ctx.locale]),
    ...steps.map((r, i) => `${r.order ?? i + 1}. ${ctx.relationLine(r)}`),
  ];
  return {
    intent: 'flow',
    // Only what lies on the flow: a container on an internal network is not on the outbound flow.
    concepts: q.conceptList((c) => at.has(c.id)),
    lines,
    sources: view.sources,
    diagram: { kind: 'view', viewId: view.id },
  };
}

/** How the question names a mention, without the "'s" that makes it an owner. */
const saidAs = (q: Question, m: { start: number; end: number }) =>
  q.tokens
    .slice(m.start, m.end)
    .filter((t, i, all) => !(t === 's' && i === all.length - 1))
    .join(' ');

/** Words before what a claim sets aside: "the host's IP instead of the container IP". */
const INSTEAD = [
  ['instead', 'of'],
  ['rather', 'than'],
  ['thay', 'vi'],
];

/**
 * The things whose address a question claims ("the host's IP", "IP của host"), before anything
 * it sets aside with "instead of".
 */
function addressOwners(q: Question): Concept[] {
  const t = q.tokens;
  const aside = t.findIndex((_, i) => INSTEAD.some((w) => w.every((word, k) => t[i + k] === word)));
  // Past "own" or the address itself: "the container's own 172.17.x.x IP", "IP riêng của container".
  const skip = (i: number, step: number) => {
    while (OWN.test(t[i] ?? '')) i += step;
    return i;
  };
  const owner = (start: number, end: number) =>
    t[skip(t[end] === 's' ? end + 1 : end, 1)] === 'ip' ||
    (t[start - 1] === 'cua' && t[skip(start - 2, -1)] === 'ip');
  const ids = q.concepts
    .filter((m) => (aside < 0 || m.start < aside) && owner(m.start, m.end))
    .map((m) => m.id);
  return q.conceptList((c) => ids.includes(c.id));
}

/** Words between a thing and its IP that leave it the owner: "own", "riêng", the address written out. */
const OWN = /^(own|rieng|\d[\dx.]*)$/;

/**
 * What a traffic question is about: the first concept named, or, when that one is only where the
 * traffic comes from or goes ("bên ngoài truy cập vào container"), also the one it goes to or from.
 */
function aboutIds(q: Question, ids: string[]): string[] {
  const first = ids[0];
  if (first === undefined || q.mentionOf(first)?.role) return ids.slice(0, 1);
  const marked = ids.find((id) => q.mentionOf(id)?.role);
  return marked ? [first, marked] : [first];
}

/**
 * How many named concepts lie on the flow, plus up to two for how well their order matches the
 * question's (the direction weighs as much as one more concept): a start ("from X") near the flow's start, a goal ("to X", "truy cập vào X") near its
 * end, or two concepts in the order they are named.
 */
function scoreFlow(
  q: Question,
  ids: string[],
  at: Map<string, number>,
  stand: Map<string, number> = new Map(),
): number {
  const on = ids.filter((id) => at.has(id));
  if (on.length === 0) return 0;
  const role = (id: string) => q.mentionOf(id)?.role;
  const placed = new Map([...stand, ...at]);
  const from = ids.find((id) => placed.has(id) && role(id) === 'from');
  const to = ids.find((id) => placed.has(id) && role(id) === 'to');
  // Where along the flow a concept lies: 0 at its start, 1 at its end.
  const along = (id: string) => placed.get(id)! / Math.max(1, ...at.values());
  let order = 0;
  if (from && to) order = placed.get(from)! < placed.get(to)! ? 1 : -1;
  else if (from) order = 1 - 2 * along(from);
  else if (to) order = 2 * along(to) - 1;
  else if (on.length >= 2) order = at.get(on[0]!)! < at.get(on[1]!)! ? 1 : -1;
  return 2 * (on.length + order);
}

/** The ids, and for a start or a goal ("from outside"), what it is directly linked to: flows through there. */
async function withNeighbours(q: Question, ctx: Context, ids: string[]): Promise<string[]> {
  const found = new Set(ids);
  const ends = ids.filter((i) => q.mentionOf(i)?.role === 'from' || q.mentionOf(i)?.role === 'to');
  const relations = await ctx.relationsOfEach(ends);
  for (const [i, id] of ends.entries())
    for (const r of relations[i]!) found.add(r.from === id ? r.to : r.from);
  return [...found];
}

/**
 * Where along the flow a start or a goal the flow does not hold stands: at the first step (for a
 * start) or the last (for a goal) of what it is directly linked to. "From outside" (the Internet) is
 * where the external client is, at the start of the inbound flow.
 */
async function standIns(
  q: Question,
  ctx: Context,
  ids: string[],
  at: Map<string, number>,
): Promise<Map<string, number>> {
  const stand = new Map<string, number>();
  const off = ids.filter((id) => !at.has(id) && ['from', 'to'].includes(q.mentionOf(id)?.role ?? ''));
  const relations = await ctx.relationsOfEach(off);
  for (const [i, id] of off.entries()) {
    const role = q.mentionOf(id)?.role;
    const near = relations[i]!.map((r) => at.get(r.from === id ? r.to : r.from)).filter(
      (p) => p !== undefined,
    );
    if (near.length > 0) stand.set(id, role === 'from' ? Math.min(...near) : Math.max(...near));
  }
  return stand;
}

/** Words that put what follows as the place of something: "trên network internal", "on the bridge". */
const PLACE_WORDS = new Set(['tren', 'trong', 'on', 'in', 'inside']);

/**
 * The concepts the question names as a place ("container trên mạng internal"); where the traffic
 * comes from or goes ("people on the internet reach …") is an end, which a stand-in may hold.
 */
function placesNamed(q: Question): string[] {
  return q.concepts
    .filter((m) => PLACE_WORDS.has(q.tokens[m.start - 1] ?? '') && m.role !== 'from' && m.role !== 'to')
    .map((m) => m.id);
}
