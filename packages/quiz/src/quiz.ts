import type { Concept, DiagramSpec, GraphStore, Locale, Relation } from '@study-graph/graph';
import { QuizFacts } from './facts.ts';
import { type Candidate, candidates, proofOf, type QuizKey } from './kinds.ts';

/** Right answer plus three wrong ones. */
export const CHOICES = 4;

export interface QuizChoice {
  id: string;
  /** As shown on the button: a command as written (`docker pause`), anything else by its name. */
  label: string;
}

/** A question to ask, in one language, its choices in the order to show them. */
export interface Quiz {
  key: QuizKey;
  question: string;
  choices: QuizChoice[];
}

/** An answer checked against the graph. */
export interface QuizResult {
  correct: boolean;
  /** The right choices' labels (one, usually). */
  right: string[];
  /** Their ids. */
  rightIds: string[];
  /** Why, in the graph's own words: the relations that make the right answer right. */
  why: string[];
  sources: string[];
  /** A drawing that shows it, when one helps. */
  diagram: DiagramSpec | null;
}

export interface MakeOptions {
  /** Only questions about this concept or figure (an id); none when it has none. */
  topic?: string | undefined;
  /** A number in [0, 1): which question, which wrong choices, their order (default Math.random). */
  random?: () => number;
}

/**
 * Quiz questions generated from the graph (never written by hand), four choices each, the wrong
 * ones of the same kind as the right one; answers checked against the graph again, by the key.
 */
export class QuizMaker {
  /** Every question the graph can ask, worked out once. */
  readonly #all: Candidate[];

  private constructor(private readonly facts: QuizFacts) {
    this.#all = candidates(facts);
  }

  static async build(store: GraphStore): Promise<QuizMaker> {
    return new QuizMaker(await QuizFacts.read(store));
  }

  /** A question, or null when the graph has none (on that topic). */
  make(locale: Locale, options: MakeOptions = {}): Quiz | null {
    return this.#pick(
      this.#all.filter((c) => !options.topic || this.#isAbout(c, options.topic)),
      locale,
      options.random ?? Math.random,
    );
  }

  /** The question a key names, asked again (a review), or null when the graph no longer has it. */
  again(key: QuizKey, locale: Locale, random: () => number = Math.random): Quiz | null {
    return this.#pick(
      this.#all.filter((c) => sameKey(c.key, key)),
      locale,
      random,
    );
  }

  #pick(candidates: Candidate[], locale: Locale, random: () => number): Quiz | null {
    const pool = candidates.filter((c) => c.wrong.length >= CHOICES - 1);
    if (pool.length === 0) return null;
    const chosen = pool[Math.floor(random() * pool.length)]!;
    const wrong = shuffled(chosen.wrong, random).slice(0, CHOICES - 1);
    return {
      key: chosen.key,
      question: this.#question(chosen.key, locale),
      choices: shuffled([chosen.answer, ...wrong], random).map((c) => ({
        id: c.id,
        label: label(c, locale),
      })),
    };
  }

  /** Whether `chosen` answers the question, and why; null when the question no longer exists in the graph. */
  check(key: QuizKey, chosen: string, locale: Locale): QuizResult | null {
    const right = this.#all.filter((c) => sameKey(c.key, key));
    if (right.length === 0) return null;
    const proofs = right.flatMap((c) => proofOf(key, c.answer.id, this.facts));
    return {
      correct: proofOf(key, chosen, this.facts).length > 0,
      right: [...new Set(right.map((c) => label(c.answer, locale)))],
      rightIds: [...new Set(right.map((c) => c.answer.id))],
      why: proofs.map((r) => this.#line(r, locale)),
      sources: [...new Set(proofs.flatMap((r) => r.sources))],
      diagram: diagramOf(key, right[0]!.answer),
    };
  }

  /** About a concept when it involves it; about a figure when it is that flow, or joins two things drawn there. */
  #isAbout(c: Candidate, topic: string): boolean {
    const view = this.facts.views.get(topic);
    if (!view) return c.about.includes(topic);
    return c.about.includes(topic) || c.about.filter((id) => view.concepts.includes(id)).length >= 2;
  }

  #name(id: string, locale: Locale): string {
    const c = this.facts.concepts.get(id);
    return c ? label(c, locale) : id;
  }

  #question(key: QuizKey, locale: Locale): string {
    const t = TEXTS[locale];
    const name = (id: string) => this.#name(id, locale);
    switch (key.kind) {
      case 'command':
        return t.command(name(key.from), name(key.to));
      case 'state':
        return t.state(name(key.command), name(key.from));
      case 'member':
        return t.member(name(key.category));
      case 'relation': {
        const sample = this.facts.relations.find((r) => r.type === key.type && r.from === key.subject);
        return t.relation(name(key.subject), sample?.label[locale] ?? key.type.toLowerCase());
      }
      case 'flow':
        return t.flow(this.facts.views.get(key.view)?.title[locale] ?? key.view, name(key.step));
    }
  }

  #line(r: Relation, locale: Locale): string {
    const name = (id: string) => `**${this.#name(id, locale)}**`;
    if (r.type === 'TRANSITION')
      return `\`${this.#name(r.command ?? '', locale)}\`: ${name(r.from)} → ${name(r.to)}${r.event ? ` (${TEXTS[locale].event} \`${r.event}\`)` : ''}`;
    return `${r.order ? `${r.order}. ` : ''}${name(r.from)} ${r.label[locale]} ${name(r.to)}`;
  }
}

const TEXTS = {
  vi: {
    command: (from: string, to: string) => `Lệnh nào đưa container từ **${from}** sang **${to}**?`,
    state: (command: string, from: string) =>
      `Từ **${from}**, \`${command}\` đưa container vào trạng thái nào?`,
    member: (category: string) => `Đâu là một **${category}**?`,
    relation: (subject: string, label: string) => `Điền vào chỗ trống: **${subject}** ${label} ___`,
    flow: (title: string, step: string) => `Trong **${title}**, bước nào đến ngay sau **${step}**?`,
    event: 'sự kiện',
  },
  en: {
    command: (from: string, to: string) => `Which command takes a container from **${from}** to **${to}**?`,
    state: (command: string, from: string) =>
      `From **${from}**, which state does \`${command}\` take a container to?`,
    member: (category: string) => `Which of these is a **${category}**?`,
    relation: (subject: string, label: string) => `Fill in the blank: **${subject}** ${label} ___`,
    flow: (title: string, step: string) => `In **${title}**, which step comes right after **${step}**?`,
    event: 'event',
  },
} as const;

/** A command as written (`docker pause`), anything else by its name in the language. */
function label(c: Concept, locale: Locale): string {
  return c.kind === 'command' ? c.name.en : c.name[locale];
}

function sameKey(a: QuizKey, b: QuizKey): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The lifecycle with the move picked out, the flow, or the right answer's neighbourhood. */
function diagramOf(key: QuizKey, answer: Concept): DiagramSpec {
  switch (key.kind) {
    case 'command':
      return { kind: 'lifecycle', from: key.from, to: key.to };
    case 'state':
      return { kind: 'lifecycle', from: key.from, to: answer.id };
    case 'flow':
      return { kind: 'view', viewId: key.view };
    default:
      return { kind: 'neighbourhood', conceptId: answer.id, depth: 1 };
  }
}

/** A copy in random order (Fisher–Yates). */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
