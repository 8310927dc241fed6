#!/usr/bin/env node
import { PackError } from '@study-graph/graph';
import { askCommand } from './commands/ask.ts';
import { benchCommand } from './commands/bench.ts';
import { diagramCommand } from './commands/diagram.ts';
import { evalCommand } from './commands/eval.ts';
import { graphCommand } from './commands/graph.ts';
import { readEnv, UsageError } from './env.ts';
import { type Io, processIo } from './io.ts';

const USAGE = `Usage: pnpm <command> ...
  graph check|load|stats|export     the knowledge pack and Neo4j
  ask [--json|--jsonl] QUESTION     answer a question from the graph
  eval [FILE...] [--test-split]     run question sets; print failures and pass rates per tag
  diagram TOPIC|--all -o OUT        draw a view or a concept's neighbourhood
  bench ask|diagram|bot             latency against a reference measured in the same run`;

type Command = (args: string[], env: ReturnType<typeof readEnv>, io: Io) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  graph: graphCommand,
  ask: askCommand,
  eval: evalCommand,
  bench: benchCommand,
  diagram: diagramCommand,
};

/** Runs one CLI command and returns its exit code; errors become one readable message. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  try {
    if (!command) throw new UsageError(USAGE);
    return await command(args, readEnv(), io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof PackError) {
      io.err(error.message);
      return error instanceof UsageError ? 2 : 1;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(error.message);
      return 2;
    }
    io.err(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `pnpm graph export | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = await main(process.argv.slice(2));
}
