import type { Concept } from '@study-graph/graph';
import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import { saidOfContainer } from '../link.ts';
import type { Question } from '../question.ts';

/**
 * "From a Dockerfile to an image on Docker Hub, which commands?": the commands along the way
 * through the things named, in the order named: between two of them, the shortest chain of commands
 * that makes one from the other.
 */
export async function answerCommandPath(q: Question, ctx: Context): Promise<Reply | null> {
  // "What's the path from a Dockerfile to a running container?": from one thing to another is a way too.
  const fromTo = ['from', 'to'].every((role) => q.concepts.some((m) => m.role === role));
  if (!q.has('commandNoun') && !q.has('howto') && !fromTo) return null;
  const { things, endState } = thingsNamed(q);
  // From one state to another is the lifecycle's to answer, though one is said of a thing ("container exited").
  const states = q.conceptList((c) => c.kind === 'state');
  if (things.length < 2 || states.length >= 2) return null;
  const route = await routeThrough(ctx, things, endState);
  if (!route) return null;
  const { from, to, commands } = route;
  if (commands.length === 0) return null;
  return {
    intent: 'howto',
    concepts: [from, to, ...commands],
    lines: [
      ...ctx.saysHow(things),
      ctx.t.stepsIntro(ctx.name(from), ctx.name(to)),
      ...commands.map((c, i) => `${i + 1}. \`${c.syntax ?? ctx.command(c.id)}\`: ${ctx.summary(c, false)}`),
    ],
    sources: [...new Set(commands.flatMap((c) => c.sources))],
    diagram: { kind: 'path', from: from.id, to: to.id },
  };
}

/**
 * The things a command path goes through, in the order named, what it comes from first. A state
 * next to a thing is that thing
 * in that state ("a running container", "container đang chạy"): one stop, not two; next to the last
 * thing, it is the state the path ends in.
 */
function thingsNamed(q: Question): { things: Concept[]; endState: Concept | undefined } {
  const named = q.concepts.filter((m) => m.concept.kind !== 'command' && !q.goesWithout(m.id));
  const beside = (m: (typeof named)[number]) =>
    named.some((o) => o.concept.kind !== 'state' && (o.end === m.start || m.end === o.start));
  // "an image from Docker Hub": where it comes from goes first, wherever it is named.
  const rank = (m: (typeof named)[number]) => (m.role === 'from' ? 0 : 1);
  // A state said of the container ("my container is in created") is where it is, not a stop.
  const kept = named
    .filter((m) => m.concept.kind !== 'state' || (!beside(m) && !saidOfContainer(q.tokens, m.start)))
    .sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  const last = kept.at(-1);
  const endState = named.find(
    (m) => last && m.concept.kind === 'state' && beside(m) && (m.start === last.end || m.end === last.start),
  )?.concept;
  return { things: [...new Set(kept.map((m) => m.concept))], endState };
}

/**
 * The chains of commands from each thing to the next. A thing no chain leaves or reaches is where
 * the others are, not a stop ("an image from my docker host to Docker Hub"): it is passed over,
 * as long as two things remain. Null when some leg has no chain ("back up a volume to a tar file"):
 * that is not a way the notes describe.
 */
async function routeThrough(
  ctx: Context,
  things: Concept[],
  endState: Concept | undefined,
): Promise<{ from: Concept; to: Concept; commands: Concept[] } | null> {
  const stops = [...things];
  const commands: Concept[] = [];
  for (let i = 0; i + 1 < stops.length; ) {
    const last = i + 2 === stops.length;
    const leg = await commandsBetween(ctx, stops[i]!, stops[i + 1]!, last ? endState : undefined);
    if (leg) {
      for (const c of leg) if (!commands.includes(c)) commands.push(c);
      i++;
    } else if (stops.length > 2 && (i === 0 || !last)) {
      // The first thing, or one in the middle, may be where the others are.
      stops.splice(i === 0 && !(await leaves(ctx, stops[0]!)) ? 0 : i + 1, 1);
    } else return null;
  }
  return { from: stops[0]!, to: stops.at(-1)!, commands };
}

