import { fold } from '@study-graph/graph';
import { isDockerCliWord, isEverydayEnglish, VIETNAMESE_SYLLABLE } from './coverage.ts';
import { CUES, FILLER, FROM_MARKERS, TO_MARKERS } from './cues.ts';
import { allowedTypos, editDistance, isSwap } from './edit-distance.ts';
import { fuzzyKey, type Lexicon, longestFirst, type TargetType, type Term } from './lexicon.ts';

export type Role = 'from' | 'to' | 'current';

/** A concept or view named in the question, at tokens [start, end). */
export interface Mention {
  type: TargetType;
  id: string;
  start: number;
  end: number;
  /** 0 for an exact name or alias; the number of typos otherwise. */
  distance: number;
  /** Other ids that matched as well with the same number of typos, for the caller to choose from. */
  alternatives: string[];
  role?: Role;
}

/**
 * Finds every concept and view named in the question: longest names first, whole tokens only (never
 * inside another word), then, for tokens no name contains, names within a few typos.
 */
export function link(tokens: string[], lexicon: Lexicon): Mention[] {
  // "ko có mạng" is the none driver's "không có mạng": chat's "không" names as the word does.
  const named = tokens.map((t) => (CHAT_NO.has(t) ? 'khong' : t));
  // Concepts and views are linked separately: a view named "engine and libnetwork" must not hide the concepts.
  const concepts = doneBySubjects(linkType(named, lexicon, 'concept'), named, lexicon);
  const mentions = [
    ...concepts,
    ...joinedCommands(concepts, named, lexicon),
    ...linkType(named, lexicon, 'view'),
  ]
    .sort((a, b) => a.start - b.start || (a.type < b.type ? -1 : 1))
    .map((m, _, all) => withRole(m, tokens, lexicon, all));
  return withReach(mentions, tokens);
}

/** Chat spellings of "không" (not). */
const CHAT_NO = new Set(['ko', 'k', 'hok', 'hong', 'kg', 'khum', 'kh']);

/** Words between a thing and what it does: "docker daemon có chạy …", "the daemon does run …". */
const AUXILIARY = new Set(['co', 'does', 'do', 'can', 'will', 'se']);

/**
 * "does the daemon run a container", "docker daemon có chạy container": a command named by what it
 * does ("run a container", "chạy container") right after a component named is what the component
 * does, not the command; what it does it to is linked on its own. After the client or Docker
 * ("client pull image", "can I docker start …") it is the command.
 */
function doneBySubjects(mentions: Mention[], tokens: string[], lexicon: Lexicon): Mention[] {
  const kindOf = (m: Mention) => lexicon.concepts.get(m.id)?.kind;
  const verbs = mentions.filter((m) => {
    if (kindOf(m) !== 'command' || tokens[m.start] === 'docker') return false;
    const before = AUXILIARY.has(tokens[m.start - 1] ?? '') ? m.start - 1 : m.start;
    return mentions.some((s) => s.end === before && kindOf(s) === 'component');
  });
  if (verbs.length === 0) return mentions;
  const starts = new Set(verbs.map((m) => m.start));
  return linkType(
    tokens.map((t, i) => (starts.has(i) ? '' : t)),
    lexicon,
    'concept',
  );
}

/** Verbs of reaching: what comes before is where it starts, what comes after where it gets to. */
const REACH = ['truy cap', 'vao duoc', 'vao dc', 'reach', 'reaches', 'access', 'accesses', 'hit', 'hits'];

/** How many words may lie between a verb of reaching and what it reaches ("truy cập được web chạy trong container"). */
const REACH_SPAN = 5;

/**
 * "máy bên ngoài truy cập được web chạy trong container", "can someone outside reach my container":
 * with no marker of their own, the concept before a verb of reaching is the start and the next
 * concept after it (a few words on) the goal. With nothing after it, the goal is the topic the
 * question opened with ("container … thì bên ngoài có vào được không").
 */
