import neo4j, { type Driver } from 'neo4j-driver';
import { z } from 'zod';
import type {
  Concept,
  Passage,
  Path,
  Relation,
  Source,
  Stats,
  Subgraph,
  View,
  ViewGraph,
} from '../model/graph.ts';
import type { ConceptKind, RelationType } from '../model/schema.ts';
import { fold } from '../text/fold.ts';
import { sortRecord } from './memory-store.ts';
import { ConceptRow, PassageRow, RelationRow, SourceRow, ViewRow } from './neo4j-mapping.ts';
import * as Q from './neo4j-queries.ts';
import { byId, checkDepth, comparePaths, MAX_PATH } from './ordering.ts';
import type {
  GraphStore,
  NeighbourOptions,
  PassageHit,
  RelationReading,
  SearchHit,
  TransitionFilter,
} from './port.ts';
import { asStoreOutage } from './store-unavailable.ts';

export interface Neo4jConnection {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

export interface Neo4jStoreOptions {
  /** The pack whose data this store reads. */
  pack: string;
  database?: string;
  /** Per-query transaction timeout on the server. */
  timeoutMs?: number;
}

/** The `NEO4J_*` settings as an app parsed them; the package itself never reads the environment. */
export interface Neo4jSettings {
  NEO4J_URI?: string | undefined;
  NEO4J_USER?: string | undefined;
  NEO4J_PASSWORD?: string | undefined;
  NEO4J_DATABASE?: string | undefined;
}

/** The connection the settings describe, or undefined (the embedded store) when no URI is set. */
export function neo4jConnection(e: Neo4jSettings): Neo4jConnection | undefined {
  if (!e.NEO4J_URI) return undefined;
  return {
    uri: e.NEO4J_URI,
    user: e.NEO4J_USER ?? 'neo4j',
    ...(e.NEO4J_PASSWORD ? { password: e.NEO4J_PASSWORD } : {}),
    ...(e.NEO4J_DATABASE ? { database: e.NEO4J_DATABASE } : {}),
  };
}

/** Connections the driver keeps per server: the reads in flight a bot can have before they queue. */
export const MAX_POOL_SIZE = 100;

/** A driver tuned for an interactive bot: fail fast rather than retry for half a minute. */
export function createDriver(conn: Neo4jConnection): Driver {
  const auth = conn.password ? neo4j.auth.basic(conn.user ?? 'neo4j', conn.password) : undefined;
  return neo4j.driver(conn.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: MAX_POOL_SIZE,
    connectionTimeout: 2_000,
    connectionAcquisitionTimeout: 2_000,
    maxTransactionRetryTime: 1_000,
    userAgent: 'study-graph',
  });
}

const Rows = {
  concepts: z.array(ConceptRow),
  relations: z.array(RelationRow),
};

/**
 * The GraphStore over Neo4j: parameterised Cypher in read transactions with a timeout, through a
 * `bolt://` server or a `neo4j://` routing URI (a cluster, Aura), causally after this process's writes.
 */
export class Neo4jStore implements GraphStore {
  readonly name = 'neo4j';
  readonly #pack: string;
  readonly #database: string | undefined;
  readonly #timeoutMs: number;
  /** Read sessions open now. */
  #open = 0;

  constructor(
    readonly driver: Driver,
    options: Neo4jStoreOptions,
    private readonly ownsDriver = false,
  ) {
    this.#pack = options.pack;
    this.#database = options.database;
    this.#timeoutMs = options.timeoutMs ?? 5_000;
  }

