import { type Concept, fold, type GraphStore, type Locale, type View } from '@study-graph/graph';
import { CUE_PHRASE_WORDS, cueWordMeant, isContentWord, VIETNAMESE_SYLLABLE } from './coverage.ts';
import { CUES, type CueName, DRAW_WORDS } from './cues.ts';
import { detectLanguage, type LanguageGuess } from './language.ts';
import type { Lexicon, Term } from './lexicon.ts';
import { link, type Mention } from './link.ts';
import { type NormalizedQuestion, normalizeQuestion } from './normalize.ts';
import { englishStem } from './stem.ts';
import { asksSomething } from './yes-no.ts';

export interface AskOptions {
  /** Forces the reply language (a `--lang` flag). */
  locale?: Locale;
  /** Used only when the question itself does not show its language (Discord's `interaction.locale`). */
  fallbackLocale?: Locale;
  /**
   * The same learner's previous question in the same place, a few minutes old at most (the frontend
   * keeps it): "còn paused thì sao?" is that question asked again about `paused`.
   */
  previous?: string;
}

/** Words for "command" that may stand beside a command's name. */
const COMMAND_WORDS = new Set(['lenh', 'command', 'cmd']);

/** A question taken apart: its text, language, the concepts and views it names, and its cue words. */
export class Question {
  readonly concepts: (Mention & { concept: Concept })[];
  readonly views: (Mention & { view: View })[];
  readonly #cueAt = new Map<CueName, number>();
  #cueTokens: string[] | undefined;

  constructor(
    readonly text: NormalizedQuestion,
    readonly language: LanguageGuess,
    mentions: Mention[],
    readonly lexicon: Lexicon,
  ) {
    this.concepts = mentions.flatMap((m) => {
      const concept = m.type === 'concept' ? lexicon.concepts.get(m.id) : undefined;
      return concept ? [{ ...m, concept }] : [];
    });
    this.views = mentions.flatMap((m) => {
      const view = m.type === 'view' ? lexicon.views.get(m.id) : undefined;
      return view ? [{ ...m, view }] : [];
    });
  }

  get locale(): Locale {
    return this.language.locale;
  }

  get tokens(): string[] {
    return this.text.tokens;
  }

  /**
   * The tokens as cue phrases are looked for in: a mistyped cue word ("trafic") read as meant; none
   * in a statement after the question ("overlay là gì, thấy trong list driver mà ko hiểu"), which
   * says where the learner met the thing, not what they ask.
   */
  get cueTokens(): string[] {
    if (this.#cueTokens === undefined) {
      const asked = this.askedLength();
      const naming = this.#namingCommands();
      const tokens = this.tokens.map((t, i) => (i < asked && !naming.has(i) ? cueWordMeant(t) : ''));
      this.#cueTokens = tokens.map((t, i) => (t === 'vs' && afterRelationWord(tokens, i) ? 'voi' : t));
    }
    return this.#cueTokens;
  }

