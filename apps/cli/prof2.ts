import { readFile } from 'node:fs/promises';
import { createDriver, type GraphStore, loadPack, Neo4jStore, syncPack } from '@study-graph/graph';
import { acquireTestNeo4j, releaseTestNeo4j } from '@study-graph/neo4j-local';
import { createQa } from '@study-graph/qa';
import { parse } from 'yaml';

const graph = await loadPack('../../data/docker');
const lease = await acquireTestNeo4j({ quiet: true });
const driver = createDriver({ uri: lease.uri });
try {
  await syncPack(driver, { ...graph, pack: { ...graph.pack, id: 'prof' } });
  const base = new Neo4jStore(driver, { pack: 'prof' });
  const times: Record<string, number[]> = {};
  const store = new Proxy(base, {
    get(t, p, r) {
      const v = Reflect.get(t, p, r);
      if (typeof v === 'function')
        return async (...a: unknown[]) => {
          const s = performance.now();
          const res = await v.apply(t, a);
          (times[String(p)] ??= []).push(performance.now() - s);
          return res;
        };
      return v;
    },
  }) as GraphStore;
  const qa = await createQa(store);
  const qs = (parse(await readFile('../../data/eval/docker-questions.yaml', 'utf8')) as { q: string }[]).map(
    (c) => c.q,
  );
  for (let i = 0; i < 5; i++) for (const q of qs) await qa.ask(q);
  for (const k in times) times[k] = [];
  const per: [number, string][] = [];
  for (let i = 0; i < 5; i++)
    for (const q of qs) {
      const s = performance.now();
      await qa.ask(q);
      per.push([performance.now() - s, q]);
    }
  for (const [k, v] of Object.entries(times)) {
    if (!v.length) continue;
    v.sort((a, b) => a - b);
    console.log(
      k,
      v.length,
      'median',
      v[Math.floor(v.length / 2)]!.toFixed(2),
      'p95',
      v[Math.floor(v.length * 0.95)]!.toFixed(2),
      'max',
      v.at(-1)!.toFixed(1),
    );
  }
  console.log(
    per
      .sort((a, b) => b[0] - a[0])
      .slice(0, 12)
      .map(([t, q]) => `${t.toFixed(1)} ${q}`)
      .join('\n'),
  );
} finally {
  await driver.executeQuery('MATCH (n {pack: "prof"}) DETACH DELETE n');
  await driver.close();
  await releaseTestNeo4j(lease);
}
