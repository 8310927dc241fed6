import { type GraphStore, type Locale, loadPack, MemoryStore } from '@study-graph/graph';
import { table } from '@study-graph/measure';
import { QuizMaker } from '@study-graph/quiz';
import type { CliEnv } from '../env.ts';
import type { Io } from '../io.ts';
import { onNeo4j, withNeo4j } from './bench-neo4j.ts';
import { type Summary, summarize, timeEach } from './stats.ts';

/** Builds timed after the first, on each store. */
const BUILDS = 10;
/** Questions made on each store, Vietnamese and English by turns. */
const QUESTIONS = 2_000;
/** Round trips timed for the reference. */
const PINGS = 200;
const LOCALES: Locale[] = ['vi', 'en'];

interface StoreFigures {
  /** The first build on the store: nothing read before (on Neo4j, its query plans not yet made). */
  firstBuildMs: number;
  build: Summary;
  make: Summary;
  /** Questions made, by kind: every kind the graph can ask, as often as the graph has them. */
  kinds: Record<string, number>;
}

/**
 * What quiz questions cost on the embedded store and on Neo4j: reading the graph into a
 * `QuizMaker`, and making a question from it. The reference, in the same run, is a bare `RETURN 1`
 * through the same driver. Uses NEO4J_URI when set, else the local Neo4j.
 */
export async function benchQuiz(env: CliEnv, io: Io, json: boolean): Promise<void> {
  const graph = await loadPack(env.packDir);
  const memory = await measure(new MemoryStore(graph));
  const { neo4j, reference } = await withNeo4j(env, (driver, database) =>
    onNeo4j(graph, driver, database, async (store) => ({
      neo4j: await measure(store),
      reference: summarize(await timeEach(Array.from({ length: PINGS }), 1, () => store.ping())),
    })),
  );
  const times = (value: number) => Number((value / reference.median).toPrecision(2));
  const ratio = (figures: StoreFigures) => ({
    firstBuild: times(figures.firstBuildMs),
    build: times(figures.build.median),
    make: times(figures.make.median),
  });
  const report = {
    builds: BUILDS,
    questions: QUESTIONS,
    reference,
    memory,
    neo4j,
    ratio: { memory: ratio(memory), neo4j: ratio(neo4j) },
  };
  if (json) {
    io.out(JSON.stringify(report));
    return;
  }
  const row = (what: string, n: number, median: number, p95: number | null) => [
    what,
    n,
    ms(median),
    p95 === null ? '-' : ms(p95),
    String(times(median)),
  ];
  const rows = (where: string, f: StoreFigures) => [
    row(`build, ${where}, first`, 1, f.firstBuildMs, null),
    row(`build, ${where}`, f.build.n, f.build.median, f.build.p95),
    row(`make, ${where}`, f.make.n, f.make.median, f.make.p95),
  ];
  const kinds = Object.entries(memory.kinds).map(([kind, n]) => `${kind} ${n}`);
  io.out(
    `QuizMaker.build x ${BUILDS} after the first; make x ${QUESTIONS}, vi and en by turns (${kinds.join(', ')})`,
  );
  io.out(
    table(
      ['what', 'n', 'median ms', 'p95 ms', 'median / RETURN 1'],
      [
        ...rows('embedded store', memory),
        ...rows('Neo4j', neo4j),
        row('reference: RETURN 1, same driver', reference.n, reference.median, reference.p95),
      ],
    ),
  );
}

async function measure(store: GraphStore): Promise<StoreFigures> {
  const began = performance.now();
  const maker = await QuizMaker.build(store);
  const firstBuildMs = performance.now() - began;
  const build = summarize(await timeEach([store], BUILDS, (s) => QuizMaker.build(s)));
  return { firstBuildMs, build, ...makeTimes(maker) };
}

/** `make` timed one call at a time, after as many untimed (it reads nothing: no promise to wait for). */
function makeTimes(maker: QuizMaker): { make: Summary; kinds: Record<string, number> } {
  for (let i = 0; i < QUESTIONS; i++) maker.make(LOCALES[i % 2]!);
  const kinds: Record<string, number> = {};
  const durations: number[] = [];
  for (let i = 0; i < QUESTIONS; i++) {
    const start = performance.now();
    const quiz = maker.make(LOCALES[i % 2]!);
    durations.push(performance.now() - start);
    if (!quiz) throw new Error('the graph has no quiz questions');
    kinds[quiz.key.kind] = (kinds[quiz.key.kind] ?? 0) + 1;
  }
  return { make: summarize(durations), kinds: Object.fromEntries(Object.entries(kinds).sort()) };
}

/** Three significant digits: a question takes microseconds, a build milliseconds. */
function ms(value: number): string {
  return String(Number(value.toPrecision(3)));
}
