/**
 * Yes/no questions: "Is bridge the default network driver?", "endpoint có thuộc nhiều network không?".
 * The verdict comes from a clause of the answer that says everything the question asks: it is "no"
 * when a word of the question falls after a negation in that clause ("no NAT", "thay vì chạy hệ điều
 * hành riêng"), or when the question says "many" where the clause says "exactly one"; otherwise "yes".
 * When no clause says it all, there is no verdict: the answer is given without a yes or a no.
 */
import { type Concept, fold, type Locale, type Relation, type RelationType } from '@study-graph/graph';
import { splitOutsideBrackets } from './brackets.ts';
import type { Context } from './context.ts';
import { isContentWord, isEverydayEnglish, isRealWord, VIETNAMESE_SYLLABLE } from './coverage.ts';
import { allowedTypos, editDistance, isSwap } from './edit-distance.ts';
import type { Lexicon } from './lexicon.ts';
import { link, type Mention } from './link.ts';
import { affirmedStems, deniedStems, deniedTexts, denies } from './negation.ts';
import type { Question } from './question.ts';
import { englishStem } from './stem.ts';

/** Words that open an English yes/no question. */
const AUXILIARIES = new Set(
  'is are was were does do did can could will would should has have must may'.split(' '),
);
/**
 * Whether the first word opens a yes/no question: an auxiliary, or one typed with two letters
 * swapped ("dose docker kill …", "cna i …"). Only first: "dose" elsewhere is a word of its own.
 */
const opensAsking = (tokens: readonly string[]): boolean => {
  const first = tokens[0] ?? '';
  if (AUXILIARIES.has(first) || openingDenial(tokens)) return true;
  if (first.length < 3) return false;
  return [...first].some(
    (_, i) =>
      i > 0 && AUXILIARIES.has(`${first.slice(0, i - 1)}${first[i]}${first[i - 1]}${first.slice(i + 1)}`),
  );
};
/**
 * "isn't docker0 a bridge?", "doesn't docker kill send SIGKILL?" (read as "isn t", "doesn t"): an
 * auxiliary denied only to ask, answered as the question without it would be.
 */
const openingDenial = (tokens: readonly string[]): boolean => {
  const first = tokens[0] ?? '';
  return (
    tokens[1] === 't' &&
    /n$/.test(first) &&
    [first.slice(0, -1), first].some((a) => AUXILIARIES.has(a) || a === 'won')
  );
};

/** Vietnamese words that make a question ask which, what or how rather than yes or no. */
const WH_WORDS = new Set(['gi', 'j', 'nao', 'sao', 'ntn']);
/** The particles that close a Vietnamese yes/no question ("... không?", "... ko ạ?"). */
const CLOSING = new Set(['khong', 'ko', 'k', 'hong', 'hok', 'kg', 'khog', 'khum', 'hem', 'hk']);
// Particles, and who is asked ("mn", mọi người; "ae", anh em): after the closing "không" of a question.
const TRAILING = new Set([
  'a',
  'vay',
  'nhi',
  'nhe',
  'nha',
  'ha',
  'z',
  'ta',
  'mn',
  'ae',
  'ad',
  'oi',
  'bn',
  'ak',
  // "các bạn": who is asked.
  'cac',
  'ban',
]);
/** A question that denies something itself ("isn't", "ko publish port thì"), folded. */
const ASKED_NEGATION =
  /\b(no|not|cannot|never|without|none|khong|ko|chua|chang|dont|doesnt|didnt|isnt|arent|cant|wont)\b|n t\b/;
const MANY =
  /(?<![\w.])[2-9](?![\w.])|\b(nhieu|many|multiple|several|more than one|hon mot|two|hai|both|ca hai)\b/;
const ONE = /\b(dung mot|exactly one|only one|chi mot|duy nhat|a single|one and only)\b/;

/** Who an English yes/no question is about, right after its auxiliary ("can I", "does it"). */
const SUBJECTS = new Set(['i', 'it', 'we', 'they', 'he', 'she', 'this', 'that', 'these', 'those']);
/** English words that make a question ask which, what or how. */
const WH_EN = new Set(['what', 'which', 'how', 'why', 'where', 'who', 'whats']);

/** "… không hay sao?": "or what", a particle closing a yes/no question, not a question word. */
const OR_WHAT = ['hay', 'sao'];

/** The question's words without a closing "hay sao". */
function withoutOrWhat(tokens: readonly string[]): readonly string[] {
  const tail = tokens.slice(-OR_WHAT.length);
  return tail.every((t, i) => t === OR_WHAT[i]) ? tokens.slice(0, -OR_WHAT.length) : tokens;
}

/** "should I …", "có nên …": advice, which the notes' facts never decide with a yes or a no. */
const ADVICE = /\b(should|co nen|nen khong|nen ko)\b/;
/** Asking whether it is wise, whatever the question word: "is it safe to …", "what are the best practices". */
const WISDOM =
  /\b(is it safe|co an toan|an toan (khong|ko)|best practices?|good idea|recommended|khuyen nghi)\b/;
/**
 * "which command should I use", "how should I publish a port": a command the graph's facts give;
 * "which one should I use for a web server" is advice still.
 */
const CHOOSING = /\b((which|what) (command|lenh|flag|option)s?|how)\b/;

/** Whether the question asks what one should do ("should I …", "có nên …", "is it safe to …"). */
export function asksAdvice(q: Question): boolean {
  const text = q.tokens.join(' ');
  const should = ADVICE.exec(text);
  return asksWisdom(q) || (should !== null && !CHOOSING.test(text.slice(0, should.index)));
}

/** Whether the question asks if something is wise, which no fact of the graph says, of one thing or two. */
export const asksWisdom = (q: Question) => WISDOM.test(q.tokens.join(' '));

/** Whether the question asks yes or no, and not which, what or how; never advice. */
export function asksYesNo(q: Question): boolean {
  if (asksAdvice(q)) return false;
  const tokens = withoutOrWhat(q.tokens);
  // "Can you draw ...", "could you explain ...": a request, not a question ("can you import images
  // with docker load?" asks whether one can).
  if (requests(tokens) || q.has('diagram')) return false;
  if (opensAsking(tokens)) return true;
  // "after docker stop can I start it again": the question after its setting.
  if (
    !WH_EN.has(tokens[0] ?? '') &&
    tokens.some(
      (t, i) => AUXILIARIES.has(t) && SUBJECTS.has(tokens[i + 1] ?? '') && !WH_EN.has(tokens[i - 1] ?? ''),
    )
  )
    return true;
  // "an endpoint belongs to exactly one network, right?": a statement and its tag.
  if (q.locale === 'en' && tagLength(tokens) > 0 && !WH_EN.has(tokens[0] ?? '')) return true;
  if (q.locale === 'en' && statementAsked(q, tokens)) return true;
  // "Without a published port, can outside machines reach it?": the question after its condition.
  const afterComma = fold(q.text.display.split(',').slice(1).join(' ')).split(' ')[0];
  if (AUXILIARIES.has(afterComma ?? '')) return true;
  let last = tokens.length - 1;
  // "… à?", as written: asks whether it is so (folded, it is the polite "ạ" that ends any question).
  let asking = /\s(à|hả)\s*[?!.]*\s*$/u.test(q.text.display.toLowerCase());
  for (; last > 0 && TRAILING.has(tokens[last]!); last--) asking ||= ASKING_PARTICLES.has(tokens[last]!);
  return (asking || CLOSING.has(tokens[last] ?? '')) && !tokens.some((t) => WH_WORDS.has(t));
}

/** "wat", "wich", "hows": question words typed short or run together, still asking which or how. */
const WH_TYPED = new Set([
  'wat',
  'wht',
  'wut',
  'wich',
  'whch',
  'waht',
  'whta',
  'hw',
  'hows',
  'whys',
  'wheres',
]);

/** Words that offer a choice between things, asking which rather than whether. */
const CHOICE = new Set(['or', 'vs', 'versus']);

/**
 * "a container on a bridge is reachable from outside if i dont publish a port?": a statement with
 * its verb inside and a question mark, no question word and no choice, asks whether it is so.
 */
function statementAsked(q: Question, tokens: readonly string[]): boolean {
  if (!q.text.display.trimEnd().endsWith('?') || tokens.length < 5) return false;
  if (tokens.some((t) => WH_EN.has(t) || WH_TYPED.has(t) || CHOICE.has(t) || t === 'when')) return false;
  // "the container just shares …": an adverb may stand between the thing and its verb.
  const verbAfter = (i: number) => isVerb(tokens[ADVERBS.has(tokens[i] ?? '') ? i + 1 : i]);
  return tokens.slice(1, -1).some((t) => AUXILIARIES.has(t)) || q.concepts.some((m) => verbAfter(m.end));
}

/** Adverbs said between a thing and what it does ("just", "also", "basically"). */
const ADVERBS = new Set([
  'just',
  'also',
  'only',
  'still',
  'always',
  'really',
  'actually',
  'basically',
  'simply',
]);

/**
 * "docker unpause brings …": an everyday English verb with its "-s", right after a thing named, is
 * what that thing is said to do.
 */
function isVerb(word: string | undefined): boolean {
  if (!word || !/^[a-z]{3,}s$/.test(word) || word.endsWith('ss')) return false;
  return [word.slice(0, -1), word.replace(/es$/, '')].some((w) => w !== word && isEverydayEnglish(w));
}

/** Auxiliaries that make "… you …" a request ("can you draw"), not a question ("do you use"). */
const REQUESTING = new Set(['can', 'could', 'would', 'will']);

/** What a learner asks the bot to do: "can you explain", "could you pls draw". */
const REQUESTED = new Set([
  'explain',
  'tell',
  'show',
  'draw',
  'list',
  'give',
  'help',
  'describe',
  'compare',
  'summarize',
  'summarise',
  'walk',
  'sketch',
  'name',
  'define',
  'clarify',
  'break',
  'go',
]);

/** "Can you explain …": an auxiliary, "you", a word of asking the bot to do something. */
function requests(tokens: readonly string[]): boolean {
  if (tokens[1] !== 'you' || !REQUESTING.has(tokens[0]!)) return false;
  const verb = ['please', 'pls', 'plz'].includes(tokens[2] ?? '') ? tokens[3] : tokens[2];
  return REQUESTED.has(verb ?? '');
}

/** Particles that end a claim with a question, "is that so?": "Docker EE miễn phí hả mn?". */
const ASKING_PARTICLES = new Set(['ha']);

/**
 * Whether words ask anything: a question word, an auxiliary first ("is it ..."), or a closing
 * "không" at the end ("mà ko hiểu" in the middle of a statement asks nothing).
 */
