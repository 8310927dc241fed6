import type {
  Concept,
  GraphStore,
  Locale,
  Path,
  Relation,
  RelationType,
  Subgraph,
  TransitionFilter,
} from '@study-graph/graph';
import { en } from './compose/en.ts';
import type { Texts } from './compose/texts.ts';
import { vi } from './compose/vi.ts';
import { GraphReads } from './graph-reads.ts';
import { type Lexicon, WRITTEN_COMMAND } from './lexicon.ts';

const TEXTS: Record<Locale, Texts> = { vi, en };

/** The longest path an answer explains, step by step. */
const MAX_PATH_STEPS = 5;

/** What every intent works with: the store, the lexicon, and the words of the reply's language. */
export class Context {
  readonly t: Texts;

  constructor(
    readonly store: GraphStore,
    readonly lexicon: Lexicon,
    readonly locale: Locale,
    readonly reads: GraphReads = new GraphReads(),
  ) {
    this.t = TEXTS[locale];
  }

  /**
   * A concept's relations, all of them asked of the store once (one round trip) and filtered here:
   * several ways of answering look at the same concept, with different types.
   */
  async relationsOf(id: string, types?: RelationType[]): Promise<Relation[]> {
    const all = this.reads.get(`relations:${id}`, () => this.store.relationsOf(id));
    return types ? (await all).filter((r) => types.includes(r.type)) : all;
  }

  /**
   * The shortest path between two concepts (a drawing and a relation both want it), of at most
   * `MAX_PATH_STEPS`: a longer chain explains nothing a learner asked.
   */
  shortestPath(from: string, to: string): Promise<Path | null> {
    return this.reads.get(`path:${from}>${to}`, () =>
      this.store.shortestPath(from, to, { maxDepth: MAX_PATH_STEPS }),
    );
  }

  /**
   * The concepts one step from `id`, by name in the reply language: the other ends of its relations,
   * so the menu under an answer costs no round trip of its own (and no query shape that a Neo4j just
   * restarted must first plan).
   */
  async around(id: string): Promise<Concept[]> {
    const ends = new Set((await this.relationsOf(id)).flatMap((r) => [r.from, r.to]));
    ends.delete(id);
    const concepts = [...ends].flatMap((end) => this.lexicon.concepts.get(end) ?? []);
    return concepts.sort((a, b) => this.name(a).localeCompare(this.name(b)));
  }

  /**
   * A case of `c` that makes one of its relations concrete: a kind of `c` (an IS_A to it) with two
   * or more relations of `type` of its own that say the same (their labels alike but for what is in
   * brackets). "Can a container be on two networks at once?" is answered by the notes' web front end,
   * attached (through eth0) to docker0 and (through eth1) to an internal network.
   */
  async example(c: Concept, type: RelationType): Promise<{ line: string; relations: Relation[] } | null> {
    if (type === 'IS_A') return null;
    const kinds = (await this.relationsOf(c.id, ['IS_A'])).filter((r) => r.to === c.id);
    const relations = await this.relationsOfEach(
      kinds.map((k) => k.from),
      [type],
    );
    for (const [i, kind] of kinds.entries()) {
      const own = relations[i]!.filter((r) => r.from === kind.from);
      const saying = (r: Relation) => r.label.en.replace(/\s*\([^)]*\)/g, '');
      const alike = own.filter((r) => own.filter((o) => saying(o) === saying(r)).length >= 2);
      if (alike.length < 2) continue;
      const parts = alike.map((r) => `${r.label[this.locale]} ${this.bold(r.to)}`);
      return { line: this.t.example(this.bold(kind.from), parts), relations: alike };
    }
    return null;
  }

  /**
   * Several concepts' relations, in their order: asked of the store together, so a loop over them
   * waits for one round trip, not one each.
   */
  relationsOfEach(ids: readonly string[], types?: RelationType[]): Promise<Relation[][]> {
    return Promise.all(ids.map((id) => this.relationsOf(id, types)));
  }

  /** A view's concepts and relations. */
  view(id: string): Promise<Subgraph | null> {
    return this.reads.get(`view:${id}`, () => this.store.view(id));
  }

  /** Several views, in their order, read together. */
  views(ids: readonly string[]): Promise<(Subgraph | null)[]> {
    return Promise.all(ids.map((id) => this.view(id)));
  }

  /** Lifecycle moves, all of them or those from, to or by something. */
  transitions(filter: TransitionFilter = {}): Promise<Relation[]> {
    return this.reads.get(`transitions:${JSON.stringify(filter)}`, () => this.store.transitions(filter));
  }

  /** A concept's name in the reply language (by id or concept). */
  name(c: Concept | string): string {
    const concept = typeof c === 'string' ? this.lexicon.concepts.get(c) : c;
    return concept ? concept.name[this.locale] : String(c);
  }

  /** A concept's name in the reply language, folded, for finding it in a text. */
  foldedName(c: Concept): string {
    return this.lexicon.foldedName(c.id, this.locale);
  }

  bold(c: Concept | string): string {
    return `**${this.name(c)}**`;
  }

  /** Commands read best as code: `docker pause`. */
  command(id: string): string {
    return this.lexicon.concepts.get(id)?.name.en ?? id;
  }

  /** The other language's name, when it differs, to help learners who know the other term. */
  otherName(c: Concept): string | null {
    const other = c.name[this.locale === 'vi' ? 'en' : 'vi'];
    return other !== c.name[this.locale] ? other : null;
  }

  summary(c: Concept, full = true): string {
    const text = c.summary[this.locale];
    return full ? text : firstSentence(text);
  }

  /**
   * "**Published port**: … `docker run -p 8080:80` …": for each thing (not a command) whose first
   * sentence writes a command out, that sentence. Asked how, such a thing says how itself.
   */
  saysHow(things: Concept[]): string[] {
    return things
      .filter((c) => c.kind !== 'command' && WRITTEN_COMMAND.test(this.summary(c, false)))
      .map((c) => `${this.bold(c)}: ${this.summary(c, false)}`);
  }

  /** "**A** manages **B**", always read in the edge's own direction. */
  relationLine(r: Relation): string {
    const label =
      r.type === 'TRANSITION' && r.command ? `→ \`${this.command(r.command)}\` →` : r.label[this.locale];
    const version = r.version ? ` (${r.version})` : '';
    return `${this.bold(r.from)} ${label} ${this.bold(r.to)}${version}`;
  }
}

const ABBREVIATIONS = /(?:\be\.g|\bi\.e|\betc|\bvs|\bv\.v)$/i;

/**
 * The first sentence: it ends where a capital letter, a code span or the end follows, and not after
 * an abbreviation, so "e.g. `-p 8080:80`" does not cut it.
 */
export function firstSentence(text: string): string {
  for (const m of text.matchAll(/[.!?](?=\s+[\p{Lu}`"(]|\s*$)/gu)) {
    if (!ABBREVIATIONS.test(text.slice(0, m.index))) return text.slice(0, m.index + 1);
  }
  return text;
}