  /**
   * "lệnh docker commit", "the docker run command": the word "command" beside a command's name is
   * part of naming it, not a question for a command.
   */
  #namingCommands(): Set<number> {
    const at = new Set<number>();
    for (const m of this.concepts) {
      if (m.concept.kind !== 'command') continue;
      if (COMMAND_WORDS.has(this.tokens[m.start - 1] ?? '')) at.add(m.start - 1);
      if (COMMAND_WORDS.has(this.tokens[m.end] ?? '')) at.add(m.end);
    }
    return at;
  }

  /** Token index where a cue phrase starts, or -1. */
  cueAt(name: CueName): number {
    let at = this.#cueAt.get(name);
    if (at === undefined) {
      at = Math.min(
        ...CUES[name].map((phrase) => indexOfPhrase(this.cueTokens, phrase)).filter((i) => i >= 0),
        Infinity,
      );
      if (name === 'diagram' && at === Infinity) at = drawWordAt(this.text.display);
      // "where does the daemon get images from": "where", then "from" later on.
      if (name === 'source' && at === Infinity) at = whereFromAt(this.cueTokens);
      if (name === 'why' && at === Infinity) at = whySaoAt(this.cueTokens);
      if (name === 'comparison' && at === Infinity) at = chosenOverAt(this.cueTokens);
      if (name === 'via' && at === Infinity) at = joinedHowAt(this.cueTokens);
      this.#cueAt.set(name, at === Infinity ? -1 : at);
    }
    return at === Infinity ? -1 : at;
  }

  has(name: CueName): boolean {
    return this.cueAt(name) >= 0;
  }

  /** Distinct concepts in the order they are named. */
  conceptList(filter: (c: Concept) => boolean = () => true): Concept[] {
    const seen = new Set<string>();
    return this.concepts
      .filter((m) => filter(m.concept) && !seen.has(m.id) && seen.add(m.id))
      .map((m) => m.concept);
  }

  /**
   * Distinct concepts, the most specific first: longer names before shorter, then in order; a
   * possessor ("the container's sandbox") after what it has.
   */
  specificFirst(): Concept[] {
    const owns = (m: Mention) =>
      this.tokens[m.end] === 's' && this.concepts.some((o) => o.start === m.end + 1);
    const ordered = [...this.concepts].sort(
      (a, b) => Number(owns(a)) - Number(owns(b)) || b.end - b.start - (a.end - a.start) || a.start - b.start,
    );
    return [...new Set(ordered.map((m) => m.concept))];
  }

  /**
   * For each token, whether it is what a command named before it runs on: "docker run nginx",
   * "docker pull ubuntu" (flags and their values skipped). An image's name says nothing the notes
   * must cover.
   */
  commandArguments(): boolean[] {
    const args = this.tokens.map(() => false);
    for (const m of this.concepts.filter((c) => c.concept.kind === 'command')) {
      let i = m.end;
      while (i < this.tokens.length && /^-|\d/.test(this.tokens[i]!)) i++;
      if (i < this.tokens.length && isContentWord(this.tokens[i]!)) args[i] = true;
    }
    return args;
  }

  /**
   * For each token, whether it is part of a named concept or view. A name found with other words
   * inside it ("docker service scale trong swarm mode") links only its own words: the others may
   * be what the notes do not cover.
   */
  linkedTokens(): boolean[] {
    if (!this.#linked) {
      const linked = this.tokens.map(() => false);
      for (const m of [...this.concepts, ...this.views]) {
        const own = new Set(
          ('concept' in m
            ? (this.lexicon.namesOf.get(m.id) ?? [])
            : [m.view.title.vi, m.view.title.en, ...m.view.aliases.vi, ...m.view.aliases.en].map(fold)
          ).flatMap((n) => n.split(' ').map(englishStem)),
        );
        for (let i = m.start; i < m.end; i++)
          if (m.distance > 0 || i === m.start || i === m.end - 1 || own.has(englishStem(this.tokens[i]!)))
            linked[i] = true;
      }
      this.#linked = linked;
    }
    return this.#linked;
  }

  /**
   * For each token, whether it names a platform or a tool ("docker", "lxc"), also as the first word of
   * another name ("docker volume"): products' names go first in other products' and commands' names.
   */
  productTokens(): boolean[] {
    const isProduct = (c: Concept | undefined) => c?.kind === 'platform' || c?.kind === 'tool';
    const products = this.tokens.map((t) =>
      (this.lexicon.exact.get(t) ?? []).some((term) => isProduct(this.lexicon.concepts.get(term.id))),
    );
    for (const m of this.concepts) if (isProduct(m.concept)) products.fill(true, m.start, m.end);
    return products;
  }

  #linked: boolean[] | undefined;
  #content: string[] | undefined;
  #contentStems: string[] | undefined;

  /** The words outside named concepts and views that are not function or cue words. */
  contentWords(): string[] {
    const linked = this.linkedTokens();
    this.#content ??= this.tokens.filter((_, i) => !linked[i] && this.isContent(i));
    return this.#content;
  }

  /** Whether the token carries meaning: not a function word, nor part of a cue phrase the question uses. */
  isContent(i: number): boolean {
    const token = this.tokens[i]!;
    if (isContentWord(token)) return true;
    if (!CUE_PHRASE_WORDS.has(token)) return false;
    this.#inCuePhrase ??= cuePhraseTokens(this.tokens);
    return !this.#inCuePhrase[i];
  }

  #inCuePhrase: boolean[] | undefined;

  /**
   * Whether the token and an unlinked neighbour are two Vietnamese syllables the notes write side by
   * side: a word of theirs ("đóng băng", "nói chuyện") though no list counts either syllable as content.
   */
  inNotesWord(i: number): boolean {
    // In English, "to" and "each" only look like syllables: "each other" is no word of the claim.
    if (this.locale !== 'vi') return false;
    const linked = this.linkedTokens();
    return [i - 1, i + 1].some((j) => {
      const [a, b] = [this.tokens[Math.min(i, j)], this.tokens[Math.max(i, j)]];
      return (
        a !== undefined &&
        b !== undefined &&
        !linked[j] &&
        VIETNAMESE_SYLLABLE.test(a) &&
        this.lexicon.vocabulary.knowsPair(a, b)
      );
    });
  }

  /** The same, by their English stems. */
  contentStems(): string[] {
    this.#contentStems ??= this.contentWords().map(englishStem);
    return this.#contentStems;
  }

  /** Whether the question goes without the concept: "without a registry", "không qua registry". */
  goesWithout(id: string): boolean {
    return this.withoutAt(id) !== undefined;
  }

  /** Where the words saying the question goes without the concept start ("without doing docker run"). */
  withoutAt(id: string): number | undefined {
    let end = this.mentionOf(id)?.start ?? 0;
    while (end > 0 && WITHOUT_FILLER.has(this.tokens[end - 1]!)) end--;
    const phrase = WITHOUT.find((p) => p.every((w, j) => this.tokens[end - p.length + j] === w));
    return phrase ? end - phrase.length : undefined;
  }

  /**
   * Whether the concept is the platform the question's claim holds in ("the drivers in Docker",
   * "trong docker"), or what it opens with ("In CNM, …"): where, not what, is asked.
   */
  isSetting(id: string): boolean {
    const m = this.concepts.find((c) => c.id === id);
    if (!m) return false;
    // "the default network driver of Docker": the platform a thing belongs to, unless it is what the
    // thing is a part or a kind of ("a component of Docker").
    const [before, owner] = [this.tokens[m.start - 2] ?? '', this.tokens[m.start - 1] ?? ''];
    if (OWNING.has(owner) && m.concept.kind === 'platform') return !WHOLE_OF.has(before);
    if (!SETTING.has(owner)) return false;
    // "In CNM, what does an endpoint connect": whatever opens the question, before what it asks about.
    const opens = m.start === 1 && this.concepts.some((o) => o.start >= m.end && o.id !== id);
    return m.concept.kind === 'platform' || opens;
  }

  /**
   * How many of the tokens ask: all, unless a statement follows the question ("docker0 là card mạng
   * gì? tự nhiên thấy nó trong ifconfig", "docker0 là cái card gì, tự nhiên thấy trong ifconfig").
   * There the learner says where they met the thing; what the notes lack in that says nothing of
   * what is asked.
   */
  askedLength(): number {
    const display = this.text.display;
    const mark = display.search(/[?,]/);
    if (mark < 0) return this.tokens.length;
    const [asking, after] = [display.slice(0, mark), display.slice(mark + 1)];
    const said = normalizeQuestion(after).tokens;
    const tail = this.tokens.slice(this.tokens.length - said.length);
    const asks = display[mark] === '?' || asksSomething(normalizeQuestion(asking).tokens);
    if (!asks || said.length === 0 || after.includes('?') || asksSomething(said)) return this.tokens.length;
    return said.every((t, i) => t === tail[i]) ? this.tokens.length - said.length : this.tokens.length;
  }

  /**
   * Where the asking starts: at the start, unless a statement comes first and the question after it
   * names again a thing the statement named ("sau khi cài docker thì ifconfig thấy thêm card docker0,
   * card này là gì?", "after installing I saw a bridge in ifconfig, what is this bridge?"). There
   * too the learner says where they met the thing.
   */
  askedStart(): number {
    const display = this.text.display;
    const mark = display.lastIndexOf(',');
    if (mark < 0) return 0;
    const before = normalizeQuestion(display.slice(0, mark)).tokens;
    const after = normalizeQuestion(display.slice(mark + 1)).tokens;
    if (asksSomething(before) || !asksSomething(after)) return 0;
    // "card này", "this bridge": a noun of the statement, pointed back at.
    const again = after.some(
      (t, i) =>
        (t === 'nay' && before.includes(after[i - 1] ?? '')) ||
        (POINTING.has(t) && before.includes(after[i + 1] ?? '')),
    );
    const tail = this.tokens.slice(this.tokens.length - after.length);
    return again && after.every((t, i) => t === tail[i]) ? this.tokens.length - after.length : 0;
  }

  /**
   * The question proper, as written, after what learners say of themselves first: "I'm doing a
   * Kubernetes course but quick detour: what does the dead state mean?", "bên mình xài Compose
   * nhưng mình muốn hiểu lệnh gốc: làm sao …". What they use or study is where they stand, not what
   * they ask. The preface ends at a colon, "but" or "nhưng"; null when there is none.
   */
  afterPreface(): string | null {
    const display = this.text.display;
    const ends = [...display.matchAll(/:|(?<=^|\s)(?:but|nhưng|nhung)(?=\s)/giu)].map(
      (m) => m.index + m[0].length,
    );
    const proper = ends.filter((at) => {
      const [before, after] = [display.slice(0, at), display.slice(at)].map(
        (t) => normalizeQuestion(t).tokens,
      );
      return before!.some((t) => FIRST_PERSON.has(t)) && !asksSomething(before!) && asksSomething(after!);
    });
    return proper.length > 0 ? display.slice(Math.max(...proper)).trim() : null;
  }

  mentionOf(id: string): Mention | undefined {
    return this.concepts.find((m) => m.id === id);
  }
}

