import { type Concept, fold } from '@study-graph/graph';
import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import { allowedTypos, editDistance } from '../edit-distance.ts';
import { deniedStems } from '../negation.ts';
import type { Question } from '../question.ts';
import { englishStem } from '../stem.ts';

/**
 * Commands linked to a concept, with whether the command leads to it (produces it, results in it):
 * `docker run` uses an image, it does not lead to one.
 */
async function commandsOf(ctx: Context, c: Concept): Promise<Map<string, boolean>> {
  const found = new Map<string, boolean>();
  for (const r of await ctx.relationsOf(c.id)) {
    const other = r.from === c.id ? r.to : r.from;
    if (ctx.lexicon.concepts.get(other)?.kind === 'command')
      found.set(other, found.get(other) || (r.from === other && r.type !== 'USES'));
  }
  return found;
}

/** "Làm sao lưu container thành image?": the commands that join what the question names. */
export async function answerHowto(q: Question, ctx: Context): Promise<Reply | null> {
  // "dùng lệnh gì", "which command": asking for the command is asking how.
  if (!q.has('howto') && !q.has('commandNoun')) return null;
  // "... mà không qua registry": what the learner goes without is not what the commands join.
  const without = q.conceptList((c) => q.goesWithout(c.id));
  const named = q.conceptList((c) => !q.goesWithout(c.id));
  const mentioned = named.filter((c) => c.kind === 'command');
  const things = named.filter((c) => c.kind !== 'command');
  if (things.length === 0 && mentioned.length === 0) return null;
  // "từ container đang chạy ... ra image": with where it starts said, the last other thing named
  // (not the state it starts in) is where it goes.
  const start = things.find((c) => q.mentionOf(c.id)?.role === 'from');
  // Out of a state ("out of running"), the container moved is no goal.
  const goal =
    things.find((c) => q.mentionOf(c.id)?.role === 'to') ??
    (start && start.kind !== 'state' ? things.findLast((c) => c !== start && c.kind !== 'state') : undefined);
  // Going from one thing to another, the state it starts in ("container đang chạy") is detail.
  const current = (c: Concept) => c.kind === 'state' && q.mentionOf(c.id)?.role === 'current';
  // So it is beside two other things ("container đang chạy thì lưu thành image"); beside another
  // state, it is a move between states, the lifecycle's to answer.
  const others = things.filter((c) => !current(c));
  const joined = (start && goal) || others.filter((c) => c.kind !== 'state').length >= 2 ? others : things;
  const maps = await Promise.all(joined.map((c) => commandsOf(ctx, c)));
  const avoided = new Set(
    (await Promise.all(without.map((c) => commandsOf(ctx, c)))).flatMap((m) => [...m.keys()]),
  );
  let candidates = [...(maps[0]?.keys() ?? [])].filter(
    (id) => maps.every((m) => m.has(id)) && !avoided.has(id),
  );
  if (goal) {
    const toGoal = candidates.filter((id) => maps[joined.indexOf(goal)]!.get(id));
    if (toGoal.length > 0) candidates = toGoal;
  }
  // A command that leads into the state it should take the container out of (or that it is in
  // already: "my container is in created, how do I get it going?") goes the wrong way.
  // Named again ("tạm dừng container đang chạy rồi cho nó chạy tiếp"), it is where it goes back to.
  const once = (c: Concept) => q.concepts.filter((m) => m.id === c.id).length === 1;
  const leaving = start ?? things.find((c) => current(c) && once(c));
  if (leaving?.kind === 'state' && !goal) {
    const into = maps[joined.indexOf(leaving)];
    candidates = candidates.filter((id) => !into?.get(id));
  }
  const rivals = [
    ...(await Promise.all(mentioned.map((c) => rivalsOf(ctx, c)))).flat(),
    ...sayingWhatIsAsked(q, ctx),
  ];
  const ids = [...new Set([...mentioned.map((c) => c.id), ...candidates])];
  const products = await productWords(ctx, [...ids, ...rivals], named);
  const { commands, sure } = byVerb(
    q,
    ctx,
    ids,
    mentioned.map((c) => c.id),
    rivals,
    products,
    joined,
  );
  if (commands.length === 0) return null;
  const concepts = commands.map((id) => ctx.lexicon.concepts.get(id)!);
  return {
    intent: 'howto',
    concepts: [...things, ...concepts],
    lines: [
      // Asked how to do one thing ("publish a port"), say what that thing is before the commands;
      // among several, those whose own words write the command out.
      ...(things.length === 1
        ? [`${ctx.bold(things[0]!)}: ${ctx.summary(things[0]!, false)}`]
        : ctx.saysHow(things)),
      sure ? ctx.t.howtoIntro : ctx.t.howtoUnsure(joined.map((c) => ctx.bold(c))),
      ...concepts.map((c) => `• \`${c.syntax ?? ctx.command(c.id)}\`: ${saidFor(q, ctx, c)}`),
    ],
    sources: [...new Set(concepts.flatMap((c) => c.sources))],
    diagram: null,
  };
}