/** Whether some command uses the thing, or what it is, to make something else. */
async function leaves(ctx: Context, thing: Concept): Promise<boolean> {
  const starts = [thing.id, ...(await kindsOf(ctx, thing))];
  return (await Promise.all(starts.map((id) => movesFrom(ctx, id)))).some((moves) => moves.length > 0);
}

/** How many commands a chain may have between two things named one after the other. */
const MAX_CHAIN = 4;

/**
 * The shortest chain of commands that takes one thing to the next: each command uses what the one
 * before made (`docker commit` uses a container and makes an image, `docker push` uses the image and
 * uploads it to a registry), ending at the next thing or at what it is (Docker Hub is a registry).
 */
async function commandsBetween(
  ctx: Context,
  from: Concept,
  to: Concept,
  endState?: Concept,
): Promise<Concept[] | null> {
  const goals = new Set([to.id, ...(await kindsOf(ctx, to))]);
  // Docker Hub is a registry: what pulls from a registry pulls from it.
  const starts = [from.id, ...(await kindsOf(ctx, from))];
  let frontier: { at: string; chain: string[] }[] = starts.map((at) => ({ at, chain: [] }));
  const seen = new Set(starts);
  for (let depth = 0; depth < MAX_CHAIN && frontier.length > 0; depth++) {
    const next: typeof frontier = [];
    const arrived: string[][] = [];
    const moves = await Promise.all(frontier.map(({ at }) => movesFrom(ctx, at)));
    for (const [i, { chain }] of frontier.entries()) {
      for (const { command, made } of moves[i]!) {
        if (goals.has(made)) arrived.push([...chain, command]);
        else if (!seen.has(made)) {
          seen.add(made);
          next.push({ at: made, chain: [...chain, command] });
        }
      }
    }
    if (arrived.length > 0) {
      const chain =
        (await endingIn(ctx, arrived, endState)) ?? drawnWith(ctx, arrived, from, to) ?? arrived[0]!;
      return chain.map((id) => ctx.lexicon.concepts.get(id)!);
    }
    frontier = next;
  }
  return null;
}

/**
 * The first chain a figure of the notes draws whole, with both ends: from a Dockerfile to a
 * container, the workflow's `docker build` then `docker run`.
 */
function drawnWith(ctx: Context, chains: string[][], from: Concept, to: Concept): string[] | undefined {
  const figures = (ctx.lexicon.viewsShowing.get(from.id) ?? []).filter((v) => v.concepts.includes(to.id));
  return chains.find((chain) => figures.some((v) => chain.every((id) => v.concepts.includes(id))));
}

/** The first chain whose last command leaves the thing in the state asked ("đang chạy": `docker run`, not `docker create`). */
async function endingIn(ctx: Context, chains: string[][], state?: Concept): Promise<string[] | undefined> {
  if (!state) return undefined;
  for (const chain of chains)
    if ((await ctx.relationsOf(chain.at(-1)!)).some((r) => r.from === chain.at(-1) && r.to === state.id))
      return chain;
  return undefined;
}

/** What a thing is (`IS_A`): Docker Hub is a registry. */
async function kindsOf(ctx: Context, thing: Concept): Promise<string[]> {
  return (await ctx.relationsOf(thing.id, ['IS_A'])).filter((r) => r.from === thing.id).map((r) => r.to);
}

/** The commands that use a thing (or download from it), each with what it makes or reaches, in a stable order. */
async function movesFrom(ctx: Context, thing: string): Promise<{ command: string; made: string }[]> {
  const isCommand = (id: string) => ctx.lexicon.concepts.get(id)?.kind === 'command';
  const edges = (await ctx.relationsOf(thing, ['USES', 'TALKS_TO'])).filter(
    (r) => r.to === thing && isCommand(r.from),
  );
  const moves = await Promise.all(
    edges.map(async ({ from: command, type }) =>
      (await ctx.relationsOf(command))
        .filter((r) => r.from === command && r.type !== 'USES' && r.to !== thing)
        // A command that talks to a thing makes only what it produces: `docker pull` an image from a
        // registry; `docker push` talks to it too, but makes nothing from it.
        .filter((r) => type === 'USES' || r.type === 'PRODUCES')
        .map((r) => ({ command, made: r.to })),
    ),
  );
  return moves.flat();
}
