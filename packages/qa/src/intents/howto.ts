import { type Concept, fold } from '@study-graph/graph';
import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import type { Question } from '../question.ts';
import { englishStem } from '../stem.ts';

/** Commands linked to a concept, with whether the command points at it (produces it, leads to it). */
async function commandsOf(ctx: Context, c: Concept): Promise<Map<string, boolean>> {
  const found = new Map<string, boolean>();
  for (const r of await ctx.relationsOf(c.id)) {
    const other = r.from === c.id ? r.to : r.from;
    if (ctx.lexicon.concepts.get(other)?.kind === 'command')
      found.set(other, found.get(other) || r.from === other);
  }
  return found;
}

/** "Làm sao lưu container thành image?": the commands that join what the question names. */
export async function answerHowto(q: Question, ctx: Context): Promise<Reply | null> {
  if (!q.has('howto')) return null;
  const named = q.conceptList();
  const mentioned = named.filter((c) => c.kind === 'command');
  const things = named.filter((c) => c.kind !== 'command');
  if (things.length === 0 && mentioned.length === 0) return null;
  const goal = things.find((c) => q.mentionOf(c.id)?.role === 'to');
  const maps = await Promise.all(things.map((c) => commandsOf(ctx, c)));
  let candidates = [...(maps[0]?.keys() ?? [])].filter((id) => maps.every((m) => m.has(id)));
  if (goal) {
    const toGoal = candidates.filter((id) => maps[things.indexOf(goal)]!.get(id));
    if (toGoal.length > 0) candidates = toGoal;
  }
  const commands = byVerb(q, ctx, [...new Set([...mentioned.map((c) => c.id), ...candidates])]).slice(0, 5);
  if (commands.length === 0) return null;
  const concepts = commands.map((id) => ctx.lexicon.concepts.get(id)!);
  return {
    intent: 'howto',
    concepts: [...things, ...concepts],
    lines: [
      // Asked how to do one thing ("publish a port"), say what that thing is before the commands.
      ...(things.length === 1 ? [`${ctx.bold(things[0]!)}: ${ctx.summary(things[0]!, false)}`] : []),
      ctx.t.howtoIntro,
      ...concepts.map((c) => `• \`${c.syntax ?? ctx.command(c.id)}\`: ${ctx.summary(c, false)}`),
    ],
    sources: [...new Set(concepts.flatMap((c) => c.sources))],
    diagram: null,
  };
}

/**
 * Commands that do what the question asks first: those whose name and summary (both languages) use
 * most of its words ("share an image" leads with `docker push`, "force-stop" with `docker kill`);
 * otherwise in the order found.
 */
function byVerb(q: Question, ctx: Context, ids: string[]): string[] {
  const words = q.contentStems();
  if (words.length === 0) return ids;
  const score = (id: string) => {
    const c = ctx.lexicon.concepts.get(id)!;
    const text = fold(`${c.name.en} ${c.summary.vi} ${c.summary.en}`);
    const stems = new Set(text.split(' ').map(englishStem));
    return words.filter((w) => stems.has(w)).length;
  };
  const scores = new Map(ids.map((id) => [id, score(id)]));
  return [...ids].sort((a, b) => scores.get(b)! - scores.get(a)!);
}