  /**
   * The driver's pool, as this store uses it: sessions open now (each holds at most one connection)
   * against the pool's size. The driver itself does not report its pool.
   */
  connections(): { inUse: number; max: number } {
    return { inUse: this.#open, max: MAX_POOL_SIZE };
  }

  /** One read transaction; its outages are raised as {@link StoreUnavailableError}. */
  #read(query: string, params: Record<string, unknown> = {}) {
    return asStoreOutage(async () => {
      this.#open++;
      const session = this.driver.session({
        defaultAccessMode: neo4j.session.READ,
        // The driver's one bookmark manager: on a cluster, a read starts after every write this
        // process made (a load, a learner's note), whichever server answers it.
        bookmarkManager: this.driver.executeQueryBookmarkManager,
        ...(this.#database ? { database: this.#database } : {}),
      });
      try {
        const result = await session.executeRead((tx) => tx.run(query, { pack: this.#pack, ...params }), {
          timeout: this.#timeoutMs,
          metadata: { app: 'study-graph' },
        });
        return result.records;
      } finally {
        this.#open--;
        await session.close();
      }
    });
  }

  async getConcept(id: string): Promise<Concept | null> {
    const [rec] = await this.#read(Q.GET_CONCEPT, { id });
    return rec ? ConceptRow.parse(rec.get('c')) : null;
  }

  async listConcepts(filter: { kind?: ConceptKind } = {}): Promise<Concept[]> {
    const recs = await this.#read(Q.LIST_CONCEPTS, { kind: filter.kind ?? null });
    return recs.map((r) => ConceptRow.parse(r.get('c')));
  }

  async searchConcepts(text: string, limit = 10): Promise<SearchHit[]> {
    const q = fold(text);
    if (!q) return [];
    const recs = await this.#read(Q.SEARCH_CONCEPTS, { q, limit: neo4j.int(limit) });
    return recs.map((r) => ({
      concept: ConceptRow.parse(r.get('c')),
      score: z.number().parse(r.get('score')),
    }));
  }

  async neighbours(id: string, options: NeighbourOptions = {}): Promise<Subgraph> {
    const depth = checkDepth(options.depth ?? 1) as 1 | 2;
    const [rec] = await this.#read(Q.NEIGHBOURS[depth], { id, types: options.types ?? null });
    if (!rec) return { concepts: [], relations: [] };
    return this.#subgraph(rec.get('concepts'), rec.get('relations'));
  }

  async relationsOf(id: string, types?: RelationType[]): Promise<Relation[]> {
    const recs = await this.#read(Q.RELATIONS_OF, { id, types: types ?? null });
    return recs.map((r) => RelationRow.parse(r.get('r')));
  }

  async shortestPath(
    fromId: string,
    toId: string,
    options: { maxDepth?: number } = {},
  ): Promise<Path | null> {
    if (fromId === toId) {
      const c = await this.getConcept(fromId);
      return c ? { concepts: [c], steps: [] } : null;
    }
    const maxDepth = neo4j.int(Math.min(options.maxDepth ?? MAX_PATH, MAX_PATH));
    const recs = await this.#read(Q.SHORTEST_PATHS, { from: fromId, to: toId, maxDepth });
    const paths = recs.map((rec): Path => {
      const concepts = Rows.concepts.parse(rec.get('concepts'));
      const relations = Rows.relations.parse(rec.get('relations'));
      return {
        concepts,
        steps: relations.map((relation, i) => ({ relation, forward: relation.from === concepts[i]!.id })),
      };
    });
    return paths.sort(comparePaths)[0] ?? null;
  }

  async transitions(filter: TransitionFilter = {}): Promise<Relation[]> {
    const query = filter.from ? Q.TRANSITIONS.from : filter.to ? Q.TRANSITIONS.to : Q.TRANSITIONS.any;
    const recs = await this.#read(query, {
      from: filter.from ?? null,
      to: filter.to ?? null,
      command: filter.command ?? null,
    });
    return recs.map((r) => RelationRow.parse(r.get('r')));
  }

  async relationReadings(): Promise<RelationReading[]> {
    const recs = await this.#read(Q.RELATION_READINGS);
    return recs.map((r) => ({ type: r.get('type'), label: r.get('label'), inverse: r.get('inverse') }));
  }

  async listViews(): Promise<View[]> {
    const recs = await this.#read(Q.LIST_VIEWS);
    return recs.map((r) => ViewRow.parse(r.get('v')));
  }

  async view(id: string): Promise<ViewGraph | null> {
    const [rec] = await this.#read(Q.VIEW, { id });
    if (!rec) return null;
    const view = ViewRow.parse(rec.get('v'));
    const { concepts, relations } = this.#subgraph(rec.get('concepts'), rec.get('relations'));
    const byConceptId = new Map(concepts.map((c) => [c.id, c]));
    return { view, concepts: view.concepts.flatMap((c) => byConceptId.get(c) ?? []), relations };
  }

  async sources(ids: string[]): Promise<Source[]> {
    const recs = await this.#read(Q.SOURCES, { ids });
    const byId = new Map(recs.map((r) => SourceRow.parse(r.get('s'))).map((s) => [s.id, s]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async stats(): Promise<Stats> {
    const [rec] = await this.#read(Q.STATS);
    const tally = (items: string[]) => {
      const counts: Record<string, number> = {};
      for (const k of items) counts[k] = (counts[k] ?? 0) + 1;
      return sortRecord(counts);
    };
    return {
      concepts: rec!.get('concepts'),
      relations: rec!.get('relations'),
      views: rec!.get('views'),
      sources: rec!.get('sources'),
      passages: rec!.get('passages'),
      byKind: tally(rec!.get('kinds')),
      byRelationType: tally(rec!.get('types')),
    };
  }

  async listPassages(): Promise<Passage[]> {
    const recs = await this.#read(Q.LIST_PASSAGES);
    return recs.map((r) => PassageRow.parse(r.get('p')));
  }

  async searchPassages(text: string, limit = 5): Promise<PassageHit[]> {
    const query = luceneQuery(text);
    if (!query) return [];
    const recs = await this.#read(Q.SEARCH_PASSAGES, { query, limit: neo4j.int(limit) });
    return recs.map((r) => ({ passage: PassageRow.parse(r.get('p')), score: r.get('score') as number }));
  }

  async packVersion(): Promise<string | null> {
    const [rec] = await this.#read(Q.PACK_VERSION);
    return (rec?.get('hash') as string | undefined) ?? null;
  }

  /** A round trip to the server: readiness probes, and the benchmark's reference. */
  async ping(): Promise<void> {
    await this.#read(Q.PING);
  }

  async close(): Promise<void> {
    if (this.ownsDriver) await this.driver.close();
  }

  #subgraph(concepts: unknown, relations: unknown): Subgraph {
    return {
      concepts: Rows.concepts.parse(concepts).sort(byId),
      relations: Rows.relations.parse(relations).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    };
  }
}

/**
 * A Lucene query that matches any of the text's words: folded, and only letters and digits, so no
 * word a learner types can be read as Lucene syntax.
 */
export function luceneQuery(text: string): string {
  const words = fold(text)
    .split(' ')
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
  return [...new Set(words)].join(' OR ');
}