export function asksSomething(tokens: readonly string[]): boolean {
  let last = tokens.length - 1;
  while (last > 0 && TRAILING.has(tokens[last]!)) last--;
  return (
    opensAsking(tokens) ||
    CLOSING.has(tokens[last] ?? '') ||
    tokens.some((t) => WH_WORDS.has(t) || WH_EN.has(t) || t === 'when')
  );
}

/**
 * Yes (true), no (false) or no verdict (null) for a yes/no question, from the lines of its answer.
 * A question that is itself negative ("isn't it", "không publish port thì ...") gets yes only when a
 * sentence denies what it denies ({@link deniesAlike}), else no verdict.
 */
export function verdict(q: Question, lines: readonly string[], lexicon: Lexicon): boolean | null {
  const asked = claimOf(q);
  if (q.concepts.length === 0) return null;
  // A concept is said by any of its names, or by the words the learner named it with ("networks",
  // and its singular: "an endpoint belongs to exactly one network").
  const namesOf = (m: Mention) => {
    const said = q.tokens.slice(m.start, m.end).join(' ');
    return [...(lexicon.namesOf.get(m.id) ?? []), said, ...(/[^s]s$/.test(said) ? [said.slice(0, -1)] : [])];
  };
  const names = q.concepts.map(namesOf);
  if (isNegative(q)) return deniesAlike(q, lines, names) ? true : null;
  const stems = claimStems(q);
  const english = saidInEnglish(q);
  const glued = gluedElsewhere(q, lexicon);
  // Naming two concepts says nothing of how they relate ("does a container have its own kernel");
  // a sentence that joins three ("the CLI talks to the daemon through the REST API") does.
  if (stems.length === 0 && !MANY.test(asked) && q.conceptList().length < 3) return null;
  const sentences = lines
    .filter((line) => !line.trimEnd().endsWith(':'))
    .flatMap((line) => line.split(/(?<=[.;])\s+|\n/));
  // "... the default network driver in Docker?": the platform it is in is where, not what, is asked.
  const claimed = q.concepts.filter((m) => !q.isSetting(m.id));
  // In the question's own words first, without the setting too, before other verbs of joining.
  const withoutSetting = claimed.length > 0 && claimed.length < q.concepts.length;
  const sentence =
    sentences.find((s) => says(fold(s), names, stems, q.locale, english, glued)) ??
    (withoutSetting
      ? sentences.find((s) => says(fold(s), claimed.map(namesOf), stems, q.locale, english, glued))
      : undefined) ??
    sentences.find((s) => says(fold(s), names, stems, q.locale, english, glued, true));
  if (sentence === undefined) return null;
  // "The model has three parts: the Client (docker build, …), … and a Registry (stores and
  // distributes images)": in a list of things, each with what it does in brackets, what is claimed
  // must be said in the item that names the subject.
  const subject = claimed[0] ?? q.concepts[0]!;
  const items = splitOutsideBrackets(sentence, LIST_SEPARATOR);
  const own = items.find((item) => namesOf(subject).some((n) => hasWords(fold(item), n)));
  const listed = items.filter((item) => item.includes('(')).length >= 3;
  if (listed && own && !says(fold(own), [namesOf(subject)], stems, q.locale, english, glued))
    return saidByAnother(stems, own, items) ? false : null;
  // "container chạy trong docker host": what runs inside the other is what the other runs, so the
  // notes' "Docker host chạy Container" (or "Container is run by Docker host") says it the other way
  // round; "tạo và chạy Container" of the first thing says nothing of where it runs.
  const placed = placedInside(q);
  if (saysOfTheOther(q, fold(sentence), namesOf, stems)) return placed;
  if (saidOfPeer(q, sentence, subject, stems, lexicon)) return false;
  const words = fold(sentence).split(' ');
  if (placed && saidPassive(words, q.concepts.map(namesOf))) return true;
  if (placed && !words.some((w) => INSIDE.has(w) || PLACING.has(w))) return null;
  // "Is docker0's default subnet 192.168.0.0/16?": an address claimed must be the one said.
  const claimedAddresses: string[] = q.text.display.match(ADDRESS) ?? [];
  const givenAddresses: string[] = sentence.match(ADDRESS) ?? [];
  if (claimedAddresses.some((a) => !givenAddresses.includes(a)))
    return givenAddresses.length > 0 ? false : null;
  // What is denied is a thing named ("no NAT"); a verb after a negation may deny something else
  // ("Docker no longer uses LXC" says nothing against using libcontainer).
  // "… instead of LXC": what the claim sets against itself, the notes may deny too.
  const forClaim = q.concepts.filter((m) => !setAgainst(q.tokens, m.start));
  const denied = forClaim.flatMap(namesOf).some((term) => denies(sentence, term));
  if (denied) return false;
  // A word of the claim itself that the sentence denies and never says otherwise: "docker create …
  // without starting it", "… thay vì chạy hệ điều hành riêng". Denied of another thing named ("no
  // longer uses LXC"), or of what the claim sets against itself, it says nothing of this one.
  const saidHere = affirmedStems(sentence);
  const against = q.concepts.filter((m) => !forClaim.includes(m)).flatMap(namesOf);
  const deniesClaim = deniedTexts(sentence).some(
    (text) =>
      stems.some((s) => !saidHere.has(s) && text.split(' ').some((w) => englishStem(w) === s)) &&
      !namesAnother(text, q, lexicon) &&
      !against.some((name) => hasWords(text, name)),
  );
  if (deniesClaim) return false;
  // "nhiều network" against "đúng một network": the same thing counted, so no; counting different
  // things ("a sandbox with several endpoints", "an endpoint in exactly one sandbox") decides nothing.
  const [many] = counted(MANY, asked, 1);
  // "exactly one CNM network": the thing counted may follow a word that says which.
  const one = counted(ONE, fold(sentence), 2);
  if (many !== undefined && one.length > 0) return one.includes(many) ? false : null;
  return true;
}

/** Whether folded text names a thing of the graph that the question does not. */
function namesAnother(text: string, q: Question, lexicon: Lexicon): boolean {
  const named = new Set(q.conceptList().map((c) => c.id));
  const words = text.split(' ');
  return words.some((_, i) =>
    [1, 2, 3, 4].some((n) =>
      (lexicon.exact.get(words.slice(i, i + n).join(' ')) ?? []).some(
        (t) => t.type === 'concept' && !named.has(t.id),
      ),
    ),
  );
}

/** "is", "là": what a thing is said to be follows. */
const IS = new Set(['is', 'are', 'la']);

/**
 * "container là template để tạo ra image?", "is an image an instance of a container?", "does runc
 * manage containerd?": the two things named the other way round, the notes' sentence saying what
 * the last one is or does ("Docker image là mẫu … tạo ra các container", "containerd … manages …
 * runc"), is the claim made of the wrong one.
 */
function saysOfTheOther(
  q: Question,
  sentence: string,
  namesOf: (m: Mention) => string[],
  stems: readonly string[],
): boolean {
  // Two things only: with more, the last may be the means ("… thru a veth pair"), not what it is.
  if (q.conceptList().length !== 2) return false;
  const [first, last] = [q.concepts[0], q.concepts.at(-1)];
  if (!first || !last || first.id === last.id) return false;
  // "container là …", or "is an image …": the first thing is the one said to be something; or it
  // does what the claim says to the last ("runc manage containerd"), not turned round ("… by …").
  const before = q.tokens.slice(0, first.start).filter((t) => !ARTICLES.has(t));
  const between = q.tokens.slice(first.end, last.start);
  const is = IS.has(q.tokens[first.end] ?? '') || (before.length === 1 && IS.has(before[0]!));
  // The claim's verb: its first word after the first thing ("manage" of "runc manage containerd").
  const claimVerb = between.map(englishStem).find((t) => stems.includes(t));
  const does = !between.some((t) => PASSIVE.has(t)) && claimVerb !== undefined;
  if (!is && !does) return false;
  const words = sentence.split(' ');
  const at = (m: Mention) =>
    words.flatMap((_, i) =>
      namesOf(m).flatMap((n) =>
        words.slice(i, i + n.split(' ').length).join(' ') === n ? [[i, n.split(' ').length]] : [],
      ),
    );
  // Where the last one is said to be it, or the claim's verb after it; the first named only after,
  // and not turned round ("Container bị giới hạn … bằng cgroups" says it of cgroups).
  const verb = words.findIndex((w) => englishStem(w) === claimVerb);
  const said = at(last).find(([i, n]) => (is && IS.has(words[i! + n!] ?? '')) || (does && verb > i!));
  const after = is ? said?.[0] : verb;
  const firstAt = at(first).map(([i]) => i!);
  const turned = said !== undefined && words.slice(said[0], Math.max(...firstAt)).some((w) => PASSIVE.has(w));
  return said !== undefined && firstAt.length > 0 && firstAt.every((i) => i > after!) && !turned;
}

/** Where a sentence's clauses meet, as written: a comma, a colon, "và", "while", "còn", "but". */
const CLAUSE_BREAK = /[,;:]|\s(?:và|and|while|whereas|còn|but|nhưng)\s/iu;

/**
 * "cgroups dùng để cô lập container?" against "… được cô lập bằng namespaces và giới hạn tài nguyên
 * bằng cgroups": a sentence that gives the subject a clause of its own and says a word of the claim
 * only in clauses naming another thing of the subject's kind says it of that other thing. A thing
 * named by one everyday word ("on a single host") is not told apart that way.
 */
function saidOfPeer(
  q: Question,
  sentence: string,
  subject: Mention,
  stems: readonly string[],
  lexicon: Lexicon,
): boolean {
  const kind = lexicon.concepts.get(subject.id)?.kind;
  const asked = new Set(q.concepts.map((m) => m.id));
  const clauses = sentence.split(CLAUSE_BREAK).map((clause) => {
    const words = fold(clause).split(' ');
    const named = link(words, lexicon).filter((m) => m.type === 'concept');
    // A word inside a name ("create" of "docker create") is the name's, not said of anything.
    const free = words.map((w, i) => (named.some((m) => i >= m.start && i < m.end) ? '' : englishStem(w)));
    const peer = named.some(
      (m) =>
        !asked.has(m.id) &&
        lexicon.concepts.get(m.id)?.kind === kind &&
        (m.end - m.start > 1 || !isEverydayEnglish(words[m.start]!)),
    );
    return { free, own: named.some((m) => m.id === subject.id), peer };
  });
  // "… for example Weave, Calico, Contiv and Kuryr": an item of a list, only a name, belongs to the
  // clause that opens the list.
  for (let i = clauses.length - 1; i > 0; i--) {
    const item = clauses[i]!;
    if (item.free.some((w) => w !== '' && isContentWord(w))) continue;
    const opening = clauses[i - 1]!;
    opening.own ||= item.own;
    opening.peer ||= item.peer;
    clauses.splice(i, 1);
  }
  if (!clauses.some((c) => c.own && !c.peer)) return false;
  return stems.some((stem) => {
    const saying = clauses.filter((c) => c.free.includes(stem));
    return saying.length > 0 && saying.every((c) => c.peer && !c.own);
  });
}

