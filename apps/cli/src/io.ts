import { createInterface } from 'node:readline';

/** Where commands write, so tests can capture output without spawning a process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  stdin?: AsyncIterable<string>;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/**
 * The lines a command reads: the ones a test gives, else standard input's (a pipe or a terminal).
 * Stopping early lets go of standard input, so a command done reading is not kept waiting on it.
 */
export async function* inputLines(io: Io): AsyncGenerator<string, void> {
  if (io.stdin) return yield* io.stdin;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  try {
    yield* lines;
  } finally {
    lines.close();
  }
}
