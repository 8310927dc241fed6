import { readFile, rm } from 'node:fs/promises';
import { type GraphStore, loadPack, MemoryStore } from '@study-graph/graph';
import { table } from '@study-graph/measure';
import { createQa } from '@study-graph/qa';
import type { Driver } from 'neo4j-driver';
import { parse } from 'yaml';
import type { CliEnv } from '../env.ts';
import type { Io } from '../io.ts';
import { onNeo4j, withNeo4j } from './bench-neo4j.ts';
import { writeScaledPack } from './scaled-pack.ts';
import { type Summary, summarize, throughput, timeEach } from './stats.ts';

const ROUNDS = 20;
const CONCURRENCY = 8;

/**
 * Answer latency over a question set on the embedded store and on Neo4j, with a bare `RETURN 1`
 * through the same driver as the reference. Uses NEO4J_URI when set, else the local Neo4j.
 */
export async function benchAsk(env: CliEnv, io: Io, questionFile: string): Promise<void> {
  const questions = (parse(await readFile(questionFile, 'utf8')) as { q: string }[]).map((c) => c.q);
  const graph = await loadPack(env.packDir);
  const rows: (string | number)[][] = [];
  const add = (what: string, durations: number[], concurrent: number | null) => {
    const s = summarize(durations);
    rows.push([
      what,
      s.n,
      s.median,
      s.p95,
      Math.round(s.perSecond),
      concurrent === null ? '-' : Math.round(concurrent),
    ]);
  };
  const many = Array.from({ length: ROUNDS }, () => questions).flat();

  const memory = await createQa(new MemoryStore(graph));
  add(
    'answer, embedded store',
    await timeEach(questions, ROUNDS, (q) => memory.ask(q)),
    await throughput(many, CONCURRENCY, (q) => memory.ask(q)),
  );
  add(
    `first ask, embedded store, each read ${READ_AWAY_MS} ms away`,
    await firstAskDurations(distant(new MemoryStore(graph), READ_AWAY_MS), questions),
    null,
  );

  await withNeo4j(env, (driver, database) =>
    onNeo4j(graph, driver, database, async (store) => {
      const neo4j = await createQa(store);
      add(
        'answer, Neo4j',
        await timeEach(questions, ROUNDS, (q) => neo4j.ask(q)),
        await throughput(many, CONCURRENCY, (q) => neo4j.ask(q)),
      );
      add(
        'reference: RETURN 1, same driver',
        await timeEach(questions, ROUNDS, () => store.ping()),
        await throughput(many, CONCURRENCY, () => store.ping()),
      );
    }),
  );
  io.out(`${questions.length} questions x ${ROUNDS} rounds (after a warm-up round), ${questionFile}`);
  io.out(
    table(
      ['what', 'n', 'median ms', 'p95 ms', 'per second, one at a time', `per second, ${CONCURRENCY} at once`],
      rows,
    ),
  );
  io.out('targets: Neo4j p95 < 15 ms and >= 300 answers/s; embedded p95 < 2 ms');
}

/** Rounds over the question set at each scale: fewer than the plain benchmark, the packs are large. */
const SCALE_ROUNDS = 5;

interface ScalePoint {
  /** Load the pack from disk, build the embedded store and the question answering, answer once. */
  startMs: number;
  /** Each question asked again: the graph's reads are answered from the shared read cache. */
  memory: Summary;
  neo4j: Summary;
  /** Each question asked the first time, nothing read before (on Neo4j, its query plans warm). */
  memoryFirst: Summary;
  neo4jFirst: Summary;
}

/**
 * How answering grows with the graph: the same questions on `data/docker` (1x) and on a pack
 * `factor` times its size whose extra entries use words of their own, on both stores.
 */