/**
 * A command's first sentence, then a later one that says a word of the question the first does not
 * ("delete a running container": "A running container cannot be removed unless you use `docker rm
 * -f` …").
 */
function saidFor(q: Question, ctx: Context, command: Concept): string {
  const first = ctx.summary(command, false);
  const stemsOf = (text: string) => new Set(fold(text).split(' ').map(englishStem));
  const known = new Set([...stemsOf(first), ...stemsOf(command.name.en)]);
  const asked = q.tokens.filter((_, i) => q.isContent(i) || q.linkedTokens()[i]).map(englishStem);
  const later = ctx
    .summary(command)
    .slice(first.length)
    .split(/(?<=\.)\s+/)
    .find((s) => asked.some((w) => !known.has(w) && stemsOf(s).has(w)));
  return later ? `${first} ${later.trim()}` : first;
}

/**
 * The words of what each command produces, when the question does not name it: `docker save` makes
 * a tar archive, which "moves images between machines without a registry".
 */
async function productWords(
  ctx: Context,
  ids: string[],
  named: Concept[],
): Promise<Map<string, Set<string>>> {
  const words = new Map<string, Set<string>>();
  const unique = [...new Set(ids)];
  const produced = await ctx.relationsOfEach(unique, ['PRODUCES']);
  for (const [i, id] of unique.entries()) {
    const made = produced[i]!.filter((r) => r.from === id && !named.some((c) => c.id === r.to));
    words.set(id, new Set(made.flatMap((r) => [...ctx.lexicon.affirmedStemsOf(r.to)])));
  }
  return words;
}

/** How many of the question's own words a command's text must say to be offered unasked. */
const SAID_WORDS = 2;
/** A word that more commands than this say ("mặc định", "thư mục") tells none of them apart. */
const TELLING_COMMANDS = 2;

/**
 * Commands whose own text says what the question asks in its own words ("dừng hẳn container ngay
 * lập tức" is `docker kill`'s "ngay lập tức"), though no edge joins them to what it names: they
 * compete with the commands found along the edges. Only words few commands say count.
 */
function sayingWhatIsAsked(q: Question, ctx: Context): string[] {
  const said = new Map<string, number>();
  for (const word of new Set(q.contentStems())) {
    const saying = ctx.lexicon.commandsSaying.get(word) ?? [];
    if (saying.length <= TELLING_COMMANDS) for (const id of saying) said.set(id, (said.get(id) ?? 0) + 1);
  }
  return [...said].filter(([, words]) => words >= SAID_WORDS).map(([id]) => id);
}

/**
 * Commands that act on what a named command acts on ("stop" names `docker stop`, but `docker kill`
 * also takes a running container to exited): they compete with it for what the question asks.
 */
async function rivalsOf(ctx: Context, command: Concept): Promise<string[]> {
  const rivals = new Set<string>();
  const others = (await ctx.relationsOf(command.id)).flatMap((r) => {
    const other = ctx.lexicon.concepts.get(r.from === command.id ? r.to : r.from);
    return other && other.kind !== 'command' ? [other] : [];
  });
  for (const commands of await Promise.all(others.map((other) => commandsOf(ctx, other))))
    for (const id of commands.keys()) if (id !== command.id) rivals.add(id);
  return [...rivals];
}