/**
 * "With the host driver there's basically no network isolation, correct?": a sentence that names
 * every thing the question names and denies every word the question denies.
 */
function deniesAlike(q: Question, lines: readonly string[], names: string[][]): boolean {
  const claimed = [...deniedStems(q.text.display)].filter((s) => !HEDGES.has(s) && s.length > 1);
  if (claimed.length === 0) return false;
  return lines
    .flatMap((line) => line.split(/(?<=[.;])\s+|\n/))
    .some((sentence) => {
      const denied = deniedStems(sentence);
      return (
        names.every((forms) => forms.some((form) => hasWords(fold(sentence), form))) &&
        claimed.every((s) => denied.has(s))
      );
    });
}

/**
 * A quoted sentence that lists things, each with what it is in brackets ("bridge (mặc định; …),
 * host (container dùng chung network stack của host, không cô lập), overlay (…)"): a claim about
 * one of them is read in its own item. A word of the claim that the item denies, and does not
 * also say, is no; otherwise the item decides as a sentence would. Null when no item is the
 * own of a thing named.
 */
export function ownItemVerdict(q: Question, lines: readonly string[], lexicon: Lexicon): boolean | null {
  if (isNegative(q)) return null;
  const stems = claimStems(q);
  const named = q.conceptList().filter((c) => !q.isSetting(c.id));
  const heads = (item: string) => (c: Concept) =>
    (lexicon.namesOf.get(c.id) ?? []).some((n) => fold(item).startsWith(`${n} `));
  for (const line of lines) {
    // The first thing named that has an item of its own is the one the claim is about.
    const items = listingItems(line);
    const subject = named.find((c) => items.some((i) => heads(i)(c)));
    const item = subject && items.find((i) => heads(i)(subject));
    if (!item) continue;
    const denied = deniedStems(item);
    const affirmed = affirmedStems(item);
    if (stems.some((s) => denied.has(s) && !affirmed.has(s))) return false;
    if (saidByAnother(stems, item, items)) return false;
    return verdict(q, [item], lexicon);
  }
  return null;
}

/**
 * "Is it the client that stores and distributes images?": the subject's item says none of the
 * claim, another item of the list says all of it (the registry's).
 */
function saidByAnother(stems: string[], own: string, items: string[]): boolean {
  const saying = (text: string) => stems.filter((s) => affirmedStems(text).has(s)).length;
  return stems.length > 0 && saying(own) === 0 && items.some((i) => saying(i) === stems.length);
}

/** The items of a listing sentence, each with what it is in brackets; none for other sentences. */
function listingItems(line: string): string[] {
  const colon = line.indexOf(': ');
  const body = colon >= 0 && colon < line.indexOf('(') ? line.slice(colon + 2) : line;
  const items = listItems(body);
  return items.filter((i) => i.includes('(')).length >= 3 ? items : [];
}

/** What separates the items of a list outside brackets: ", ", "and", "or". */
const LIST_SEPARATOR = /^(, |\s(and|or|và|hoặc)\s)/u;

/** An IPv4 address or subnet, as written: "172.17.0.1", "172.17.0.0/16". */
const ADDRESS = /\b\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?\b/g;

/**
 * "default docker0 subnet is 10.0.0.0/8 isnt it": an address claimed that the answer and the
 * summaries of what is named never give, nor hold in a subnet they give, while they give others: no.
 */
export function addressVerdict(q: Question, said: readonly string[]): false | null {
  const claimed = q.text.display.match(ADDRESS) ?? [];
  const given = said.flatMap((line) => line.match(ADDRESS) ?? []);
  if (claimed.length === 0 || given.length === 0) return null;
  const known = (a: string) => given.some((g) => g === a || inSubnet(a, g));
  return claimed.every(known) ? null : false;
}

/** Whether an address ("172.17.0.2") is in a subnet ("172.17.0.0/16"). */
function inSubnet(address: string, subnet: string): boolean {
  const [network, bits] = subnet.split('/');
  if (bits === undefined || address.includes('/')) return false;
  const value = (a: string) => a.split('.').reduce((n, part) => n * 256 + Number(part), 0);
  const size = 2 ** (32 - Number(bits));
  return Math.floor(value(address) / size) === Math.floor(value(network!) / size);
}

/**
 * Words that hedge a claim, frame it or join its parts without adding to it: "basically X followed
 * by Y", "is it true that X".
 */
const HEDGES = new Set(
  [
    'basically',
    'actually',
    'really',
    'just',
    'simply',
    'essentially',
    'literally',
    'followed',
    'then',
    'plus',
    // "Is it true that …": the claim follows.
    'true',
    'correct',
    // How many: counted apart ("several networks" against "exactly one network").
    'single',
    'several',
    'many',
    'multiple',
  ].map(englishStem),
);
/**
 * Phrases without a claim of their own: stressing "together" ("two networks at the same time"), or
 * framing what a thing is ("Docker Hub acts as a public registry", "đóng vai trò là").
 */
const NO_CLAIM = [
  'at the same time',
  'same time',
  'at once',
  'cung luc',
  'cung mot luc',
  'dong thoi',
  'in one go',
  'act as',
  'acts as',
  'serve as',
  'serves as',
  'work as',
  'works as',
  'function as',
  'dong vai tro',
  'giu vai tro',
  // "is Calico an example of a remote driver": is one, said as a member of the kind.
  'example of',
  'kind of',
  'type of',
  'sort of',
  'vi du ve',
  'vi du cua',
  'mot loai',
];

/**
 * "riêng", "own", "ngay" (at once): a claim of their own, though stopword lists count them function
 * words ("docker stop gửi SIGKILL ngay" is not said by an edge "gửi khi hết grace period").
 */
const OWN = new Set(['rieng', 'own', 'ngay']);

/** The content words of a question's claim, by their stems, hedges and "at the same time" left out. */
function claimStems(q: Question): string[] {
  const claim = ` ${q.tokens.join(' ')} `;
  const framing = new Set(NO_CLAIM.filter((p) => claim.includes(` ${p} `)).flatMap((p) => p.split(' ')));
  const linked = q.linkedTokens();
  // By place, not by word: "dùng macvlan thì … đúng ko" uses "dùng" once, and its tag is no claim.
  const [start, end] = claimSpan(q);
  const said = (t: string, i: number) => (!linked[i] && q.isContent(i)) || OWN.has(t);
  return q.tokens
    .filter((t, i) => i >= start && i < end && said(t, i) && !framing.has(t))
    .map(englishStem)
    .filter((s) => !HEDGES.has(s));
}

/**
 * "Docker Hub là registry riêng?": a word after the kind, in Vietnamese, says which of its things
 * is meant ("riêng", private), a claim of its own, though stopword lists count "riêng" a function word.
 */
function saysWhichOne(q: Question, kind: Concept): boolean {
  const m = q.mentionOf(kind.id);
  if (q.locale === 'en' || !m) return false;
  const body = claimOf(q).split(' ');
  const name = q.tokens.slice(m.start, m.end);
  const at = body.findIndex((_, i) => name.every((w, k) => body[i + k] === w));
  if (at < 0) return false;
  // Whose it is ("card mạng vật lý của máy host") says which one too, but by a thing named: read
  // apart; so does where it is ("native driver có sẵn trong docker").
  // Named again right after in other words ("native driver có sẵn"): still the kind.
  let end = m.end;
  for (const again of q.concepts) if (again.id === kind.id && again.start === end) end = again.end;
  const after = body.slice(at + end - m.start);
  return after.length > 0 && !WHOSE_OR_WHERE.has(after[0]!);
}

/** "của" (of), "trong" (in), "trên" (on), folded. */
const WHOSE_OR_WHERE = new Set(['cua', 'trong', 'tren']);

/** Verbs that say one thing is joined to another: the notes say "attached to", learners "plugged into". */
const JOINS = new Set(
  ['attach', 'plug', 'plugged', 'connect', 'join', 'belong', 'hook', 'hooked'].map(englishStem),
);

/** The words counted right after a quantifier ("nhiều network" → "network"), by their stems; none without one. */
function counted(quantifier: RegExp, text: string, words: number): string[] {
  const found = quantifier.exec(text);
  if (!found) return [];
  const next = text
    .slice(found.index + found[0].length)
    .trim()
    .split(' ')
    .slice(0, words);
  return next.map(englishStem);
}

/** English tags that make a statement a yes/no question: "…, right?", "… at once, correct?". */
const TAGS_EN = [
  ['right'],
  ['correct'],
  ['yeah'],
  ['yep'],
  ['yes'],
  ['true'],
  ['isn', 't', 'it'],
  ['isnt', 'it'],
];

/** How many of the last tokens are an English tag; 0 when none closes them. */
function tagLength(tokens: readonly string[]): number {
  const tag = TAGS_EN.find(
    (t) => t.length < tokens.length && t.every((w, i) => tokens.at(i - t.length) === w),
  );
  return tag?.length ?? 0;
}

/** What a yes/no question claims: its words without the auxiliary that opens it or the particles that close it. */
function claimOf(q: Question, tokens: readonly string[] = q.tokens): string {
  const [start, end] = claimSpan(q, tokens);
  return tokens.slice(start, end).join(' ');
}

/** Where a yes/no question's claim starts and ends among the tokens: see {@link claimOf}. */
function claimSpan(q: Question, tokens: readonly string[] = q.tokens): [number, number] {
  const asked = withoutOrWhat(tokens);
  const start = openingDenial(asked) ? 2 : opensAsking(tokens) ? 1 : 0;
  let end = asked.length - tagLength(asked);
  while (end > start && (CLOSING.has(asked[end - 1]!) || TRAILING.has(asked[end - 1]!))) end--;
  // "…, đúng không?", "… phải ko": "right?", not "dùng" (use) folded. Written without diacritics
  // ("… dung k"), the word right before the closing "không" is the tag too: "dùng" takes an object.
  const tagged = TAG.test(q.text.display.toLowerCase()) || !/[^\p{ASCII}]/u.test(q.text.display);
  if (end > start && ['dung', 'phai'].includes(asked[end - 1]!) && tagged) end--;
  return [start, end];
}

