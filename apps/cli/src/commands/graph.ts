import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkPack,
  createDriver,
  exportCypher,
  exportGraphml,
  exportJson,
  formatProblem,
  loadPack,
  openStore,
  type SyncReport,
  syncPack,
} from '@study-graph/graph';
import { type CliEnv, REPO_ROOT, UsageError } from '../env.ts';
import type { Io } from '../io.ts';
import { exportCommunity } from './export-community.ts';

export const GRAPH_USAGE = `Usage: pnpm graph <command> [--pack DIR]
  check                      validate the data pack; lists every problem as file:line
  load [--prune-community]   sync the pack into Neo4j (NEO4J_URI); prints what changed. A concept
                             people's data links to is never deleted without --prune-community
  stats                      counts from the current backend (Neo4j or the embedded store)
  export --format json|cypher|graphml   print the pack to stdout
  export --community [--guild ID]       the suggestions moderators approved, as pack YAML to review`;

/** `pnpm graph ...`: check, load, stats and export the knowledge pack. Returns the exit code. */
export async function graphCommand(args: string[], env: CliEnv, io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      pack: { type: 'string' },
      format: { type: 'string', default: 'json' },
      'prune-community': { type: 'boolean', default: false },
      community: { type: 'boolean', default: false },
      guild: { type: 'string' },
    },
  });
  const packDir = values.pack ?? env.packDir;
  switch (positionals[0]) {
    case 'check':
      return check(packDir, io);
    case 'load':
      return load(packDir, env, io, values['prune-community']);
    case 'stats':
      return stats(packDir, env, io);
    case 'export':
      if (values.community) return exportCommunity(env, io, packDir, values.guild ?? null);
      return exportPack(packDir, values.format, io);
    default:
      throw new UsageError(GRAPH_USAGE);
  }
}

async function check(packDir: string, io: Io): Promise<number> {
  const { graph, problems } = await checkPack(packDir, REPO_ROOT);
  if (!graph) {
    for (const p of problems) io.err(formatProblem(p));
    io.err(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${relative(REPO_ROOT, packDir)}`,
    );
    return 1;
  }
  io.out(
    `ok: ${relative(REPO_ROOT, packDir)}: ${graph.concepts.length} concepts, ${graph.relations.length} relations, ` +
      `${graph.views.length} views, ${graph.sources.length} sources, ${graph.passages.length} passages`,
  );
  return 0;
}

async function load(packDir: string, env: CliEnv, io: Io, pruneCommunity: boolean): Promise<number> {
  if (!env.neo4j) {
    throw new UsageError(
      'graph load writes into Neo4j: set NEO4J_URI (pnpm db:start prints the local one), e.g. NEO4J_URI=bolt://127.0.0.1:7688 pnpm graph load',
    );
  }
  // Validate first: an invalid pack never reaches the database.
  const graph = await loadPack(packDir, REPO_ROOT);
  const driver = createDriver(env.neo4j);
  try {
    const report = await syncPack(driver, graph, {
      database: env.neo4j.database,
      pruneCommunity,
    });
    io.out(describeSync(report));
    return 0;
  } finally {
    await driver.close();
  }
}

export function describeSync(r: SyncReport): string {
  const line = (what: string, c: SyncReport['created']) =>
    `${what.padEnd(8)} ${c.concepts} concepts, ${c.relations} relations, ${c.views} views, ${c.sources} sources, ${c.passages} passages`;
  return [
    `pack ${r.pack} synced in ${r.ms} ms (${r.writes} writes)`,
    line('created', r.created),
    line('updated', r.updated),
    line('deleted', r.deleted),
    `renamed  ${r.renamed} concepts; people's links to the pack: ${r.community.moved} moved, ${r.community.deleted} deleted`,
  ].join('\n');
}

async function stats(packDir: string, env: CliEnv, io: Io): Promise<number> {
  const store = await openStore({ packDir, neo4j: env.neo4j });
  try {
    const s = await store.stats();
    io.out(`backend: ${store.name}`);
    io.out(
      `concepts ${s.concepts}, relations ${s.relations}, views ${s.views}, sources ${s.sources}, passages ${s.passages}`,
    );
    io.out(
      `by kind: ${Object.entries(s.byKind)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
    io.out(
      `by type: ${Object.entries(s.byRelationType)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

const EXPORTERS = { json: exportJson, cypher: exportCypher, graphml: exportGraphml } as const;

async function exportPack(packDir: string, format: string | undefined, io: Io): Promise<number> {
  const exporter = EXPORTERS[format as keyof typeof EXPORTERS];
  if (!exporter) throw new UsageError(`--format must be json, cypher or graphml, not "${format}"`);
  io.out(exporter(await loadPack(packDir, REPO_ROOT)));
  return 0;
}
