import { describe, expect, it } from 'vitest';
import type { Graph } from '../model/graph.ts';
import type { GraphStore } from './port.ts';

/**
 * The behaviour every GraphStore must have, run against each implementation over the `mini`
 * fixture pack. `open` is called once per suite.
 */
export function describeStoreContract(
  name: string,
  open: () => Promise<{ store: GraphStore; graph: Graph }>,
): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    let graph: Graph;
    const ids = (items: { id: string }[]) => items.map((i) => i.id);

    it('opens over the fixture pack', async () => {
      ({ store, graph } = await open());
      expect(graph.concepts.length).toBeGreaterThan(0);
    });

    it('has a version for the loaded pack, the same on every read', async () => {
      const version = await store.packVersion();
      expect(version).toMatch(/^[0-9a-f]{64}$/);
      expect(await store.packVersion()).toBe(version);
    });

    it('gets a concept with both languages and its sources', async () => {
      const c = await store.getConcept('container');
      expect(c).toEqual(graph.concepts.find((x) => x.id === 'container'));
      expect(c?.sources).toEqual(['terms', 'fig-1']);
      expect(await store.getConcept('no-such-thing')).toBeNull();
    });

    it('lists concepts in id order, optionally by kind', async () => {
      expect(ids(await store.listConcepts())).toEqual(ids(graph.concepts));
      expect(ids(await store.listConcepts({ kind: 'state' }))).toEqual(['created', 'paused', 'running']);
    });

    it('searches names and aliases without case or diacritics', async () => {
      const [exact] = await store.searchConcepts('CONG TE NO');
      expect(exact).toMatchObject({ concept: { id: 'container' }, score: 1 });
      const prefix = await store.searchConcepts('dock');
      expect(ids(prefix.map((h) => h.concept))).toEqual([
        'daemon',
        'docker-create',
        'docker-pause',
        'docker-start',
        'docker-unpause',
        'engine',
      ]);
      expect(prefix.every((h) => h.score === 0.8)).toBe(true);
      const word = await store.searchConcepts('máy');
      expect(word[0]).toMatchObject({ concept: { id: 'engine' }, score: 0.6 });
      expect(await store.searchConcepts('   ')).toEqual([]);
      expect(await store.searchConcepts('zzz')).toEqual([]);
      expect(await store.searchConcepts('dock', 2)).toHaveLength(2);
    });

    it('lists the notes’ passages and finds them by their words, diacritics and case aside', async () => {
      expect(ids(await store.listPassages())).toEqual(['image-template', 'pause-freezes']);
      const hits = await store.searchPassages('ĐÓNG BĂNG tien trinh');
      expect(hits.map((h) => h.passage.id)).toEqual(['pause-freezes']);
      expect(hits[0]?.passage).toEqual(graph.passages.find((p) => p.id === 'pause-freezes'));
      const english = await store.searchPassages('which template creates containers?');
      expect(english[0]?.passage.id).toBe('image-template');
      expect(english[0]!.score).toBeGreaterThan(0);
      // Words a full-text engine would read as syntax are only words here.
      expect(await store.searchPassages('image:* OR "template" AND~2 (container)^3')).not.toEqual([]);
      expect(await store.searchPassages('   ?! ')).toEqual([]);
      expect(await store.searchPassages('zzz')).toEqual([]);
      expect(await store.searchPassages('container', 1)).toHaveLength(1);
    });

    it('returns neighbours at depth 1 and 2 with the relations among them', async () => {
      const one = await store.neighbours('daemon');
      expect(ids(one.concepts)).toEqual(['container', 'daemon', 'engine', 'image']);
      expect(one.relations.map((r) => r.key)).toEqual([
        'container>INSTANCE_OF>image',
        'daemon>MANAGES>container',
        'daemon>MANAGES>image',
        'engine>HAS_COMPONENT>daemon',
      ]);
      const two = await store.neighbours('engine', { depth: 2 });
      expect(ids(two.concepts)).toEqual(['container', 'daemon', 'engine', 'image']);
      const typed = await store.neighbours('daemon', { types: ['MANAGES'] });
      expect(ids(typed.concepts)).toEqual(['container', 'daemon', 'image']);
      expect(typed.relations.every((r) => r.type === 'MANAGES')).toBe(true);
      expect(await store.neighbours('island')).toEqual({
        concepts: [graph.concepts.find((c) => c.id === 'island')],
        relations: [],
      });
      await expect(store.neighbours('daemon', { depth: 3 })).rejects.toThrow(RangeError);
    });

    it('lists the relations of a concept', async () => {
      const rels = await store.relationsOf('running');
      expect(rels.map((r) => r.key)).toEqual([
        'created>TRANSITION>running:docker-start',
        'paused>TRANSITION>running:docker-unpause',
        'running>TRANSITION>paused:docker-pause',
        'running>TRANSITION>running:restart',
      ]);
      expect(rels[3]?.note).toEqual({ vi: 'chính sách khởi động lại', en: 'restart policy' });
      expect(rels[1]?.reason?.en).toBe('The processes were only frozen, still in memory.');
      expect(rels[0]?.reason).toBeUndefined();
      expect((await store.relationsOf('daemon', ['HAS_COMPONENT'])).map((r) => r.from)).toEqual(['engine']);
    });

    it('reads each relation type as most of its relations do', async () => {
      const readings = await store.relationReadings();
      expect(readings.map((r) => r.type)).toEqual([...new Set(graph.relations.map((r) => r.type))].sort());
      const manages = readings.find((r) => r.type === 'MANAGES');
      const sample = graph.relations.find((r) => r.type === 'MANAGES')!;
      expect(manages).toEqual({ type: 'MANAGES', label: sample.label, inverse: sample.inverse });
    });

    it('finds the shortest path, walking edges either way', async () => {
      const path = await store.shortestPath('engine', 'image');
      expect(path && ids(path.concepts)).toEqual(['engine', 'daemon', 'image']);
      expect(path?.steps.map((s) => [s.relation.type, s.forward])).toEqual([
        ['HAS_COMPONENT', true],
        ['MANAGES', true],
      ]);
      const back = await store.shortestPath('image', 'engine');
      expect(back?.steps.map((s) => s.forward)).toEqual([false, false]);
      expect(await store.shortestPath('engine', 'island')).toBeNull();
      expect(await store.shortestPath('engine', 'nowhere')).toBeNull();
      expect((await store.shortestPath('engine', 'engine'))?.steps).toEqual([]);
    });

    it('picks the same path among equally short ones', async () => {
      // container -> image is direct; daemon -> container/image has two routes of length 2 via each.
      const path = await store.shortestPath('engine', 'container');
      expect(path && ids(path.concepts)).toEqual(['engine', 'daemon', 'container']);
    });

    it('filters state transitions by from, to and command', async () => {
      const all = await store.transitions();
      expect(all.map((r) => r.key)).toEqual(
        graph.relations.filter((r) => r.type === 'TRANSITION').map((r) => r.key),
      );
      expect((await store.transitions({ from: 'paused', to: 'running' })).map((r) => r.command)).toEqual([
        'docker-unpause',
      ]);
      expect(
        (await store.transitions({ command: 'docker-pause' })).map((r) => [r.from, r.to, r.event]),
      ).toEqual([['running', 'paused', 'pause']]);
      expect(await store.transitions({ from: 'created', to: 'paused' })).toEqual([]);
    });

    it("returns a view's concepts in the view's order and only its relation types", async () => {
      expect(ids(await store.listViews())).toEqual(['engine-parts', 'states']);
      const states = await store.view('states');
      expect(states?.view.title.en).toBe('States');
      expect(ids(states?.concepts ?? [])).toEqual(['created', 'running', 'paused']);
      expect(states?.relations.every((r) => r.type === 'TRANSITION')).toBe(true);
      expect(states?.relations).toHaveLength(4);
      const parts = await store.view('engine-parts');
      expect(parts?.relations).toHaveLength(4);
      expect(await store.view('nope')).toBeNull();
    });

    it('resolves sources in the order asked', async () => {
      expect((await store.sources(['fig-1', 'terms', 'missing'])).map((s) => [s.id, s.figure])).toEqual([
        ['fig-1', 1],
        ['terms', undefined],
      ]);
    });

    it('answers a round trip', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('counts the pack', async () => {
      expect(await store.stats()).toEqual({
        concepts: 12,
        relations: 9,
        views: 2,
        sources: 2,
        passages: 2,
        byKind: { artifact: 1, command: 4, component: 2, object: 2, state: 3 },
        byRelationType: { HAS_COMPONENT: 1, INSTANCE_OF: 1, MANAGES: 2, RESULTS_IN: 1, TRANSITION: 4 },
      });
    });
  });
}
