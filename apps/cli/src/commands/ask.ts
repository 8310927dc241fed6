import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type GraphStore, type Locale, openStore } from '@study-graph/graph';
import { type Answer, createQa, type Qa } from '@study-graph/qa';
import { writeDiagramPng } from '../diagram-files.ts';
import { type CliEnv, REPO_ROOT, UsageError } from '../env.ts';
import { type Io, inputLines } from '../io.ts';

export const DEFAULT_DIAGRAM_DIR = join(REPO_ROOT, 'out/diagrams');

export const ASK_USAGE = `Usage: pnpm ask [--lang vi|en] [--json] "QUESTION"
       pnpm ask --jsonl [--diagram-dir DIR] < questions.txt`;

export interface AskSession {
  store: GraphStore;
  qa: Qa;
  close(): Promise<void>;
}

/** Opens the backend that NEO4J_URI selects and the question answering over it. */
export async function openAsk(env: CliEnv): Promise<AskSession> {
  const store = await openStore({ packDir: env.packDir, neo4j: env.neo4j });
  try {
    return { store, qa: await createQa(store), close: () => store.close() };
  } catch (error) {
    await store.close();
    throw error;
  }
}

function parseLang(value: string | undefined): Locale | undefined {
  if (value === undefined) return undefined;
  if (value !== 'vi' && value !== 'en') throw new UsageError(`--lang must be vi or en, not "${value}"`);
  return value;
}

/** The JSON line of the `ask --json` contract. */
export function toJson(answer: Answer, diagram: { path: string; kind: string } | null): string {
  const { question, locale, intent, found, concepts, answer: text, sources, suggestions } = answer;
  return JSON.stringify({
    question,
    locale,
    intent,
    found,
    concepts,
    answer: text,
    diagram,
    sources,
    suggestions,
  });
}

/** `pnpm ask`: one question for a person, or one JSON object per stdin line with `--jsonl`. */
export async function askCommand(args: string[], env: CliEnv, io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      json: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
      'diagram-dir': { type: 'string' },
    },
  });
  const locale = parseLang(values.lang);
  const options = locale ? { locale } : {};
  // Diagrams are always drawn when an answer has one; without --diagram-dir they go to out/diagrams.
  const dir = values['diagram-dir'] ?? DEFAULT_DIAGRAM_DIR;
  if (!values.jsonl && positionals.length === 0) throw new UsageError(ASK_USAGE);
  const session = await openAsk(env);
  try {
    const draw = async (a: Answer) =>
      a.diagram ? writeDiagramPng(session.store, a.diagram, a.locale, dir) : null;
    if (values.jsonl) {
      for await (const line of inputLines(io)) {
        const answer = await session.qa.ask(line, options);
        io.out(toJson(answer, await draw(answer)));
      }
      return 0;
    }
    const answer = await session.qa.ask(positionals.join(' '), options);
    const diagram = await draw(answer);
    io.out(values.json ? toJson(answer, diagram) : answer.answer);
    if (diagram && !values.json) io.out(`\n${diagram.path}`);
    return 0;
  } finally {
    await session.close();
  }
}
