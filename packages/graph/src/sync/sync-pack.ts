import { createHash } from 'node:crypto';
import type { Driver, ManagedTransaction, QueryResult } from 'neo4j-driver';
import type { Graph } from '../model/graph.ts';
import { RelationType } from '../model/schema.ts';
import { conceptProps, passageProps, relationProps, sourceProps, viewProps } from '../store/neo4j-mapping.ts';
import { asStoreOutage } from '../store/store-unavailable.ts';
import * as Q from './sync-queries.ts';

export interface SyncCounts {
  concepts: number;
  relations: number;
  views: number;
  sources: number;
  passages: number;
}

export interface SyncReport {
  pack: string;
  created: SyncCounts;
  updated: SyncCounts;
  deleted: SyncCounts;
  /** Concepts given a new id (`renamedFrom`), their node kept. */
  renamed: number;
  /** Relationships people's own data has to the pack's concepts: kept through renames, or deleted. */
  community: { moved: number; deleted: number };
  /** Every change the server reports (nodes, relationships, properties, labels); 0 when nothing changed. */
  writes: number;
  ms: number;
}

type Row = Record<string, unknown> & { id: string; hash: string };
const COUNT_KEY = { Concept: 'concepts', View: 'views', Source: 'sources', Passage: 'passages' } as const;

const zero = (): SyncCounts => ({ concepts: 0, relations: 0, views: 0, sources: 0, passages: 0 });

/** Creates the constraints and indexes the store relies on; safe to run every time. */
export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  for (const statement of Q.SCHEMA) await driver.executeQuery(statement, {}, database ? { database } : {});
}

/** One concept's relationships to people's own data, by type. */
export interface CommunityLink {
  concept: string;
  type: string;
  links: number;
}

/**
 * The pack no longer has concepts that people's own data points to (quiz answers, notes): the load
 * is refused, and nothing is written, unless `pruneCommunity` says to delete those links too.
 */
export class CommunityDataError extends Error {
  constructor(readonly links: CommunityLink[]) {
    const named = links.map((l) => `"${l.concept}" (${l.links} ${l.type})`).join(', ');
    super(
      `the pack no longer has ${named}, which people's data links to: rename it with renamedFrom, ` +
        'or load with --prune-community to delete those links',
    );
    this.name = 'CommunityDataError';
  }
}

export interface SyncOptions {
  database?: string | undefined;
  /** Delete the links people's data has to concepts the pack no longer has (default: refuse). */
  pruneCommunity?: boolean | undefined;
}

/**
 * Makes Neo4j hold exactly this pack, in one transaction: creates what is new, rewrites what
 * changed (by content hash), deletes what the pack no longer has. Nodes without this pack's
 * `pack` property are never touched. With nothing to change it only reads.
 */
export async function syncPack(driver: Driver, graph: Graph, options: SyncOptions = {}): Promise<SyncReport> {
  const started = performance.now();
  return asStoreOutage(async () => {
    await ensureSchema(driver, options.database);
    // The bookmark manager every store session on this driver shares: reads after the load see it.
    const session = driver.session({
      bookmarkManager: driver.executeQueryBookmarkManager,
      ...(options.database ? { database: options.database } : {}),
    });
    try {
      const report = await session.executeWrite(
        (tx) => applyPack(tx, graph, options.pruneCommunity ?? false),
        {
          metadata: { app: 'study-graph' },
        },
      );
      return { ...report, pack: graph.pack.id, ms: Math.round(performance.now() - started) };
    } finally {
      await session.close();
    }
  });
}

