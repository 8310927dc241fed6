import type { Concept, ConceptKind, Relation, RelationType, View } from '@study-graph/graph';
import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import type { Question } from '../question.ts';
import { asksYesNo, isNegative } from '../yes-no.ts';
import { viewSpec } from './diagram.ts';
import { moveLine } from './lifecycle.ts';

/** The first named concept that has edges of this type in the given direction, with those edges. */
async function firstWith(
  q: Question,
  ctx: Context,
  type: RelationType,
  direction: 'out' | 'in',
  named: (c: Concept) => boolean = () => true,
): Promise<{ concept: Concept; relations: Relation[] } | null> {
  const concepts = q.specificFirst().filter(named);
  const each = await ctx.relationsOfEach(
    concepts.map((c) => c.id),
    [type],
  );
  for (const [i, concept] of concepts.entries()) {
    const relations = each[i]!.filter((r) =>
      direction === 'out' ? r.from === concept.id : r.to === concept.id,
    );
    if (relations.length > 0) return { concept, relations };
  }
  return null;
}

function itemLine(ctx: Context, id: string): string {
  const c = ctx.lexicon.concepts.get(id);
  return c ? `• **${ctx.name(c)}**: ${ctx.summary(c, false)}` : `• ${id}`;
}

/** How many levels down a part of a part, or a kind of a kind, still counts. */
const MAX_DEPTH = 3;

/**
 * "rkt có phải là thành phần của docker không?": yes when the other thing named is found below the
 * whole (a part of a part counts), no when it is not; nothing for a question that is not yes/no.
 */
async function whetherWithin(
  q: Question,
  ctx: Context,
  whole: Concept,
  type: RelationType,
): Promise<string[]> {
  const other = q.conceptList().find((c) => c.id !== whole.id);
  if (!other || !asksYesNo(q) || isNegative(q)) return [];
  let level = [whole.id];
  const seen = new Set(level);
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
    const below = await Promise.all(level.map((id) => childrenOf(ctx, id, type)));
    level = below.flat().filter((id) => !seen.has(id) && seen.add(id));
    if (level.includes(other.id)) return [ctx.t.yesOrNo(true)];
  }
  // Not within it: what the thing is instead.
  return [ctx.t.yesOrNo(false), `${ctx.bold(other)}: ${ctx.summary(other, false)}`];
}

/** A whole's components (`HAS_COMPONENT` out), or a kind's members (`IS_A` in). */
async function childrenOf(ctx: Context, id: string, type: RelationType): Promise<string[]> {
  const relations = await ctx.relationsOf(id, [type]);
  return type === 'IS_A'
    ? relations.filter((r) => r.to === id).map((r) => r.from)
    : relations.filter((r) => r.from === id).map((r) => r.to);
}

/** "Docker Engine gồm những gì?": the concept's components. */
export async function answerParts(q: Question, ctx: Context): Promise<Reply | null> {
  if (!q.has('parts')) return null;
  // "các driver trong Docker gồm những gì": the parts of what is in Docker, not of Docker.
  const settingOnly = q.conceptList().length > 1;
  const found = await firstWith(
    q,
    ctx,
    'HAS_COMPONENT',
    'out',
    (c) => !actedOnByParts(q, c) && !(settingOnly && q.isSetting(c.id)),
  );
  if (!found) return null;
  const { concept, relations } = found;
  return {
    intent: 'parts',
    concepts: [concept],
    lines: [
      ...(await whetherWithin(q, ctx, concept, 'HAS_COMPONENT')),
      ctx.t.partsIntro(ctx.name(concept), relations.length),
      ...relations.map((r) => itemLine(ctx, r.to)),
      // What the thing itself holds, in its own words ("interfaces, routes and DNS settings").
      `${ctx.bold(concept)}: ${ctx.summary(concept, false)}`,
    ],
    sources: [...new Set(relations.flatMap((r) => r.sources))],
    diagram: { kind: 'neighbourhood', conceptId: concept.id, depth: 1 },
  };
}

