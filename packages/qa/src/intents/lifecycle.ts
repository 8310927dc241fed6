import { type Concept, fold, lifecycleRoute, type Relation, statePath, usualFirst } from '@study-graph/graph';
import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import type { Question } from '../question.ts';
import { asksYesNo, isNegative, unmetRequirement } from '../yes-no.ts';

/** States read as the Engine API spells them (`paused`), in both languages. */
function state(ctx: Context, id: string): string {
  return ctx.lexicon.concepts.get(id)?.name.en.toLowerCase() ?? id;
}

export function moveLine(ctx: Context, r: Relation): string {
  const move = `**${state(ctx, r.from)}** → **${state(ctx, r.to)}**`;
  const event = r.event ? ` (${ctx.locale === 'vi' ? 'sự kiện' : 'event'} \`${r.event}\`)` : '';
  const note = r.note ? `: ${r.note[ctx.locale]}` : '';
  return `• ${r.command ? `\`${ctx.command(r.command)}\`: ` : ''}${move}${note}${event}`;
}

function sentence(ctx: Context, r: Relation): string {
  if (r.command)
    return ctx.t.useCommand(ctx.command(r.command), state(ctx, r.from), state(ctx, r.to), r.event ?? null);
  return ctx.t.automatic(state(ctx, r.from), state(ctx, r.to), r.note?.[ctx.locale] ?? null, r.event ?? null);
}

/** The lines a state or command adds to its definition: where it leads. */
export async function stateMachineLines(concept: Concept, ctx: Context): Promise<string[]> {
  const transitions =
    concept.kind === 'state'
      ? await ctx.transitions({ from: concept.id })
      : await ctx.transitions({ command: concept.id });
  return [...transitions]
    .sort(usualFirst)
    .slice(0, 6)
    .map((r) => moveLine(ctx, r));
}

interface Roles {
  from?: Concept;
  to?: Concept;
}

/** Which named state is the start and which the goal: markers first, then the order named. */
function roles(q: Question, states: Concept[]): Roles {
  const role = (c: Concept) => q.mentionOf(c.id)?.role;
  const from = states.find((s) => role(s) === 'from') ?? states.find((s) => role(s) === 'current');
  const to = states.find((s) => role(s) === 'to' && s !== from);
  const rest = states.filter((s) => s !== from && s !== to);
  return { from: from ?? rest.shift(), to: to ?? rest.shift() } as Roles;
}

/**
 * Questions about the container state machine: the states, how to get from one to another
 * (several steps when needed), what a command does, where a state leads.
 */
function lifecycleReply(concepts: Concept[], lines: string[], used: Relation[]): Reply {
  return {
    intent: 'lifecycle',
    concepts,
    lines,
    sources: [...new Set([...concepts.flatMap((c) => c.sources), ...used.flatMap((r) => r.sources)])],
    diagram: null,
  };
}

/**
 * Questions about the container state machine: the states, how to get from one to another
 * (several steps when needed), what a command does, where a state leads.
 */
export async function answerLifecycle(q: Question, ctx: Context): Promise<Reply | null> {
  const states = q.conceptList((c) => c.kind === 'state');
  const commands = q.conceptList((c) => c.kind === 'command');
  if (states.length >= 2) {
    const { from, to } = roles(q, states);
    const there = await betweenStates(ctx, from!, to!, q.has('direct') || q.has('yesNo'), asksByItself(q));
    if (commands.length > 0 && asksYesNo(q) && !isNegative(q))
      return withNamedCommand(ctx, there, commands, from!, to!);
    if (!asksBack(q, states)) return there;
    // "... sang paused thì lệnh gì, quay lại thì sao": the way back too.
    return withWayBack(ctx, there, to!, from!);
  }
  if (commands.length > 0 && !q.has('definition')) {
    const both = states.length === 0 && !asksYesNo(q) ? await commandsSideBySide(ctx, commands) : null;
    if (both) return both;
    const then =
      commands.length === 2 &&
      states.length === 0 &&
      asksYesNo(q) &&
      !isNegative(q) &&
      inTurn(q, commands[1]!);
    if (then) return (await oneAfterOther(ctx, commands[0]!, commands[1]!)) ?? null;
    for (const command of nearestFirst(q, commands, states[0])) {
      const moves = await ctx.transitions({ command: command.id });
      if (moves.length === 0) continue;
      if (states.length === 1 && asksYesNo(q) && !isNegative(q, true))
        return commandTakes(q, ctx, command, moves, states[0]!);
      const [event] = q.conceptList((c) => c.kind === 'event');
      if (states.length === 0 && event && !namedAs(q, event, command) && asksYesNo(q) && !isNegative(q))
        return commandEmits(ctx, command, moves, event);
      return afterCommand(q, ctx, command, moves, states[0]);
    }
  }
  const only = states.length === 1 ? states[0]! : undefined;
  // "why would a container end up in dead" asks for the reason, which the why reading gives.
  // "container ở trạng thái restarting khi nào": when it is in a state is what leads into it.
  const when = only !== undefined && asksWhen(q) && q.mentionOf(only.id)?.role !== 'from';
  const moved =
    when || q.has('command') || q.has('howto') || (q.mentionOf(only?.id ?? '')?.role && !q.has('why'));
  if (only && moved) {
    return movesOf(ctx, only, when || q.mentionOf(only.id)?.role === 'to' ? 'into' : 'out');
  }
  if (states.length === 0 && commands.length === 0) {
    const [event] = q.conceptList((c) => c.kind === 'event');
    if (event) return eventEffect(q, ctx, event);
    // "… and which commands move it between them": the moves too.
    if (q.has('lifecycle')) return listStates(ctx, q.has('commandNoun'));
  }
  return null;
}

/**
 * What a command does, to the state named when there is one; asked for the way back ("after docker
 * stop, can I start it again?"), that way too, with yes or no first when asked so.
 */
async function afterCommand(
  q: Question,
  ctx: Context,
  command: Concept,
  moves: Relation[],
  named: Concept | undefined,
): Promise<Reply> {
  // "From which states can docker start bring a container to running?": its moves into that state.
  const goal = named && q.mentionOf(named.id)?.role === 'to' ? named : undefined;
  const reaching = moves.filter((m) => m.to === goal?.id);
  const effect =
    reaching.length > 0
      ? await commandEffect(ctx, command, reaching, undefined)
      : await commandEffect(ctx, command, moves, named);
  const [left, reached] = [moves[0]!.from, moves[0]!.to].map((id) => ctx.lexicon.concepts.get(id));
  // "after docker pause, how do I get it running again", "tạm dừng container rồi cho chạy tiếp": the
  // state the command left, named as the goal or plainly after the command (not "a running
  // container"), is where to get back to.
  const later = (left: Concept) => {
    const [state, done] = [q.mentionOf(left.id), q.mentionOf(command.id)];
    return state !== undefined && done !== undefined && state.start > done.start && state.role === undefined;
  };
  const backTo = left !== undefined && named === left && (q.mentionOf(left.id)?.role === 'to' || later(left));
  if (!(asksBack(q, [command]) || backTo) || !left || !reached) return effect;
  const back = await betweenStates(ctx, reached, left);
  const lines = [...effect.lines, ...back.lines];
  const sources = [...effect.sources, ...back.sources];
  if (!asksYesNo(q) || isNegative(q)) return { ...effect, lines, sources };
  const verdict = ctx.t.yesOrNo(back.lines[0] !== noWay(ctx, reached, left));
  return { ...effect, lines: [verdict, ...lines], sources };
}

/** The reply, then the way from `from` back to `to` ("after docker pause, how does it come back?"). */
async function withWayBack(ctx: Context, reply: Reply, from: Concept, to: Concept): Promise<Reply> {
  const back = await betweenStates(ctx, from, to);
  return { ...reply, lines: [...reply.lines, ...back.lines], sources: [...reply.sources, ...back.sources] };
}

/** Words that ask for the way back, in a clause after the states are named. */
const BACK = [
  // After a command: "start it again", "muốn chạy lại".
  'again',
  'chay lai',
  'quay lai',
  'tro lai',
  'tro ve',
  'nguoc lai',
  'and back',
  'go back',
  'get back',
  'come back',
  'back again',
];

/** Whether the question, after naming its last state, asks how to go back. */
function asksBack(q: Question, states: Concept[]): boolean {
  const end = Math.max(...states.map((c) => q.mentionOf(c.id)?.end ?? 0));
  const rest = ` ${q.tokens.slice(end).join(' ')} `;
  return BACK.some((w) => rest.includes(` ${w} `));
}

/** "Container bị OOM thì sao?": what the event is, and the moves it comes with. */
async function eventEffect(q: Question, ctx: Context, event: Concept): Promise<Reply | null> {
  // A move carries its event by name ("oom"), which is one of the event concept's names.
  const names = new Set(ctx.lexicon.namesOf.get(event.id) ?? []);
  const moves = (await stateMachine(ctx)).filter((r) => r.event && names.has(fold(r.event)));
  if (moves.length === 0) return null;
  const lines = [
    `${ctx.bold(event)}: ${ctx.summary(event)}`,
    ...moves.sort(usualFirst).map((r) => moveLine(ctx, r)),
  ];
  const reply = lifecycleReply([event], lines, moves);
  // "come back up automatically when it dies": the way back that no command takes.
  const [left, reached] = [moves[0]!.from, moves[0]!.to].map((id) => ctx.lexicon.concepts.get(id));
  const text = ` ${q.tokens.join(' ')} `;
  if (!left || !reached || !asksByItself(q) || !BACK.some((w) => text.includes(` ${w} `))) return reply;
  const back = await betweenStates(ctx, reached, left, false, true);
  return { ...reply, lines: [...reply.lines, ...back.lines], sources: [...reply.sources, ...back.sources] };
}

/** "khi nào", "when": asking when, not how. */
const WHEN = ['khi nao', 'luc nao', 'when'];
function asksWhen(q: Question): boolean {
  const text = ` ${q.tokens.join(' ')} `;
  return WHEN.some((w) => text.includes(` ${w} `));
}

/** Words that ask for what happens with no command given: a restart policy, not `docker start`. */
const BY_ITSELF = ['automatically', 'automatic', 'by itself', 'on its own', 'tu dong'];
function asksByItself(q: Question): boolean {
  const text = ` ${q.tokens.join(' ')} `;
  return BY_ITSELF.some((w) => text.includes(` ${w} `));
}

/**
 * "docker pause có làm container chuyển sang exited không?": yes when one of the command's moves
 * ends in the state (a goal: "sang", "to") or starts from it (where the container is), else no.
 */
async function commandTakes(
  q: Question,
  ctx: Context,
  command: Concept,
  moves: Relation[],
  s: Concept,
): Promise<Reply> {
  const into = q.mentionOf(s.id)?.role === 'to';
  // "Can docker start bring a paused container back to running?": the state said inside the
  // command's words is where the container is.
  const at = into ? stateInside(q, ctx, command) : undefined;
  const fits = moves.filter((m) => (into ? m.to : m.from) === s.id && (!at || m.from === at.id));
  // "docker rm xóa được container đang chạy không?": only with `-f`, which the question leaves out.
  const met = fits.filter((m) => !m.note || !unmetRequirement(q, m.note[ctx.locale]));
  // "docker start chỉ dùng cho container created thôi": only there, where it applies elsewhere too, is no.
  const elsewhere = moves.some((m) => (into ? m.to : m.from) !== s.id);
  if (fits.length > 0) {
    const lines = [
      ctx.t.yesOrNo(met.length > 0 && !(asksOnly(q) && elsewhere)),
      ...[...fits, ...moves.filter((m) => !fits.includes(m))].map((r) => moveLine(ctx, r)),
    ];
    return lifecycleReply([command, s], lines, moves);
  }
  // No: then what the command does, and from where it is, how to get to where it applies.
  const effect = await commandEffect(ctx, command, moves, into ? undefined : s);
  // "Not directly", followed by the way there, already says no.
  if (effect.lines[0] === ctx.t.directAnswer(false)) return effect;
  return { ...effect, lines: [ctx.t.yesOrNo(false), ...effect.lines] };
}

/**
 * "docker pause xong thì container có bị xoá mất không?": whether the command's moves emit the event
 * named (`destroy`: the container is gone), or the command does by an edge of its own (`docker stop`
 * then `die`); when not, what it does, and the way back.
 */
async function commandEmits(
  ctx: Context,
  command: Concept,
  moves: Relation[],
  event: Concept,
): Promise<Reply> {
  const own = (await ctx.relationsOf(command.id, ['EMITS'])).some((r) => r.to === event.id);
  const emits = own || moves.some((m) => `event-${m.event}` === event.id);
  const effect = await commandEffect(ctx, command, moves, undefined);
  const [left, reached] = [moves[0]!.from, moves[0]!.to].map((id) => ctx.lexicon.concepts.get(id));
  const back = !emits && left && reached ? (await betweenStates(ctx, reached, left)).lines : [];
  return {
    ...effect,
    concepts: [...effect.concepts, event],
    lines: [ctx.t.yesOrNo(emits), ...effect.lines, ...back],
  };
}

/** "only", "duy nhất", "chỉ … thôi": the claim is that it holds there and nowhere else. */
const ONLY = /\b(only|duy nhat)\b|\bchi\b.*\bthoi\b/;
const asksOnly = (q: Question) => ONLY.test(q.tokens.join(' '));

/** "là", "is", "called": before a name, what a thing named earlier is called. */
const CALLED = new Set(['la', 'is', 'called', 'named']);

/** "Event khi container bị xoá tên là remove": the second named as what the first is called, not what it does. */
function namedAs(q: Question, first: Concept, second: Concept): boolean {
  const [a, b] = [q.mentionOf(first.id), q.mentionOf(second.id)];
  return a !== undefined && b !== undefined && a.start < b.start && CALLED.has(q.tokens[b.start - 1] ?? '');
}

/**
 * The commands, the one named last before the state first: "docker pause freeze it, and then
 * unpause puts it back to running" says running of unpause.
 */
function nearestFirst(q: Question, commands: Concept[], s: Concept | undefined): Concept[] {
  const at = s ? q.mentionOf(s.id)?.start : undefined;
  if (at === undefined) return commands;
  const start = (c: Concept) => q.mentionOf(c.id)?.start ?? Number.POSITIVE_INFINITY;
  const nearest = commands.filter((c) => start(c) < at).sort((a, b) => start(b) - start(a))[0];
  return nearest ? [nearest, ...commands.filter((c) => c !== nearest)] : commands;
}

/** A state named among the words of a command's name as the question spreads it ("start a paused container"). */
function stateInside(q: Question, ctx: Context, command: Concept): Concept | undefined {
  const m = q.mentionOf(command.id);
  const inside = m ? q.tokens.slice(m.start + 1, m.end - 1) : [];
  const ids = inside.flatMap((t) => ctx.lexicon.exact.get(t) ?? []).map((t) => t.id);
  return ids.flatMap((id) => ctx.lexicon.concepts.get(id) ?? []).find((c) => c.kind === 'state');
}

/**
 * "paused thì dùng docker unpause để chạy lại đúng ko?": yes when the way between the states is
 * the command the question names, no otherwise: the way that is follows, then what the commands
 * named do instead ("docker unpause: paused → running"). A step on the way that no command named
 * makes ("removing → dead" when removal fails) is not what the commands do: no.
 */
async function withNamedCommand(
  ctx: Context,
  there: Reply,
  commands: Concept[],
  from: Concept,
  to: Concept,
): Promise<Reply> {
  const said = fold(there.lines.join(' '));
  const named = new Set(commands.map((c) => c.id));
  const route = lifecycleRoute(await stateMachine(ctx), from.id, to.id);
  const yes =
    commands.every((c) => said.includes(fold(c.name.en))) &&
    route.every((r) => r.command !== undefined && named.has(r.command));
  const lines = there.lines.filter((l) => l !== ctx.t.directAnswer(true) && l !== ctx.t.directAnswer(false));
  const own = yes ? [] : (await Promise.all(commands.map((c) => ctx.transitions({ command: c.id })))).flat();
  // The commands asked about are answered, yes or no, though the way may be another's.
  return {
    ...there,
    concepts: [...there.concepts, ...commands],
    lines: [ctx.t.yesOrNo(yes), ...lines, ...own.map((r) => moveLine(ctx, r))],
  };
}

/** The states, in the figure's order; with `withMoves`, the commands that move a container between them. */
export async function listStates(ctx: Context, withMoves = false): Promise<Reply> {
  // The states the lifecycle figure shows (a larger graph may hold other state machines).
  const shown = (ctx.lexicon.viewsOfKind.get('lifecycle')?.[0]?.concepts ?? []).flatMap(
    (id) => ctx.lexicon.concepts.get(id) ?? [],
  );
  const ordered = orderStates(
    shown.filter((c) => c.kind === 'state'),
    ctx,
  );
  const rank = (id: string) => ordered.findIndex((s) => s.id === id);
  const moves = withMoves
    ? (await stateMachine(ctx)).filter((r) => r.command).sort((a, b) => rank(a.from) - rank(b.from))
    : [];
  // With the moves, the states by name only: each move says what its states are.
  const lines =
    moves.length > 0
      ? [
          ctx.t.statesIntro(ordered.length),
          ordered.map((s) => `**${state(ctx, s.id)}**`).join(', '),
          ctx.t.movesIntro,
          ...moves.map((r) => moveLine(ctx, r)),
        ]
      : [
          ctx.t.statesIntro(ordered.length),
          ...ordered.map((s) => `• **${state(ctx, s.id)}**: ${ctx.summary(s, false)}`),
        ];
  return { ...lifecycleReply(ordered, lines, moves), diagram: { kind: 'lifecycle' } };
}

/** Where a container can go from a state (`out`), or how it gets there (`into`). */
export async function movesOf(ctx: Context, s: Concept, direction: 'out' | 'into'): Promise<Reply> {
  const moves = (await ctx.transitions(direction === 'into' ? { to: s.id } : { from: s.id }))
    .filter((r) => r.from !== r.to)
    .sort(usualFirst);
  const intro =
    direction === 'into' ? ctx.t.toStateIntro(state(ctx, s.id)) : ctx.t.fromStateIntro(state(ctx, s.id));
  return lifecycleReply([s], [intro, ...moves.map((r) => moveLine(ctx, r))], moves);
}

/**
 * Words that put a second command after the first: "pause rồi unpause", "after docker stop … start
 * again", "kill it and docker start it". "docker stop … and only force kill after a timeout" says
 * what `docker stop` itself does.
 */
const THEN = ['roi', 'xong', 'sau do', 'sau khi', 'then', 'after', 'afterwards'];
const AGAIN = ['lai', 'again'];
const AND = new Set(['and', 'va']);
function inTurn(q: Question, second: Concept): boolean {
  const at = q.mentionOf(second.id)?.start ?? 0;
  const said = (words: string[], tokens: readonly string[]) =>
    words.some((w) => ` ${tokens.join(' ')} `.includes(` ${w} `));
  return (
    said(THEN, q.tokens.slice(0, at)) || said(AGAIN, q.tokens.slice(at)) || AND.has(q.tokens[at - 1] ?? '')
  );
}

/**
 * "pause container rồi unpause lại được không?": yes when the second command moves a container
 * from a state the first leaves it in; the first's moves, then the second's, say why. Null unless
 * both move a container.
 */
async function oneAfterOther(ctx: Context, first: Concept, second: Concept): Promise<Reply | null> {
  const [before, after] = await Promise.all([
    ctx.transitions({ command: first.id }),
    ctx.transitions({ command: second.id }),
  ]);
  if (before.length === 0 || after.length === 0) return null;
  const left = new Set(before.map((m) => m.to));
  const fits = after.filter((m) => left.has(m.from));
  const lines = [
    ctx.t.yesOrNo(fits.length > 0),
    ...before.map((r) => sentence(ctx, r)),
    ...(fits.length > 0 ? fits : after).map((r) => sentence(ctx, r)),
  ];
  return lifecycleReply([first, second], lines, [...before, ...after]);
}

/**
 * "pause với stop thì container rơi vào trạng thái gì": what each of the commands named does, one
 * after the other; null unless two of them or more move a container.
 */
async function commandsSideBySide(ctx: Context, commands: Concept[]): Promise<Reply | null> {
  const each = await Promise.all(commands.map((command) => ctx.transitions({ command: command.id })));
  const moving = commands.flatMap((command, i) =>
    each[i]!.length > 0 ? [{ command, moves: each[i]! }] : [],
  );
  if (moving.length < 2) return null;
  const named = moving.map((m) => m.command.id);
  const effects = await Promise.all(
    moving.map((m) => commandEffect(ctx, m.command, m.moves, undefined, named)),
  );
  return {
    ...effects[0]!,
    concepts: moving.map((m) => m.command),
    lines: effects.flatMap((e) => e.lines),
    sources: [...new Set(effects.flatMap((e) => e.sources))],
  };
}

/**
 * What a command does; from a named state where it does not apply, the way to where it does. Other
 * commands making the same move are said too, unless among those `shown` beside it.
 */
async function commandEffect(
  ctx: Context,
  command: Concept,
  moves: Relation[],
  start: Concept | undefined,
  shown: readonly string[] = [],
): Promise<Reply> {
  const fromStart = start ? moves.filter((r) => r.from === start.id) : [];
  if (start && fromStart.length === 0) {
    // "Can I remove a running container?": not from here; show the way to where the command applies.
    const transitions = await stateMachine(ctx);
    const route = moves.map((m) => statePath(transitions, start.id, m.from)).find((p) => p && p.length > 0);
    if (route) {
      const steps = [...route, moves.find((m) => m.from === route.at(-1)!.to)!];
      return lifecycleReply(
        [command, start],
        [ctx.t.directAnswer(false), ...steps.map((r) => moveLine(ctx, r))],
        steps,
      );
    }
  }
  const made = fromStart.length > 0 ? fromStart : moves;
  const lines = [ctx.t.commandEffectIntro(ctx.command(command.id)), ...made.map((r) => moveLine(ctx, r))];
  // The same move by other commands ("docker kill" also stops a running container).
  const same = (await Promise.all(made.map((m) => ctx.transitions({ from: m.from }))))
    .flat()
    .filter(
      (r) =>
        r.command &&
        r.command !== command.id &&
        !shown.includes(r.command) &&
        made.some((m) => m.to === r.to),
    );
  if (same.length > 0) lines.push(ctx.t.sameMoveIntro, ...same.map((r) => moveLine(ctx, r)));
  return lifecycleReply(start ? [command, start] : [command], lines, made);
}

/**
 * The transitions of the lifecycle the notes draw: read with its figure, so a graph that holds more
 * state machines (or grows) does not make this slower; every transition when there is no figure.
 */
async function stateMachine(ctx: Context): Promise<Relation[]> {
  const figure = ctx.lexicon.viewsOfKind.get('lifecycle')?.[0];
  const drawn = figure ? await ctx.view(figure.id) : null;
  const transitions = drawn?.relations.filter((r) => r.type === 'TRANSITION');
  return transitions && transitions.length > 0 ? transitions : ctx.transitions();
}

/**
 * The command(s) from one state to another, in several steps when there is no direct move; asked
 * for what happens by itself, the moves no command takes, when they lead there.
 */
export async function betweenStates(
  ctx: Context,
  from: Concept,
  to: Concept,
  yesNo = false,
  byItself = false,
): Promise<Reply> {
  const machine = await stateMachine(ctx);
  const unprompted = byItself
    ? lifecycleRoute(
        machine.filter((r) => !r.command),
        from.id,
        to.id,
      )
    : [];
  const route = unprompted.length > 0 ? unprompted : lifecycleRoute(machine, from.id, to.id);
  const direct = route.length > 0 && route[0]!.from === from.id && route[0]!.to === to.id;
  if (direct) {
    const lines = route.length === 1 ? [sentence(ctx, route[0]!)] : route.map((r) => moveLine(ctx, r));
    return lifecycleReply([from, to], yesNo ? [ctx.t.directAnswer(true), ...lines] : lines, route);
  }
  if (route.length === 0) return lifecycleReply([from, to], [noWay(ctx, from, to)], []);
  const lines = [
    ctx.t.stepsIntro(state(ctx, from.id), state(ctx, to.id)),
    ...route.map((r) => moveLine(ctx, r)),
  ];
  return lifecycleReply([from, to], yesNo ? [ctx.t.directAnswer(false), ...lines] : lines, route);
}

/** "No command takes a container from exited to paused." */
const noWay = (ctx: Context, from: Concept, to: Concept) =>
  ctx.t.noTransition(state(ctx, from.id), state(ctx, to.id));

/** States in the order the lifecycle figure lists them, so answers read like the notes. */
function orderStates(states: Concept[], ctx: Context): Concept[] {
  const figure = ctx.lexicon.viewsOfKind.get('lifecycle')?.[0]?.concepts ?? [];
  const rank = (c: Concept) => (figure.includes(c.id) ? figure.indexOf(c.id) : figure.length);
  return [...states].sort((a, b) => rank(a) - rank(b));
}
