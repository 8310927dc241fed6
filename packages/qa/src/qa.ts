import { type Concept, fold, type GraphStore, type Locale } from '@study-graph/graph';
import { type Answer, MAX_ANSWER_LENGTH, type Reply } from './answer.ts';
import { askedValue } from './asked-value.ts';
import { Context } from './context.ts';
import { makesWords, uncoveredWords } from './coverage.ts';
import { CUES, type CueName } from './cues.ts';
import { DockerFeatures } from './docker-features.ts';
import { type ExplainRequest, explainReply } from './explain.ts';
import { isFollowUp, resolveFollowUp } from './follow-up.ts';
import { GraphReads } from './graph-reads.ts';
import { answerAlternatives } from './intents/alternatives.ts';
import { answerCommandPath } from './intents/command-path.ts';
import { answerComparison } from './intents/comparison.ts';
import { answerDefinition } from './intents/definition.ts';
import { answerDescribed } from './intents/described.ts';
import { answerDiagram } from './intents/diagram.ts';
import { answerFacts } from './intents/facts.ts';
import { answerFlow } from './intents/flow.ts';
import { answerGoal } from './intents/goal.ts';
import { answerHowto } from './intents/howto.ts';
import { answerLifecycle } from './intents/lifecycle.ts';
import { answerFromNotes } from './intents/notes.ts';
import { answerKindAround, answerMembers, answerParts, answerViewCommands } from './intents/parts.ts';
import { answerRelation } from './intents/relation.ts';
import { answerSource } from './intents/source.ts';
import { answerNoAdvice, answerNotCovered, answerUnknown, answerValueNotGiven } from './intents/unknown.ts';
import { answerVersion } from './intents/version.ts';
import { answerVia, skipsBetween } from './intents/via.ts';
import { answerWhy } from './intents/why.ts';
import { Lexicon } from './lexicon.ts';
import { deniedStems } from './negation.ts';
import { MAX_QUESTION_LENGTH } from './normalize.ts';
import { type AskOptions, parseQuestion, type Question } from './question.ts';
import { setupTaskAsked } from './setup-tasks.ts';
import { englishStem } from './stem.ts';
import {
  addressVerdict,
  alikeVerdict,
  asksAdvice,
  asksWisdom,
  asksYesNo,
  claimSides,
  countVerdict,
  defaultInstead,
  doneByThird,
  doneInstead,
  edgeVerdict,
  gluedElsewhere,
  kindVerdict,
  likePeer,
  madeInstead,
  numberVerdict,
  oppositeVerdict,
  otherInstead,
  ownItemVerdict,
  requirementVerdict,
  sameVerdict,
  verdict,
} from './yes-no.ts';

type Handler = (q: Question, ctx: Context) => Promise<Reply | null>;

/**
 * The question asked after what the learner says of themselves ("I use Compose, but: …"), when the
 * notes cover every word of it: nothing else vouches for it, as the preface names what they lack.
 */
async function questionProper(q: Question, ctx: Context): Promise<Question | null> {
  const text = q.afterPreface();
  if (!text) return null;
  const proper = await parseQuestion(text, ctx.lexicon, ctx.store, { locale: q.locale });
  return uncoveredOf(proper, ctx, proper.askedStart(), true).length === 0 ? proper : null;
}

/** The words the notes don't cover among those asked from `start` (see `uncoveredWords`). */
function uncoveredOf(q: Question, ctx: Context, start: number, strict = false): string[] {
  const asked = q.askedLength();
  const args = q.commandArguments();
  return uncoveredWords(
    q.text.display,
    q.tokens.slice(start, asked),
    q
      .linkedTokens()
      .map((linked, i) => linked || args[i]!)
      .slice(start, asked),
    ctx.lexicon.vocabulary,
    {
      products: q.productTokens().slice(start, asked),
      anchors: q.conceptList().length + q.views.length,
      commandAsked:
        (q.has('howto') || q.has('commandNoun')) && q.conceptList().some((c) => c.kind === 'command'),
      strict,
    },
  );
}

/** A way of answering, and the cue words that say a question wants it (any of them). */
interface Way {
  answer: Handler;
  cue: CueName | CueName[] | null;
}