/**
 * "Which components run containers": a verb between the cue and the thing named says what the
 * components do to it; the question is not about what that thing is made of.
 */
function actedOnByParts(q: Question, c: Concept): boolean {
  const cue = q.cueAt('parts');
  const m = q.mentionOf(c.id);
  if (!m || m.start <= cue) return false;
  const linked = q.linkedTokens();
  for (let i = cue + 1; i < m.start; i++) if (!linked[i] && q.isContent(i)) return true;
  return false;
}

/** How many words may lie between a cue ("các loại", "list the") and the kind it asks about. */
const NEAR_CUE = 4;

/** "Các loại network driver", "List the native drivers": what `IS_A` the concept, one level down too. */
export async function answerMembers(q: Question, ctx: Context): Promise<Reply | null> {
  const cue = q.cueAt('members');
  if (cue < 0) return null;
  // "Container có mấy loại", "the kinds of driver": the kind is named beside the cue, not anywhere
  // ("container gắn vào docker0 thì ra ngoài kiểu gì" asks how, not which kinds of container).
  const beside = (c: Concept) => {
    const m = q.mentionOf(c.id);
    return m !== undefined && m.start - cue <= NEAR_CUE && cue - m.end <= NEAR_CUE;
  };
  // "driver có 2 loại là network driver và IPAM driver phải ko": asked yes or no, the kind named
  // before the cue is the one whose kinds are claimed.
  const before = (c: Concept) => beside(c) && (q.mentionOf(c.id)?.end ?? cue + 1) <= cue;
  const found =
    (asksYesNo(q) ? await firstWith(q, ctx, 'IS_A', 'in', before) : null) ??
    (await firstWith(q, ctx, 'IS_A', 'in', beside));
  if (!found) return null;
  const { concept, relations } = found;
  const lines = [
    ...(await whetherWithin(q, ctx, concept, 'IS_A')),
    ctx.t.membersIntro(ctx.name(concept), relations.length),
  ];
  const kinds = await ctx.relationsOfEach(
    relations.map((r) => r.from),
    ['IS_A'],
  );
  for (const [i, r] of relations.entries()) {
    const sub = kinds[i]!.filter((s) => s.to === r.from);
    lines.push(
      sub.length > 0
        ? `• **${ctx.name(r.from)}**: ${sub.map((s) => ctx.bold(s.from)).join(', ')}`
        : itemLine(ctx, r.from),
    );
  }
  return {
    intent: 'members',
    concepts: [concept],
    lines,
    sources: [...new Set(relations.flatMap((r) => r.sources))],
    diagram: { kind: 'neighbourhood', conceptId: concept.id, depth: 1 },
  };
}

/** "Workflow cơ bản gồm những lệnh nào?": the commands a figure the question names shows, in its order. */
export async function answerViewCommands(q: Question, ctx: Context): Promise<Reply | null> {
  if (!q.has('commandNoun') && !q.has('howto')) return null;
  const view = q.views[0]?.view;
  if (!view) return null;
  // The commands drawn as boxes, and those written on its arrows (the lifecycle's moves, in the
  // figure's order of states).
  const order = (id: string) => view.concepts.indexOf(id);
  const moves = ((await ctx.view(view.id))?.relations ?? [])
    .filter((r) => r.command)
    .sort((a, b) => order(a.from) - order(b.from) || order(a.to) - order(b.to));
  const ids = [...new Set([...view.concepts, ...moves.map((r) => r.command!)])];
  const commands = ids.flatMap((id) => {
    const c = ctx.lexicon.concepts.get(id);
    return c?.kind === 'command' ? [c] : [];
  });
  // "The steps of the workflow": a figure drawn as commands in order is walked through by them.
  if (commands.length === 0 || (!q.has('commandNoun') && commands.length < 2)) return null;
  const moved = (c: Concept) => moves.filter((r) => r.command === c.id);
  return {
    intent: 'members',
    concepts: commands,
    lines: [
      ctx.t.viewCommandsIntro(view.title[ctx.locale], commands.length),
      // A command that moves something along the figure's arrows is said by its moves.
      ...commands.flatMap((c) =>
        moved(c).length > 0
          ? moved(c).map((r) => moveLine(ctx, r))
          : [`• \`${c.syntax ?? ctx.command(c.id)}\`: ${ctx.summary(c, false)}`],
      ),
    ],
    sources: view.sources,
    diagram: viewSpec(view),
  };
}

