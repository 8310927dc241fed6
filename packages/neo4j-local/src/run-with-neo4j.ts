/**
 * Runs a command (the whole test run) while holding a test lease on the local Neo4j, so that every
 * package's tests share one server that is started once, and stops that server when the command ends,
 * however it ends: success, failure, Ctrl-C or SIGTERM. Should this process itself be killed outright,
 * the server notices that no holder is left and stops by itself (see the launcher's holder watch).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { acquireTestNeo4j, releaseTestNeo4j, type TestLease } from './leases.ts';
import type { Neo4jLocalOptions } from './options.ts';

type Env = Record<string, string | undefined>;

const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/** Resolves with the exit code to end with: the command's own, or 128 + the signal that ended it. */
export async function runWithTestNeo4j(
  argv: string[],
  env: Env,
  options: Neo4jLocalOptions = {},
): Promise<number> {
  const [command, ...args] = argv;
  if (!command) throw new Error('No command to run was given (usage: cli.ts with -- COMMAND [ARGS...]).');
  // A server of one's own (NEO4J_URI) is used as it is: nothing to start or stop.
  const lease = env.NEO4J_URI ? undefined : acquireTestNeo4j(options).then(reported, reported);

  const child = spawn(command, args, { stdio: 'inherit', env: process.env });
  const forward = (signal: NodeJS.Signals) => {
    // Ctrl-C in a terminal reaches the child's process group as well; a signal sent to this process
    // alone is passed on, so the tests end and their own teardown runs.
    if (child.exitCode === null) child.kill(signal);
  };
  const signals = Object.keys(SIGNAL_EXIT) as NodeJS.Signals[];
  for (const s of signals) process.on(s, forward);
  try {
    const code = await exitCodeOf(child);
    return (await lease) instanceof Error && code === 0 ? 1 : code;
  } finally {
    for (const s of signals) process.off(s, forward);
    const held = await lease;
    if (held && !(held instanceof Error)) await releaseTestNeo4j(held);
  }
}

function exitCodeOf(child: ChildProcess): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode, signal) =>
      resolve(exitCode ?? (signal ? (SIGNAL_EXIT[signal] ?? 128) : 1)),
    );
  });
}

/** A start that failed is said once here (each package's setup will say it too) and kept as a value. */
function reported(result: TestLease | unknown): TestLease | Error {
  if (result instanceof Error) {
    process.stderr.write(`[neo4j-local] ${result.message}\n`);
    return result;
  }
  return result as TestLease;
}