/** A claim closed by "right?" in Vietnamese, as written (with diacritics: "dùng" folds the same). */
const TAG = /(đúng|phải)\s*(không|ko|k|hông|hok|hem|khôg|khum|hk)(\s+\p{L}{1,3})?\s*[^\p{L}]*$/u;

/** Where "not (the)", "chứ không phải" starts right before a thing named at `start`; undefined when not. */
function ratherThan(tokens: readonly string[], start: number): number | undefined {
  let at = start;
  if (ARTICLES.has(tokens[at - 1] ?? '')) at--;
  if (tokens[at - 1] === 'not' && tokens[at - 2] !== 'do' && tokens[at - 2] !== 'does') return at - 1;
  const phai = tokens[at - 1] === 'phai' && ['khong', 'ko', 'k'].includes(tokens[at - 2] ?? '');
  return phai && tokens[at - 3] === 'chu' ? at - 3 : undefined;
}

/** Words that set a thing against the claim: "instead of LXC", "thay vì LXC". */
const INSTEAD = [
  ['instead', 'of'],
  ['rather', 'than'],
  ['thay', 'vi'],
  ['thay', 'cho'],
];

/** Whether the thing named at `start` is set against the claim ("instead of LXC", "not the CLI"). */
function setAgainst(tokens: readonly string[], start: number): boolean {
  const at = ARTICLES.has(tokens[start - 1] ?? '') ? start - 1 : start;
  return (
    INSTEAD.some((p) => p.every((w, j) => tokens[at - p.length + j] === w)) ||
    ratherThan(tokens, start) !== undefined
  );
}

/** "không chỉ", "not only": a negation that adds to the claim ("… chứ ko chỉ image và container"). */
const NOT_ONLY = new Set(['khong chi', 'ko chi', 'k chi', 'not only', 'not just']);

/**
 * Whether the question denies something itself ("mà ko thêm -f", "isn't"): yes or no would be read
 * backwards. With `wayNotTaken`, going without a thing named ("with docker start, without doing
 * docker run again") denies nothing: for a reading that decides by what a named command does, it
 * only names the way not taken (what is required is checked apart, `requirementVerdict`).
 */
export function isNegative(q: Question, wayNotTaken = false): boolean {
  // In Vietnamese, "no" is "nó" (it), folded or typed without diacritics.
  const tokens = q.tokens.map((t) => (q.locale === 'vi' && t === 'no' ? '' : t));
  for (const i of tokens.keys()) if (NOT_ONLY.has(`${tokens[i]} ${tokens[i + 1]}`)) tokens.fill('', i, i + 2);
  // "…, not the daemon?", "… chứ không phải daemon": the other thing set against the claim, last.
  const last = q.concepts.at(-1);
  const rather = last ? ratherThan(tokens, last.start) : undefined;
  if (last && rather !== undefined && last.end >= claimSpan(q)[1]) tokens.fill('', rather, last.start);
  for (const m of wayNotTaken ? q.concepts : []) {
    const at = q.withoutAt(m.id);
    if (at !== undefined) tokens.fill('', at, m.start);
  }
  return ASKED_NEGATION.test(claimOf(q, tokens));
}

/**
 * Whether a sentence names every concept of the question, and has its other words but one of three;
 * in English, one of two ("act as a public registry"). A Vietnamese word is a syllable: one of two
 * missing changes the meaning ("mất phí" is not "miễn phí").
 */
function says(
  sentence: string,
  names: string[][],
  stems: string[],
  locale: Locale,
  english: (sentence: string) => ReadonlySet<string>,
  glued: (sentence: string, stem: string) => boolean,
  synonyms = false,
): boolean {
  if (!names.every((forms) => forms.some((form) => hasWords(sentence, form)))) return false;
  const words = new Set([...sentence.split(' ').map(englishStem), ...english(sentence)]);
  // A verb of joining said otherwise counts only when no sentence has the question's own.
  const joins = synonyms && [...words].some((w) => JOINS.has(w));
  // A syllable of the claim said only inside another word ("vật lý" for "cách ly") is a word the
  // sentence says otherwise: never one it may leave out.
  if (stems.some((s) => glued(sentence, s))) return false;
  const missing = stems.filter(
    (s) => !words.has(s) && !(joins && JOINS.has(s)) && !mistyped(s, words),
  ).length;
  return missing <= (locale === 'en' ? Math.floor(stems.length / 2) : stems.length >= 3 ? 1 : 0);
}

/**
 * "Docker Hub là registry public?": an English word in a Vietnamese claim is said by the sentences of
 * a named thing's Vietnamese summary when its English summary says it: the same sentence in other
 * words ("registry công khai"). Vietnamese syllables are left to the Vietnamese sentence.
 */
function saidInEnglish(q: Question): (sentence: string) => ReadonlySet<string> {
  const none = new Set<string>();
  if (q.locale === 'en') return () => none;
  const english = claimStems(q).filter((s) => !VIETNAMESE_SYLLABLE.test(s));
  // Only by the thing's own summary: "template" is the image's word, not the container's.
  const own = q.conceptList().map((c) => {
    const said = new Set(fold(c.summary.en).split(' ').map(englishStem));
    const sentences = c.summary.vi.split(/(?<=[.;])\s+/).map(fold);
    return { sentences, stems: new Set(english.filter((s) => said.has(s))) };
  });
  const of = (sentence: string) => (o: (typeof own)[number]) =>
    o.sentences.some((s) => s.includes(sentence) || sentence.includes(s));
  return (sentence) => own.find(of(sentence))?.stems ?? none;
}

/**
 * "cách ly" (isolate) is not said by the "lý" of "vật lý" (physical): a syllable of the claim after
 * another of its syllables, said in a sentence only after a third one, a content word, that it makes
 * a word of the notes with, is part of another word there. "cách" alone would be "way", a function word, so the claim's
 * stems have only "ly". `partner` says which syllables make such a word.
 */
export function gluedElsewhere(
  q: Question,
  lexicon: Lexicon,
  partner: (syllable: string) => boolean = isContentWord,
): (sentence: string, stem: string) => boolean {
  if (q.locale === 'en') return () => false;
  const linked = q.linkedTokens();
  const before = new Map<string, string>();
  const after = new Map<string, string>();
  for (const [i, token] of q.tokens.entries()) {
    if (i > 0 && !linked[i] && !linked[i - 1] && VIETNAMESE_SYLLABLE.test(q.tokens[i - 1]!))
      before.set(token, q.tokens[i - 1]!);
    if (!linked[i] && !linked[i + 1] && VIETNAMESE_SYLLABLE.test(q.tokens[i + 1] ?? ''))
      after.set(token, q.tokens[i + 1]!);
  }
  return (sentence, stem) => {
    const previous = before.get(stem);
    if (previous === undefined) return false;
    // "chạy nền lâu dài" against "chạy lâu dài": followed by the same syllable, it is the same word.
    // Read in place, word by word around each time it is said: ranking asks this of every reply.
    let said = 0;
    for (const { before: other, after: next } of wordsAround(sentence, stem)) {
      const elsewhere =
        other !== undefined &&
        other !== previous &&
        next !== after.get(stem) &&
        VIETNAMESE_SYLLABLE.test(other) &&
        partner(other) &&
        lexicon.vocabulary.knowsPair(other, stem);
      if (!elsewhere) return false;
      said++;
    }
    return said > 0;
  };
}

/** The words right before and after each place a text (words split by spaces) says a word. */
function* wordsAround(
  text: string,
  word: string,
): Generator<{ before: string | undefined; after: string | undefined }> {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at > 0 && text[at - 1] !== ' ') || (end < text.length && text[end] !== ' ')) continue;
    const stop = text.indexOf(' ', end + 1);
    const after = end < text.length ? text.slice(end + 1, stop < 0 ? text.length : stop) : undefined;
    const before = at > 0 ? text.slice(text.lastIndexOf(' ', at - 2) + 1, at - 1) : undefined;
    yield { before, after };
  }
}

/** "defualt" for "default": a word that is no word, a typo or two letters swapped from one said. */
function mistyped(stem: string, said: Set<string>): boolean {
  if (stem.length < 5 || isRealWord(stem)) return false;
  const max = allowedTypos(stem.length);
  return [...said].some((w) => w[0] === stem[0] && (isSwap(stem, w) || editDistance(stem, w, max) <= max));
}

const hasWords = (text: string, words: string) => ` ${text} `.includes(` ${words} `);

/**
 * Opposite wordings, folded: a question that claims one side ("Docker CE có mất phí") answered by
 * lines that say only the other ("phiên bản miễn phí") is answered no. `said` are wordings that, in
 * an answer, say the second side, but in a question are only its setting ("sau khi cài docker").
 */
const OPPOSITES: { one: string[]; other: string[]; said?: string[] }[] = [
  {
    one: [
      'mat phi',
      'tra phi',
      'tra tien',
      'ton phi',
      'ton tien',
      'thuong mai',
      'paid',
      'commercial',
      'cost money',
      'costs money',
    ],
    other: ['mien phi', 'free'],
  },
  {
    // "mình phải tự tạo", "do I create it myself": the learner makes it, by hand.
    one: ['bang tay', 'thu cong', 'tu tay', 'phai tu tao', 'manually', 'by hand', 'myself', 'yourself'],
    other: ['tu dong', 'automatically'],
    said: ['khi cai', 'when docker engine is installed', 'is installed'],
  },
  {
    one: ['ngay lap tuc', 'lap tuc', 'immediately', 'instantly', 'right away', 'at once'],
    other: ['grace period', 'thoi gian cho', 'thoi gian don dep', 'time to clean up', 'shut down cleanly'],
  },
  {
    one: ['kill', 'giet', 'bi tat', 'terminate', 'terminated'],
    other: ['dong bang', 'frozen', 'freezes', 'suspend', 'suspended'],
  },
  {
    one: ['duy nhat', 'the only', 'only tool', 'only way', 'only one'],
    other: ['cung tao duoc', 'also create', 'besides docker', 'ngoai docker'],
  },
  {
    one: ['own ip', 'ip rieng', 'real ip', 'ip that', 'ip goc'],
    // The host's own IP is the one the outside sees.
    other: [
      'only the host ip',
      'only sees the host ip',
      'chi thay ip cua host',
      'host s own ip',
      'ip rieng cua host',
    ],
  },
  {
    // Native drivers come with libnetwork; remote ones are other parties' plugins.
    one: ['built into', 'built in', 'co san', 'tich hop san', 'san co'],
    other: ['third party', 'ben thu ba', 'plugin', 'plugins'],
  },
  {
    one: ['private', 'rieng tu'],
    other: ['public', 'cong khai'],
  },
  {
    one: ['single host', 'one host', 'mot host', '1 host'],
    other: [
      'many hosts',
      'multiple hosts',
      'several hosts',
      'across hosts',
      'multi host',
      'nhieu host',
      'nhieu docker host',
      'many docker hosts',
      'more than one host',
      'hon mot host',
      'different hosts',
      'different docker hosts',
      'host khac nhau',
      'docker host khac nhau',
    ],
  },
];