/**
 * Commands that do what the question asks first: those whose name and summary (both languages) say
 * most of its words, not denied ("share an image" leads with `docker push`, "force-stop ...
 * immediately" with `docker kill`, "create and start" with `docker run`, not with `docker create`
 * "without starting it"), or what they produce says them; then in the order found. A rival is kept
 * only when it says as much as the best but one.
 */
function byVerb(
  q: Question,
  ctx: Context,
  ids: string[],
  named: string[],
  rivals: string[],
  products: Map<string, Set<string>>,
  things: Concept[],
): { commands: string[]; sure: boolean } {
  const linked = q.linkedTokens();
  const naming = new Set(
    things.flatMap((c) => {
      const m = q.mentionOf(c.id);
      return m ? q.tokens.slice(m.start, m.end).map(englishStem) : [];
    }),
  );
  // What the learner goes without ("mà không dùng registry") says nothing of what to do.
  const without = q.tokens.map(() => false);
  for (const m of q.concepts) {
    const at = q.withoutAt(m.id);
    if (at !== undefined) without.fill(true, at, m.end);
  }
  // "tạo container mà chưa chạy": what the learner wants not done counts against a command that does it.
  const refused = deniedStems(q.text.display);
  const asked = q.tokens
    .filter((t, i) => !without[i] && (linked[i] || q.isContent(i) || MOVING.has(t)))
    .map(englishStem);
  const words = asked.filter((w) => !refused.has(w));
  const notWanted = asked.filter((w) => refused.has(w));
  const all = [...new Set([...ids, ...rivals])];
  if (words.length === 0) return { commands: ids.slice(0, MAX_COMMANDS), sure: true };
  const saidIn = (said: Set<string>, of = words) =>
    of.filter((w) => said.has(w) || nearlySaid(w, said)).length;
  // What a command produces counts half: its own words say what it does; the product's, what for.
  const score = (id: string, of = words) => {
    const own = ctx.lexicon.affirmedStemsOf(id);
    const made = new Set([...own, ...(products.get(id) ?? [])]);
    return (
      saidIn(own, of) + (saidIn(made, of) - saidIn(own, of)) / 2 - notWanted.filter((w) => own.has(w)).length
    );
  };
  // Every command found along the edges of one thing says its name: only the other words ("get rid
  // of a container") tell whether any of them does what is asked. Between two things, the edges do.
  const telling = words.filter((w) => !naming.has(w));
  const says = (id: string) =>
    saidIn(new Set([...ctx.lexicon.affirmedStemsOf(id), ...(products.get(id) ?? [])]), telling) > 0;
  const sure = named.length > 0 || things.length >= 2 || telling.length === 0 || all.some(says);
  const scores = new Map(all.map((id) => [id, score(id)]));
  const best = Math.max(...scores.values());
  const ranked = all
    .filter((id) => ids.includes(id) || scores.get(id)! >= Math.max(1, best - 1))
    .sort((a, b) => scores.get(b)! - scores.get(a)!);
  // A command the learner named stays, however little its words say ("delete a container that's
  // still running" is `docker rm`, whose text says a running one can't be removed without -f).
  let room = MAX_COMMANDS - ranked.filter((id) => named.includes(id)).length;
  return { commands: ranked.filter((id) => named.includes(id) || room-- > 0), sure };
}

const MAX_COMMANDS = 5;

/**
 * Verbs of moving that also ask for a command ("chuyển image qua máy khác"), so are cue words, yet
 * say which command: the one whose words move something.
 */
const MOVING = new Set(['chuyen', 'dua', 'move']);

/** "immediatly" for "immediately": a long word within its allowed typos of a word said. */
function nearlySaid(word: string, said: Set<string>): boolean {
  const max = allowedTypos(word.length);
  return max > 0 && [...said].some((s) => s[0] === word[0] && editDistance(word, s, max) <= max);
}
