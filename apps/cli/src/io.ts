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
