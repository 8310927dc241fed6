import type { Concept } from '@study-graph/graph';
import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import type { Question } from '../question.ts';

/**
 * "From a Dockerfile to an image on Docker Hub, which commands?": the commands along the way
 * through the things named, in the order named: between two of them, the shortest chain of commands
 * that makes one from the other.
 */
export async function answerCommandPath(q: Question, ctx: Context): Promise<Reply | null> {
  if (!q.has('commandNoun') && !q.has('howto')) return null;
  const { things, endState } = thingsNamed(q);
  // From one state to another is the lifecycle's to answer.
  if (things.length < 2 || things.filter((c) => c.kind === 'state').length >= 2) return null;
  const [from, to] = [things[0]!, things.at(-1)!];
  const commands: Concept[] = [];
  const legs = await Promise.all(
    things
      .slice(0, -1)
      .map((thing, i) =>
        commandsBetween(ctx, thing, things[i + 1]!, i === things.length - 2 ? endState : undefined),
      ),
  );
  // A leg no chain of commands makes is not a way the notes describe ("back up a volume to a tar file").
  if (legs.some((leg) => leg === null)) return null;
  for (const c of legs.flat()) if (c && !commands.includes(c)) commands.push(c);
  if (commands.length < 2) return null;
  return {
    intent: 'howto',
    concepts: [from, to, ...commands],
    lines: [
      ctx.t.stepsIntro(ctx.name(from), ctx.name(to)),
      ...commands.map((c, i) => `${i + 1}. \`${c.syntax ?? ctx.command(c.id)}\`: ${ctx.summary(c, false)}`),
    ],
    sources: [...new Set(commands.flatMap((c) => c.sources))],
    diagram: { kind: 'path', from: from.id, to: to.id },
  };
}

/**
 * The things a command path goes through, in the order named. A state next to a thing is that thing
 * in that state ("a running container", "container đang chạy"): one stop, not two; next to the last
 * thing, it is the state the path ends in.
 */
function thingsNamed(q: Question): { things: Concept[]; endState: Concept | undefined } {
  const named = q.concepts.filter((m) => m.concept.kind !== 'command');
  const beside = (m: (typeof named)[number]) =>
    named.some((o) => o.concept.kind !== 'state' && (o.end === m.start || m.end === o.start));
  const kept = named.filter((m) => m.concept.kind !== 'state' || !beside(m));
  const last = kept.at(-1);
  const endState = named.find(
    (m) => last && m.concept.kind === 'state' && beside(m) && (m.start === last.end || m.end === last.start),
  )?.concept;
  return { things: [...new Set(kept.map((m) => m.concept))], endState };
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
  const goals = new Set([
    to.id,
    ...(await ctx.relationsOf(to.id, ['IS_A'])).filter((r) => r.from === to.id).map((r) => r.to),
  ]);
  let frontier: { at: string; chain: string[] }[] = [{ at: from.id, chain: [] }];
  const seen = new Set([from.id]);
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
      const chain = (await endingIn(ctx, arrived, endState)) ?? arrived[0]!;
      return chain.map((id) => ctx.lexicon.concepts.get(id)!);
    }
    frontier = next;
  }
  return null;
}

/** The first chain whose last command leaves the thing in the state asked ("đang chạy": `docker run`, not `docker create`). */
async function endingIn(ctx: Context, chains: string[][], state?: Concept): Promise<string[] | undefined> {
  if (!state) return undefined;
  for (const chain of chains)
    if ((await ctx.relationsOf(chain.at(-1)!)).some((r) => r.from === chain.at(-1) && r.to === state.id))
      return chain;
  return undefined;
}

/** The commands that use a thing, each with what it makes or reaches, in a stable order. */
async function movesFrom(ctx: Context, thing: string): Promise<{ command: string; made: string }[]> {
  const users = (await ctx.relationsOf(thing, ['USES']))
    .filter((r) => r.to === thing && ctx.lexicon.concepts.get(r.from)?.kind === 'command')
    .map((r) => r.from);
  const moves = await Promise.all(
    users.map(async (command) =>
      (await ctx.relationsOf(command))
        .filter((r) => r.from === command && r.type !== 'USES' && r.to !== thing)
        .map((r) => ({ command, made: r.to })),
    ),
  );
  return moves.flat();
}
