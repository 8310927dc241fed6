import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import type { Question } from '../question.ts';

/** "Ngoài docker còn công cụ nào...?", "alternatives to X": the concept's `ALTERNATIVE_TO` edges. */
export async function answerAlternatives(q: Question, ctx: Context): Promise<Reply | null> {
  const cue = q.cueAt('alternatives');
  if (cue < 0) return null;
  // "ngoài docker", "besides Docker", "alternatives to LXC": the concept right after the cue; "bên ngoài"
  // (outside) at the end of a sentence is no such question.
  const near = q.concepts.filter((m) => m.start > cue && m.start <= cue + 3);
  for (const { concept } of near) {
    const relations = await ctx.relationsOf(concept.id, ['ALTERNATIVE_TO']);
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
