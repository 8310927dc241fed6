import { parseArgs } from 'node:util';
import { type GraphStore, type Locale, openStore } from '@study-graph/graph';
import { CHOICES, type Quiz, QuizMaker, type QuizResult } from '@study-graph/quiz';
import { type CliEnv, UsageError } from '../env.ts';
import { type Io, inputLines } from '../io.ts';

export const QUIZ_USAGE = `Usage: pnpm quiz [--lang vi|en] [--topic ID] [--rounds N]
  N questions (default 5) made from the graph, in Vietnamese (default) or English; answer each with
  1-${CHOICES} (or b1-b${CHOICES}) on a line of its own. ID is a concept or a figure (lifecycle, cnm, ...).`;

const MAX_ROUNDS = 100;

interface QuizOptions {
  locale: Locale;
  topic: string | undefined;
  rounds: number;
}

/** What the quiz says, in the language of its questions. */
const TEXTS = {
  vi: {
    question: (round: number, rounds: number, text: string) => `Câu ${round}/${rounds}. ${text}`,
    prompt: `Chọn 1-${CHOICES} (hoặc b1-b${CHOICES}):`,
    notAChoice: (typed: string) =>
      `"${typed}" không phải một lựa chọn: gõ một số từ 1 đến ${CHOICES} (hoặc b1-b${CHOICES}).`,
    right: '✅ Đúng rồi!',
    wrong: (right: string) => `❌ Chưa đúng. Đáp án: **${right}**`,
    source: (titles: string) => `Nguồn: ${titles}`,
    score: (right: number, answered: number) => `Điểm: ${right}/${answered}`,
    endedEarly: (answered: number, rounds: number) => ` (hết đầu vào sau ${answered}/${rounds} câu)`,
  },
  en: {
    question: (round: number, rounds: number, text: string) => `Question ${round}/${rounds}. ${text}`,
    prompt: `Your answer, 1-${CHOICES} (or b1-b${CHOICES}):`,
    notAChoice: (typed: string) =>
      `"${typed}" is not a choice: type a number from 1 to ${CHOICES} (or b1-b${CHOICES}).`,
    right: '✅ Right!',
    wrong: (right: string) => `❌ Not quite. The answer: **${right}**`,
    source: (titles: string) => `Source: ${titles}`,
    score: (right: number, answered: number) => `Score: ${right}/${answered}`,
    endedEarly: (answered: number, rounds: number) =>
      ` (input ended after ${answered} of ${rounds} questions)`,
  },
} as const;

type Texts = (typeof TEXTS)[Locale];

/** `pnpm quiz`: questions from the graph, answered one line each, checked and explained; then the score. */
export async function quizCommand(args: string[], env: CliEnv, io: Io): Promise<number> {
  const options = quizOptions(args);
  const t = TEXTS[options.locale];
  const store = await openStore({ packDir: env.packDir, neo4j: env.neo4j });
  const lines = inputLines(io);
  try {
    const maker = await QuizMaker.build(store);
    let right = 0;
    for (let round = 1; round <= options.rounds; round++) {
      const quiz = maker.make(options.locale, { topic: options.topic });
      if (!quiz) throw noQuestions(options.topic);
      if (round > 1) io.out('');
      const choices = quiz.choices.map((choice, i) => `  ${i + 1}. ${choice.label}`);
      io.out([t.question(round, options.rounds, quiz.question), ...choices].join('\n'));
      const chosen = await choose(lines, io, t);
      if (chosen === null) {
        io.out(`\n${t.score(right, round - 1)}${t.endedEarly(round - 1, options.rounds)}`);
        return 0;
      }
      // The maker that made the question knows it: `check` is null only for a question gone from the graph.
      const result = maker.check(quiz.key, quiz.choices[chosen]!.id, options.locale)!;
      if (result.correct) right++;
      io.out(await explanation(quiz, result, store, options.locale));
    }
    io.out(`\n${t.score(right, options.rounds)}`);
    return 0;
  } finally {
    // Closes standard input's reader, so a learner who answered every question is not kept waiting.
    await lines.return();
    await store.close();
  }
}

/** `1` to `4`, or `b1` to `b4` as the bot's playground presses buttons: a 0-based index, else null. */
export function parseChoice(line: string): number | null {
  const n = Number(/^b?(\d+)$/i.exec(line.trim())?.[1]);
  return n >= 1 && n <= CHOICES ? n - 1 : null;
}

/** The learner's choice, asked again until it is one; null when the input ends. */
async function choose(lines: AsyncIterator<string>, io: Io, t: Texts): Promise<number | null> {
  for (;;) {
    io.out(t.prompt);
    const line = await lines.next();
    if (line.done) return null;
    const choice = parseChoice(line.value);
    if (choice !== null) return choice;
    io.err(t.notAChoice(line.value.trim()));
  }
}

/** Right, or wrong and which choice was right; why in the graph's words, and the notes' sections that say it. */
async function explanation(
  quiz: Quiz,
  result: QuizResult,
  store: GraphStore,
  locale: Locale,
): Promise<string> {
  const t = TEXTS[locale];
  const right = quiz.choices.flatMap((c, i) =>
    result.rightIds.includes(c.id) ? [`${i + 1}. ${c.label}`] : [],
  );
  const titles = (await store.sources(result.sources)).map((s) => s.section[locale]);
  return [
    result.correct ? t.right : t.wrong(right.join(', ')),
    ...result.why.map((line) => `  ${line}`),
    ...(titles.length > 0 ? [`  ${t.source(titles.join('; '))}`] : []),
  ].join('\n');
}

function quizOptions(args: string[]): QuizOptions {
  const values = flags(args);
  const locale = values.lang;
  if (locale !== 'vi' && locale !== 'en') throw usage(`--lang must be vi or en, not "${locale}"`);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > MAX_ROUNDS)
    throw usage(`--rounds must be a whole number from 1 to ${MAX_ROUNDS}, not "${values.rounds}"`);
  return { locale, topic: values.topic, rounds };
}

function flags(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        lang: { type: 'string', default: 'vi' },
        topic: { type: 'string' },
        rounds: { type: 'string', default: '5' },
      },
    }).values;
  } catch (error) {
    // parseArgs throws only for what was typed: a flag it does not know, a missing value, a stray word.
    throw usage(error instanceof Error ? error.message : String(error));
  }
}

function noQuestions(topic: string | undefined): Error {
  if (topic === undefined) return new Error('the graph has no quiz questions');
  return usage(`--topic ${topic}: the graph has no quiz question about it`);
}

/** A mistake in the flags: what was wrong, then how the command is used. */
function usage(why: string): UsageError {
  return new UsageError(`${why}\n${QUIZ_USAGE}`);
}
