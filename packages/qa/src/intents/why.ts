import type { Concept, Relation } from '@study-graph/graph';
import { fold } from '@study-graph/graph';
import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import type { Question } from '../question.ts';
import { englishStem } from '../stem.ts';

/**
 * "Tại sao container nhẹ hơn máy ảo?", "why did Docker drop LXC?": the reason the graph holds for an
 * edge at what the question names (or at a kind of it: NAT's reason is MASQUERADE's), the edge that
 * joins most of what is named and shares most words with the question first, the more specific
 * thing's first. Asked why a container is in a state, the moves into that state are the causes.
 */
export async function answerWhy(q: Question, ctx: Context): Promise<Reply | null> {
  if (!q.has('why')) return null;
  const named = q.conceptList();
  if (named.length === 0) return null;
  const ids = new Set(named.map((c) => c.id));
  // The thing most connected ("container" beside "dead") is the setting, not what is asked about:
  // its reasons answer another question.
  const degrees = await Promise.all(named.map(async (c) => (await ctx.relationsOf(c.id)).length));
  const hub = named.length > 1 ? named[degrees.indexOf(Math.max(...degrees))] : undefined;
  const asked = named.filter((c) => c !== hub);
  const state = asked.find((c) => c.kind === 'state');
  if (state) return causesOf(ctx, state);
  const around = new Set(asked.map((c) => c.id));
  for (const c of asked)
    for (const r of await ctx.relationsOf(c.id, ['IS_A'])) if (r.to === c.id) around.add(r.from);
  const words = new Set(q.contentStems());
  const scored: { relation: Relation; ends: number; score: number }[] = [];
  const edgesAround = await Promise.all([...around].map((id) => ctx.relationsOf(id)));
  for (const edges of edgesAround) {
    // The more specific a concept (the fewer its edges), the more its reason is what was asked.
    for (const r of edges) {
      if (!r.reason || scored.some((s) => s.relation.key === r.key)) continue;
      const ends = [r.from, r.to].filter((end) => ids.has(end)).length;
      const said = fold(`${r.reason[ctx.locale]} ${r.label[ctx.locale]}`).split(' ').map(englishStem);
      const shared = new Set(said.filter((w) => words.has(w))).size;
      scored.push({ relation: r, ends, score: 2 * ends + shared + 1 / edges.length });
    }
  }
  // No reason on an edge: what the thing itself does is why one uses it ("why use docker commit"),
  // when it says every other word asked; "why is docker slow" asks what its summary never says.
  if (scored.length === 0) return asked.length === 1 ? purposeOf(asked[0]!, q, ctx) : null;
  scored.sort((a, b) => b.score - a.score);
  // Asked of a kind ("why NAT"), the reasons of its members that fit as well are given too, up to two.
  const top = scored[0]!;
  const given = (top.ends === 0 ? scored.filter((s) => s.score > top.score - 0.5).slice(0, 2) : [top]).map(
    (s) => s.relation,
  );
  const ends = given.flatMap((r) => [r.from, r.to]).flatMap((id) => ctx.lexicon.concepts.get(id) ?? []);
  // What the reasons speak of: their edges' ends, what they name, and the setting they are asked
  // in ("why does libnetwork need …"); not another thing asked about ("overlay", of a bridge's reason).
  const told = fold(given.map((r) => r.reason![ctx.locale]).join(' '));
  const spoken = named.filter((c) => c === hub || ends.includes(c) || told.includes(ctx.foldedName(c)));
  return {
    intent: 'why',
    concepts: [...new Set<Concept>([...spoken, ...ends])],
    lines: given.flatMap((r) => [ctx.t.reason(r.reason![ctx.locale]), `• ${ctx.relationLine(r)}`]),
    sources: [...new Set(given.flatMap((r) => r.sources))],
    diagram: { kind: 'path', from: given[0]!.from, to: given[0]!.to },
  };
}

/** Why a container ends up in a state: the moves into it, automatic ones (with what causes them) first. */
async function causesOf(ctx: Context, state: Concept): Promise<Reply | null> {
  const into = (await ctx.relationsOf(state.id, ['TRANSITION'])).filter(
    (r) => r.to === state.id && r.from !== state.id,
  );
  if (into.length === 0) return null;
  const ordered = [...into.filter((r) => !r.command), ...into.filter((r) => r.command)];
  return {
    intent: 'why',
    concepts: [state],
    lines: [
      `${ctx.bold(state)}: ${ctx.summary(state)}`,
      ...ordered.map((r) => `• ${ctx.relationLine(r)}${r.note ? `: ${r.note[ctx.locale]}` : ''}`),
    ],
    sources: [...new Set([...state.sources, ...into.flatMap((r) => r.sources)])],
    diagram: { kind: 'lifecycle' },
  };
}

/**
 * Words that ask what a thing is for or why it is so named: "why use", "why do we need", "tại sao
 * cần", "why is it called an instance".
 */
const PURPOSE = new Set(
  ['use', 'used', 'using', 'need', 'needed', 'dung', 'xai', 'can', 'call', 'called', 'goi'].flatMap((w) => [
    w,
    englishStem(w),
  ]),
);

/** A concept's own words, given as the reason: what it does is why it is used. */
function purposeOf(concept: Concept, q: Question, ctx: Context): Reply | null {
  const said = new Set(
    fold(`${ctx.summary(concept)} ${ctx.name(concept)}`)
      .split(' ')
      .map(englishStem),
  );
  const named = new Set(q.concepts.flatMap((m) => q.tokens.slice(m.start, m.end)).map(englishStem));
  const other = q.contentStems().filter((w) => !named.has(w) && !PURPOSE.has(w));
  if (!other.every((w) => said.has(w))) return null;
  return {
    intent: 'why',
    concepts: [concept],
    lines: [ctx.t.reason(ctx.summary(concept))],
    sources: concept.sources,
    diagram: null,
  };
}