/**
 * How a text words what the question says in one of two opposite wordings ("containers on
 * different hosts"): 1 in the same one ("several hosts"), -1 only in the other ("a single host"),
 * 0 in neither. Both texts folded.
 */
export function wordedAlike(asked: string, said: string): number {
  const has = (text: string, side: string[]) => side.some((w) => ` ${text} `.includes(` ${w} `));
  for (const { one, other } of OPPOSITES)
    for (const [mine, theirs] of [
      [one, other],
      [other, one],
    ] as const)
      if (has(asked, mine) && !has(asked, theirs)) return has(said, mine) ? 1 : has(said, theirs) ? -1 : 0;
  return 0;
}

/** Every opposite wording: a question in these words ("does it cost money") is one yes or no answers. */
export const OPPOSITE_WORDINGS = OPPOSITES.flatMap(({ one, other }) => [...one, ...other]);

/**
 * No, when the question claims one of two opposite wordings and the answer says only the other.
 * Only the answer's lines about what the question is about are read: an answer that goes on to
 * another command ("docker kill: SIGKILL at once") says nothing of the one asked about.
 */
export function oppositeVerdict(q: Question, lines: readonly string[]): false | null {
  if (isNegative(q)) return null;
  const has = (text: string, side: string[]) => side.some((w) => text.includes(` ${w} `));
  for (const part of contrasted(q)) {
    const claim = ` ${part.tokens.join(' ')} `;
    const said = ` ${fold(linesAbout(part.subject, lines).join(' '))} `;
    for (const { one, other, said: setting = [] } of OPPOSITES) {
      for (const [asked, answered, answeredToo] of [
        [one, other, setting],
        [other, one, []],
      ] as const) {
        const says = [...answered, ...answeredToo];
        if (has(claim, asked) && !has(claim, answered) && has(said, says) && !has(said, asked)) return false;
      }
    }
  }
  return null;
}

/**
 * Yes, when the question claims one of two opposite wordings of one thing ("overlay chạy được trên
 * nhiều host") and that thing's own summary words it the same way, never the other ("trải qua nhiều
 * host"). Said of a thing the summary is not about, it decides nothing.
 */
export function alikeVerdict(q: Question): true | null {
  const parts = contrasted(q);
  const subject = parts[0]?.subject;
  if (isNegative(q) || parts.length !== 1 || !subject) return null;
  const has = (text: string, side: string[]) => side.some((w) => text.includes(` ${w} `));
  // Words of the claim, not of the subject's name: "docker kill" claims no killing, though an alias
  // may ("Docker Hub, the public registry").
  const name = new Set([subject.name.vi, subject.name.en].flatMap((n) => fold(n).split(' ')));
  const named = (i: number) =>
    name.has(q.tokens[i]!) && q.concepts.some((m) => m.id === subject.id && m.start <= i && i < m.end);
  const claim = ` ${q.tokens.map((t, i) => (named(i) ? '_' : t)).join(' ')} `;
  const said = ` ${fold(subject.summary[q.locale])} `;
  // What settles the other wording says it too ("created when Docker Engine is installed" is automatic).
  const alike = OPPOSITES.some(({ one, other, said: setting = [] }) =>
    [
      [one, other, []],
      [other, one, setting],
    ].some(
      ([mine, theirs, mineToo]) =>
        has(claim, mine!) &&
        !has(claim, theirs!) &&
        has(said, [...mine!, ...mineToo!]) &&
        !has(said, theirs!),
    ),
  );
  return alike ? true : null;
}

/** "only one", "only ever have one", "chỉ có một": a claim that there is no more than one. */
const ONLY_ONE = /\b(?:only|just|chi)(?: \w+){0,2} (?:one|mot)\b/;

/**
 * "a sandbox can only ever have one endpoint?" against "A sandbox can have several endpoints", "an
 * endpoint in two networks at once?" against "An endpoint belongs to exactly one network": the same
 * thing counted once where the lines about the subject count many, or the other way round, is no.
 */
export function countVerdict(q: Question, lines: readonly string[]): false | null {
  if (isNegative(q)) return null;
  const claim = claimOf(q);
  const said = fold(linesAbout(q.conceptList()[0], lines).join(' '));
  const [one] = counted(ONLY_ONE, claim, 1);
  if (one !== undefined) return countedAll(MANY, said).includes(one) ? false : null;
  const [many] = counted(MANY, claim, 1);
  return many !== undefined && countedAll(ONE, said).includes(many) ? false : null;
}

/**
 * "container có tất cả 5 trạng thái" against the lifecycle's "gồm 7 trạng thái": a number of a thing
 * that the summaries of what is named give otherwise, in digits, is no.
 */
export function numberVerdict(q: Question): false | null {
  if (isNegative(q)) return null;
  const claimed = numbered(claimOf(q));
  const summaries = fold(
    q
      .conceptList()
      .map((c) => c.summary[q.locale])
      .join(' '),
  );
  const given = numbered(summaries).filter((g) => claimed.some((c) => c.of === g.of));
  if (given.length === 0) return null;
  return given.some((g) => claimed.some((c) => c.of === g.of && c.n === g.n)) ? null : false;
}

/** Numbers written in digits and the word each counts, by its stem: "7 trạng thái" → 7 "trang". */
function numbered(text: string): { n: string; of: string }[] {
  const words = text.split(' ');
  return words.flatMap((w, i) =>
    /^\d+$/.test(w) && /^\p{L}/u.test(words[i + 1] ?? '') ? [{ n: w, of: englishStem(words[i + 1]!) }] : [],
  );
}

/** The word counted after each quantifier in a text, by its stem ("several endpoints" → "endpoint"). */
function countedAll(quantifier: RegExp, text: string): string[] {
  return [...text.matchAll(new RegExp(quantifier.source, 'g'))].map((m) =>
    englishStem(
      text
        .slice(m.index + m[0].length)
        .trim()
        .split(' ')[0] ?? '',
    ),
  );
}

/** Words that set two claims side by side: "EE là bản miễn phí còn CE là bản thương mại". */
const CONTRAST = new Set(['con', 'while', 'whereas']);
/** Words that join two claims when each side names a thing and says something of it. */
const JOINING_CLAIMS = new Set(['and', 'va', 'but', 'nhung']);

/**
 * Where two claims meet: at a word of contrast, or at "and" between two sides that each name a thing
 * and say something of it ("cgroups do the isolation and namespaces do the resource limits"), not
 * "LXC and Docker both use namespaces", whose first side only names.
 */
function contrastAt(q: Question, within: (from: number, to: number) => Mention[]): number {
  const at = q.tokens.findIndex((t) => CONTRAST.has(t));
  if (at >= 0) return at;
  const linked = q.linkedTokens();
  const says = (from: number, to: number) =>
    within(from, to).length > 0 &&
    q.tokens.slice(from, to).some((_, k) => !linked[from + k] && q.isContent(from + k));
  return q.tokens.findIndex((t, i) => JOINING_CLAIMS.has(t) && says(0, i) && says(i + 1, q.tokens.length));
}

/**
 * The claims of a question, each with the thing it is about: one for each side of a contrast when
 * each side names a thing, else the whole question about the first thing it names.
 */
function contrasted(
  q: Question,
): { tokens: readonly string[]; subject: Concept | undefined; ids: Set<string> }[] {
  const within = (from: number, to: number) => q.concepts.filter((m) => m.start >= from && m.end <= to);
  const at = contrastAt(q, within);
  const [before, after] = [within(0, at), within(at + 1, q.tokens.length)];
  if (at < 0 || before.length === 0 || after.length === 0)
    return [{ tokens: q.tokens, subject: q.conceptList()[0], ids: new Set(q.concepts.map((m) => m.id)) }];
  return [
    { tokens: q.tokens.slice(0, at), subject: before[0]!.concept, ids: new Set(before.map((m) => m.id)) },
    { tokens: q.tokens.slice(at + 1), subject: after[0]!.concept, ids: new Set(after.map((m) => m.id)) },
  ];
}

/**
 * The two claims a question sets side by side ("namespaces dùng để cô lập còn cgroups để giới hạn
 * tài nguyên"), each naming one thing; none when it makes one claim.
 */
export function claimSides(q: Question): string[] {
  const parts = contrasted(q);
  if (parts.length !== 2 || parts.some((p) => p.ids.size !== 1)) return [];
  // Without what opens and closes the question ("…, đúng không?"): each side is a bare claim.
  const [start, end] = claimSpan(q);
  const at = parts[0]!.tokens.length;
  return [q.tokens.slice(start, at), q.tokens.slice(at + 1, end)].map((side) => side.join(' '));
}

/**
 * The clauses that name a concept (the question's first); all of them when none does. A line may go on
 * to another thing after a semicolon ("SIGKILL ends a process at once; docker stop sends it when
 * the grace period runs out").
 */
function linesAbout(subject: Concept | undefined, lines: readonly string[]): readonly string[] {
  const clauses = lines.flatMap((line) => line.split(/(?<=[.;])\s+/));
  if (!subject) return clauses;
  const names = [subject.name.vi, subject.name.en].map(fold);
  const naming = (text: string) => names.some((n) => fold(text).includes(n));
  // "the commercial Enterprise Edition (Docker EE) and the free Community Edition (Docker CE)",
  // "docker stop (SIGTERM, then SIGKILL), docker kill (SIGKILL) or …": of a clause that lists
  // things side by side, each with its words in brackets, the item that names the subject.
  const about = clauses.flatMap((clause) => {
    if (!naming(clause)) return [];
    const items = listItems(clause);
    return items.filter((item) => item.includes('(')).length >= 2 ? items.filter(naming) : [clause];
  });
  return about.length > 0 ? about : clauses;
}

/** The items of a list, split at commas, "and", "or" ("và", "hoặc") outside brackets. */
const listItems = (clause: string) =>
  splitOutsideBrackets(clause, LIST_SEPARATOR).filter((item) => item.trim() !== '');

