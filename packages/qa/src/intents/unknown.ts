import type { Concept } from '@study-graph/graph';
import type { Reply } from '../answer.ts';
import type { AskedValue } from '../asked-value.ts';
import type { Context } from '../context.ts';
import { FILLER } from '../cues.ts';
import { allowedTypos, editDistance } from '../edit-distance.ts';
import { fuzzyKey } from '../lexicon.ts';
import type { Question } from '../question.ts';

/** Up to three concepts whose name is close to a word of the question, for "did you mean". */
export function suggestions(q: Question, ctx: Context): Concept[] {
  const found = new Map<string, number>();
  for (const token of q.tokens) {
    if (token.length < 4 || FILLER.has(token) || /^\d+$/.test(token)) continue;
    const max = allowedTypos(token.length) + 1;
    // One-word names with the same first letter: the lexicon keeps them together.
    for (const t of ctx.lexicon.fuzzy.get(fuzzyKey(token[0]!, 1)) ?? []) {
      const d = editDistance(token, t.text, max);
      if (d <= max && t.type === 'concept' && d < (found.get(t.id) ?? Infinity)) found.set(t.id, d);
    }
  }
  return [...found]
    .sort(([a, da], [b, db]) => da - db || (a < b ? -1 : 1))
    .slice(0, 3)
    .map(([id]) => ctx.lexicon.concepts.get(id)!);
}

/** Nothing in the graph matches: say so, and offer close names when there are some. */
export function answerUnknown(q: Question, ctx: Context): Reply {
  const close = suggestions(q, ctx);
  const offer = close.length > 0 ? [ctx.t.didYouMean(close.map((c) => ctx.bold(c)))] : [];
  return declined([ctx.t.unknown, ...offer], close);
}

/** A reply that answers nothing: what it says, and the topics offered instead (as buttons). */
function declined(lines: string[], offered: Concept[]): Reply {
  return {
    intent: 'unknown',
    concepts: [],
    lines,
    sources: [],
    diagram: null,
    found: false,
    suggestions: offered,
  };
}

/** "Có nên …", "should I …": the notes hold facts, not advice; the topics it names are offered. */
export function answerNoAdvice(q: Question, ctx: Context): Reply {
  const named = q.specificFirst().slice(0, 3);
  const offer = named.length > 0 ? [ctx.t.nearestTopics(named.map((c) => ctx.bold(c)))] : [];
  return declined([ctx.t.noAdvice, ...offer], named);
}

/** The question asks for a value (a price, a port number) that the notes don't give for what it names. */
export function answerValueNotGiven(q: Question, ctx: Context, value: AskedValue): Reply {
  // "the pull rate limit of Docker Hub": the longest name is whose value it is, not "pull".
  const named = q.specificFirst().slice(0, 3);
  const of = named[0] ? ctx.bold(named[0]) : undefined;
  const offer = named.length > 0 ? [ctx.t.nearestTopics(named.map((c) => ctx.bold(c)))] : [];
  return declined([ctx.t.valueNotGiven(value.name[ctx.locale], of), ...offer], named);
}

/**
 * The question turns on words the notes never use ("Kubernetes", "docker compose"): say so, name
 * them, and offer what the question does name that the notes cover, or the closest names.
 */
export function answerNotCovered(q: Question, ctx: Context, words: string[]): Reply {
  const named = q.conceptList().slice(0, 3);
  const nearest = named.length > 0 ? named : suggestions(q, ctx);
  const offer = nearest.length > 0 ? [ctx.t.nearestTopics(nearest.map((c) => ctx.bold(c)))] : [];
  return declined([ctx.t.notCovered(words.map((w) => `**${w}**`)), ...offer], nearest);
}