/** The learner speaking of themselves: "I'm doing", "we use", "bên mình xài", "em đang học". */
const FIRST_PERSON = new Set(['i', 'we', 'my', 'our', 'minh', 'em', 'toi', 'tui']);

/** English words that point back at a thing named before ("this bridge"). */
const POINTING = new Set(['this', 'that', 'these', 'those']);

/** Words before the platform a question's claim holds in ("in Docker", "trong docker"). */
const SETTING = new Set(['in', 'trong', 'on', 'tren']);

/** Words before the platform a thing belongs to: "of Docker", "của docker". */
const OWNING = new Set(['of', 'cua']);

/** Words that make the platform after "of" the whole the thing is in: "part of Docker", "một phần của docker". */
const WHOLE_OF = new Set(
  'part parts phan component components member members kind type loai thanh version versions edition editions ban phien'.split(
    ' ',
  ),
);

/** Words between a phrase that goes without a thing and the thing: "without doing docker run". */
const WITHOUT_FILLER = new Set(['a', 'an', 'the', 'doing', 'using']);

/** Phrases that go without the thing named next. */
const WITHOUT = [
  ['without'],
  ['without', 'using'],
  ['without', 'going', 'through'],
  // "a server that has no internet".
  ['has', 'no'],
  ['have', 'no'],
  ...['khong', 'ko'].flatMap((no) => [
    [no, 'qua'],
    [no, 'dung'],
    [no, 'xai'],
    [no, 'can'],
    // "mà ko cần qua registry": no need to go through.
    [no, 'can', 'qua'],
    [no, 'can', 'dung'],
    [no, 'co'],
    [no, 'thong', 'qua'],
    [no, 'su', 'dung'],
  ]),
];