/** Words a condition is denied with, inside a question ("không publish port thì", "without -f"). */
// "don't" is read as "don t".
const CONDITION_NEGATION = new Set([
  'khong',
  'ko',
  'k',
  'without',
  'chua',
  'don',
  'dont',
  'doesn',
  'doesnt',
  'never',
]);
/** What the notes write before something that is required: "phải publish port", "only with -f". */
const REQUIRED = /\b(phai|bat buoc|chi khi|chi voi|only with|only if|must|needs?|requires?|unless)\b/g;
/** How many words after the requirement the required thing may come. */
const REQUIRED_WITHIN = 4;

/**
 * "Without publishing a port, can outside machines reach the container?": when the question denies
 * something the answer says is required ("phải publish port", "only with `docker rm -f`"), the
 * answer is no; yes when the question denies the outcome too ("ko publish port thì bên ngoài ko vào
 * được"), as the answer does. Null when the question denies nothing or the answer requires none of it.
 */
export function requirementVerdict(q: Question, lines: readonly string[]): boolean | null {
  const tokens = q.tokens.map((t) => t.replace(/[^a-z0-9]/g, ''));
  let last = tokens.length - 1;
  while (last > 0 && (CLOSING.has(tokens[last]!) || TRAILING.has(tokens[last]!))) last--;
  // "… nói chuyện được nhưng ko ra internet": what follows "but" is part of the claim, no condition.
  const at = tokens.findIndex(
    (t, i) => i < last && CONDITION_NEGATION.has(t) && !BUT.has(tokens[i - 1] ?? ''),
  );
  // "without a published port", "ko có -f": what is denied is the first word after the article
  // or the verb of having.
  const deniedAt =
    at < 0 ? -1 : tokens.findIndex((t, i) => i > at && !ARTICLES.has(t) && !HAVING.has(t) && t !== 't');
  const next = tokens[deniedAt];
  if (!next) return null;
  const denied = englishStem(next);
  // "can't" is read as "can t".
  const outcomeDenied = tokens
    .slice(deniedAt + 1, last + 1)
    .some(
      (t, i, after) =>
        CONDITION_NEGATION.has(t) ||
        OUTCOME_NEGATION.has(t) ||
        UNABLE.test(t) ||
        (t === 't' && after[i - 1]?.endsWith('n')),
    );
  const isDenied = (w: string) => {
    const stem = englishStem(w);
    return stem === denied || (stem.length >= 4 && editDistance(stem, denied, 1) <= 1);
  };
  for (const line of lines) {
    const words = fold(line)
      .split(' ')
      .map((w) => w.replace(/[^a-z0-9]/g, ''));
    const text = words.join(' ');
    for (const found of text.matchAll(REQUIRED)) {
      const after = text
        .slice(found.index + found[0].length)
        .trim()
        .split(' ')
        .slice(0, REQUIRED_WITHIN);
      if (after.some(isDenied)) return outcomeDenied;
    }
    // "Không publish port thì ... không truy cập được": the notes deny the outcome without it.
    const without = words.findIndex(
      (w, i) => CONDITION_NEGATION.has(w) && words.slice(i + 1, i + 1 + REQUIRED_WITHIN).some(isDenied),
    );
    if (without >= 0 && words.slice(without + 2).some((w) => OUTCOME_NEGATION.has(w))) return outcomeDenied;
  }
  return null;
}

/**
 * Whether a text says something is required ("Only with `docker rm -f` (force)") that the question
 * does not say: a word of what is required, up to the next punctuation, is missing from it.
 */
export function unmetRequirement(q: Question, text: string): boolean {
  const asked = new Set(q.tokens.map((t) => t.replace(/[^a-z0-9]/g, '')));
  // Clause by clause: "(force)" after the flag glosses it, it is not required too.
  for (const clause of text.split(/[:;.,()]/).map(fold))
    for (const found of clause.matchAll(REQUIRED)) {
      const required = clause
        .slice(found.index + found[0].length)
        .split(' ')
        .map((w) => w.replace(/[^a-z0-9]/g, ''))
        .filter((w) => w && !ARTICLES.has(w))
        .slice(0, REQUIRED_WITHIN);
      if (required.some((w) => !asked.has(w))) return true;
    }
  return false;
}

const ARTICLES = new Set(['a', 'an', 'the', 'any']);
/** "ko có -f", "ko thêm -f", "ko cần -f", "without using -f": having (or needing) the thing is the thing. */
const HAVING = new Set(['co', 'them', 'having', 'adding', 'using', 'can', 'need', 'needing']);

/** Words that deny an outcome: "không truy cập được", "is not reachable", "nobody outside can reach it". */
const OUTCOME_NEGATION = new Set(['khong', 'not', 'cannot', 'cant', 'never', 'nobody', 'noone']);
/** An outcome denied in one word: "unreachable", "inaccessible". */
const UNABLE = /^(un|in)[a-z]{3,}(able|ible)$/;
/** "but", whose clause goes on with the claim. */
const BUT = new Set(['nhung', 'but']);

/**
 * "Is Docker Hub a public registry?", "rkt có phải của CoreOS không?": the one thing asked about is
 * named twice, or by a name longer than its own; the question asks whether it is what the notes call it.
 */
function namedTwice(q: Question, thing: Concept): boolean {
  const mentions = q.concepts.filter((m) => m.id === thing.id);
  const own = Math.max(...[thing.name.vi, thing.name.en].map((n) => fold(n).split(' ').length));
  return mentions.length >= 2 || mentions.some((m) => m.end - m.start > own);
}

/** Whether a concept is named right after another one and "của"/"of" ("the interface of the host"). */
function ownsTheOneBefore(q: Question, id: string): boolean {
  const m = q.mentionOf(id);
  if (!m) return false;
  const of = ['cua', 'of'].includes(q.tokens[m.start - 1] ?? '') ? m.start - 1 : -1;
  const at = q.tokens[m.start - 1] === 'the' && q.tokens[m.start - 2] === 'of' ? m.start - 2 : of;
  return at > 0 && q.concepts.some((o) => o.id !== id && o.end === at);
}

/** How many `IS_A` steps up a kind of a kind still counts. */
const MAX_KIND_DEPTH = 4;

/**
 * "Is macvlan a native network driver?", "rkt có phải là container tool không?", "are Weave and
 * Calico native drivers?": when the question only names the things and a kind, whether each is of
 * the kind, from `IS_A` edges. Yes when the kind is above every one; no when one is of other kinds
 * and the kind has other members; otherwise no verdict.
 */
export async function kindVerdict(q: Question, ctx: Context): Promise<boolean | null> {
  // "card mạng vật lý của máy host": who has the thing says which one, not what it is.
  // Nor is where it is ("… trong docker"), once something else is named.
  const all = q.conceptList((c) => !ownsTheOneBefore(q, c.id));
  const named = all.filter((c) => !q.isSetting(c.id));
  if (claimStems(q).length > 0 || isNegative(q) || named.length === 0) return null;
  if (named.length === 1 && all.length === 1 && namedTwice(q, named[0]!)) return true;
  const things =
    named.length === 3 && joined(q, named[0]!, named[1]!) ? named.slice(0, 2) : named.slice(0, 1);
  if (named.length !== things.length + 1) return null;
  const kind = named.at(-1)!;
  if (saysWhichOne(q, kind)) return null;
  // "Weave and Calico are …": the "is" is said between the last of them and the kind.
  const is = saysIs(q, things.at(-1)!, kind);
  const each = await Promise.all(things.map((thing) => ofKind(ctx, thing, kind, is)));
  // "the only registry": being one of a kind says nothing of being the only one; others say no.
  if (ONLY_ONE_OF.test(q.tokens.join(' '))) {
    const others = (await membersOf(kind, ctx)).filter((m) => !things.some((t) => t.id === m.id));
    return others.length > 0 || each.some((v) => v === false) ? false : null;
  }
  if (each.every((v) => v === true)) return true;
  return each.some((v) => v === false) ? false : null;
}

/** "the only …", "duy nhất": a claim that nothing else is of the kind. */
const ONLY_ONE_OF = /\b(only|duy nhat)\b/;

/** Two things named with only "and"/"và" between them. */
function joined(q: Question, a: Concept, b: Concept): boolean {
  const [first, second] = [q.mentionOf(a.id), q.mentionOf(b.id)];
  if (!first || !second) return false;
  const between = q.tokens.slice(first.end, second.start);
  return between.length === 1 && AND.has(between[0]!);
}

const AND = new Set(['and', 'va', 'voi']);

/** Whether a thing is of a kind (`is`: the question says it is, not that it has or joins it). */
async function ofKind(ctx: Context, thing: Concept, kind: Concept, is: boolean): Promise<boolean | null> {
  const above = await alongKinds(ctx, thing.id, 'up');
  if (above.has(kind.id)) return true;
  const members = await membersOf(kind, ctx);
  if (members.length === 0) return is && !(await oneIsTheOther(thing, kind, ctx)) ? false : null;
  if (above.size > 0) return is ? false : null;
  // Of another sort of thing than every member ("is libnetwork, a library, a remote plugin?"): no.
  return is && members.every((m) => m.kind !== thing.kind) ? false : null;
}

/** Words that may stand between two things when one is said to be the other. */
const COPULA = new Set(['is', 'are', 'a', 'an', 'the', 'one', 'of', 'la', 'chinh', 'phai', 'mot']);

/** Whether only "is", "là", "chính là", "có phải là", "one of" and articles come between two things named. */
function saysIs(q: Question, a: Concept, b: Concept): boolean {
  const [first, second] = [q.mentionOf(a.id), q.mentionOf(b.id)];
  if (!first || !second) return false;
  const between = q.tokens.slice(first.end, second.start).join(' ').replace('co phai', 'phai').split(' ');
  // "Are an image and a container the same thing?": two things joined, then said to be one.
  const same = SAME.test(q.tokens.join(' '));
  // Side by side, only after "is" ("is dockerd docker's daemon"): "does docker run create a
  // container" names `docker create` by what it does, it is no kind.
  const asked = between.some((t) => t !== '') || q.tokens.slice(0, first.start).some((t) => IS.has(t));
  return (
    asked && between.every((t) => t === '' || COPULA.has(t) || (same && ['and', 'va', 'voi'].includes(t)))
  );
}

/** Words that say two things are one: "the same thing", "giống nhau", "là một" ("là 1"), "are one". */
const SAME = /\b(same|giong nhau|nhu nhau|la (mot|1)|are one)\b/;