async function applyPack(
  tx: ManagedTransaction,
  graph: Graph,
  pruneCommunity: boolean,
): Promise<Omit<SyncReport, 'pack' | 'ms'>> {
  const pack = graph.pack.id;
  const report = {
    created: zero(),
    updated: zero(),
    deleted: zero(),
    renamed: 0,
    community: { moved: 0, deleted: 0 },
    writes: 0,
  };
  const run = async (query: string, params: Record<string, unknown>) => {
    const result: QueryResult = await tx.run(query, { pack, ...params });
    report.writes += Object.values(result.summary.counters.updates()).reduce((a, b) => a + b, 0);
  };

  const existingNodes = (await tx.run(Q.EXISTING_NODES, { pack })).records.map((r) => ({
    label: r.get('label') as Q.NodeLabel,
    id: r.get('id') as string,
    hash: r.get('hash') as string,
    owned: r.get('owned') as string[] | null,
  }));
  const existingRels = new Map(
    (await tx.run(Q.EXISTING_RELATIONS, { pack })).records.map((r) => [
      r.get('key') as string,
      { hash: r.get('hash') as string, owned: r.get('owned') as string[] | null },
    ]),
  );

  const communityLinks = async (ids: string[]): Promise<CommunityLink[]> =>
    (await tx.run(Q.COMMUNITY_LINKS, { pack, ids })).records.map((r) => ({
      concept: r.get('id') as string,
      type: r.get('type') as string,
      links: Number(r.get('links')),
    }));
  const total = (links: CommunityLink[]) => links.reduce((sum, l) => sum + l.links, 0);

  // Renamed concepts keep their node: what links to it moves with it.
  const ids = new Set(existingNodes.filter((n) => n.label === 'Concept').map((n) => n.id));
  const renames = (graph.renames ?? []).filter((r) => ids.has(r.from) && !ids.has(r.to));
  if (renames.length > 0) {
    report.community.moved = total(await communityLinks(renames.map((r) => r.from)));
    await run(Q.RENAME_CONCEPTS, { renames });
    report.renamed = renames.length;
    for (const node of existingNodes)
      if (node.label === 'Concept') node.id = renames.find((r) => r.from === node.id)?.to ?? node.id;
  }

  const desired: Record<Q.NodeLabel, Row[]> = {
    Concept: graph.concepts.map((c) => conceptProps(pack, c) as Row),
    View: graph.views.map((v) => viewProps(pack, v) as Row),
    Source: graph.sources.map((s) => sourceProps(pack, s) as Row),
    Passage: graph.passages.map((p) => passageProps(pack, p) as Row),
  };
  const changed: Record<'View' | 'Passage', string[]> = { View: [], Passage: [] };
  for (const label of Q.NODE_LABELS) {
    const have = new Map(existingNodes.filter((n) => n.label === label).map((n) => [n.id, n]));
    const want = new Set(desired[label].map((r) => r.id));
    const stale = [...have.keys()].filter((id) => !want.has(id));
    const rows = desired[label].filter((r) => have.get(r.id)?.hash !== r.hash);
    const key = COUNT_KEY[label];
    report.deleted[key] = stale.length;
    report.created[key] = rows.filter((r) => !have.has(r.id)).length;
    report.updated[key] = rows.length - report.created[key];
    // Relations go first: deleting a concept takes its edges with it.
    if (label === 'Concept') await syncRelations(graph, existingRels, run, report);
    if (label === 'Concept' && stale.length > 0) {
      const links = await communityLinks(stale);
      if (links.length > 0 && !pruneCommunity) throw new CommunityDataError(links);
      report.community.deleted = total(links);
    }
    if (stale.length > 0) await run(Q.deleteNodes(label), { ids: stale });
    if (rows.length > 0)
      await run(Q.upsertNodes(label), { rows: rows.map((r) => owning(r, have.get(r.id)?.owned)) });
    if (label === 'View' || label === 'Passage') changed[label].push(...rows.map((r) => r.id));
  }
  // Edges need both ends in place, so they are written after all concepts.
  await writeRelations(graph, existingRels, run);
  if (changed.View.length > 0) await run(Q.LINK_VIEWS, { ids: changed.View });
  if (changed.Passage.length > 0) await run(Q.LINK_PASSAGES, { ids: changed.Passage });
  await run(Q.SET_VERSION, { hash: packHash(desired, graph) });
  return report;
}

/** One hash for everything the pack holds: its nodes' and its relations' own hashes, in order. */
function packHash(desired: Record<Q.NodeLabel, Row[]>, graph: Graph): string {
  const parts = [
    ...Object.values(desired).flatMap((rows) => rows.map((r) => `${r.id}:${r.hash}`)),
    ...graph.relations.map((r) => `${r.key}:${relationProps(graph.pack.id, r).hash}`),
  ].sort();
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}

type Run = (query: string, params: Record<string, unknown>) => Promise<void>;

/** What a node or relationship's sync last wrote: its hash, and the properties it owns. */
interface Written {
  hash: string;
  owned: string[] | null;
}

/**
 * The properties to write, marked as the pack's own (`packOwned`), and those the pack owned before
 * and no longer has, to clear. Properties the pack never wrote are not the sync's to touch.
 */
function owning<P extends Record<string, unknown>>(
  props: P,
  before: string[] | null | undefined,
): { props: P & { packOwned: string[] }; cleared: Record<string, null> } {
  const keys = [...Object.keys(props), 'packOwned'];
  const gone = (before ?? []).filter((k) => !keys.includes(k));
  return { props: { ...props, packOwned: keys }, cleared: Object.fromEntries(gone.map((k) => [k, null])) };
}

async function syncRelations(
  graph: Graph,
  existing: Map<string, Written>,
  run: Run,
  report: { created: SyncCounts; updated: SyncCounts; deleted: SyncCounts },
): Promise<void> {
  const want = new Map(graph.relations.map((r) => [r.key, relationProps(graph.pack.id, r).hash]));
  const stale = [...existing.keys()].filter((k) => !want.has(k));
  report.deleted.relations = stale.length;
  report.created.relations = [...want.keys()].filter((k) => !existing.has(k)).length;
  report.updated.relations = [...want].filter(
    ([k, h]) => existing.has(k) && existing.get(k)?.hash !== h,
  ).length;
  if (stale.length > 0) await run(Q.DELETE_RELATIONS, { keys: stale });
}

async function writeRelations(graph: Graph, existing: Map<string, Written>, run: Run): Promise<void> {
  const rows = graph.relations
    .map((r) => ({ r, props: relationProps(graph.pack.id, r) }))
    .filter(({ props }) => existing.get(props.key as string)?.hash !== props.hash)
    .map(({ r, props }) => ({
      from: r.from,
      to: r.to,
      type: RelationType.parse(r.type),
      ...owning(props, existing.get(props.key as string)?.owned),
    }));
  if (rows.length > 0) await run(Q.UPSERT_RELATIONS, { rows });
}
