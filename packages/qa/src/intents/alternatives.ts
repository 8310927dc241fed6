import type { Concept, Relation } from '@study-graph/graph';
import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import type { Question } from '../question.ts';

/**
 * "Ngoài docker còn công cụ nào...?", "alternatives to X": the concept's `ALTERNATIVE_TO` edges; or,
 * when the question names a kind the concept is ("native drivers besides bridge"), the other
 * members of that kind.
 */
export async function answerAlternatives(q: Question, ctx: Context): Promise<Reply | null> {
  const cue = q.cueAt('alternatives');
  // "ra ngoài", "bên ngoài", "từ ngoài" is outside, not "besides".
  if (cue < 0 || OUTSIDE_BEFORE.has(q.tokens[cue - 1] ?? '')) return null;
  // "ngoài docker", "besides Docker", "alternatives to LXC": the concept right after the cue; "bên ngoài"
  // (outside) at the end of a sentence is no such question.
  const near = q.concepts.filter((m) => m.start > cue && m.start <= cue + 3);
  for (const { concept } of near) {
    const relations =
      (await siblingsIn(q, ctx, concept)) ?? (await ctx.relationsOf(concept.id, ['ALTERNATIVE_TO']));
    if (relations.length === 0) continue;
    const others = [...new Set(relations.map((r) => (r.from === concept.id ? r.to : r.from)))];
    return {
      intent: 'alternatives',
      concepts: [concept],
      lines: [
        ctx.t.alternativesIntro(ctx.name(concept)),
        ...others.map((id) => `• ${ctx.bold(id)}: ${ctx.summary(ctx.lexicon.concepts.get(id)!, false)}`),
      ],
      sources: [...new Set(relations.flatMap((r) => r.sources))],
      diagram: null,
    };
  }
  return null;
}

const OUTSIDE_BEFORE = new Set(['ra', 'ben', 'tu', 'o', 'phia']);

/** The other members of a kind the question names and the concept is, or null when it names none. */
async function siblingsIn(q: Question, ctx: Context, concept: Concept): Promise<Relation[] | null> {
  const kinds = (await ctx.relationsOf(concept.id, ['IS_A'])).filter((r) => r.from === concept.id);
  const named = kinds.find((r) => q.conceptList().some((c) => c.id === r.to));
  if (!named) return null;
  const members = await ctx.relationsOf(named.to, ['IS_A']);
  return members.filter((r) => r.to === named.to && r.from !== concept.id);
}
