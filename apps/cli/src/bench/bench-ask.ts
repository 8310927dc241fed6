import { readFile } from 'node:fs/promises';
import { createDriver, loadPack, MemoryStore, Neo4jStore, syncPack } from '@study-graph/graph';
import { acquireTestNeo4j, releaseTestNeo4j } from '@study-graph/neo4j-local';
import { createQa } from '@study-graph/qa';
import { parse } from 'yaml';
import type { CliEnv } from '../env.ts';
import type { Io } from '../io.ts';
import { summarize, table, throughput, timeEach } from './stats.ts';

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

  const lease = env.neo4j ? null : await acquireTestNeo4j({ quiet: true });
  const driver = createDriver(env.neo4j ?? { uri: lease!.uri });
  // A pack id of its own, so the benchmark never disturbs a loaded `docker` pack.
  const pack = `bench-${process.pid}`;
  try {
    await syncPack(driver, { ...graph, pack: { ...graph.pack, id: pack } });
    const store = new Neo4jStore(driver, {
      pack,
      ...(env.neo4j?.database ? { database: env.neo4j.database } : {}),
    });
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
  } finally {
    await driver.executeQuery('MATCH (n {pack: $pack}) DETACH DELETE n', { pack });
    await driver.close();
    if (lease) await releaseTestNeo4j(lease);
  }
  io.out(`${questions.length} questions x ${ROUNDS} rounds (after a warm-up round), ${questionFile}`);
  io.out(
    table(
      ['what', 'n', 'median ms', 'p95 ms', 'per second, one at a time', `per second, ${CONCURRENCY} at once`],
      rows,
    ),
  );
  io.out('targets: Neo4j p95 < 15 ms and >= 300 answers/s; embedded p95 < 2 ms');
}