/** Every cue phrase's words, split once: each question looks for all of them. */
const PHRASE_WORDS = new Map<string, string[]>(
  Object.values(CUES).flatMap((phrases: readonly string[]) => phrases.map((p) => [p, p.split(' ')] as const)),
);

function indexOfPhrase(tokens: string[], phrase: string): number {
  const words = PHRASE_WORDS.get(phrase) ?? phrase.split(' ');
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (words.every((w, j) => tokens[i + j] === w) && !meansOther(tokens, i, phrase)) return i;
  }
  return -1;
}

/** Nouns that "khác" after them makes "another …": "máy khác" is another machine, not a comparison. */
const OTHER_OF = new Set(['may', 'cho', 'noi', 'cai', 'nguoi', 'thu', 'ban', 'nhom']);

/** Verbs of differing: "how do they differ" asks for a comparison, not how to do something. */
const DIFFERING = new Set(['differ', 'compare', 'contrast']);

/**
 * Whether the cue word at `i` means something else there: a bare "khác" after a noun says "another"
 * rather than "different from"; "show up" is "appear", not "show me"; "walk me through what …"
 * asks for the steps, not what lies between; "how do they differ" asks for no way of doing.
 */
const meansOther = (tokens: string[], i: number, phrase: string) =>
  (phrase === 'khac' && OTHER_OF.has(tokens[i - 1] ?? '')) ||
  // "trên 2 host khác nhau", "on different hosts": which ones, not a comparison.
  (phrase.startsWith('khac') && COUNTED.has(tokens[i - 2] ?? '')) ||
  (phrase === 'different' && /^[a-z]{3,}s$/.test(tokens[i + 1] ?? '')) ||
  (phrase === 'show' && tokens[i + 1] === 'up') ||
  (phrase === 'through what' && (tokens[i - 1] === 'walk' || tokens[i - 2] === 'walk')) ||
  (phrase.startsWith('how') && tokens.slice(i + 2, i + 8).some((t) => DIFFERING.has(t)));