function withReach(mentions: Mention[], tokens: string[]): Mention[] {
  const concepts = mentions.filter((m) => m.type === 'concept');
  const text = tokens.join(' ');
  for (const verb of REACH) {
    const at = ` ${text} `.indexOf(` ${verb} `);
    if (at < 0) continue;
    const index = text.slice(0, at).split(' ').filter(Boolean).length;
    const end = index + verb.split(' ').length;
    const before = concepts.findLast((m) => m.end <= index);
    const after =
      concepts.find((m) => m.start >= end && m.start - end <= REACH_SPAN) ??
      (concepts.some((m) => m.start >= end) || concepts[0] === before ? undefined : concepts[0]);
    if (!before || !after || before.role || (after.role && after.role !== 'current')) continue;
    return mentions.map((m) =>
      m === before ? { ...m, role: 'from' } : m === after ? { ...m, role: 'to' } : m,
    );
  }
  return mentions;
}

function linkType(tokens: string[], lexicon: Lexicon, type: TargetType): Mention[] {
  const taken = tokens.map(() => false);
  // The long names whose first word the question has, longest first.
  const spreadCandidates = [...new Set(tokens)]
    .flatMap((t) => lexicon.spreadByFirst.get(t) ?? [])
    .sort(longestFirst);
  const mentions: Mention[] = [];
  const free = (s: number, e: number) => taken.slice(s, e).every((t) => !t);
  const take = (s: number, e: number, found: Mention[]) => {
    mentions.push(...found);
    taken.fill(true, s, e);
  };

  for (let n = Math.min(lexicon.maxTokens, tokens.length); n >= 1; n--) {
    const namedAt = (from: number): Mention[] => {
      if (from + n > tokens.length) return [];
      const terms = exactOrWithoutArticles(lexicon, tokens.slice(from, from + n)).filter(
        (t) =>
          t.type === type &&
          !isVerbBeforeGerund(t, tokens[from + n], lexicon) &&
          !endsInCue(t, tokens[from + n]),
      );
      if (terms.length > 0) return terms.map((t) => mention(t, from, from + n, 0, []));
      return mistypedCommand(lexicon, tokens.slice(from, from + n), from).filter((m) => m.type === type);
    };
    for (let s = 0; s + n <= tokens.length; s++) {
      if (!free(s, s + n)) continue;
      const here = namedAt(s);
      // "lệnh docker run": a name whose last word opens a command's name as long ("docker run")
      // yields it that word; the command holds the rest of what was typed.
      const found =
        here.length > 0 && n >= 2 && namedAt(s + n - 1).some((m) => namesCommand(lexicon, m)) ? [] : here;
      if (found.length > 0) take(s, s + n, found);
    }
    // Then names of this many words with other words in between, before any shorter name.
    for (const term of spreadCandidates) {
      if (term.type !== type || term.tokens.length !== n) continue;
      const span = spreadMatch(tokens, term, taken, lexicon);
      if (span) take(span[0], span[1], [mention(term, span[0], span[1], 0, [])]);
    }
  }
  for (let n = Math.min(lexicon.maxTokens, tokens.length); n >= 1; n--) {
    for (let s = 0; s + n <= tokens.length; s++) {
      const window = tokens.slice(s, s + n);
      const budget = free(s, s + n) ? typoBudget(window, lexicon) : 0;
      if (budget === 0) continue;
      const found = fuzzyMentions(lexicon, window, s, budget).filter((m) => m.type === type);
      if (found.length > 0) take(s, s + n, found);
    }
  }
  return mentions;
}

/** Articles a name may hold inside it as said ("tạo một network", "create the network"). */
const ARTICLES = new Set(['a', 'an', 'the', 'mot']);

/** The names a window says as written, else with the articles inside it left out ("tạo một network"). */
function exactOrWithoutArticles(lexicon: Lexicon, window: string[]): Term[] {
  const terms = exactTerms(lexicon, window);
  if (terms.length > 0) return terms;
  const bare = window.filter((t, i) => i === 0 || i === window.length - 1 || !ARTICLES.has(t));
  return bare.length < window.length ? exactTerms(lexicon, bare) : [];
}

/**
 * "Why did Docker stop relying on LXC?": a command's name followed by an -ing word is the English
 * verb ("stop relying", "start using"), not the command.
 */
function isVerbBeforeGerund(t: Term, next: string | undefined, lexicon: Lexicon): boolean {
  return (
    next !== undefined &&
    next.length >= 5 &&
    next.endsWith('ing') &&
    !next.endsWith('thing') &&
    !NOT_GERUNDS.has(next) &&
    lexicon.concepts.get(t.id)?.kind === 'command'
  );
}