/** The words that ask for the concepts of one kind: "các event", "which kernel features". */
const KIND_WORDS: Partial<Record<ConceptKind, string[]>> = {
  event: ['event', 'events', 'su kien'],
  'kernel-feature': ['kernel feature', 'kernel features', 'tinh nang kernel', 'tinh nang cua kernel'],
};

/** How far from what the question names a thing of the kind asked for may lie. */
const KIND_HOPS = 2;

/**
 * "Các event trong vòng đời container gồm những gì?": the concepts of the kind asked for that lie
 * near what the question names (a figure's concepts, or a concept): the events of the lifecycle's
 * commands, the kernel features LXC and Docker use.
 */
export async function answerKindAround(q: Question, ctx: Context): Promise<Reply | null> {
  const text = ` ${q.tokens.join(' ')} `;
  const kind = (Object.keys(KIND_WORDS) as ConceptKind[]).find((k) =>
    KIND_WORDS[k]!.some((w) => text.includes(` ${w} `)),
  );
  // "What does the destroy event mean": one thing of the kind named is what is asked about.
  if (!kind || q.conceptList().some((c) => c.kind === kind)) return null;
  const named = q.conceptList().map((c) => c.id);
  const view = q.views[0]?.view ?? figureWithMost(ctx, named, kind);
  const anchors = [...(view?.concepts ?? []), ...named];
  const found = await kindNear(ctx, anchors, named, kind);
  if (found.length === 0) return null;
  const title = view ? view.title[ctx.locale] : ctx.name(q.conceptList()[0]!);
  return {
    intent: 'members',
    concepts: found,
    lines: [ctx.t.kindAroundIntro(title, found.length, kind), ...found.map((c) => itemLine(ctx, c.id))],
    sources: [...new Set(found.flatMap((c) => c.sources))],
    diagram: view ? viewSpec(view) : null,
  };
}

/**
 * The figure showing a named thing that shows the most things of a kind: "the events the engine
 * emits during a container's life" are all those of the figure of a container's events, not only
 * the few two steps from "container".
 */
function figureWithMost(ctx: Context, named: string[], kind: ConceptKind): View | undefined {
  const count = (v: View) => v.concepts.filter((id) => ctx.lexicon.concepts.get(id)?.kind === kind).length;
  const best = ctx.lexicon.viewsAbout(named, []).sort((a, b) => count(b) - count(a))[0];
  return best && count(best) > 0 ? best : undefined;
}

/** The concepts of a kind among the anchors and within `KIND_HOPS` of them, but those named, by id. */
async function kindNear(
  ctx: Context,
  anchors: string[],
  named: string[],
  kind: ConceptKind,
): Promise<Concept[]> {
  const seen = new Set(anchors);
  let level = [...seen];
  for (let hop = 0; hop < KIND_HOPS; hop++) {
    const next: string[] = [];
    for (const relations of await ctx.relationsOfEach(level))
      for (const r of relations)
        for (const other of [r.from, r.to])
          if (!seen.has(other)) {
            seen.add(other);
            next.push(other);
          }
    level = next;
  }
  return [...seen].sort().flatMap((id) => {
    const c = ctx.lexicon.concepts.get(id);
    return c?.kind === kind && !named.includes(id) ? [c] : [];
  });
}
