import { type Concept, fold, type GraphStore, type Source, type View } from '@study-graph/graph';
import { Vocabulary } from './coverage.ts';

export type TargetType = 'concept' | 'view';

export interface Term {
  text: string;
  tokens: string[];
  type: TargetType;
  id: string;
}

/**
 * Every name and alias of every concept and view, folded, indexed for linking. Built once from the
 * store, so linking costs no queries.
 */
export class Lexicon {
  readonly exact = new Map<string, Term[]>();
  /** Terms by their first letter and token count, for typo-tolerant matching. */
  readonly fuzzy = new Map<string, Term[]>();
  /** Names of three or more words, longest first: also found with a few words in between. */
  readonly spread: Term[] = [];
  /** Every token that occurs in some term: a token outside this set may be a typo. */
  readonly knownTokens = new Set<string>();
  readonly concepts = new Map<string, Concept>();
  readonly views = new Map<string, View>();
  /** The sections and figures of the notes, for the source line of every answer. */
  readonly sources = new Map<string, Source>();
  /** Every word of the graph's own text: names, aliases, summaries, titles. */
  readonly vocabulary = new Vocabulary();
  maxTokens = 1;

  static async build(store: GraphStore): Promise<Lexicon> {
    const lexicon = new Lexicon();
    const [concepts, views, passages] = await Promise.all([
      store.listConcepts(),
      store.listViews(),
      store.listPassages(),
    ]);
    for (const p of passages) lexicon.vocabulary.add(`${p.text.vi} ${p.text.en}`);
    for (const c of concepts) {
      lexicon.concepts.set(c.id, c);
      lexicon.#add('concept', c.id, [c.name.vi, c.name.en, ...c.aliases.vi, ...c.aliases.en]);
      lexicon.vocabulary.add(`${c.summary.vi} ${c.summary.en}`);
    }
    for (const v of views) {
      lexicon.views.set(v.id, v);
      lexicon.#add('view', v.id, [v.title.vi, v.title.en, ...v.aliases.vi, ...v.aliases.en]);
    }
    lexicon.spread.sort((a, b) => b.tokens.length - a.tokens.length || (a.text < b.text ? -1 : 1));
    const sourceIds = [...new Set([...concepts, ...views].flatMap((x) => x.sources))];
    for (const source of await store.sources(sourceIds)) {
      lexicon.sources.set(source.id, source);
      lexicon.vocabulary.add(`${source.section.vi} ${source.section.en}`);
    }
    return lexicon;
  }

  #add(type: TargetType, id: string, names: string[]): void {
    for (const name of names) this.vocabulary.add(name);
    for (const text of new Set(names.map(fold).filter(Boolean))) {
      const term: Term = { text, tokens: text.split(' '), type, id };
      const same = this.exact.get(text) ?? [];
      if (!same.some((t) => t.type === type && t.id === id)) this.exact.set(text, [...same, term]);
      const key = fuzzyKey(text[0]!, term.tokens.length);
      this.fuzzy.set(key, [...(this.fuzzy.get(key) ?? []), term]);
      for (const token of term.tokens) this.knownTokens.add(token);
      if (term.tokens.length >= 3) this.spread.push(term);
      this.maxTokens = Math.max(this.maxTokens, term.tokens.length);
    }
  }
}

export function fuzzyKey(first: string, tokenCount: number): string {
  return `${first}:${tokenCount}`;
}
