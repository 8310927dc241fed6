import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';

/**
 * Writes a whole file through a temporary one renamed over it: a crash leaves the old file or the
 * new one, never half of one.
 */
export async function replaceFile(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(`${file}.tmp`, text);
  await rename(`${file}.tmp`, file);
}

/**
 * One JSON document on disk, read through its schema (`empty` while there is no file) and changed
 * one change at a time: each change reads what the one before wrote, and the document is replaced
 * whole (`replaceFile`) only when the change changed it.
 */
export class JsonFile<T> {
  #writing: Promise<unknown> = Promise.resolve();

  constructor(
    readonly file: string,
    private readonly schema: z.ZodType<T>,
    private readonly empty: string,
  ) {}

  /** The document, once the changes under way are done. */
  async read(): Promise<T> {
    await this.#writing;
    return this.#load();
  }

  /** Edits the document in place and keeps it; resolves with what the edit returned. */
  change<R>(edit: (data: T) => R): Promise<R> {
    const work = async () => {
      const data = await this.#load();
      const before = JSON.stringify(data);
      const result = edit(data);
      const after = JSON.stringify(data);
      if (after !== before) await replaceFile(this.file, after);
      return result;
    };
    const next = this.#writing.then(work, work);
    this.#writing = next.catch(() => undefined);
    return next;
  }

  /** Resolves once the changes under way are done. */
  async settled(): Promise<void> {
    await this.#writing;
  }

  async #load(): Promise<T> {
    const text = await readFile(this.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return this.empty;
      throw error;
    });
    return this.schema.parse(JSON.parse(text));
  }
}