/**
 * Every way of answering proposes a reply; the one that accounts for most of the question wins (see `fitOf`).
 * The order is the tie-break only: specific shapes (a drawing, a version, a state change)
 * before general ones (a path, a definition).
 */
const WAYS: Way[] = [
  { answer: answerDiagram, cue: 'diagram' },
  { answer: answerVersion, cue: ['version', 'change'] },
  { answer: answerAlternatives, cue: 'alternatives' },
  { answer: answerLifecycle, cue: 'lifecycle' },
  { answer: answerComparison, cue: 'comparison' },
  { answer: answerFlow, cue: 'traffic' },
  { answer: answerKindAround, cue: ['parts', 'members'] },
  { answer: answerParts, cue: 'parts' },
  { answer: answerMembers, cue: 'members' },
  { answer: answerViewCommands, cue: ['commandNoun', 'howto'] },
  { answer: answerFacts, cue: null },
  { answer: answerVia, cue: 'via' },
  { answer: answerRelation, cue: 'relation' },
  { answer: answerHowto, cue: ['howto', 'commandNoun'] },
  { answer: answerGoal, cue: ['howto', 'commandNoun'] },
  { answer: answerCommandPath, cue: ['commandNoun', 'howto'] },
  { answer: answerDefinition, cue: 'definition' },
  { answer: answerDescribed, cue: 'which' },
  { answer: answerSource, cue: 'source' },
  { answer: answerWhy, cue: 'why' },
  { answer: answerFromNotes, cue: 'why' },
];

export interface Qa {
  ask(question: string, options?: AskOptions): Promise<Answer>;
  /** Answers a request by ids (a button, a menu, a command option), in the given language. */
  explain(request: ExplainRequest, options: { locale: Locale }): Promise<Answer>;
  /** The concepts one step from a concept, by name in the given language (for a menu). */
  around(id: string, locale: Locale): Promise<Concept[]>;
  /** Re-reads names and aliases from the store, after the graph changed. */
  refresh(): Promise<void>;
}