/** Words that count the things a "khác nhau" after them tells apart: "2 host khác nhau". */
const COUNTED = new Set(['2', '3', 'hai', 'ba', 'nhieu', 'cac', 'nhung', 'may']);

/** Where "where … from" starts, or Infinity. */
function whereFromAt(tokens: readonly string[]): number {
  const where = tokens.indexOf('where');
  return where >= 0 && tokens.lastIndexOf('from') > where ? where : Infinity;
}

/** How many words "sao … lại" (why) may hold between: "sao docker lại bỏ LXC". */
const SAO_LAI_GAP = 3;

/** Where "sao X lại …" (why) starts, or Infinity: "sao" alone may ask how ("thì sao"). */
function whySaoAt(tokens: readonly string[]): number {
  const at = tokens.findIndex(
    (t, i) => t === 'sao' && tokens.slice(i + 2, i + 2 + SAO_LAI_GAP).includes('lai'),
  );
  return at >= 0 ? at : Infinity;
}

/** Verbs of choosing one thing over another: "pick overlay over bridge". */
const CHOOSING = new Set(['pick', 'prefer', 'choose', 'use', 'chon']);

/** Where "pick X over Y" starts, or Infinity: "over" alone is "over the network". */
function chosenOverAt(tokens: readonly string[]): number {
  const at = tokens.findIndex((t, i) => CHOOSING.has(t) && tokens.slice(i + 2, i + 6).includes('over'));
  return at >= 0 ? at : Infinity;
}

/** Verbs of wiring one thing to another: "nối vô docker0", "wired up to docker0". */
const WIRING = new Set(['noi', 'gan', 'wired', 'hooked', 'plugged']);
/** How it is done, said after the thing: "… kiểu gì", "… thế nào". */
const HOW_AFTER = ['kieu gi', 'kieu j', 'the nao', 'ntn', 'ra sao'];
/** How many words after the verb of wiring "how" may come. */
const HOW_WITHIN = 5;

/**
 * Where "nối vô docker0 kiểu gì", "how is it wired up to docker0" starts, or Infinity: how a thing
 * is wired to another asks what lies between them.
 */
function joinedHowAt(tokens: readonly string[]): number {
  const at = tokens.findIndex(
    (t, i) => WIRING.has(t) && (t !== 'noi' || ['vao', 'vo'].includes(tokens[i + 1] ?? '')),
  );
  if (at < 0) return Infinity;
  // Said right after what it is wired to: "nối vô docker0 kiểu gì", not "… thì ra ngoài kiểu gì".
  const after = ` ${tokens.slice(at + 1, at + 1 + HOW_WITHIN).join(' ')} `;
  return tokens[0] === 'how' || HOW_AFTER.some((h) => after.includes(` ${h} `)) ? at : Infinity;
}

/** "vẽ" (draw) folds to the same letters as "về" (to), so it is looked for before folding. */
function drawWordAt(display: string): number {
  const words = display.toLowerCase().split(/\s+/);
  const i = words.findIndex((w) => DRAW_WORDS.includes(w.replace(/[^\p{L}]/gu, '')));
  return i >= 0 ? i : Infinity;
}

/** Normalises, detects the language, links concepts, and settles typo ties by the graph. */
export async function parseQuestion(
  raw: string,
  lexicon: Lexicon,
  store: GraphStore,
  options: AskOptions = {},
): Promise<Question> {
  const text = normalizeQuestion(raw);
  const detected = detectLanguage(text.display, text.tokens, options.fallbackLocale ?? 'en');
  const language: LanguageGuess = options.locale ? { locale: options.locale, confidence: 'clear' } : detected;
  const linked = await preferConnected(link(text.tokens, lexicon), store);
  const states = await commandsAsStates(
    cuesNotNames(linked, text.tokens, lexicon),
    text.tokens,
    lexicon,
    store,
  );
  const mentions = inContext(namingViews(states, text.tokens, lexicon), text.tokens, lexicon);
  return new Question(text, language, mentions, lexicon);
}

