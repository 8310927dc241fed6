import { type Concept, fold, RELATION_TYPES, type Relation, type RelationType } from '@study-graph/graph';
import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import { FILLER } from '../cues.ts';
import type { Question } from '../question.ts';

/** Groups a concept's edges by how they read from it: "manages: image, container". */
export function factLines(
  ctx: Context,
  concept: Concept,
  relations: Relation[],
  limit = 5,
  counted = false,
): string[] {
  const groups = new Map<string, string[]>();
  for (const r of relations) {
    const outgoing = r.from === concept.id;
    const label = (outgoing ? r.label : r.inverse)[ctx.locale];
    const other = ctx.bold(outgoing ? r.to : r.from);
    const names = groups.get(label) ?? [];
    if (!names.includes(other)) groups.set(label, [...names, other]);
  }
  // Counted when the question asks how many: "có phiên bản (2): Docker CE, Docker EE".
  return [...groups]
    .slice(0, limit)
    .map(([label, names]) => ctx.t.factLine(counted ? `${label} (${names.length})` : label, names));
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
    if (between.length > 0) return await factsReply(q, ctx, concept, between);
    first ??= relations.length > 0 ? { concept, relations } : null;
  }
  return first && (await factsReply(q, ctx, first.concept, first.relations));
}

/** At most this many other things named by the facts are each said in their own words too. */
const EXPLAINED_OTHERS = 3;

/** Words that ask for the things themselves, by count or by name: "có mấy phiên bản", "name the". */
const ASKS_WHICH = ['co may', 'gom may', 'bao nhieu', 'ke ten', 'how many', 'name the', 'which are'];

async function factsReply(
  q: Question,
  ctx: Context,
  concept: Concept,
  relations: Relation[],
): Promise<Reply> {
  const others = [...new Set(relations.map((r) => (r.from === concept.id ? r.to : r.from)))].flatMap(
    (id) => ctx.lexicon.concepts.get(id) ?? [],
  );
  // "Docker có mấy phiên bản": the editions' names alone ("Docker CE") do not say what they are.
  const text = ` ${q.tokens.join(' ')} `;
  const asksWhich = ASKS_WHICH.some((w) => text.includes(` ${w} `));
  const explained = asksWhich && others.length <= EXPLAINED_OTHERS ? others : [];
  const example = await exampleOf(ctx, concept, relations);
  return {
    intent: 'facts',
    concepts: [concept],
    lines: [
      ctx.t.factsIntro(ctx.name(concept)),
      ...factLines(ctx, concept, relations, 8, asksWhich),
      ...explained.map((c) => `• ${ctx.bold(c)}: ${ctx.summary(c, false)}`),
      ...(example ? [example.line] : []),
      // The fact first, then what the thing is, in its summary's words.
      `${ctx.bold(concept)}: ${ctx.summary(concept, false)}`,
    ],
    sources: [...new Set([...relations, ...(example?.relations ?? [])].flatMap((r) => r.sources))],
    diagram: null,
  };
}

/** The notes' own case of the first of `relations` that starts at `concept`, if they give one. */
export async function exampleOf(
  ctx: Context,
  concept: Concept,
  relations: Relation[],
): Promise<{ line: string; relations: Relation[] } | null> {
  const own = relations.find((r) => r.from === concept.id);
  return own ? ctx.example(concept, own.type) : null;
}
