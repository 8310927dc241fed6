import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { neo4jTestConfig } from '@study-graph/neo4j-local/testing';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../model/graph.ts';
import { loadPack } from '../pack/load-pack.ts';
import { createDriver, Neo4jStore } from '../store/neo4j-store.ts';
import { CommunityDataError, syncPack } from './sync-pack.ts';

const MINI = fileURLToPath(new URL('../__fixtures__/mini', import.meta.url));

describe('syncPack', () => {
  let driver: Driver;
  let base: Graph;
  const packs: string[] = [];
  const fresh = (): Graph => {
    const id = `sync-${randomUUID().slice(0, 8)}`;
    packs.push(id);
    return { ...base, pack: { ...base.pack, id } };
  };
  const count = async (query: string, params: Record<string, unknown>) =>
    (await driver.executeQuery(query, params)).records[0]!.get(0) as number;

  beforeAll(async () => {
    base = await loadPack(MINI);
    driver = createDriver(neo4jTestConfig());
  });

  afterAll(async () => {
    await driver.executeQuery('MATCH (n) WHERE n.pack IN $packs OR n.testRun IN $packs DETACH DELETE n', {
      packs,
    });
    await driver.close();
  });

  it('creates everything the first time and writes nothing the second time', async () => {
    const graph = fresh();
    const first = await syncPack(driver, graph);
    expect(first.created).toEqual({ concepts: 12, relations: 9, views: 2, sources: 2, passages: 2 });
    expect(first.writes).toBeGreaterThan(0);
    const nodes = await count('MATCH (n {pack: $pack}) RETURN count(n)', { pack: graph.pack.id });
    const second = await syncPack(driver, graph);
    expect(second).toMatchObject({
      writes: 0,
      created: { concepts: 0, relations: 0, views: 0, sources: 0, passages: 0 },
      updated: { concepts: 0, relations: 0, views: 0, sources: 0, passages: 0 },
      deleted: { concepts: 0, relations: 0, views: 0, sources: 0, passages: 0 },
    });
    expect(await count('MATCH (n {pack: $pack}) RETURN count(n)', { pack: graph.pack.id })).toBe(nodes);
    expect(
      await count('MATCH (:View {pack: $pack})-[s:SHOWS]->() RETURN count(s)', { pack: graph.pack.id }),
    ).toBe(7);
    expect(
      await count('MATCH (:Passage {pack: $pack})-[d:DESCRIBES]->(:Concept) RETURN count(d)', {
        pack: graph.pack.id,
      }),
    ).toBe(4);
  });

  it('updates what changed and removes what the pack no longer has', async () => {
    const graph = fresh();
    await syncPack(driver, graph);
    const version = await new Neo4jStore(driver, { pack: graph.pack.id }).packVersion();
    const edited: Graph = {
      ...graph,
      concepts: graph.concepts
        .filter((c) => c.id !== 'island')
        .map((c) => (c.id === 'image' ? { ...c, summary: { vi: 'Mẫu mới.', en: 'A new template.' } } : c)),
      relations: graph.relations.filter((r) => r.type !== 'INSTANCE_OF'),
      passages: graph.passages
        .filter((p) => p.id !== 'image-template')
        .map((p) => ({ ...p, text: { ...p.text, en: 'Pausing freezes the processes.' } })),
    };
    const report = await syncPack(driver, edited);
    expect(report.created).toEqual({ concepts: 0, relations: 0, views: 0, sources: 0, passages: 0 });
    expect(report.updated).toEqual({ concepts: 1, relations: 0, views: 0, sources: 0, passages: 1 });
    expect(report.deleted).toEqual({ concepts: 1, relations: 1, views: 0, sources: 0, passages: 1 });
    const store = new Neo4jStore(driver, { pack: graph.pack.id });
    expect((await store.getConcept('image'))?.summary.en).toBe('A new template.');
    expect(await store.getConcept('island')).toBeNull();
    expect(await store.relationsOf('container', ['INSTANCE_OF'])).toEqual([]);
    expect((await store.searchPassages('freezes')).map((h) => h.passage.text.en)).toEqual([
      'Pausing freezes the processes.',
    ]);
    expect(await store.searchPassages('template')).toEqual([]);
    // The version running bots poll moves with the content, and only with it.
    const changed = await store.packVersion();
    expect(changed).toMatch(/^[0-9a-f]{64}$/);
    expect(changed).not.toBe(version);
    expect((await syncPack(driver, edited)).writes).toBe(0);
    expect(await store.packVersion()).toBe(changed);
  });

  it('never touches nodes that do not come from the pack', async () => {
    const graph = fresh();
    const testRun = graph.pack.id;
    await syncPack(driver, graph);
    // What people add through the bot: their own labels, pointing at pack concepts; and a look-alike.
    await driver.executeQuery(
      `MATCH (c:Concept {pack: $pack, id: 'container'})
       CREATE (:QuizProgress {testRun: $testRun, user: 'u1'})-[:ANSWERED {testRun: $testRun}]->(c)
       CREATE (:Concept {testRun: $testRun, id: 'island', note: 'suggested by a learner'})`,
      { pack: graph.pack.id, testRun },
    );
    const withoutIsland = { ...graph, concepts: graph.concepts.filter((c) => c.id !== 'island') };
    await syncPack(driver, withoutIsland);
    await syncPack(driver, { ...withoutIsland, relations: [], views: [] });
    expect(
      await count(
        'MATCH (q:QuizProgress {testRun: $testRun})-[:ANSWERED]->(:Concept {id: "container"}) RETURN count(q)',
        { testRun },
      ),
    ).toBe(1);
    expect(
      await count("MATCH (c:Concept {testRun: $testRun, id: 'island'}) RETURN count(c)", { testRun }),
    ).toBe(1);
  });

  it('writes only the properties it owns: what others set on a pack node or edge stays', async () => {
    const graph = fresh();
    const pack = graph.pack.id;
    await syncPack(driver, graph);
    const command = graph.concepts.find((c) => c.syntax !== undefined)!;
    const edge = graph.relations[0]!;
    await driver.executeQuery(
      `MATCH (c:Concept {pack: $pack, id: $id}) SET c.learnerNote = 'hay hỏi trong nhóm'
       WITH c MATCH (:Concept {pack: $pack})-[r {key: $key}]->() SET r.votes = 3`,
      { pack, id: command.id, key: edge.key },
    );
    // The pack changes both, and drops a property the sync wrote before (the command's syntax).
    const edited: Graph = {
      ...graph,
      concepts: graph.concepts.map((c) => {
        if (c.id !== command.id) return c;
        const { syntax: _dropped, ...rest } = c;
        return { ...rest, summary: { vi: 'Tạo container mới.', en: 'Creates a container.' } };
      }),
      relations: graph.relations.map((r) =>
        r.key === edge.key ? { ...r, label: { vi: 'nhãn mới', en: 'a new label' } } : r,
      ),
    };
    const report = await syncPack(driver, edited);
    expect(report.updated).toMatchObject({ concepts: 1, relations: 1 });
    const node = await driver.executeQuery(
      'MATCH (c:Concept {pack: $pack, id: $id}) RETURN c.learnerNote AS note, c.syntax AS syntax, c.summaryEn AS summary',
      { pack, id: command.id },
    );
    expect(node.records[0]?.toObject()).toEqual({
      note: 'hay hỏi trong nhóm',
      syntax: null,
      summary: 'Creates a container.',
    });
    const rel = await driver.executeQuery(
      'MATCH (:Concept {pack: $pack})-[r {key: $key}]->() RETURN r.votes AS votes, r.labelEn AS label',
      { pack, key: edge.key },
    );
    expect(rel.records[0]?.toObject()).toEqual({ votes: 3, label: 'a new label' });
  });

  it('keeps people’s links through a rename, refuses to delete what they link to, and prunes when told', async () => {
    const graph = fresh();
    const pack = graph.pack.id;
    const testRun = pack;
    await syncPack(driver, graph);
    await driver.executeQuery(
      `MATCH (c:Concept {pack: $pack, id: 'image'}), (i:Concept {pack: $pack, id: 'island'})
       CREATE (:QuizProgress {testRun: $testRun})-[:ANSWERED {testRun: $testRun}]->(c)
       CREATE (:Note {testRun: $testRun})-[:ABOUT {testRun: $testRun}]->(i)`,
      { pack, testRun },
    );
    const links = (id: string) =>
      count('MATCH (:Concept {pack: $pack, id: $id})<-[r]-(o) WHERE o.testRun = $testRun RETURN count(r)', {
        pack,
        id,
        testRun,
      });

    const renamed: Graph = {
      ...graph,
      concepts: graph.concepts.map((c) => (c.id === 'image' ? { ...c, id: 'docker-image' } : c)),
      relations: graph.relations.map((r) => ({
        ...r,
        key: r.key.replaceAll('image>', 'docker-image>').replace(/>image$/, '>docker-image'),
        from: r.from === 'image' ? 'docker-image' : r.from,
        to: r.to === 'image' ? 'docker-image' : r.to,
      })),
      views: graph.views.map((v) => ({
        ...v,
        concepts: v.concepts.map((id) => (id === 'image' ? 'docker-image' : id)),
      })),
      passages: graph.passages.map((p) => ({
        ...p,
        about: p.about.map((id) => (id === 'image' ? 'docker-image' : id)),
      })),
      renames: [{ from: 'image', to: 'docker-image' }],
    };
    const report = await syncPack(driver, renamed);
    expect(report).toMatchObject({ renamed: 1, community: { moved: 1, deleted: 0 } });
    expect(await links('docker-image')).toBe(1);
    expect(await count('MATCH (c:Concept {pack: $pack, id: "image"}) RETURN count(c)', { pack })).toBe(0);

    const withoutIsland: Graph = { ...renamed, concepts: renamed.concepts.filter((c) => c.id !== 'island') };
    const refused = await syncPack(driver, withoutIsland).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CommunityDataError);
    expect(String(refused)).toContain('"island" (1 ABOUT)');
    expect(await links('island')).toBe(1);

    const pruned = await syncPack(driver, withoutIsland, { pruneCommunity: true });
    expect(pruned).toMatchObject({ deleted: { concepts: 1 }, community: { moved: 0, deleted: 1 } });
    expect(await count('MATCH (n:Note {testRun: $testRun}) RETURN count(n)', { testRun })).toBe(1);
  });

  it('creates the uniqueness constraints it relies on', async () => {
    await syncPack(driver, fresh());
    const names = (
      await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names')
    ).records[0]!.get('names');
    expect(names).toEqual(
      expect.arrayContaining(['concept_pack_id', 'view_pack_id', 'source_pack_id', 'passage_pack_id']),
    );
    const [fulltext] = (
      await driver.executeQuery(
        "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'passage_text' RETURN options",
      )
    ).records;
    expect(fulltext?.get('options').indexConfig['fulltext.analyzer']).toBe('standard-folding');
  });
});