export async function benchAskScale(
  env: CliEnv,
  io: Io,
  questionFile: string,
  factor: number,
  json: boolean,
): Promise<void> {
  const questions = (parse(await readFile(questionFile, 'utf8')) as { q: string }[]).map((c) => c.q);
  const graph = await loadPack(env.packDir);
  const scaledDir = await writeScaledPack(env.packDir, graph, factor);
  try {
    const { one, many } = await withNeo4j(env, async (driver, database) => ({
      one: await measureScale(env.packDir, questions, driver, database),
      many: await measureScale(scaledDir, questions, driver, database),
    }));
    const ratio = (a: number, b: number) => Math.round((100 * a) / b) / 100;
    const report = {
      scale: factor,
      questions: questions.length,
      rounds: SCALE_ROUNDS,
      concepts: { x1: graph.concepts.length, xN: graph.concepts.length * factor },
      x1: one,
      xN: many,
      ratio: {
        memoryMedian: ratio(many.memory.median, one.memory.median),
        memoryP95: ratio(many.memory.p95, one.memory.p95),
        neo4jMedian: ratio(many.neo4j.median, one.neo4j.median),
        neo4jP95: ratio(many.neo4j.p95, one.neo4j.p95),
        memoryFirstMedian: ratio(many.memoryFirst.median, one.memoryFirst.median),
        neo4jFirstMedian: ratio(many.neo4jFirst.median, one.neo4jFirst.median),
        start: ratio(many.startMs, one.startMs),
      },
    };
    if (json) {
      io.out(JSON.stringify(report));
      return;
    }
    const row = (what: string, s: Summary) => [what, s.n, s.median, s.p95];
    io.out(
      `${questions.length} questions x ${SCALE_ROUNDS} rounds; ${factor}x = ${report.concepts.xN} concepts`,
    );
    io.out(
      table(
        ['what', 'n', 'median ms', 'p95 ms'],
        [
          row('embedded, 1x, first ask', one.memoryFirst),
          row(`embedded, ${factor}x, first ask`, many.memoryFirst),
          row('embedded, 1x, again', one.memory),
          row(`embedded, ${factor}x, again`, many.memory),
          row('Neo4j, 1x, first ask', one.neo4jFirst),
          row(`Neo4j, ${factor}x, first ask`, many.neo4jFirst),
          row('Neo4j, 1x, again', one.neo4j),
          row(`Neo4j, ${factor}x, again`, many.neo4j),
        ],
      ),
    );
    io.out(
      `start + first answer, embedded: 1x ${Math.round(one.startMs)} ms, ${factor}x ${Math.round(many.startMs)} ms`,
    );
    io.out(
      `per-answer ratio ${factor}x / 1x, first ask: embedded ${report.ratio.memoryFirstMedian}, Neo4j ${report.ratio.neo4jFirstMedian}; again: embedded ${report.ratio.memoryMedian}, Neo4j ${report.ratio.neo4jMedian}`,
    );
    io.out(
      `targets: per answer at ${factor}x <= 3x the 1x figure on both stores; start + first answer < 5 s`,
    );
  } finally {
    await rm(scaledDir, { recursive: true, force: true });
  }
}

async function measureScale(
  packDir: string,
  questions: string[],
  driver: Driver,
  database: string | undefined,
): Promise<ScalePoint> {
  const began = performance.now();
  const graph = await loadPack(packDir);
  const memoryQa = await createQa(new MemoryStore(graph));
  await memoryQa.ask(questions[0]!);
  const startMs = performance.now() - began;
  const memory = summarize(await timeEach(questions, SCALE_ROUNDS, (q) => memoryQa.ask(q)));
  const memoryFirst = await firstAsks(new MemoryStore(graph), questions);
  const onStore = await onNeo4j(graph, driver, database, async (store) => ({
    again: await measure(store, questions),
    first: await firstAsks(store, questions),
  }));
  return { startMs, memory, neo4j: onStore.again, memoryFirst, neo4jFirst: onStore.first };
}

async function measure(store: GraphStore, questions: string[]): Promise<Summary> {
  const qa = await createQa(store);
  return summarize(await timeEach(questions, SCALE_ROUNDS, (q) => qa.ask(q)));
}

/** Each question asked once, of a question answering that has read nothing yet. */
async function firstAsks(store: GraphStore, questions: string[]): Promise<Summary> {
  return summarize(await firstAskDurations(store, questions));
}

async function firstAskDurations(store: GraphStore, questions: string[]): Promise<number[]> {
  const qa = await createQa(store);
  const durations: number[] = [];
  for (const q of questions) {
    const start = performance.now();
    await qa.ask(q);
    durations.push(performance.now() - start);
  }
  return durations;
}

/**
 * How far each read is from the answering, as on a Neo4j across a network: a first answer then
 * takes about this much for each read it must wait for before the next, whatever the server costs.
 */
const READ_AWAY_MS = 5;

/** The store with every read answered `ms` later. */
function distant(store: GraphStore, ms: number): GraphStore {
  return new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        await new Promise((resolve) => setTimeout(resolve, ms));
        return value.apply(target, args);
      };
    },
  });
}