/** Words after "the same", "là một" that name no third thing: "the same process", "là một thứ", "hoàn toàn". */
const ANY_THING = new Set([
  'thing',
  'things',
  'process',
  'component',
  'tool',
  'program',
  'one',
  'thu',
  'cai',
  'as',
  'hoan',
]);
const SAMENESS = [['same'], ['giong', 'nhau'], ['nhu', 'nhau'], ['la', 'mot'], ['la', '1'], ['are', 'one']];

/**
 * "the docker CLI and dockerd are the same process right", "image với container là một thứ?": two
 * things said to be one, when neither is a kind of the other: no.
 * Null when a third thing is named ("the same kernel features"), or "the same" says which of
 * something else ("là một trong", "the same time").
 */
export async function sameVerdict(q: Question, ctx: Context): Promise<false | null> {
  const named = q.conceptList((c) => !q.isSetting(c.id));
  if (named.length !== 2 || isNegative(q)) return null;
  const claim = claimOf(q).split(' ');
  const said = SAMENESS.flatMap((words) => {
    const at = claim.findIndex((_, i) => words.every((w, k) => claim[i + k] === w));
    return at < 0 ? [] : [claim[at + words.length]];
  });
  const ofThem = (next: string | undefined) => next === undefined || ANY_THING.has(next);
  if (!said.some(ofThem)) return null;
  // A thing and its kind may be spoken of as one ("Docker Hub and a registry"); an instance is not
  // its template, nor an implementation its model.
  const [a, b] = named as [Concept, Concept];
  const kinds = await Promise.all([membersOf(a, ctx), membersOf(b, ctx)]);
  return kinds[0].some((m) => m.id === b.id) || kinds[1].some((m) => m.id === a.id) ? null : false;
}

/** Edges that make one thing the other in some sense: "a sandbox is (implemented as) a network namespace". */
const BEING = ['IMPLEMENTS', 'INSTANCE_OF', 'EDITION_OF'] as const;

/**
 * Whether a thing may be read as the other: one is a kind of the other, or one implements, is an
 * instance or an edition of the other. Two things of neither sort are two things: "docker0 là card
 * mạng vật lý của host" is no.
 */
async function oneIsTheOther(a: Concept, b: Concept, ctx: Context): Promise<boolean> {
  if ((await membersOf(a, ctx)).some((m) => m.id === b.id)) return true;
  return (await ctx.relationsOf(a.id, [...BEING])).some((r) => r.from === b.id || r.to === b.id);
}

/** The things of a kind, and of its kinds, down to {@link MAX_KIND_DEPTH} steps. */
async function membersOf(kind: Concept, ctx: Context): Promise<Concept[]> {
  return [...(await alongKinds(ctx, kind.id, 'down'))].flatMap((id) => ctx.lexicon.concepts.get(id) ?? []);
}

/** Along `IS_A` edges up to {@link MAX_KIND_DEPTH} steps: the kinds above a thing, or the things below a kind. */
async function alongKinds(ctx: Context, id: string, way: 'up' | 'down'): Promise<Set<string>> {
  const found = new Set<string>();
  let level = [id];
  for (let depth = 0; depth < MAX_KIND_DEPTH && level.length > 0; depth++) {
    const edges = (await Promise.all(level.map((at) => ctx.relationsOf(at, ['IS_A'])))).flat();
    level = edges.flatMap((r) => {
      const [near, far] = way === 'up' ? [r.from, r.to] : [r.to, r.from];
      return level.includes(near) && !found.has(far) ? [far] : [];
    });
    for (const at of level) found.add(at);
  }
  return found;
}

/** Words that compare a claim with a peer's: "… like Docker does", "… giống LXC". */
const LIKE = ['just like', 'like', 'giong nhu', 'giong', 'y nhu'];

/**
 * The tokens of a trailing "like <peer>" ([start, end)), or null: a thing of the subject's own sort
 * (its kind, or a kind above both) that the claim is compared with, or an example of a kind the
 * claim names, not part of the claim ("does docker share the host kernel just like LXC does"
 * claims that Docker shares it).
 */
export async function likePeer(q: Question, ctx: Context): Promise<[number, number] | null> {
  const mentions = q.concepts;
  const subject = mentions[0];
  const peer = mentions.at(-1);
  if (!subject || !peer || mentions.length < 3 || peer.id === subject.id) return null;
  // What may follow the peer: "does", a closing "không", an English tag ("…, yeah?").
  const rest = q.tokens.slice(peer.end, q.askedLength());
  const closing = ['does', 'do', 'did', 'vay', 'ko', 'khong', 'k', ...TAGS_EN.flat()];
  if (rest.some((t) => !closing.includes(t))) return null;
  const before = LIKE.map((w) => w.split(' ')).find((w) =>
    w.every((t, k) => q.tokens[peer.start - w.length + k] === t),
  );
  if (!before) return null;
  // "one of the native network drivers like bridge": an example of the kind named before it.
  const above = await alongKinds(ctx, peer.id, 'up');
  const example = mentions.slice(1, -1).some((m) => above.has(m.id));
  if (!example && !(await arePeers(subject.concept, peer.concept, ctx))) return null;
  return [peer.start - before.length, peer.end];
}

async function arePeers(a: Concept, b: Concept, ctx: Context): Promise<boolean> {
  if (a.kind === b.kind) return true;
  const kinds = async (c: Concept) =>
    (await ctx.relationsOf(c.id, ['IS_A'])).filter((r) => r.from === c.id).map((r) => r.to);
  const [ofA, ofB] = await Promise.all([kinds(a), kinds(b)]);
  return ofA.some((k) => ofB.includes(k));
}

/** Words that say what a thing is for: "là lệnh để", "dùng để", "used to", "for". */
const PURPOSE = new Set(['de', 'for', 'to']);

/** "là", "is": what a command is said to be ("docker commit là lệnh xuất image ra file tar"). */
const BEING_SAID = new Set([...PURPOSE, 'la', 'is']);

/**
 * Whether a command is said to be for, or to be, what the next command named by its words does:
 * "docker run là để build", "docker commit là lệnh xuất image ra file tar" (docker save's).
 */
function namedAsPurpose(q: Question, command: Concept, other: Concept): boolean {
  const [a, b] = [q.mentionOf(command.id), q.mentionOf(other.id)];
  if (!a || !b || q.tokens[a.start] !== 'docker' || q.tokens[b.start] === 'docker' || b.start < a.end)
    return false;
  return q.tokens.slice(a.end, b.start).some((t) => BEING_SAID.has(t));
}

/** How many things of a kind may say a word for it to tell them apart ("đẩy" is docker push's). */
const TELLING = 2;

/**
 * "docker save là lệnh để đẩy image lên registry hả?", "namespaces là để giới hạn tài nguyên?": the
 * thing that does what a yes/no question claims of the one it names, of the same kind, when the
 * named one says none of the claim's telling words (those at most two of the kind say) and the
 * other says them all. Null when the named one says any of them. A command's claim is its own; any
 * other thing's must be said to be what it is for ("là để", "is used to").
 */
export async function doneInstead(q: Question, ctx: Context): Promise<Concept | null> {
  const named = q.conceptList((c) => c.kind === 'command');
  // The claim is about the command only when it comes first ("Event khi container bị xoá tên là remove").
  if (isNegative(q)) return null;
  if (named.length === 0) {
    const things = q.conceptList((c) => !q.isSetting(c.id));
    return things.length === 1 && saysWhatFor(q, things[0]!) ? doneByPeer(q, ctx, things[0]!) : null;
  }
  if (q.concepts[0]?.id !== named[0]?.id) return null;
  // "docker save là lệnh để đẩy image", "is docker run for building images": a command named, then
  // what it is for said as another one does it (without "docker"): that one does it.
  // Unless the first does the second as a part of it: "does docker run create a container" (create + start).
  if (named.length === 2 && namedAsPurpose(q, named[0]!, named[1]!)) {
    const parts = await ctx.relationsOf(named[0]!.id, ['COMBINES']);
    return parts.some((r) => r.to === named[1]!.id) ? null : named[1]!;
  }
  return named.length === 1 ? doneByPeer(q, ctx, named[0]!) : null;
}

/** Verbs of making, folded: "tạo (ra)", "create", "make", "produce", "build". */
const MAKING = new Set([
  'tao',
  'create',
  'creates',
  'make',
  'makes',
  'produce',
  'produces',
  'build',
  'builds',
]);
/** How far after the verb of making the thing made may be named ("tạo ra một container"). */
const MADE_WITHIN = 3;

/**
 * "docker commit tạo container từ image phải không?": a command, named first, said to make a thing
 * it makes none of: no, and what it does make (its PRODUCES edges: `docker commit` makes an
 * image). Null when it makes that thing, makes nothing, or the question is not so worded.
 */
export async function madeInstead(q: Question, ctx: Context): Promise<Relation[] | null> {
  const [first] = q.concepts;
  if (!first || isNegative(q) || ctx.lexicon.concepts.get(first.id)?.kind !== 'command') return null;
  const verb = q.tokens.findIndex((t, i) => i >= first.end && MAKING.has(t));
  const made = q.concepts.find((m) => m.start > verb && m.start <= verb + MADE_WITHIN);
  // A command is not made: "docker run create a container" names `docker create`, a part of it.
  if (verb < 0 || !made || ctx.lexicon.concepts.get(made.id)?.kind === 'command') return null;
  const makes = (await ctx.relationsOf(first.id, ['PRODUCES'])).filter((r) => r.from === first.id);
  return makes.length > 0 && !makes.some((r) => r.to === made.id) ? makes : null;
}

/** "namespaces là để …", "is X used to …": what a thing is for, said right after it. */
function saysWhatFor(q: Question, thing: Concept): boolean {
  const m = q.mentionOf(thing.id);
  return m !== undefined && q.tokens.slice(m.end, m.end + 3).some((t) => PURPOSE.has(t));
}

/** The thing of the named one's kind that says every telling word of the claim, the named one none. */
function doneByPeer(q: Question, ctx: Context, one: Concept): Concept | null {
  const peers = [...ctx.lexicon.concepts.values()].filter((c) => c.kind === one.kind);
  const saying = (s: string) =>
    peers.filter((p) => ctx.lexicon.affirmedStemsOf(p.id).has(s)).map((p) => p.id);
  const telling = claimStems(q).filter((s) => saying(s).length > 0 && saying(s).length <= TELLING);
  if (telling.length === 0) return null;
  const says = (id: string) => telling.filter((s) => ctx.lexicon.affirmedStemsOf(id).has(s)).length;
  if (says(one.id) > 0) return null;
  const other = [...new Set(telling.flatMap(saying))].find((id) => says(id) === telling.length);
  return other ? (ctx.lexicon.concepts.get(other) ?? null) : null;
}

