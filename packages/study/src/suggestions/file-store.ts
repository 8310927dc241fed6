import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { Proposal, type Suggestion, type SuggestionStore } from './port.ts';

const Stored = z.object({
  id: z.string(),
  guildId: z.string(),
  userId: z.string().nullable(),
  locale: z.enum(['vi', 'en']),
  proposal: Proposal,
  status: z.enum(['pending', 'approved', 'rejected']),
  at: z.number(),
  decidedBy: z.string().nullable(),
  decidedAt: z.number().nullable(),
});

/**
 * The SuggestionStore of the embedded default: every suggestion in `<dir>/suggestions.json`, in the
 * order proposed, rewritten whole on each change through a temporary file renamed over it (a crash
 * leaves the old file or the new, never half of one). Suggestions are few: moderators read them all.
 */
export class FileSuggestionStore implements SuggestionStore {
  readonly name = 'files';
  readonly #file: string;
  /** Changes one after another, each reading what the one before wrote. */
  #writing: Promise<unknown> = Promise.resolve();

  constructor(readonly dir: string) {
    this.#file = join(dir, 'suggestions.json');
  }

  propose(suggestion: Suggestion): Promise<void> {
    return this.#change((all) => [...all, Stored.parse(suggestion)]);
  }

  async get(guildId: string, id: string): Promise<Suggestion | null> {
    return (await this.#settled()).find((s) => s.id === id && s.guildId === guildId) ?? null;
  }

  async pending(guildId: string, limit: number): Promise<Suggestion[]> {
    return (await this.#settled())
      .filter((s) => s.guildId === guildId && s.status === 'pending')
      .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))
      .slice(0, limit);
  }

  async approved(guildId: string | null): Promise<Suggestion[]> {
    return (await this.#settled())
      .filter((s) => s.status === 'approved' && (guildId === null || s.guildId === guildId))
      .sort((a, b) => (a.decidedAt ?? 0) - (b.decidedAt ?? 0));
  }

  async decide(guildId: string, id: string, status: 'approved' | 'rejected', by: string, at: number) {
    let decided: Suggestion | null = null;
    await this.#change((all) =>
      all.map((s) => {
        if (s.id !== id || s.guildId !== guildId || s.status !== 'pending') return s;
        decided = { ...s, status, decidedBy: by, decidedAt: at };
        return decided;
      }),
    );
    return decided;
  }

  async forget(userId: string): Promise<number> {
    let forgotten = 0;
    await this.#change((all) =>
      all.flatMap((s) => {
        if (s.userId !== userId) return [s];
        forgotten++;
        return s.status === 'approved' ? [{ ...s, userId: null }] : [];
      }),
    );
    return forgotten;
  }

  async close(): Promise<void> {
    await this.#writing;
  }

  async #settled(): Promise<Suggestion[]> {
    await this.#writing;
    return this.#read();
  }

  async #read(): Promise<Suggestion[]> {
    const text = await readFile(this.#file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '[]';
      throw error;
    });
    return z.array(Stored).parse(JSON.parse(text));
  }

  #change(change: (all: Suggestion[]) => Suggestion[]): Promise<void> {
    const work = async () => {
      const next = change(await this.#read());
      await mkdir(this.dir, { recursive: true });
      await writeFile(`${this.#file}.tmp`, JSON.stringify(next));
      await rename(`${this.#file}.tmp`, this.#file);
    };
    const done = this.#writing.then(work, work);
    this.#writing = done.catch(() => undefined);
    return done;
  }
}