/** Words ending in "-ing" that are no verb's -ing form: "can docker unpause bring it back". */
const NOT_GERUNDS = new Set(['bring', 'string', 'spring', 'swing', 'sting', 'during', 'morning', 'evening']);

/** Cue phrases of two words, as "first second". */
const TWO_WORD_CUES = new Set<string>(
  Object.values(CUES)
    .flat()
    .filter((p) => p.split(' ').length === 2),
);

/**
 * "bridge với host khác nhau ntn": a name of several words ("host khác", another host) whose last
 * word opens a cue phrase with the next ("khác nhau", differ) is not said there.
 */
function endsInCue(t: Term, next: string | undefined): boolean {
  return t.tokens.length >= 2 && next !== undefined && TWO_WORD_CUES.has(`${t.tokens.at(-1)} ${next}`);
}

/** Most words a long name may have between its own in a question ("công cụ nào khác tạo container"). */
const MAX_GAP = 4;

/**
 * A name of several words found in order with a few other words in between, all of them not yet
 * taken: Vietnamese questions often put words inside a name.
 */
function spreadMatch(
  tokens: string[],
  term: Term,
  taken: boolean[],
  lexicon: Lexicon,
): [number, number] | null {
  const words = term.tokens;
  const kind = lexicon.concepts.get(term.id)?.kind;
  // A name of one's own with the word before it ("network driver" of "network driver của docker"),
  // or a name of the same kind ending on the word after it ("các loại network driver" is not
  // "các loại driver"): the words are that name, not filler inside this one.
  const named = (a: number, b: number, sameKind: boolean) =>
    exactTerms(lexicon, [tokens[a]!, tokens[b]!]).some(
      (t) => !sameKind || (kind !== undefined && lexicon.concepts.get(t.id)?.kind === kind),
    );
  for (let start = tokens.indexOf(words[0]!); start >= 0; start = tokens.indexOf(words[0]!, start + 1)) {
    // "docker pull upload an image": the first word ends a name said whole ("docker pull"), not this one.
    if (start > 0 && named(start - 1, start, false)) continue;
    let at = start;
    let gap = 0;
    for (const word of words.slice(1)) {
      let next = at + 1;
      // "network vs endpoint in cnm" names two things: a name never spreads over "vs" or "and".
      const bridges = (i: number) =>
        !SEPARATORS.has(tokens[i]!) &&
        !(i === at + 1 && named(at, i, false)) &&
        !(tokens[i + 1] === word && word === words.at(-1) && named(i, i + 1, true));
      while (next < tokens.length && tokens[next] !== word && gap < MAX_GAP && bridges(next)) {
        next++;
        gap++;
      }
      if (tokens[next] !== word) {
        at = -1;
        break;
      }
      at = next;
    }
    if (at >= 0 && taken.slice(start, at + 1).every((t) => !t)) return [start, at + 1];
  }
  return null;
}

/** Words that join two names rather than sit inside one. */
const SEPARATORS = new Set(['vs', 'versus', 'and', 'or', 'va', 'hay', 'hoac', 'voi', 'with']);

/**
 * What sets a command beside another verb: "vs", "or", or a likening ("is pausing the same as
 * stopping"). "and" and "with" join steps too ("create a container and start it"), so they only do
 * in a question that compares (`COMPARING`).
 */
const COMMAND_JOINS = new Set([
  'vs',
  'versus',
  'or',
  'hay',
  'hoac',
  'the same as',
  'same as',
  'like',
  'giong',
  'khac',
  'compared to',
  'so voi',
]);

/** Words of a question that compares ("stop và kill khác gì nhau", "how do stop and kill differ"). */
const COMPARING = new Set<string>(CUES.comparison.filter((p) => !p.includes(' ')));

/**
 * "pause vs stop", "stop hay kill": a bare verb joined to a command is the command of that verb
 * ("docker stop"), though alone it is only a verb ("why does my container stop") and no alias.
 */
