#!/usr/bin/env node
import { PackError } from '@study-graph/graph';
import { readEnv, UsageError } from './env.ts';
import { type Io, processIo } from './io.ts';

const USAGE = `Usage: pnpm <command> ...
  graph check|load|stats|export     the knowledge pack and Neo4j
  ask [--json|--jsonl] QUESTION     answer a question from the graph
  eval [FILE...] [--test-split]     run question sets; print failures and pass rates per tag
  eval --from-feedback [-o FILE]    the answers learners reported, as draft question items
  diagram TOPIC|--all -o OUT        draw a view or a concept's neighbourhood
  quiz [--lang vi|en] [--topic ID] [--rounds N]   multiple-choice questions from the graph, answered here
  bench ask|diagram|quiz|bot|start|outage|soak   latency against a reference measured in the same run`;

type Command = (args: string[], env: ReturnType<typeof readEnv>, io: Io) => Promise<number>;

/** Each command is loaded when it runs, so `ask` never loads the bot or discord.js that `bench` needs. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  graph: async () => (await import('./commands/graph.ts')).graphCommand,
  ask: async () => (await import('./commands/ask.ts')).askCommand,
  eval: async () => (await import('./commands/eval.ts')).evalCommand,
  bench: async () => (await import('./commands/bench.ts')).benchCommand,
  diagram: async () => (await import('./commands/diagram.ts')).diagramCommand,
  quiz: async () => (await import('./commands/quiz.ts')).quizCommand,
};

/** Runs one CLI command and returns its exit code; errors become one readable message. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...args] = argv;
  const command = name && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (!command) throw new UsageError(USAGE);
    return await (await command())(args, readEnv(), io);
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