/** Question answering over any GraphStore. */
export async function createQa(store: GraphStore): Promise<Qa> {
  let lexicon = await Lexicon.build(store);
  let features = new DockerFeatures(lexicon);
  let reads = new GraphReads();
  return {
    async ask(raw, options = {}) {
      let q = await parseQuestion(raw, lexicon, store, options);
      const asked = q.text.display;
      if (options.previous && isFollowUp(q)) {
        const previous = await parseQuestion(options.previous, lexicon, store, options);
        const resolved = resolveFollowUp(q, previous);
        if (resolved) q = await parseQuestion(resolved, lexicon, store, { locale: previous.locale });
      }
      const ctx = new Context(store, lexicon, q.locale, reads);
      return { ...(await compose(asked, ctx, await reply(q, ctx, features))), interpreted: q.text.display };
    },
    async explain(request, { locale }) {
      const ctx = new Context(store, lexicon, locale, reads);
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
    around(id, locale) {
      return new Context(store, lexicon, locale, reads).around(id);
    },
    async refresh() {
      lexicon = await Lexicon.build(store);
      features = new DockerFeatures(lexicon);
      reads = new GraphReads();
    },
  };
}

async function reply(q: Question, ctx: Context, features: DockerFeatures): Promise<Reply> {
  if (q.tokens.length === 0 || q.text.tooLong) {
    const line = q.text.tooLong ? ctx.t.tooLong(q.text.length, MAX_QUESTION_LENGTH) : ctx.t.empty;
    return { intent: 'invalid', concepts: [], lines: [line], sources: [], diagram: null, found: false };
  }
  const uncovered = uncoveredOf(q, ctx, q.askedStart());
  if (uncovered.length > 0) {
    const proper = await questionProper(q, ctx);
    return proper ? reply(proper, ctx, features) : answerNotCovered(q, ctx, uncovered);
  }
  const proposed = await Promise.all(WAYS.map((way) => way.answer(q, ctx)));
  const ranked = proposed
    .flatMap((reply, i) => (reply ? [{ reply, score: fitOf(q, reply, WAYS[i]!.cue, ctx) - i * 0.01 }] : []))
    .sort((a, b) => b.score - a.score);
  // "docker0 có IP gì": a reply that gives the value asked goes before one that only names it.
  const value = askedValue(q.tokens);
  const gives = (r: Reply) => value?.itself !== undefined && r.lines.some((line) => value.itself!.test(line));
  const best = ranked.find((r) => gives(r.reply)) ?? ranked[0];
  if (!best || onlyPassageWords(q, best.reply)) return answerUnknown(q, ctx);
  // A command of the CLI written out ("docker swarm init"), a flag typed ("-v"), or a feature asked
  // for in other words ("copy a file out of a container"), that the notes never describe.
  const feature =
    features.written(q) ??
    features.flagged(q) ??
    (asksHow(q) ? features.asked(q, foldedText(best.reply)) : null);
  if (feature) return answerNotCovered(q, ctx, [feature]);
  const task = asksHow(q) || statesGoal(q) ? setupTaskAsked(q, ctx) : null;
  if (task) return answerNotCovered(q, ctx, [task]);
  // Two things named to choose between ("docker stop or docker kill") are facts to choose by; other
  // advice ("có nên chạy database trong docker") the notes never give.
  if (asksWisdom(q) || (asksAdvice(q) && q.conceptList().length < 2 && best.reply.intent !== 'comparison'))
    return answerNoAdvice(q, ctx);
  const notes = proposed[WAYS.findIndex((w) => w.answer === answerFromNotes)];
  // "Docker EE giá bao nhiêu?": the answer must hold a value of the kind asked, or say the notes don't give one.
  if (value && ![best.reply, notes].some((r) => r?.lines.some((line) => value.holds.test(line))))
    return answerValueNotGiven(q, ctx, value);
  const claim = await claimOf(q, ctx);
  const decided = await withYesOrNo(claim, best.reply, ctx, notes ?? undefined);
  const answer = withDefinitionAsked(
    q,
    withSubjectSaid(q, undecided(decided, ctx) ? (movesDecide(q, ranked, ctx) ?? decided) : decided, ctx),
    ctx,
  );
  const quoted = notes && notes !== best.reply ? withQuote(q, answer, notes) : answer;
  return withOtherReading(
    q,
    quoted,
    best.score,
    ranked.filter((r) => r !== best),
    ctx,
  );
}

/** Whether a reply to a yes/no question still has no yes or no first. */
const undecided = (reply: Reply, ctx: Context) =>
  ![true, false].some((yes) => [ctx.t.yesOrNo(yes), ctx.t.directAnswer(yes)].includes(reply.lines[0] ?? ''));

/**
 * "docker unpause brings an exited container back to running?": when the best reading gives no yes
 * or no, the lifecycle's moves may: the lifecycle reading that decides, however it ranked.
 */
function movesDecide(q: Question, ranked: { reply: Reply }[], ctx: Context): Reply | null {
  if (!asksYesNo(q)) return null;
  return ranked.find((r) => r.reply.intent === 'lifecycle' && !undecided(r.reply, ctx))?.reply ?? null;
}

/**
 * A passage of the notes found by words alone, for a question that names nothing of the graph
 * ("tuần sau thi môn mạng máy tính rồi ae ôn chưa"): the words met by chance. A paraphrase of the
 * notes names at least one thing they describe.
 */
function onlyPassageWords(q: Question, reply: Reply): boolean {
  return reply.intent === 'notes' && q.conceptList().length === 0 && q.views.length === 0;
}

/** "… kiểu gì", "… thế nào": how a thing is done, said after it in Vietnamese. */
const MANNER = ['kieu gi', 'kieu j', 'the nao', 'ntn', 'ra sao'];

/** Whether the question asks how to do something, or for the command that does it. */
function asksHow(q: Question): boolean {
  const text = ` ${q.tokens.join(' ')} `;
  return q.has('howto') || q.has('commandNoun') || MANNER.some((m) => text.includes(` ${m} `));
}

/** Words that state what the learner wants to do: "muốn đổi …", "I need to set up …". */
const GOAL = new Set(['muon', 'want', 'wanna', 'need', 'trying']);

/** Whether the question states a goal ("muốn đổi dải IP … thì sửa file nào"), which asks how too. */
const statesGoal = (q: Question) => q.tokens.some((t) => GOAL.has(t));

/** Readings this close to the best one are offered too: the question may be about them instead. */
const CLOSE_READING = 0.5;

/**
 * When the next best reading is nearly as good and is about something the question names that the
 * answer leaves out, the learner is asked back: that thing is offered to choose from.
 */
function withOtherReading(
  q: Question,
  reply: Reply,
  score: number,
  rest: { reply: Reply; score: number }[],
  ctx: Context,
): Reply {
  const text = foldedText(reply);
  const left = q
    .conceptList()
    .filter((c) => !reply.concepts.some((r) => r.id === c.id) && !text.includes(ctx.foldedName(c)));
  const other = rest.find(
    (r) => score - r.score < CLOSE_READING && left.some((c) => r.reply.concepts.some((o) => o.id === c.id)),
  );
  if (!other) return reply;
  const offered = left.filter((c) => other.reply.concepts.some((o) => o.id === c.id));
  return {
    ...reply,
    lines: [...reply.lines, ctx.t.otherReading(offered.map((c) => ctx.bold(c.id)))],
    suggestions: offered,
  };
}

/** "X là gì", "X là cái gì" right after a thing; "what is (a) X" right before it. */
const WHAT_AFTER = [
  ['la', 'gi'],
  ['la', 'cai', 'gi'],
];
const WHAT_BEFORE = [['what', 'is'], ['what', 's'], ['whats']];

/**
 * "IPAM là gì thế, nó có phải một loại driver ko": a question that asks what a thing is and then
 * something more is answered for both; what the thing is comes first.
 */
function withDefinitionAsked(q: Question, reply: Reply, ctx: Context): Reply {
  const at = (words: string[], i: number) => words.every((w, k) => q.tokens[i + k] === w);
  const skip = (i: number) => (['a', 'an', 'the'].includes(q.tokens[i - 1] ?? '') ? i - 1 : i);
  const asked = q.concepts.find(
    (m) => WHAT_AFTER.some((w) => at(w, m.end)) || WHAT_BEFORE.some((w) => at(w, skip(m.start) - w.length)),
  );
  if (!asked || reply.intent === 'definition') return reply;
  const said = `${ctx.bold(asked.concept)}:`;
  if (reply.lines.some((line) => line.startsWith(said) || line.startsWith(`${ctx.bold(asked.concept)} (`)))
    return reply;
  const verdict = [true, false].some((yes) => reply.lines[0] === ctx.t.yesOrNo(yes)) ? 1 : 0;
  const line = `${said} ${ctx.summary(asked.concept, false)}`;
  return { ...reply, lines: [...reply.lines.slice(0, verdict), line, ...reply.lines.slice(verdict)] };
}

/**
 * "docker image là instance của container à?": a no says what the thing claimed about is, when the
 * reply does not ("Docker image là mẫu …"), so the learner leaves with the right idea.
 */
function withSubjectSaid(q: Question, reply: Reply, ctx: Context): Reply {
  const subject = q.conceptList((c) => !q.isSetting(c.id))[0];
  if (!subject || reply.lines[0] !== ctx.t.yesOrNo(false)) return reply;
  const said = `${ctx.bold(subject)}:`;
  if (reply.lines.some((line) => line.startsWith(said))) return reply;
  return { ...reply, lines: [...reply.lines, `${said} ${ctx.summary(subject, false)}`] };
}

/**
 * What a yes/no question claims: without a peer it is compared with at the end ("is rkt a container
 * tool like docker?" claims that rkt is one).
 */
async function claimOf(q: Question, ctx: Context): Promise<Question> {
  const peer = asksYesNo(q) ? await likePeer(q, ctx) : null;
  if (!peer) return q;
  const claim = [...q.tokens.slice(0, peer[0]), ...q.tokens.slice(peer[1])].join(' ');
  return parseQuestion(`${claim}?`, ctx.lexicon, ctx.store, { locale: q.locale });
}

/**
 * A yes/no question is answered with yes or no first, when the graph's own sentences about the
 * concepts decide it. A quoted sentence of the notes names many things at once, and what it denies
 * may be another's ("host (shares the host's network stack, not isolated), overlay (…)"): it decides
 * only when it denies nothing.
 */
async function withYesOrNo(
  q: Question,
  reply: Reply,
  ctx: Context,
  notes: Reply | undefined,
): Promise<Reply> {
  // Asked without what the answer says is required, or the opposite of what it says: no, whatever
  // the way of answering; yes when the question denies the outcome too, as the answer does.
  // The whole summaries of what it names count too: a move "running → paused" says nothing of
  // freezing, and a reply quotes only the first sentence of a thing beside it ("Publish port …",
  // not "Không publish port thì … không truy cập được").
  const said = [...reply.lines, ...q.conceptList().map((c) => c.summary[q.locale])];
  const decided = asksYesNo(q)
    ? (requirementVerdict(q, said) ??
      oppositeVerdict(q, said) ??
      countVerdict(q, said) ??
      numberVerdict(q) ??
      addressVerdict(q, said) ??
      // "image với container là một thứ?": two things, neither the other, said to be one.
      (await sameVerdict(q, ctx)))
    : null;
  // It replaces a yes or no the way of answering gave: one verdict, never two.
  const body = undecided(reply, ctx) ? reply.lines : reply.lines.slice(1);
  if (decided !== null) return { ...reply, lines: [ctx.t.yesOrNo(decided), ...body] };
  // A way of answering that decided already ("… sit between …": through the chain) is not asked again.
  const settled = (yes: boolean) =>
    [ctx.t.yesOrNo(yes), ctx.t.directAnswer(yes)].includes(reply.lines[0] ?? '');
  if (!asksYesNo(q) || [true, false].some(settled)) return reply;
  // "… directly, skipping libnetwork?": no, and the chain between.
  const between = await skipsBetween(q, ctx);
  if (between) return between;
  // Things of a kind listed ("the kernel features LXC uses") say nothing of the claim itself; the
  // notes' own sentence ("LXC and Docker use the same kernel features") may, when it denies nothing.
  const listed =
    reply.intent === 'members' && ![true, false].some((yes) => reply.lines[0] === ctx.t.yesOrNo(yes));
  if (listed && notes && !notes.lines.some((line) => deniedStems(line).size > 0)) {
    const yes = verdict(q, notes.lines, ctx.lexicon);
    if (yes !== null) return { ...reply, lines: [ctx.t.yesOrNo(yes), ...reply.lines] };
  }
  // The versions, parts and kinds answer for themselves, from their replacements and members; a
  // flow and the lifecycle did when they could, and their sentences and the summaries of what they
  // name ("docker0 là default gateway của container") decide the rest.
  if (['version', 'parts', 'members'].includes(reply.intent)) return reply;
  // A quoted sentence that denies something decides only by the item of the thing claimed about;
  // else the graph's edges and kinds still may.
  const denying = reply.intent === 'notes' && reply.lines.some((line) => deniedStems(line).size > 0);
  const own = denying ? ownItemVerdict(q, reply.lines, ctx.lexicon) : null;
  if (own !== null) return { ...reply, lines: [ctx.t.yesOrNo(own), ...reply.lines] };
  // A definition's or a fact list's bullets are about its concept: "• có thể có nhiều: Endpoint", and
  // so are the sentences of its summary after the first ("It shares the host's kernel").
  const head = reply.intent === 'definition' || reply.intent === 'facts' ? reply.concepts[0] : undefined;
  const about = (l: string, name: string) =>
    l.startsWith('• ')
      ? `${name} ${l.slice(2)}`
      : l.startsWith(`**${name}**:`)
        ? l.split(/(?<=[.;])\s+/).join(` ${name} `)
        : l;
  // Not joined, but one does that with something else: no, and what it does instead. Along a flow,
  // its steps are what joins things.
  const others = (reply.intent === 'flow' ? null : await otherInstead(q, ctx))?.map(
    (r) => `• ${ctx.relationLine(r)}`,
  );
  if (others) return { ...reply, lines: [ctx.t.yesOrNo(false), ...new Set([...reply.lines, ...others])] };
  // Said of the first thing, done by a third to the second: no, and who does it.
  const third = await doneByThird(q, ctx);
  if (third)
    return {
      ...reply,
      lines: [ctx.t.yesOrNo(false), ...new Set([...reply.lines, `• ${ctx.relationLine(third)}`])],
    };
  // No, and the other thing that is what was claimed.
  const noBut = (line: string): Reply => ({ ...reply, lines: [ctx.t.yesOrNo(false), ...reply.lines, line] });
  const instead = await doneInstead(q, ctx);
  if (instead)
    return noBut(
      ctx.t.doneBy(
        instead.kind === 'command' ? `\`${ctx.command(instead.id)}\`` : ctx.bold(instead),
        ctx.summary(instead, false),
      ),
    );
  const byDefault = await defaultInstead(q, ctx);
  if (byDefault) return noBut(ctx.t.defaultIs(ctx.bold(byDefault), ctx.summary(byDefault, false)));
  // A command said to make what it does not: no, and what it makes.
  const made = await madeInstead(q, ctx);
  if (made)
    return {
      ...reply,
      lines: [
        ctx.t.yesOrNo(false),
        ...new Set([...reply.lines, ...made.map((r) => `• ${ctx.relationLine(r)}`)]),
      ],
    };
  const sides = await sidesVerdict(q, ctx);
  if (sides !== null) return { ...reply, lines: [ctx.t.yesOrNo(sides), ...reply.lines] };
  const lines = head ? reply.lines.map((l) => about(l, ctx.name(head))) : reply.lines;
  // The summaries of the things named, after the reply's own lines: "does docker load import images
  // from a tar archive" is said by docker load's, though the reply joins the image and the archive.
  const summaries = q.conceptList().map((c) => `${ctx.name(c)}: ${c.summary[q.locale]}`);
  const yes =
    (await kindVerdict(q, ctx)) ??
    (await edgeVerdict(q, ctx)) ??
    // A denying passage may deny another thing's item; each summary is about its own thing.
    verdict(q, denying ? summaries : [...lines, ...summaries], ctx.lexicon) ??
    alikeVerdict(q);
  return yes === null ? reply : { ...reply, lines: [ctx.t.yesOrNo(yes), ...reply.lines] };
}

/**
 * "namespaces dùng để cô lập còn cgroups để giới hạn tài nguyên đúng không?": two claims set side by
 * side are each asked on their own, against the summary of the thing each names (or another of its
 * kind doing it instead): yes when both hold, no when either does not, else no verdict.
 */
async function sidesVerdict(q: Question, ctx: Context): Promise<boolean | null> {
  const verdicts: (boolean | null)[] = [];
  for (const side of claimSides(q)) {
    const sub = await parseQuestion(
      `${side} ${q.locale === 'vi' ? 'dung khong' : 'right'}?`,
      ctx.lexicon,
      ctx.store,
      {
        locale: q.locale,
      },
    );
    const summaries = sub.conceptList().map((c) => `${ctx.name(c)}: ${c.summary[q.locale]}`);
    verdicts.push((await doneInstead(sub, ctx)) ? false : verdict(sub, summaries, ctx.lexicon));
  }
  if (verdicts.length === 0) return null;
  if (verdicts.includes(false)) return false;
  return verdicts.every((v) => v === true) ? true : null;
}

/**
 * The answer, then the notes' own sentence when it holds words of the question that the answer
 * does not: the detail after the direct answer, with its source.
 */
function withQuote(q: Question, reply: Reply, notes: Reply): Reply {
  const said = stemsOf(reply);
  const quoted = stemsOf(notes);
  const adds = q.contentWords().some((w) => !said.has(englishStem(w)) && quoted.has(englishStem(w)));
  // A sentence about every concept the question joins says how they join, in the notes' words.
  const named = q.conceptList();
  const joins = named.length >= 2 && named.every((c) => notes.concepts.some((n) => n.id === c.id));
  if (!adds && !joins) return reply;
  return { ...reply, lines: [...reply.lines, ...notes.lines], sources: [...reply.sources, ...notes.sources] };
}

/**
 * How much of the question a reply accounts for: the concepts it names that the reply covers (by id
 * or by name in its text), its other content words that the reply uses ("replaced" in "what replaced
 * LXC"), and whether the question has the cue words of this way of answering.
 */
function fitOf(q: Question, reply: Reply, cue: Way['cue'], ctx: Context): number {
  // What the learner goes without ("without a registry") is not what a reply must account for.
  const named = q.conceptList((c) => !q.goesWithout(c.id));
  const text = foldedText(reply);
  const cues = cue === null ? [] : [cue].flat();
  // A concept named by this way's own cue words ("trạng thái" names the lifecycle) is what it answers.
  const cuedName = (c: Concept) => {
    const m = q.mentionOf(c.id);
    const words = m ? q.tokens.slice(m.start, m.end).join(' ') : '';
    return cues.some((name) => (CUES[name] as readonly string[]).includes(words));
  };
  const covered = named.filter(
    (c) => reply.concepts.some((r) => r.id === c.id) || text.includes(ctx.foldedName(c)) || cuedName(c),
  ).length;
  const conceptShare = named.length > 0 ? covered / named.length : 0.5;
  const stems = q.contentStems();
  const replyStems = stemsOf(reply);
  // "cấu hình" is not said by the "hình" of "mô hình".
  const glued = gluedIn(q, ctx);
  const said = (w: string) => replyStems.has(w) && !glued(text, w);
  const wordShare = stems.length > 0 ? stems.filter(said).length / stems.length : 0;
  const asked = cues.filter((c) => q.has(c));
  // A passage of the notes that leaves out what the question names first answers no "why" of it.
  const subject = named[0];
  const aside =
    reply.intent === 'notes' &&
    subject !== undefined &&
    !reply.concepts.some((c) => c.id === subject.id) &&
    !text.includes(ctx.foldedName(subject));
  const cued = aside ? 0 : Math.max(0, ...asked.map((c) => CUE_WEIGHT[c] ?? 2));
  // A figure the question names ("inbound", "mô hình CNM") is accounted for by a reply built on it.
  const drawn = reply.diagram?.kind === 'view' ? reply.diagram.viewId : undefined;
  const viewShare = q.views.length > 0 && q.views.some((m) => m.id === drawn) ? 1 : 0;
  // "từ docker xuống kernel": a reply that takes in both ends goes the way asked. Traffic has a way
  // of its own, which only its flows follow.
  // Where the thing is ("container created") is where it goes from, when no start is said.
  const start = q.concepts.find((m) => m.role === 'from') ?? q.concepts.find((m) => m.role === 'current');
  const ends = [start?.concept, q.concepts.find((m) => m.role === 'to')?.concept];
  const takesIn = (c: Concept | undefined) => c !== undefined && reply.concepts.some((r) => r.id === c.id);
  const joinsEnds = !q.has('traffic') && ends.every(takesIn) ? 1 : 0;
  return 3 * conceptShare + 2 * wordShare + cued + 2 * viewShare + joinsEnds;
}

/** Whether a syllable of the question is part of another word of a reply: once per question. */
const glueds = new WeakMap<Question, (text: string, stem: string) => boolean>();
function gluedIn(q: Question, ctx: Context): (text: string, stem: string) => boolean {
  let glued = glueds.get(q);
  if (!glued) {
    glued = gluedElsewhere(q, ctx.lexicon, makesWords);
    glueds.set(q, glued);
  }
  return glued;
}

/** Each reply's lines, folded once: ranking, asking back and quoting all read them. */
const folded = new WeakMap<Reply, string>();
function foldedText(reply: Reply): string {
  let text = folded.get(reply);
  if (text === undefined) {
    text = reply.lines.map(fold).join(' ');
    folded.set(reply, text);
  }
  return text;
}

/** The English stems of a reply's words, once per reply. */
const stemmed = new WeakMap<Reply, Set<string>>();
function stemsOf(reply: Reply): Set<string> {
  let stems = stemmed.get(reply);
  if (!stems) {
    stems = new Set(foldedText(reply).split(' ').map(englishStem));
    stemmed.set(reply, stems);
  }
  return stems;
}

/**
 * A drawing asked for is a drawing, whatever else the question names; a kind picked out by what the
 * question says of it ("a network where …") is what the question asks for.
 */
const CUE_WEIGHT: Partial<Record<CueName, number>> = { diagram: 4, which: 4 };

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
