import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { BoardEntry, Progress, QuizAnswer, StudyStore } from './port.ts';
import { boardOf, progressOf } from './tally.ts';

const Line = z.object({
  userId: z.string(),
  guildId: z.string().nullable(),
  question: z.string(),
  correct: z.boolean(),
  at: z.number(),
  sources: z.array(z.string()),
});

/**
 * The StudyStore of the embedded default: one JSON line per answer in `<dir>/answers.jsonl`,
 * appended as answers come; forgetting a learner rewrites the file without them (to a temporary
 * file first, then renamed over it, so a crash leaves one or the other whole).
 */
export class FileStudyStore implements StudyStore {
  readonly name = 'files';
  readonly #file: string;
  /** Writes one after another: an append never interleaves with a rewrite. */
  #writing: Promise<unknown> = Promise.resolve();

  constructor(readonly dir: string) {
    this.#file = join(dir, 'answers.jsonl');
  }

  record(answer: QuizAnswer): Promise<void> {
    return this.#serially(async () => {
      await mkdir(this.dir, { recursive: true });
      await appendFile(this.#file, `${JSON.stringify(Line.parse(answer))}\n`);
    });
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

  forget(userId: string): Promise<number> {
    return this.#serially(async () => {
      const all = await this.#all();
      const kept = all.filter((a) => a.userId !== userId);
      if (kept.length === all.length) return 0;
      const temporary = `${this.#file}.tmp`;
      await writeFile(temporary, kept.map((a) => `${JSON.stringify(a)}\n`).join(''));
      await rename(temporary, this.#file);
      return all.length - kept.length;
    });
  }

  async close(): Promise<void> {
    await this.#writing;
  }

  /** Every answer kept, once the writes under way are done. */
  async #settled(): Promise<QuizAnswer[]> {
    await this.#writing;
    return this.#all();
  }

  /** Every answer in the file; a line that does not read (a torn last write) is passed over. */
  async #all(): Promise<QuizAnswer[]> {
    const text = await readFile(this.#file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    return text.split('\n').flatMap((line) => {
      if (!line) return [];
      try {
        return [Line.parse(JSON.parse(line))];
      } catch {
        return [];
      }
    });
  }

  #serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#writing.then(work, work);
    this.#writing = next.catch(() => undefined);
    return next;
  }
}
