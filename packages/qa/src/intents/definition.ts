import type { Concept } from '@study-graph/graph';
import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import type { Mention } from '../link.ts';
import type { Question } from '../question.ts';
import { DESCRIPTIVE, factLines } from './facts.ts';
import { stateMachineLines } from './lifecycle.ts';

const MODIFIER_WORDS = new Set(['trong', 'cua', 'in', 'of', 'inside', 'within']);
const ARTICLES = new Set(['the', 'a', 'an']);

/** The concept a "what is X" question is about: the one next to the cue, else the first named. */
export function subjectOf(q: Question): Concept | undefined {
  const cue = q.cueAt('definition');
  // "container trong docker", "the sandbox of a container": a name after "in"/"of" only says where,
  // and so does the same concept named again ("trong mô hình mạng CNM").
  const before = (m: Mention) => q.tokens[m.start - (ARTICLES.has(q.tokens[m.start - 1] ?? '') ? 2 : 1)];
  const where = new Set(q.concepts.filter((m) => MODIFIER_WORDS.has(before(m) ?? '')).map((m) => m.id));
  const concepts =
    q.concepts.length > 1 && q.concepts.some((m) => !where.has(m.id))
      ? q.concepts.filter((m) => !where.has(m.id))
      : q.concepts;
  if (cue >= 0 && concepts.length > 1) {
    const after = concepts.find((m) => m.start > cue);
    const before = [...concepts].reverse().find((m) => m.end <= cue);
    // English puts the subject after the cue ("what is X"), Vietnamese before it ("X là gì").
    const pick = q.locale === 'vi' ? (before ?? after) : (after ?? before);
    if (pick) return pick.concept;
  }
  return concepts[0]?.concept;
}

/** "X là gì?", "What is X?": the summary, then the concept's main relationships. */
export async function answerDefinition(q: Question, ctx: Context): Promise<Reply | null> {
  const concept = subjectOf(q);
  if (!concept) return null;
  return { intent: 'definition', ...(await describe(concept, ctx)) };
}

export async function describe(concept: Concept, ctx: Context): Promise<Omit<Reply, 'intent'>> {
  const relations = await ctx.relationsOf(concept.id, DESCRIPTIVE);
  const lines = [ctx.t.definition(ctx.name(concept), ctx.otherName(concept), ctx.summary(concept))];
  if (concept.syntax) lines.push(`\`${concept.syntax}\``);
  if (concept.kind === 'state' || concept.kind === 'command')
    lines.push(...(await stateMachineLines(concept, ctx)));
  lines.push(...factLines(ctx, concept, relations));
  return { concepts: [concept], lines, sources: concept.sources, diagram: null };
}
