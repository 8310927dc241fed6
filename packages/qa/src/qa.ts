import type { GraphStore, Locale } from '@study-graph/graph';
import { type Answer, MAX_ANSWER_LENGTH, type Reply } from './answer.ts';
import { Context } from './context.ts';
import { type ExplainRequest, explainReply } from './explain.ts';
import { answerAlternatives } from './intents/alternatives.ts';
import { answerComparison } from './intents/comparison.ts';
import { answerDefinition } from './intents/definition.ts';
import { answerDiagram } from './intents/diagram.ts';
import { answerFacts } from './intents/facts.ts';
import { answerFlow } from './intents/flow.ts';
import { answerHowto } from './intents/howto.ts';
import { answerLifecycle } from './intents/lifecycle.ts';
import { answerMembers, answerParts } from './intents/parts.ts';
import { answerRelation } from './intents/relation.ts';
import { answerUnknown } from './intents/unknown.ts';
import { answerVersion } from './intents/version.ts';
import { Lexicon } from './lexicon.ts';
import { MAX_QUESTION_LENGTH } from './normalize.ts';
import { type AskOptions, parseQuestion, type Question } from './question.ts';

type Handler = (q: Question, ctx: Context) => Promise<Reply | null>;

/**
 * Intents in the order they are tried; the first that recognises the question answers it. Specific
 * shapes (a drawing, a version, a state change) come before the general ones (a path, a definition).
 */
const HANDLERS: Handler[] = [
  answerDiagram,
  answerVersion,
  answerAlternatives,
  answerLifecycle,
  answerComparison,
  answerFlow,
  answerParts,
  answerMembers,
  async (q, ctx) => (q.has('definition') ? answerDefinition(q, ctx) : null),
  async (q, ctx) => (q.has('relation') ? answerRelation(q, ctx) : null),
  answerFacts,
  answerRelation,
  answerHowto,
  answerDefinition,
];

export interface Qa {
  ask(question: string, options?: AskOptions): Promise<Answer>;
  /** Answers a request by ids (a button, a menu, a command option), in the given language. */
  explain(request: ExplainRequest, options: { locale: Locale }): Promise<Answer>;
  /** Re-reads names and aliases from the store, after the graph changed. */
  refresh(): Promise<void>;
}

/** Question answering over any GraphStore. */
export async function createQa(store: GraphStore): Promise<Qa> {
  let lexicon = await Lexicon.build(store);
  return {
    async ask(raw, options = {}) {
      const q = await parseQuestion(raw, lexicon, store, options);
      const ctx = new Context(store, lexicon, q.locale);
      return compose(q.text.display, ctx, await reply(q, ctx));
    },
    async explain(request, { locale }) {
      const ctx = new Context(store, lexicon, locale);
      const found = await explainReply(request, ctx);
      const unknown = {
        intent: 'unknown' as const,
        concepts: [],
        lines: [ctx.t.unknown],
        sources: [],
        diagram: null,
        found: false,
      };
      return compose('', ctx, found ?? unknown);
    },
    async refresh() {
      lexicon = await Lexicon.build(store);
    },
  };
}

async function reply(q: Question, ctx: Context): Promise<Reply> {
  if (q.tokens.length === 0 || q.text.tooLong) {
    const line = q.text.tooLong ? ctx.t.tooLong(q.text.length, MAX_QUESTION_LENGTH) : ctx.t.empty;
    return { intent: 'invalid', concepts: [], lines: [line], sources: [], diagram: null, found: false };
  }
  for (const handler of HANDLERS) {
    const found = await handler(q, ctx);
    if (found) return found;
  }
  return answerUnknown(q, ctx);
}

async function compose(question: string, ctx: Context, r: Reply): Promise<Answer> {
  const ids = [...new Set(r.sources)].slice(0, 3);
  const known = ids.flatMap((id) => ctx.lexicon.sources.get(id) ?? []);
  // Sources named only by relations are looked up; the rest were read with the lexicon.
  const sources = known.length === ids.length ? known : await ctx.store.sources(ids);
  const titles = sources.map(
    (s) => `${s.section[ctx.locale]}${s.figure ? ` (${ctx.t.figure(s.figure)})` : ''}`,
  );
  const footer = titles.length > 0 ? `\n${ctx.t.sources}: ${titles.join('; ')}` : '';
  return {
    question,
    locale: ctx.locale,
    intent: r.intent,
    found: r.found ?? true,
    concepts: r.concepts.map((c) => ({ id: c.id, name: ctx.name(c) })),
    answer: fit(r.lines, MAX_ANSWER_LENGTH - footer.length, ctx) + footer,
    diagram: r.diagram,
    sources: sources.map((s, i) => ({ id: s.id, title: titles[i]! })),
    suggestions: (r.suggestions ?? []).map((c) => ({ id: c.id, name: ctx.name(c) })),
  };
}

/** Whole lines up to the limit, then a note of how many were left out. */
function fit(lines: string[], max: number, ctx: Context): string {
  const kept: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    const more = ctx.t.more(lines.length - i);
    if (length + line.length + 1 > max - more.length - 1) {
      kept.push(kept.length === 0 ? `${line.slice(0, max - more.length - 2)}…` : more);
      break;
    }
    kept.push(line);
    length += line.length + 1;
  }
  return kept.join('\n');
}
