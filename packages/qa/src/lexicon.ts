import {
  type Concept,
  fold,
  type GraphStore,
  type Passage,
  type Source,
  type View,
} from '@study-graph/graph';
import { splitOutsideBrackets } from './brackets.ts';
import { Vocabulary } from './coverage.ts';
import { affirmedStems } from './negation.ts';
import { englishStem } from './stem.ts';
import { OPPOSITE_WORDINGS } from './yes-no.ts';

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
  /**
   * Names of three or more words, by their first word, longest first: also found with a few words in
   * between; only the names whose first word is in the question are tried.
   */
  readonly spreadByFirst = new Map<string, Term[]>();
  /** Concept names of two or more words, by each of their words: for the more specific name in context. */
  readonly namesWithWord = new Map<string, Term[]>();
  /** Every folded name and alias of each concept, by its id. */
  readonly namesOf = new Map<string, string[]>();
  /** Every token that occurs in some term: a token outside this set may be a typo. */
  readonly knownTokens = new Set<string>();
  readonly concepts = new Map<string, Concept>();
  readonly views = new Map<string, View>();
  /** Views by kind, by a concept they show, and by a word of their title or aliases: answering looks
   * at the views a question could be about, never at all of them. */
  readonly viewsOfKind = new Map<View['kind'], View[]>();
  readonly viewsShowing = new Map<string, View[]>();
  readonly viewsTitled = new Map<string, View[]>();
  /** Views by the section or figure of the notes they draw. */
  readonly viewsOfSource = new Map<string, View[]>();
  /** The sections and figures of the notes, for the source line of every answer. */
  readonly sources = new Map<string, Source>();
  /** Commands by the stems their name and summary say (not deny): how-to finds a command by its words. */
  readonly commandsSaying = new Map<string, string[]>();
  /**
   * Commands, and other things whose summary writes a command out ("Publish port (`docker run -p …`)
   * … reachable from outside"), by the stems and the pairs of words side by side ("dong bang") their
   * names and summaries say: a goal in the learner's words finds how it is done.
   */
  readonly howSaying = new Map<string, string[]>();
  /** Every word of the graph's own text: names, aliases, summaries, titles. */
  readonly vocabulary = new Vocabulary();
  maxTokens = 1;

  readonly #foldedNames = new Map<string, string>();
  readonly #affirmed = new Map<string, Set<string>>();
  readonly #titleWords = new Map<string, Set<string>>();
  readonly #sentences = new Map<string, { sentence: string; stems: Set<string> }[]>();

  /**
   * A passage's clauses in a language (split after a full stop or a semicolon), each with the
   * English stems of its folded words and the whole sentence it is in: worked out once per passage.
   */
  sentencesOf(passage: Passage, locale: 'vi' | 'en'): { sentence: string; stems: Set<string> }[] {
    const key = `${locale}:${passage.id}`;
    let found = this.#sentences.get(key);
    if (!found) {
      // Matched clause by clause, as a semicolon inside brackets ends one; quoted whole.
      found = sentences(passage.text[locale]).flatMap((whole) =>
        whole.split(/(?<=;)\s+/).map((clause) => ({
          sentence: whole,
          stems: new Set(fold(clause).split(' ').map(englishStem)),
        })),
      );
      this.#sentences.set(key, found);
    }
    return found;
  }

  /** A concept's folded name in a language (computed once). */
  foldedName(id: string, locale: 'vi' | 'en'): string {
    const key = `${locale}:${id}`;
    let name = this.#foldedNames.get(key);
    if (name === undefined) {
      name = fold(this.concepts.get(id)?.name[locale] ?? id);
      this.#foldedNames.set(key, name);
    }
    return name;
  }

  /**
   * The stems a concept's English name and its summaries say without denying them (computed once):
   * what a command does, for ranking commands by the question's verb.
   */
  affirmedStemsOf(id: string): Set<string> {
    let stems = this.#affirmed.get(id);
    if (!stems) {
      const c = this.concepts.get(id);
      stems = c ? affirmedStems(`${c.name.en} ${c.summary.vi} ${c.summary.en}`) : new Set();
      this.#affirmed.set(id, stems);
    }
    return stems;
  }

  static async build(store: GraphStore): Promise<Lexicon> {
    const lexicon = new Lexicon();
    const [concepts, views, passages] = await Promise.all([
      store.listConcepts(),
      store.listViews(),
      store.listPassages(),
    ]);
    for (const p of passages) lexicon.vocabulary.add(`${p.text.vi} ${p.text.en}`, true);
    // What a yes or a no reads as the notes' opposite wordings ("cost money" against "free") is covered.
    lexicon.vocabulary.add(OPPOSITE_WORDINGS.join(' '));
    for (const c of concepts) {
      lexicon.concepts.set(c.id, c);
      lexicon.#add('concept', c.id, [c.name.vi, c.name.en, ...c.aliases.vi, ...c.aliases.en]);
      lexicon.vocabulary.add(`${c.summary.vi} ${c.summary.en}`);
      if (c.kind === 'command')
        for (const stem of lexicon.affirmedStemsOf(c.id)) pushTo(lexicon.commandsSaying, stem, c.id);
      // An event names the command it follows ("destroy … (`docker rm`)"): what happened, not how.
      if (c.kind === 'command' || (c.kind !== 'event' && writesCommand(c)))
        for (const key of saidKeys(c)) pushTo(lexicon.howSaying, key, c.id);
    }
    for (const v of views) {
      lexicon.views.set(v.id, v);
      lexicon.#index(v);
      lexicon.#add('view', v.id, [v.title.vi, v.title.en, ...v.aliases.vi, ...v.aliases.en]);
    }
    for (const list of lexicon.spreadByFirst.values()) list.sort(longestFirst);
    const sourceIds = [...new Set([...concepts, ...views].flatMap((x) => x.sources))];
    for (const source of await store.sources(sourceIds)) {
      lexicon.sources.set(source.id, source);
      lexicon.vocabulary.add(`${source.section.vi} ${source.section.en}`);
    }
    return lexicon;
  }

  #index(v: View): void {
    pushTo(this.viewsOfKind, v.kind, v);
    for (const id of new Set(v.concepts)) pushTo(this.viewsShowing, id, v);
    const words = new Set(titleWords(v));
    this.#titleWords.set(v.id, words);
    for (const word of words) pushTo(this.viewsTitled, word, v);
    for (const source of v.sources) pushTo(this.viewsOfSource, source, v);
  }

  /** The folded words of a view's titles and aliases, both languages (computed with the lexicon). */
  titleWordsOf(v: View): Set<string> {
    return this.#titleWords.get(v.id) ?? new Set(titleWords(v));
  }

  /** The views that show one of these concepts or use one of these words in their title, in id order. */
  viewsAbout(conceptIds: Iterable<string>, words: Iterable<string>): View[] {
    const found = new Map<string, View>();
    for (const id of conceptIds) for (const v of this.viewsShowing.get(id) ?? []) found.set(v.id, v);
    for (const w of words) for (const v of this.viewsTitled.get(w) ?? []) found.set(v.id, v);
    return [...found.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  #add(type: TargetType, id: string, names: string[]): void {
    for (const name of names) this.vocabulary.add(name, true);
    for (const text of new Set(names.map(fold).filter(Boolean))) {
      const term: Term = { text, tokens: text.split(' '), type, id };
      pushTo(this.exact, text, term, (t) => t.type === type && t.id === id);
      if (type === 'concept') pushTo(this.namesOf, id, text);
      pushTo(this.fuzzy, fuzzyKey(text[0]!, term.tokens.length), term);
      for (const token of term.tokens) this.knownTokens.add(token);
      if (term.tokens.length >= 3) pushTo(this.spreadByFirst, term.tokens[0]!, term);
      if (type === 'concept' && term.tokens.length >= 2)
        for (const token of new Set(term.tokens)) pushTo(this.namesWithWord, token, term);
      this.maxTokens = Math.max(this.maxTokens, term.tokens.length);
    }
  }
}

