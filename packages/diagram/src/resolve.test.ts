import { type Graph, MemoryStore } from '@study-graph/graph';
import { describe, expect, it } from 'vitest';
import { diagramOfSubgraph, resolveDiagram } from './resolve.ts';
import { concept, relation, syntheticGraph } from './testing/fixture.ts';

const store = new MemoryStore(syntheticGraph());

/** A hub with `n` spokes, each spoke with one leaf of its own. */
function star(n: number): MemoryStore {
  const base = syntheticGraph();
  const ids = Array.from({ length: n }, (_, i) => `spoke-${String(i).padStart(2, '0')}`);
  const graph: Graph = {
    ...base,
    concepts: [
      concept('hub', 'component', 'Trung tâm', 'Hub'),
      ...ids.map((id) => concept(id, 'object', `Nan ${id}`, `Spoke ${id}`)),
      ...ids.map((id) => concept(`${id}-leaf`, 'artifact', `Lá ${id}`, `Leaf ${id}`)),
    ],
    relations: [
      ...ids.map((id) => relation('hub', id, 'HAS_COMPONENT')),
      ...ids.map((id) => relation(id, `${id}-leaf`, 'MANAGES')),
    ],
    views: [],
  };
  return new MemoryStore(graph);
}

describe('resolveDiagram', () => {
  it('resolves a view in its own concept order, with its title and direction', async () => {
    const d = await resolveDiagram(store, { kind: 'view', viewId: 'engine-parts' });
    expect(d?.kind).toBe('view');
    expect(d?.title.en).toBe('Docker Engine components');
    expect(d?.direction).toBe('TB');
    expect(d?.subgraph.concepts.map((c) => c.id)).toEqual([
      'engine',
      'client',
      'rest-api',
      'daemon',
      'image',
      'container',
    ]);
    expect(d?.subgraph.relations).toHaveLength(8);
  });

  it('returns null for what the store does not have', async () => {
    expect(await resolveDiagram(store, { kind: 'view', viewId: 'nope' })).toBeNull();
    expect(await resolveDiagram(store, { kind: 'neighbourhood', conceptId: 'nope', depth: 1 })).toBeNull();
    expect(await resolveDiagram(store, { kind: 'path', from: 'engine', to: 'nope' })).toBeNull();
    expect(await resolveDiagram(store, { kind: 'comparison', a: 'engine', b: 'nope' })).toBeNull();
    expect(await resolveDiagram(store, { kind: 'comparison', a: 'engine', b: 'engine' })).toBeNull();
  });

  it('draws the lifecycle from the lifecycle view, with the commands to name transitions', async () => {
    const d = await resolveDiagram(store, { kind: 'lifecycle' });
    expect(d?.kind).toBe('lifecycle');
    expect(d?.style).toBe('lifecycle');
    expect(d?.viewId).toBe('states');
    expect(d?.subgraph.relations.every((r) => r.type === 'TRANSITION')).toBe(true);
    expect(d?.refs?.map((c) => c.id)).toEqual([
      'docker-pause',
      'docker-start',
      'docker-stop',
      'docker-unpause',
    ]);
  });

  it('draws the lifecycle from the transitions when the pack has no lifecycle view', async () => {
    const graph = syntheticGraph();
    const bare = new MemoryStore({ ...graph, views: graph.views.filter((v) => v.kind !== 'lifecycle') });
    const d = await resolveDiagram(bare, { kind: 'lifecycle' });
    expect(d?.subgraph.concepts.map((c) => c.id)).toEqual(['created', 'paused', 'running', 'stopped']);
    expect(d?.title.en).toBe('Container lifecycle');
  });

  it('draws a neighbourhood around its centre, highlighted', async () => {
    const d = await resolveDiagram(store, { kind: 'neighbourhood', conceptId: 'daemon', depth: 1 });
    expect(d?.subgraph.concepts[0]?.id).toBe('daemon');
    expect(d?.highlight).toEqual(['daemon']);
    expect(d?.subgraph.concepts.map((c) => c.id).sort()).toEqual([
      'container',
      'daemon',
      'engine',
      'image',
      'rest-api',
    ]);
    expect(d?.collapsed).toBeUndefined();
  });

  it('collapses a neighbourhood beyond the cap into "+N more", nearest kept first', async () => {
    const big = star(30);
    const d1 = await resolveDiagram(big, { kind: 'neighbourhood', conceptId: 'hub', depth: 1 });
    expect(d1?.subgraph.concepts).toHaveLength(23);
    expect(d1?.collapsed).toEqual([{ attachTo: 'hub', ids: expect.any(Array) }]);
    expect(d1?.collapsed?.[0]?.ids).toHaveLength(8);
    const d2 = await resolveDiagram(
      big,
      { kind: 'neighbourhood', conceptId: 'hub', depth: 2 },
      { maxNodes: 40 },
    );
    // all 30 spokes (depth 1) come before any leaf (depth 2)
    const kept = d2?.subgraph.concepts.map((c) => c.id) ?? [];
    expect(kept.filter((id) => id.startsWith('spoke') && !id.endsWith('leaf'))).toHaveLength(30);
    expect(kept).toHaveLength(39);
    expect(d2?.collapsed?.[0]?.ids).toHaveLength(61 - 39);
    const small = await resolveDiagram(star(3), { kind: 'neighbourhood', conceptId: 'hub', depth: 2 });
    expect(small?.subgraph.concepts).toHaveLength(7);
    expect(small?.collapsed).toBeUndefined();
  });

  it('draws a path in order, ranked, its ends highlighted', async () => {
    const d = await resolveDiagram(store, { kind: 'path', from: 'client', to: 'docker0' });
    const ids = d?.subgraph.concepts.map((c) => c.id) ?? [];
    expect(ids[0]).toBe('client');
    expect(ids[ids.length - 1]).toBe('docker0');
    expect(d?.subgraph.relations).toHaveLength(ids.length - 1);
    expect(d?.highlight).toEqual(['client', 'docker0']);
    expect(ids.map((id) => d?.rank?.[id])).toEqual(ids.map((_, i) => i));
  });

  it('titles a path "from … to …" only when its arrows lead that way', async () => {
    // daemon MANAGES image: onward one way, against the arrow the other.
    const there = await resolveDiagram(store, { kind: 'path', from: 'daemon', to: 'image' });
    const back = await resolveDiagram(store, { kind: 'path', from: 'image', to: 'daemon' });
    expect(there?.title.en).toMatch(/^From .* to /);
    expect(back?.title.en).toMatch(/^How .* and .* connect$/);
  });

  it('compares two concepts: each side in a group, shared neighbours in the middle', async () => {
    const d = await resolveDiagram(store, { kind: 'comparison', a: 'image', b: 'daemon' });
    expect(d?.groups?.map((g) => g.id)).toEqual(['a', 'shared', 'b']);
    expect(d?.groups?.[1]?.members).toEqual(['container']);
    expect(d?.groups?.[0]?.members).toEqual(['image', 'dockerfile']);
    expect(d?.groups?.[2]?.members).toEqual(['daemon', 'engine', 'rest-api']);
    expect(d?.rank).toMatchObject({ dockerfile: 0, image: 1, container: 2, daemon: 3, engine: 4 });
    expect(d?.title.vi).toBe('So sánh: Image (ảnh đóng gói) và Docker daemon (tiến trình nền dockerd)');
  });

  it('caps each side of a comparison', async () => {
    const d = await resolveDiagram(
      star(30),
      { kind: 'comparison', a: 'hub', b: 'spoke-00' },
      { maxPerSide: 5 },
    );
    expect(d?.groups?.[0]?.members).toHaveLength(5);
    expect(d?.collapsed?.[0]).toMatchObject({ attachTo: 'hub' });
    expect(d?.collapsed?.[0]?.ids).toHaveLength(25);
  });

  it('is deterministic', async () => {
    const spec = { kind: 'neighbourhood', conceptId: 'container', depth: 2 } as const;
    expect(JSON.stringify(await resolveDiagram(store, spec))).toBe(
      JSON.stringify(await resolveDiagram(store, spec)),
    );
  });

  it('wraps any subgraph, concepts sorted by id', () => {
    const d = diagramOfSubgraph(
      { concepts: [concept('b', 'tool', 'B', 'B'), concept('a', 'tool', 'A', 'A')], relations: [] },
      { title: { vi: 'T', en: 'T' } },
    );
    expect(d.subgraph.concepts.map((c) => c.id)).toEqual(['a', 'b']);
  });
});
