import { fileURLToPath } from 'node:url';
import { createDriver } from '@study-graph/graph';
import { neo4jTestConfig } from '@study-graph/neo4j-local/testing';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../index.ts';

const BROKEN = fileURLToPath(new URL('../../../../packages/graph/src/__fixtures__/broken', import.meta.url));

/** Runs the CLI in-process with captured output. */
async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('pnpm graph', () => {
  let driver: Driver;
  // What a load of the broken pack could write: nodes of its own pack. Other packages' tests write
  // packs of their own to the same database meanwhile, so the whole database is no measure.
  const snapshot = async () =>
    (
      await driver.executeQuery(
        'MATCH (n {pack: $pack}) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels, collect(DISTINCT n.hash) AS hashes',
        { pack: 'broken' },
      )
    ).records[0]!.toObject();

  beforeAll(() => {
    const conn = neo4jTestConfig();
    process.env.NEO4J_URI = conn.uri;
    process.env.NEO4J_PASSWORD = conn.password ?? '';
    driver = createDriver(conn);
  });
  afterAll(async () => {
    delete process.env.NEO4J_URI;
    await driver.close();
  });

  it('check passes on the Docker pack and lists every problem of a broken one', async () => {
    expect(await run('graph', 'check')).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^ok: data\/docker: \d+ concepts/),
    });
    const broken = await run('graph', 'check', '--pack', BROKEN);
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/concepts\.yaml:10: missing Vietnamese translation/);
    expect(broken.err).toMatch(/concepts\.yaml:12: duplicate concept id "daemon"/);
    expect(broken.err).toMatch(/concepts\.yaml:19: relation MANAGES to unknown concept "volume"/);
    expect(broken.err).toMatch(/3 problems/);
  });

  it('load of a broken pack writes nothing', async () => {
    const before = await snapshot();
    const result = await run('graph', 'load', '--pack', BROKEN);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/The data pack has 3 problems/);
    expect(await snapshot()).toEqual(before);
  });

  it('load twice: the second run changes nothing', async () => {
    const first = await run('graph', 'load');
    expect(first.code).toBe(0);
    const stats = await run('graph', 'stats');
    const second = await run('graph', 'load');
    expect(second.out).toMatch(/\(0 writes\)/);
    for (const what of ['created', 'updated', 'deleted']) {
      expect(second.out).toContain(`${what.padEnd(8)} 0 concepts, 0 relations, 0 views, 0 sources`);
    }
    expect((await run('graph', 'stats')).out).toBe(stats.out);
    expect(stats.out).toMatch(/^backend: neo4j/);
  });

  it('export json lists the states, a view per figure, and the engine and networking concepts', async () => {
    const { code, out } = await run('graph', 'export', '--format', 'json');
    expect(code).toBe(0);
    const pack = JSON.parse(out) as {
      concepts: {
        id: string;
        kind: string;
        name: { vi: string; en: string };
        aliases: { vi: string[]; en: string[] };
      }[];
      relations: { from: string; to: string; type: string }[];
      views: { id: string; title: { vi: string; en: string }; sources: string[] }[];
    };
    const states = pack.concepts.filter((c) => c.kind === 'state').map((c) => c.id);
    expect(states.sort()).toEqual([
      'created',
      'dead',
      'exited',
      'paused',
      'removing',
      'restarting',
      'running',
    ]);
    const figures = new Set(pack.views.flatMap((v) => v.sources).filter((s) => /^fig-\d+$/.test(s)));
    expect(figures.size).toBe(14);
    const ids = new Set(pack.concepts.map((c) => c.id));
    for (const id of [
      'docker-daemon',
      'rest-api',
      'docker-cli',
      'libnetwork',
      'cnm',
      'sandbox',
      'endpoint',
      'docker0',
      'veth-pair',
      'ipam',
    ]) {
      expect(ids).toContain(id);
    }
    expect(pack.relations.every((r) => ids.has(r.from) && ids.has(r.to))).toBe(true);
  });

  it('export cypher recreates the pack and graphml lists every node and edge', async () => {
    const json = JSON.parse((await run('graph', 'export')).out) as {
      concepts: unknown[];
      relations: unknown[];
    };
    const cypher = (await run('graph', 'export', '--format', 'cypher')).out;
    expect(cypher.match(/^MERGE \(n:Concept/gm)).toHaveLength(json.concepts.length);
    expect(cypher.match(/MERGE \(a\)-\[r:/g)).toHaveLength(json.relations.length);
    const graphml = (await run('graph', 'export', '--format', 'graphml')).out;
    expect(graphml.match(/<node /g)).toHaveLength(json.concepts.length);
    expect(graphml.match(/<edge /g)).toHaveLength(json.relations.length);
    expect((await run('graph', 'export', '--format', 'dot')).code).toBe(2);
  });

  it('load without NEO4J_URI explains what to set', async () => {
    const uri = process.env.NEO4J_URI;
    delete process.env.NEO4J_URI;
    try {
      const result = await run('graph', 'load');
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/set NEO4J_URI/);
    } finally {
      process.env.NEO4J_URI = uri;
    }
  });
});
