import { type Concept, fold, RELATION_TYPES, type Relation, type RelationType } from '@study-graph/graph';
import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import { FILLER } from '../cues.ts';
import type { Question } from '../question.ts';

/** Groups a concept's edges by how they read from it: "manages: image, container". */
export function factLines(ctx: Context, concept: Concept, relations: Relation[], limit = 5): string[] {
  const groups = new Map<string, string[]>();
  for (const r of relations) {
    const outgoing = r.from === concept.id;
    const label = (outgoing ? r.label : r.inverse)[ctx.locale];
    const other = ctx.bold(outgoing ? r.to : r.from);
    const names = groups.get(label) ?? [];
    if (!names.includes(other)) groups.set(label, [...names, other]);
  }
  return [...groups].slice(0, limit).map(([label, names]) => ctx.t.factLine(label, names));
}

/**
 * Edges shown with a definition: all but the state machine and traffic steps (which have answers
 * of their own) and engine events (too many to list).
 */
export const DESCRIPTIVE: RelationType[] = RELATION_TYPES.filter(
  (t) => !['TRANSITION', 'FLOW', 'EMITS'].includes(t),
);

/** Crude English stemming, enough to match "manage" with "manages" and "managed". */
function stem(word: string): string {
  return word.replace(/(ing|ed|es|s)$/, '').replace(/e$/, '') || word;
}

function contentWords(text: string): string[] {
  return text.split(' ').filter((w) => w && !FILLER.has(w));
}

/** Labels' words, by label: the graph's labels are few and every question reads them. */
const LABEL_WORDS = new Map<string, string[]>();

/** The words of a label that carry meaning; an explanation in brackets is left out. */
function labelWords(label: string): string[] {
  let words = LABEL_WORDS.get(label);
  if (!words) {
    // Bounded, should a graph be reloaded many times with new labels.
    if (LABEL_WORDS.size > 10_000) LABEL_WORDS.clear();
    words = contentWords(fold(label.replace(/\(.*?\)/g, ' ')));
    LABEL_WORDS.set(label, words);
  }
  return words;
}

/**
 * "What does the daemon manage?", "libcontainer thay thế cái gì?", "What replaced LXC?": a named
 * concept and the words of one of its relationships; answers with the edges whose label the
 * question uses, preferring edges between two named concepts.
 */
export async function answerFacts(q: Question, ctx: Context): Promise<Reply | null> {
  const named = q.conceptList();
  const words = new Set(
    q.tokens.filter((_, i) => !q.concepts.some((m) => i >= m.start && i < m.end)).map(stem),
  );
  const uses = (label: string) => {
    const needed = labelWords(label);
    return needed.length > 0 && needed.every((w) => words.has(stem(w)));
  };
  const ids = new Set(named.map((c) => c.id));
  let first: { concept: Concept; relations: Relation[] } | null = null;
  for (const concept of named) {
    // A label is read from the edge's start, its inverse from its end: "X manages", "Y is managed by".
    const relations = (await ctx.relationsOf(concept.id, DESCRIPTIVE)).filter((r) => {
      const words = r.from === concept.id ? r.label : r.inverse;
      return uses(words.vi) || uses(words.en);
    });
    const between = relations.filter((r) => ids.has(r.from) && ids.has(r.to) && r.from !== r.to);
    if (between.length > 0) return factsReply(ctx, concept, between);
    first ??= relations.length > 0 ? { concept, relations } : null;
  }
  return first && factsReply(ctx, first.concept, first.relations);
}

function factsReply(ctx: Context, concept: Concept, relations: Relation[]): Reply {
  return {
    intent: 'facts',
    concepts: [concept],
    lines: [
      ctx.t.factsIntro(ctx.name(concept)),
      ...factLines(ctx, concept, relations, 8),
      // The fact first, then what the thing is, in its summary's words.
      `${ctx.bold(concept)}: ${ctx.summary(concept, false)}`,
    ],
    sources: [...new Set(relations.flatMap((r) => r.sources))],
    diagram: null,
  };
}