/** Longer names first, then alphabetically. */
export function longestFirst(a: Term, b: Term): number {
  return b.tokens.length - a.tokens.length || (a.text < b.text ? -1 : 1);
}

/** The folded words of a view's titles and aliases in both languages. */
function titleWords(v: View): string[] {
  return [v.title.vi, v.title.en, ...v.aliases.vi, ...v.aliases.en].flatMap((t) => fold(t).split(' '));
}

/** A command or an option written out in a text ("`docker run -p 8080:80`"): it says how, not only what. */
export const WRITTEN_COMMAND = /`[^`]*(docker|-\w)[^`]*`/;

const writesCommand = (c: Concept): boolean =>
  [c.summary.vi, c.summary.en].some((t) => WRITTEN_COMMAND.test(t));

/** A concept's stems and its pairs of folded words side by side, each once. */
function saidKeys(c: Concept): Set<string> {
  const keys = new Set<string>();
  for (const text of [c.name.vi, c.name.en, ...c.aliases.vi, ...c.aliases.en, c.summary.vi, c.summary.en]) {
    const words = fold(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    for (const [i, word] of words.entries()) {
      keys.add(englishStem(word));
      if (i > 0) keys.add(`${words[i - 1]} ${word}`);
    }
  }
  return keys;
}

/** Adds to a list in a map in place (a copy per add would make building quadratic). */
function pushTo<K, T>(map: Map<K, T[]>, key: K, item: T, already?: (t: T) => boolean): void {
  const list = map.get(key);
  if (!list) map.set(key, [item]);
  else if (!already || !list.some(already)) list.push(item);
}

export function fuzzyKey(first: string, tokenCount: number): string {
  return `${first}:${tokenCount}`;
}

/** A text's sentences: split after a full stop or a semicolon, never inside brackets ("bridge (the default; one host)"). */
export function sentences(text: string): string[] {
  return splitOutsideBrackets(text, /^[.;](?=\s)/, 1)
    .map((s) => s.trim())
    .filter(Boolean);
}
