import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { JsonFile, replaceFile } from './json-file.ts';
import type { BoardEntry, Feedback, Progress, QuizAnswer, ReviewCard, StudyStore } from './port.ts';
import { boardOf, lastVotes, progressOf } from './tally.ts';

const Card = z.object({ question: z.string(), due: z.number(), stability: z.number(), fsrs: z.string() });
/** Cards by learner, then by question. */
const Cards = z.record(z.string(), z.record(z.string(), Card));

const Line = z.object({
  userId: z.string(),
  guildId: z.string().nullable(),
  question: z.string(),
  correct: z.boolean(),
  at: z.number(),
  sources: z.array(z.string()),
});

const FeedbackLine = z.object({
  userId: z.string(),
  guildId: z.string().nullable(),
  messageId: z.string(),
  kind: z.enum(['up', 'down', 'report']),
  question: z.string(),
  answer: z.string(),
  comment: z.string().nullable(),
  graphVersion: z.string().nullable(),
  locale: z.enum(['vi', 'en']),
  at: z.number(),
});

/**
 * The StudyStore of the embedded default: one JSON line per answer in `<dir>/answers.jsonl` and
 * per vote or report in `<dir>/feedback.jsonl`, appended as they come; cards in `<dir>/cards.json`.
 * Forgetting a learner rewrites the files without them (to a temporary file first, then renamed
 * over it, so a crash leaves one or the other whole).
 */
export class FileStudyStore implements StudyStore {
  readonly name = 'files';
  readonly #file: string;
  /** Writes one after another: an append never interleaves with a rewrite. */
  #writing: Promise<unknown> = Promise.resolve();

  readonly #cards: JsonFile<z.infer<typeof Cards>>;
  readonly #feedbackFile: string;

  constructor(readonly dir: string) {
    this.#file = join(dir, 'answers.jsonl');
    this.#cards = new JsonFile(join(dir, 'cards.json'), Cards, '{}');
    this.#feedbackFile = join(dir, 'feedback.jsonl');
  }

  async card(userId: string, question: string): Promise<ReviewCard | null> {
    return (await this.#cards.read())[userId]?.[question] ?? null;
  }

  saveCard(userId: string, card: ReviewCard): Promise<void> {
    return this.#cards.change((cards) => {
      cards[userId] = { ...cards[userId], [card.question]: Card.parse(card) };
    });
  }

  async dueCards(userId: string, now: number, limit: number): Promise<ReviewCard[]> {
    return Object.values((await this.#cards.read())[userId] ?? {})
      .filter((c) => c.due <= now)
      .sort((a, b) => a.stability - b.stability || (a.question < b.question ? -1 : 1))
      .slice(0, limit);
  }

  record(answer: QuizAnswer): Promise<void> {
    return this.#append(this.#file, Line.parse(answer));
  }

  giveFeedback(feedback: Feedback): Promise<void> {
    return this.#append(this.#feedbackFile, FeedbackLine.parse(feedback));
  }

  async feedback(since: number): Promise<Feedback[]> {
    await this.#writing;
    return lastVotes(await readLines(this.#feedbackFile, FeedbackLine)).filter((f) => f.at >= since);
  }

  async progress(userId: string): Promise<Progress> {
    return progressOf((await this.#settled()).filter((a) => a.userId === userId));
  }

  async board(guildId: string, since: number, limit: number): Promise<BoardEntry[]> {
    return boardOf((await this.#settled()).filter((a) => a.guildId === guildId && a.at >= since)).slice(
      0,
      limit,
    );
  }

  async forget(userId: string): Promise<number> {
    await this.#cards.change((cards) => delete cards[userId]);
    return this.#serially(async () => {
      await this.#forgetLines(this.#feedbackFile, FeedbackLine, userId);
      return this.#forgetLines(this.#file, Line, userId);
    });
  }

  /** Rewrites a file of lines without a learner's; how many went. */
  async #forgetLines<T extends { userId: string }>(file: string, schema: z.ZodType<T>, userId: string) {
    const all = await readLines(file, schema);
    const kept = all.filter((line) => line.userId !== userId);
    if (kept.length < all.length) await replaceFile(file, kept.map((l) => `${JSON.stringify(l)}\n`).join(''));
    return all.length - kept.length;
  }

  #append(file: string, line: unknown): Promise<void> {
    return this.#serially(async () => {
      await mkdir(this.dir, { recursive: true });
      await appendFile(file, `${JSON.stringify(line)}\n`);
    });
  }

  async close(): Promise<void> {
    await Promise.all([this.#writing, this.#cards.settled()]);
  }

  /** Every answer kept, once the writes under way are done. */
  async #settled(): Promise<QuizAnswer[]> {
    await this.#writing;
    return readLines(this.#file, Line);
  }

  #serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#writing.then(work, work);
    this.#writing = next.catch(() => undefined);
    return next;
  }
}

/** Every line of a file that reads; a line that does not (a torn last write) is passed over. */
async function readLines<T>(file: string, schema: z.ZodType<T>): Promise<T[]> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  return text.split('\n').flatMap((line) => {
    if (!line) return [];
    try {
      return [schema.parse(JSON.parse(line))];
    } catch {
      return [];
    }
  });
}