function joinedCommands(concepts: Mention[], tokens: string[], lexicon: Lexicon): Mention[] {
  const commands = new Set(
    concepts.filter((m) => lexicon.concepts.get(m.id)?.kind === 'command').map((m) => m.id),
  );
  if (commands.size === 0) return [];
  const taken = (i: number) => concepts.some((m) => m.start <= i && i < m.end);
  const comparing = tokens.some((t) => COMPARING.has(t));
  const joins = (from: number, to: number) => {
    const between = tokens.slice(from, to).join(' ');
    return COMMAND_JOINS.has(between) || (comparing && SEPARATORS.has(between));
  };
  const joinedToCommand = (i: number) =>
    concepts.some(
      (m) => commands.has(m.id) && (joins(m.end, i) || (m.start > i + 1 && joins(i + 1, m.start))),
    );
  const found: Mention[] = [];
  for (const [i, word] of tokens.entries()) {
    if (taken(i) || !joinedToCommand(i)) continue;
    const command = commandOfVerb(lexicon, word);
    if (command && !commands.has(command))
      found.push({ type: 'concept', id: command, start: i, end: i + 1, distance: 0, alternatives: [] });
  }
  return found;
}

/** The command named "docker <verb>", for the verb or its -ing form ("stopping"). */
function commandOfVerb(lexicon: Lexicon, word: string): string | undefined {
  const verbs = [word, ...baseForms(word), word.replace(/(\w)\1ing$/, '$1')];
  for (const concept of lexicon.concepts.values())
    if (concept.kind === 'command' && verbs.some((v) => fold(concept.name.en) === `docker ${v}`))
      return concept.id;
  return undefined;
}

function mention(t: Term, start: number, end: number, distance: number, alternatives: string[]): Mention {
  return { type: t.type, id: t.id, start, end, distance, alternatives };
}

/** A word with an English ending taken off: "drivers" -> "driver", "creates" -> "create". */
function baseForms(word: string): string[] {
  if (word.length <= 3) return [];
  return ['es', 's', 'ed', 'ing']
    .filter((end) => word.endsWith(end) && word.length - end.length >= 3)
    .flatMap((end) => {
      const stem = word.slice(0, -end.length);
      return end === 'ed' || end === 'ing' ? [stem, `${stem}e`] : [stem];
    });
}

/** Exact names, also with one word's English ending removed ("drivers", "creates a container"). */
function exactTerms(lexicon: Lexicon, window: string[]): Term[] {
  const found = lexicon.exact.get(window.join(' '));
  if (found) return found;
  for (const [i, word] of window.entries()) {
    for (const base of baseForms(word)) {
      const variant = lexicon.exact.get([...window.slice(0, i), base, ...window.slice(i + 1)].join(' '));
      if (variant) return variant;
    }
  }
  return [];
}

/**
 * How many edits a window may be from a name to be its typo, 0 when it is meant as written. Only
 * windows with a word no name contains and no filler words are worth a fuzzy look: "creates" is the verb, not a typo of the state "created". An everyday English
 * word is meant as written: "later" is not a typo of "layer".
 */
function typoBudget(window: string[], lexicon: Lexicon): number {
  if (window.some((t) => FILLER.has(t)) || !window.some((t) => t.length >= 4 && unknownWord(t, lexicon)))
    return 0;
  const length = window.join(' ').length;
  return length === 4 ? 1 : allowedTypos(length);
}

/** A word no name contains, even without its English ending, nor a Docker CLI command ("docker stats", not "states"). */
function unknownWord(word: string, lexicon: Lexicon): boolean {
  return (
    !lexicon.knownTokens.has(word) &&
    !isDockerCliWord(word) &&
    !baseForms(word).some((b) => lexicon.knownTokens.has(b)) &&
    !isEverydayEnglish(word)
  );
}

/**
 * "docker pul": a three-letter word where a command's name goes, one letter off it. Looked for with
 * the exact names, before "docker" alone takes the first word.
 */
function mistypedCommand(lexicon: Lexicon, window: string[], start: number): Mention[] {
  const [first, word] = window;
  if (window.length !== 2 || first !== 'docker' || word?.length !== 3 || !unknownWord(word, lexicon))
    return [];
  // "docker nào": a Vietnamese word after Docker is the sentence's ("which").
  if (VIETNAMESE_SYLLABLE.test(word)) return [];
  return fuzzyMentions(lexicon, window, start, 1).filter(
    (m) => lexicon.concepts.get(m.id)?.kind === 'command',
  );
}

function namesCommand(lexicon: Lexicon, m: Mention): boolean {
  return lexicon.concepts.get(m.id)?.kind === 'command';
}

