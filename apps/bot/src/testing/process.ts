import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const BOT_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** A bot token of the real shape (application id in base64, then two random parts). */
export function realisticToken(applicationId: string): string {
  const part = () => Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64url');
  return `${Buffer.from(applicationId).toString('base64url')}.${part().slice(0, 6)}.${part()}`;
}

export interface BotProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/** What runs: the source through tsx (`pnpm start`), the build (`node dist/index.js`), or another script. */
export type BotEntry = 'source' | 'built' | { script: string };

const ARGS = (entry: BotEntry) =>
  entry === 'source'
    ? ['--import', 'tsx', 'src/index.ts']
    : entry === 'built'
      ? ['dist/index.js']
      : [entry.script];

/**
 * The bot as a child process in apps/bot, with exactly the environment given: nothing inherited
 * but PATH and HOME, and no `.env` file read, so a developer's NEO4J_URI or token does not leak in.
 */
export function spawnBot(
  env: Record<string, string>,
  input?: string,
  entry: BotEntry = 'source',
): BotProcess {
  const child = spawn(process.execPath, ARGS(entry), {
    cwd: BOT_DIR,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', BOT_ENV_FILE: 'none', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    err += d.toString();
  });
  if (input !== undefined) child.stdin.end(input);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** A port on 127.0.0.1 that nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