/**
 * "network ... in CNM": a one-word name the question says ("network") is the concept whose fuller
 * name has the rest of it ("CNM network") when the question names a figure that shows that concept.
 */
function inContext(mentions: Mention[], tokens: string[], lexicon: Lexicon): Mention[] {
  const figures = mentions.filter((m) => m.type === 'view');
  // The rest of the fuller name is what the figure is called here ("cnm" of "CNM network").
  const saidByFigure = (t: Term, word: string) =>
    figures.some((f) => {
      const called = new Set(tokens.slice(f.start, f.end));
      return (
        (lexicon.views.get(f.id)?.concepts.includes(t.id) ?? false) &&
        t.tokens.every((w) => w === word || called.has(w))
      );
    });
  return mentions.map((m) => {
    // A word that names the figure itself ("CNM") stays what it names.
    const namesFigure = figures.some((f) => f.start <= m.start && f.end >= m.end);
    if (m.type !== 'concept' || m.end - m.start !== 1 || namesFigure) return m;
    const word = tokens[m.start]!;
    const fuller = (lexicon.namesWithWord.get(word) ?? []).find(
      (t) => t.id !== m.id && saidByFigure(t, word),
    );
    return fuller ? { ...m, id: fuller.id } : m;
  });
}

/**
 * A command's name read from another form of its word inside a cue phrase is the cue: "building
 * blocks" asks for parts, it does not name `docker build`.
 */
function cuesNotNames(mentions: Mention[], tokens: string[], lexicon: Lexicon): Mention[] {
  const inCue = cuePhraseTokens(tokens);
  const asWritten = (m: Mention) =>
    (lexicon.namesOf.get(m.id) ?? []).includes(tokens.slice(m.start, m.end).join(' '));
  return mentions.filter(
    (m) =>
      lexicon.concepts.get(m.id)?.kind !== 'command' ||
      asWritten(m) ||
      !inCue.slice(m.start, m.end).every(Boolean),
  );
}

/** Words that may join a figure's name to whose it is: "mô hình high level của Docker", "Docker's". */
const OF_WORDS = new Set(['cua', 'of', 's']);

/**
 * A concept said beside a figure's name, and named in the figure's own title ("mô hình high level
 * của Docker", "Docker's high-level architecture"), is part of naming the figure: the question is
 * about the figure, not about that concept.
 */
function namingViews(mentions: Mention[], tokens: string[], lexicon: Lexicon): Mention[] {
  // "so sánh LXC và Docker" names a figure, and the two things compared too.
  const text = ` ${tokens.join(' ')} `;
  if (CUES.comparison.some((cue) => text.includes(` ${cue} `))) return mentions;
  const views = mentions.filter((m) => m.type === 'view');
  const gap = (a: Mention, b: Mention) => tokens.slice(Math.min(a.end, b.end), Math.max(a.start, b.start));
  const inTitle = (m: Mention, view: Mention) => {
    const title = lexicon.views.get(view.id)?.title;
    const titles = title ? ` ${fold(title.vi)} ${fold(title.en)} ` : '';
    return (lexicon.namesOf.get(m.id) ?? []).some((name) => titles.includes(` ${name} `));
  };
  // At an end of the words that name the figure, joined to them ("kiến trúc high level của docker",
  // "docker's high-level architecture"), among them ("the high-level Docker architecture"), or just
  // before or after them.
  const inside = (m: Mention, v: Mention) =>
    (m.start > v.start && m.end < v.end) ||
    (m.start === v.start && m.end < v.end && OF_WORDS.has(tokens[m.end]!)) ||
    (m.end === v.end && m.start > v.start && OF_WORDS.has(tokens[m.start - 1]!));
  const beside = (m: Mention, v: Mention) =>
    inside(m, v) ||
    ((m.end <= v.start || m.start >= v.end) &&
      gap(m, v).length <= 1 &&
      gap(m, v).every((t) => OF_WORDS.has(t)));
  const namesView = (m: Mention) => m.type === 'concept' && views.some((v) => beside(m, v) && inTitle(m, v));
  return mentions.filter((m) => !namesView(m));
}

