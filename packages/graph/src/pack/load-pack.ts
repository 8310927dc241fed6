import { resolve } from 'node:path';
import type { Graph } from '../model/graph.ts';
import { buildGraph } from './build-graph.ts';
import { PackError, type PackProblem } from './pack-error.ts';
import { readPackFiles } from './read-files.ts';

export interface PackCheck {
  graph: Graph | null;
  problems: PackProblem[];
}

/** Reads and validates a pack folder; reports every problem, paths relative to `displayRoot`. */
export async function checkPack(dir: string, displayRoot = process.cwd()): Promise<PackCheck> {
  const fast = await check(dir, displayRoot, false);
  // A valid pack is read once, quickly; a pack with problems again, to say on which line each is.
  return fast.problems.length === 0 ? fast : check(dir, displayRoot, true);
}

async function check(dir: string, displayRoot: string, lines: boolean): Promise<PackCheck> {
  const read = await readPackFiles(resolve(dir), displayRoot, { lines });
  // Cross-entry checks run even when some entries are invalid, so every problem shows at once.
  const built = buildGraph(read.files, read.unreadable > 0);
  const problems = [...read.problems, ...built.problems].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line,
  );
  return { graph: problems.length > 0 ? null : built.graph, problems };
}

/** Like `checkPack`, but throws a `PackError` listing every problem. */
export async function loadPack(dir: string, displayRoot = process.cwd()): Promise<Graph> {
  const { graph, problems } = await checkPack(dir, displayRoot);
  if (!graph) throw new PackError(problems);
  return graph;
}