/** "mặc định", "default", folded. */
const DEFAULT = /\b(mac dinh|default)\b/;

/** Whether a summary's first clause says its thing is the default one ("bridge là network driver mặc định: …"). */
const saysDefault = (summary: string) => DEFAULT.test(fold(summary.split(/[:;.]/)[0] ?? ''));

/**
 * "Driver mạng mặc định của docker là overlay phải không?": a thing claimed to be the default one,
 * whose summary never says so, when another of the same kind (one `IS_A` step up) is the default by
 * the first clause of its own summary: that other one. Null otherwise.
 */
export async function defaultInstead(q: Question, ctx: Context): Promise<Concept | null> {
  if (!DEFAULT.test(q.tokens.join(' ')) || isNegative(q)) return null;
  for (const thing of q.conceptList((c) => !q.isSetting(c.id))) {
    if (DEFAULT.test(fold(thing.summary[q.locale]))) continue;
    const kinds = (await ctx.relationsOf(thing.id, ['IS_A'])).filter((r) => r.from === thing.id);
    for (const { to: kind } of kinds) {
      const peers = (await ctx.relationsOf(kind, ['IS_A'])).filter(
        (r) => r.to === kind && r.from !== thing.id,
      );
      const found = peers
        .map((r) => ctx.lexicon.concepts.get(r.from))
        .find((peer) => peer && saysDefault(peer.summary[q.locale]));
      if (found) return found;
    }
  }
  return null;
}

/** Edges that say what a thing does with another; kinds, parts and moves have verdicts of their own. */
const DOING: RelationType[] = [
  'USES',
  'RUNS',
  'MANAGES',
  'TALKS_TO',
  'USES_DRIVER',
  'PRODUCES',
  'EMITS',
  'STORES',
  'RESULTS_IN',
  'IMPLEMENTS',
  'CONNECTS_TO',
  'ATTACHED_TO',
];

/**
 * "docker kill có gửi SIGTERM trước không?": when the two things a yes/no question joins are not
 * joined in the graph, not even through a third, but one does that with another thing of the
 * other's sort (docker kill sends SIGKILL), the answer is no, and these are the edges that say what
 * it does instead. Two claims set side by side ("LXC tạo ra application container còn Docker tạo ra
 * system container") are read each on its own. Null when they are joined or nothing of the sort
 * stands in.
 */
export async function otherInstead(q: Question, ctx: Context): Promise<Relation[] | null> {
  if (isNegative(q)) return null;
  const named = q.conceptList((c) => !q.isSetting(c.id) && !ownsTheOneBefore(q, c.id));
  const parts = contrasted(q);
  const pairs = parts.length === 2 ? parts.map((part) => named.filter((c) => part.ids.has(c.id))) : [named];
  for (const pair of pairs) {
    if (pair.length !== 2) continue;
    const found = await doneWithOther(pair[0]!, pair[1]!, ctx);
    if (found) return found;
  }
  return null;
}

/** What one of two things not joined does with another of the other's sort; null when joined. */
async function doneWithOther(a: Concept, b: Concept, ctx: Context): Promise<Relation[] | null> {
  const [ofA, ofB] = await Promise.all([ctx.relationsOf(a.id), ctx.relationsOf(b.id)]);
  const other = (r: Relation, id: string) => (r.from === id ? r.to : r.from);
  const nearA = new Set(ofA.map((r) => other(r, a.id)));
  if (nearA.has(b.id)) return null;
  // Joined through a third thing, unless that one is a peer of the first doing it with the second
  // ("Docker runs system containers?": LXC, beside Docker, runs them). What a kind of the first
  // does, the first does ("Docker Hub", a registry, stores images).
  const kindsOfA = await alongKinds(ctx, a.id, 'up');
  for (const r of ofB.filter((r) => nearA.has(other(r, b.id)))) {
    const third = ctx.lexicon.concepts.get(other(r, b.id));
    if (!third || !DOING.includes(r.type) || kindsOfA.has(third.id) || !(await arePeers(a, third, ctx)))
      return null;
  }
  const instead = (rs: Relation[], id: string, peer: Concept) =>
    rs.filter((r) => DOING.includes(r.type) && ctx.lexicon.concepts.get(other(r, id))?.kind === peer.kind);
  const found = [...instead(ofA, a.id, b), ...instead(ofB, b.id, a)];
  return found.length > 0 ? found : null;
}

/**
 * "does the CLI manage containers?": the claim's own words are the label of an edge into the second
 * thing from a third ("Docker daemon manages Container"), and no edge of the first thing joins the
 * second: the first is said to do what the third, a sibling of it, does. That edge; null otherwise.
 */
export async function doneByThird(q: Question, ctx: Context): Promise<Relation | null> {
  if (isNegative(q)) return null;
  const named = q.conceptList((c) => !q.isSetting(c.id));
  const stems = claimStems(q);
  if (named.length !== 2 || stems.length === 0) return null;
  const [a, b] = named as [Concept, Concept];
  const [ofA, ofB] = await Promise.all([ctx.relationsOf(a.id), ctx.relationsOf(b.id)]);
  if (ofA.some((r) => r.from === b.id || r.to === b.id)) return null;
  const says = (r: Relation) => {
    const label = new Set(fold(r.label[q.locale]).split(' ').map(englishStem));
    return stems.every((s) => label.has(s));
  };
  const edge = ofB.find((r) => r.to === b.id && r.from !== a.id && says(r));
  const third = edge && ctx.lexicon.concepts.get(edge.from);
  return edge && third && (await siblings(a, third, ctx)) ? edge : null;
}

/** Things of one sort or parts of one whole: the CLI and the daemon, both Docker Engine's. */
async function siblings(a: Concept, b: Concept, ctx: Context): Promise<boolean> {
  if (await arePeers(a, b, ctx)) return true;
  const wholes = async (c: Concept) =>
    (await ctx.relationsOf(c.id, ['HAS_COMPONENT'])).filter((r) => r.to === c.id).map((r) => r.from);
  const [ofA, ofB] = await Promise.all([wholes(a), wholes(b)]);
  return ofA.some((w) => ofB.includes(w));
}

/** Relations that read the same both ways: "A talks to B" is "B talks to A". */
const EITHER_WAY: readonly RelationType[] = ['TALKS_TO', 'CONNECTS_TO', 'ALTERNATIVE_TO'];
/** Words that turn a claim round ("is the container managed by the daemon"): its edge runs the other way. */
const PASSIVE = new Set(['by', 'boi', 'duoc', 'bi']);

/** Whether an edge's label is in the passive: "bị giới hạn … bằng", "is resource-limited with". */
const turnedRound = (r: Relation) =>
  fold(r.label?.vi ?? '')
    .split(' ')
    .some((w) => PASSIVE.has(w)) || /^(is|are) [\w-]+(ed|en)\b/.test(r.label?.en ?? '');

/**
 * "libnetwork là bản implementation của CNM đúng ko?", "does docker kill send SIGKILL?": yes when
 * an edge joins the first thing named to another (of two or three) and its type or label says every
 * word of the claim. No when, of two things, only the edge the other way says it ("does the
 * container manage the daemon?": the daemon manages the container), and the question does not turn
 * the claim round itself.
 */
/** "chạy trong container", "runs inside a container": where a thing is, not what it does to the other. */
const INSIDE = new Set(['trong', 'inside', 'within']);

/**
 * Whether a sentence says the first thing named is done by the last ("Container is run by: Docker
 * host"): the first named before a passive word, the last after it.
 */
function saidPassive(words: string[], names: string[][]): boolean {
  const at = (forms: string[]) =>
    words.findIndex((_, i) => forms.some((f) => words.slice(i, i + f.split(' ').length).join(' ') === f));
  const by = words.findIndex((w) => PASSIVE.has(w));
  const [first, last] = [at(names[0] ?? []), at(names.at(-1) ?? [])];
  return by >= 0 && first >= 0 && first < by && last > by;
}

/** Words of a sentence that say where a thing is, as "trong" (inside) asks. */
const PLACING = new Set(['in', 'on', 'tren']);

/**
 * "docker daemon chạy trong container": a claim that ends in "inside" a thing, after a verb, is
 * where the first one does it. After a thing named ("container trong mạng internal"), or before
 * the rest of the claim ("nằm trong mạng internal có ra internet"), it only says which one.
 */
function placedInside(q: Question): boolean {
  const linked = q.linkedTokens();
  const claim = claimOf(q);
  return q.concepts.some((m) => {
    let at = m.start - 1;
    while (at > 0 && ARTICLES.has(q.tokens[at]!)) at--;
    const last = claim.endsWith(q.tokens.slice(m.start, m.end).join(' '));
    return last && INSIDE.has(q.tokens[at] ?? '') && at > 0 && !linked[at - 1];
  });
}

export async function edgeVerdict(q: Question, ctx: Context): Promise<boolean | null> {
  const named = q.conceptList((c) => !q.isSetting(c.id) && !ownsTheOneBefore(q, c.id));
  const stems = claimStems(q);
  if (named.length < 2 || named.length > 3 || stems.length === 0 || isNegative(q)) return null;
  const says = (r: Relation) => {
    const words = fold(`${r.type.replaceAll('_', ' ')} ${r.label?.vi ?? ''} ${r.label?.en ?? ''}`).split(' ');
    const said = new Set(words.map(englishStem));
    return stems.every((s) => said.has(s) || mistyped(s, said));
  };
  // The first thing named and one other: "does docker kill send SIGKILL to the container" is said
  // by the edge from docker kill to SIGKILL; the container it goes to is where.
  const [a, ...others] = named as [Concept, ...Concept[]];
  if (placedInside(q)) return null;
  const relations = await ctx.relationsOf(a.id);
  // Read in its own direction: "is an image an instance of a container" is not the container's edge.
  const joined = others.some((b) => relations.some((r) => r.from === a.id && r.to === b.id && says(r)));
  if (joined) return true;
  const [b] = others;
  const turned = q.tokens.some((t) => PASSIVE.has(t));
  // An edge read in the passive ("Container bị giới hạn tài nguyên bằng cgroups") says it both ways.
  const oneWay = (r: Relation) => !EITHER_WAY.includes(r.type) && !turnedRound(r);
  const back = relations.some((r) => r.from === b!.id && r.to === a.id && oneWay(r) && says(r));
  return named.length === 2 && !turned && back ? false : null;
}