/**
 * A command named where a state is meant ("container đang bị pause", "đã create rồi") is the state
 * it leaves the container in: a container is never in a command. The state is the current one.
 */
async function commandsAsStates(
  mentions: Mention[],
  tokens: string[],
  lexicon: Lexicon,
  store: GraphStore,
): Promise<Mention[]> {
  const inState = (m: Mention) => saysState(tokens, m.start, m.end);
  return Promise.all(
    [...mentions, ...bareCommands(mentions, tokens, lexicon)].map(async (m) => {
      if (!inState(m) || lexicon.concepts.get(m.id)?.kind !== 'command') return m;
      // "docker create" makes a container in its state rather than moving it there.
      const [moves, relations] = await Promise.all([
        store.transitions({ command: m.id }),
        store.relationsOf(m.id),
      ]);
      const results = relations.filter((r) => r.type === 'RESULTS_IN' && r.from === m.id);
      const reached = new Set([...moves, ...results].map((r) => r.to));
      return reached.size === 1
        ? { ...m, id: [...reached][0]!, alternatives: [], role: 'current' as const }
        : m;
    }),
  );
}

/** "đang" (is being), "đã" (has been): what follows says the state the container is in. */
const STATE_WORDS = new Set(['dang', 'da']);

/**
 * "đang pause", "đang bị pause", "đã stop", "bị pause rồi" (done already): a command said as the
 * state it left; not "pause container", where the command is the verb, nor "bị kill thì sang trạng
 * thái nào", which asks what it does.
 */
function saysState(tokens: readonly string[], start: number, end: number): boolean {
  const before = tokens[start - 1] ?? '';
  const done = STATE_WORDS.has(tokens[start - 2] ?? '') || tokens[end] === 'roi';
  return STATE_WORDS.has(before) || (before === 'bi' && done);
}

/**
 * "đã create rồi", "đang stop": a command's verb said alone after a word of state, where no name was
 * read, names that command.
 */
function bareCommands(mentions: Mention[], tokens: string[], lexicon: Lexicon): Mention[] {
  return tokens.flatMap((t, i) => {
    if (!saysState(tokens, i, i + 1) || mentions.some((m) => i >= m.start && i < m.end)) return [];
    const command = (lexicon.exact.get(`docker ${t}`) ?? []).find(
      (term) => term.type === 'concept' && lexicon.concepts.get(term.id)?.kind === 'command',
    );
    return command
      ? [{ type: 'concept' as const, id: command.id, start: i, end: i + 1, distance: 0, alternatives: [] }]
      : [];
  });
}

/**
 * A typo may be as close to two names; take the one connected to something else the question
 * names ("contaner" next to "image" is the container).
 */
async function preferConnected(mentions: Mention[], store: GraphStore): Promise<Mention[]> {
  const others = (m: Mention) =>
    new Set(mentions.filter((o) => o !== m && o.type === 'concept').map((o) => o.id));
  return Promise.all(
    mentions.map(async (m) => {
      if (m.type !== 'concept' || m.alternatives.length === 0 || others(m).size === 0) return m;
      for (const id of [m.id, ...m.alternatives]) {
        const rels = await store.relationsOf(id);
        if (rels.some((r) => others(m).has(r.from) || others(m).has(r.to))) return { ...m, id };
      }
      return m;
    }),
  );
}

/** For each token, whether it is inside a cue phrase of two or more words ("lưu lượng", "cấu tạo"). */
function cuePhraseTokens(tokens: readonly string[]): boolean[] {
  const inside = tokens.map(() => false);
  for (const words of PHRASE_WORDS.values()) {
    if (words.length < 2) continue;
    for (let i = 0; i + words.length <= tokens.length; i++)
      if (words.every((w, k) => tokens[i + k] === w)) inside.fill(true, i, i + words.length);
  }
  return inside;
}

/**
 * "vs" right after a word of talking or joining ("giao tiếp vs kernel") is teencode for "với"
 * (with), not "versus".
 */
function afterRelationWord(tokens: readonly string[], at: number): boolean {
  return CUES.relation.some((phrase) => {
    const words = phrase.split(' ');
    return words.every((w, k) => tokens[at - words.length + k] === w);
  });
}
