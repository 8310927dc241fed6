import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Concept, Graph, Relation } from '../model/graph.ts';
import { loadPack } from '../pack/load-pack.ts';
import { MemoryStore } from './memory-store.ts';
import { type GraphAdditions, OverlayStore } from './overlay-store.ts';
import { describeStoreContract } from './store-contract.ts';

const MINI = fileURLToPath(new URL('../__fixtures__/mini', import.meta.url));
const SOURCE = { id: 'community', section: { vi: 'Đóng góp của nhóm', en: 'From the study group' } };
const none: GraphAdditions = { source: SOURCE, concepts: [], relations: [], aliases: [], summaries: [] };

// With nothing added, an overlay is the graph it lies over.
describeStoreContract('OverlayStore with no additions', async () => {
  const graph = await loadPack(MINI);
  return { store: new OverlayStore(new MemoryStore(graph), none), graph };
});

describe('OverlayStore with a study group’s additions', () => {
  let graph: Graph;
  let base: MemoryStore;
  let store: OverlayStore;
  const compose: Concept = {
    id: 'community-compose',
    kind: 'tool',
    name: { vi: 'Docker Compose', en: 'Docker Compose' },
    aliases: { vi: [], en: [] },
    summary: { vi: 'Chạy nhiều container cùng lúc.', en: 'Runs several containers together.' },
    sources: [],
  };
  const uses: Relation = {
    key: 'community:1',
    from: 'community-compose',
    to: 'engine',
    type: 'USES',
    label: { vi: 'dùng', en: 'uses' },
    inverse: { vi: 'được dùng bởi', en: 'is used by' },
    sources: ['community'],
  };

  beforeAll(async () => {
    graph = await loadPack(MINI);
    base = new MemoryStore(graph);
    store = new OverlayStore(base, {
      source: SOURCE,
      concepts: [compose],
      relations: [uses],
      aliases: [{ conceptId: 'daemon', locale: 'vi', alias: 'trình nền dockerd' }],
      summaries: [{ conceptId: 'container', locale: 'en', summary: 'A running instance of an image.' }],
    });
  });

  it('adds a concept that cites the group, found by its name, listed in id order', async () => {
    expect(await store.getConcept('community-compose')).toEqual({ ...compose, sources: ['community'] });
    const ids = (await store.listConcepts()).map((c) => c.id);
    expect(ids).toEqual([...graph.concepts.map((c) => c.id), 'community-compose'].sort());
    expect((await store.listConcepts({ kind: 'tool' })).map((c) => c.id)).toContain('community-compose');
    expect((await store.searchConcepts('docker compose'))[0]).toMatchObject({
      concept: { id: 'community-compose' },
      score: 1,
    });
    expect(await store.sources(['terms', 'community'])).toEqual([
      graph.sources.find((s) => s.id === 'terms'),
      SOURCE,
    ]);
  });

  it('adds an alias in one language and corrects a summary in one, citing the group', async () => {
    const daemon = await store.getConcept('daemon');
    expect(daemon?.aliases.vi).toContain('trình nền dockerd');
    expect(daemon?.sources).toContain('community');
    expect((await store.searchConcepts('Trinh nen dockerd'))[0]).toMatchObject({
      concept: { id: 'daemon' },
      score: 1,
    });
    const container = await store.getConcept('container');
    const before = graph.concepts.find((c) => c.id === 'container')!;
    expect(container?.summary).toEqual({ vi: before.summary.vi, en: 'A running instance of an image.' });
    // The graph below is never written.
    expect(await base.getConcept('container')).toEqual(before);
  });

  it('joins an added concept to the graph: relations, neighbours both ways, paths both ways', async () => {
    expect((await store.relationsOf('engine')).map((r) => r.key)).toContain('community:1');
    const around = await store.neighbours('community-compose');
    expect(around.concepts.map((c) => c.id)).toEqual(['community-compose', 'engine']);
    expect(around.relations).toEqual([uses]);
    expect((await store.neighbours('engine')).concepts.map((c) => c.id)).toContain('community-compose');
    expect((await store.neighbours('community-compose', { depth: 2 })).concepts.map((c) => c.id)).toEqual([
      'community-compose',
      'engine',
    ]);
    const path = await store.shortestPath('community-compose', 'image');
    expect(path?.concepts.map((c) => c.id)).toEqual(['community-compose', 'engine', 'daemon', 'image']);
    expect(path?.steps[0]).toEqual({ relation: uses, forward: true });
    const back = await store.shortestPath('image', 'community-compose');
    expect(back?.concepts.map((c) => c.id)).toEqual(['image', 'daemon', 'engine', 'community-compose']);
    expect(back?.steps.at(-1)).toEqual({ relation: uses, forward: false });
    expect(await store.shortestPath('community-compose', 'island')).toBeNull();
  });

  it('has a version of its own, moved by the additions', async () => {
    const other = new OverlayStore(base, { ...none, concepts: [compose] });
    expect(await store.packVersion()).toMatch(/^[0-9a-f]{64}$/);
    expect(await store.packVersion()).not.toBe(await base.packVersion());
    expect(await store.packVersion()).not.toBe(await other.packVersion());
    expect((await store.stats()).concepts).toBe(graph.concepts.length + 1);
  });
});