function fuzzyMentions(lexicon: Lexicon, window: string[], start: number, max: number): Mention[] {
  const text = window.join(' ');
  let best = max + 1;
  let matches: Term[] = [];
  // A word with a digit is a name or a version ("ipv6", "overlay2"): never a typo of another word.
  const numbered = window.filter((w) => /\d/.test(w));
  for (const term of lexicon.fuzzy.get(fuzzyKey(text[0]!, window.length)) ?? []) {
    if (numbered.some((w) => !term.text.split(' ').includes(w))) continue;
    // A four-letter word may only have two letters swapped ("daed"): one other edit makes another word.
    const d =
      text.length === 4
        ? isSwap(text, term.text)
          ? 1
          : 2
        : editDistance(text, term.text, Math.min(max, best));
    if (d < best) [best, matches] = [d, [term]];
    else if (d === best) matches.push(term);
  }
  if (best > max) return [];
  const byType = new Map<TargetType, string[]>();
  for (const t of matches) byType.set(t.type, [...new Set([...(byType.get(t.type) ?? []), t.id])].sort());
  return [...byType].map(([type, ids]) => ({
    type,
    id: ids[0]!,
    start,
    end: start + window.length,
    distance: best,
    alternatives: ids.slice(1),
  }));
}

const SKIPPABLE = new Set([
  'the',
  'a',
  'an',
  'cac',
  'cai',
  'nhung',
  'chiec',
  'mot',
  'trang',
  'thai',
  'state',
]);

/** Words that go to a thing named before: "get there", "tới đó". */
const GETTING_THERE = [
  'get there',
  'gets there',
  'end up there',
  'ends up there',
  'go there',
  'goes there',
  'land there',
  'toi do',
  'den do',
  'vao do',
  'sang do',
];

/**
 * "from X" / "từ X" marks a start, "to X" / "về X" / "X again" / "X … get there" a goal, "đang X" /
 * "đang bị X" / "X container" the current state, and so does a state named so ("a paused container").
 */
function withRole(m: Mention, tokens: string[], lexicon: Lexicon, all: readonly Mention[]): Mention {
  let i = m.start - 1;
  while (i >= 0 && SKIPPABLE.has(tokens[i]!)) i--;
  const before1 = tokens[i] ?? '';
  const before2 = i > 0 ? `${tokens[i - 1]} ${before1}` : '';
  if (FROM_MARKERS.includes(before2) || FROM_MARKERS.includes(before1)) return { ...m, role: 'from' };
  if (TO_MARKERS.includes(before2) || TO_MARKERS.includes(before1)) return { ...m, role: 'to' };
  const after = tokens[m.end] ?? '';
  if (after === 'again') return { ...m, role: 'to' };
  // "the removing state, and how does a container get there?": a later "there" is the goal, the
  // last state named before it ("in created state and i want it paused, how do i get there").
  const stateAfter = all.some((o) => o.start >= m.end && lexicon.concepts.get(o.id)?.kind === 'state');
  const later = ` ${tokens.slice(m.end).join(' ')} `;
  if (!stateAfter && GETTING_THERE.some((p) => later.includes(` ${p} `))) return { ...m, role: 'to' };
  const current = before1 === 'dang' || before2 === 'dang bi';
  const namedSo =
    m.end - m.start >= 2 &&
    /^containers?$/.test(tokens[m.end - 1]!) &&
    lexicon.concepts.get(m.id)?.kind === 'state';
  if (
    current ||
    namedSo ||
    saidOfContainer(tokens, m.start) ||
    /^containers?$/.test(after) ||
    /^containers?$/.test(tokens[m.start - 1] ?? '')
  ) {
    return { ...m, role: 'current' };
  }
  return m;
}

/** Words between a container and the state it is in: "is", "is still in", "is sitting in the". */
const BEING = new Set(['is', 'are', 's', 'in', 'still', 'stuck', 'sitting', 'currently', 'now', 'the']);
const BEING_VERBS = new Set(['is', 'are', 's', 'sitting', 'stuck']);

/** "my container is paused", "it's sitting in created": a state said of the container is where it is. */
export function saidOfContainer(tokens: readonly string[], start: number): boolean {
  let i = start - 1;
  let verb = false;
  for (; i >= 0 && start - i <= 4 && BEING.has(tokens[i]!); i--) if (BEING_VERBS.has(tokens[i]!)) verb = true;
  return verb && /^(containers?|it)$/.test(tokens[i] ?? '');
}
