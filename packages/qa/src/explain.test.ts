import type { MemoryStore } from '@study-graph/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import { dockerStore } from './__tests__/docker-pack.ts';
import { createQa, type Qa } from './qa.ts';

describe('qa.explain: requests by ids', () => {
  let store: MemoryStore;
  let qa: Qa;
  beforeAll(async () => {
    store = await dockerStore();
    qa = await createQa(store);
  });

  it('a concept: its definition in the language asked, whatever its name looks like', async () => {
    // "Container lifecycle" typed as a question would read as a request for the states.
    const lifecycle = (await store.getConcept('container-lifecycle'))!;
    const a = await qa.explain({ kind: 'concept', id: lifecycle.id }, { locale: 'vi' });
    expect(a).toMatchObject({
      intent: 'definition',
      locale: 'vi',
      found: true,
      concepts: [{ id: lifecycle.id }],
    });
    expect(a.answer).toContain(lifecycle.summary.vi);
  });

  it('related: the concept and what it connects to, with its neighbourhood', async () => {
    const a = await qa.explain({ kind: 'related', id: 'docker-daemon' }, { locale: 'en' });
    expect(a.diagram).toEqual({ kind: 'neighbourhood', conceptId: 'docker-daemon', depth: 1 });
    expect(a.answer).toContain('manages');
  });

  it('a relation, a view, a neighbourhood', async () => {
    expect(
      (await qa.explain({ kind: 'relation', from: 'image', to: 'container' }, { locale: 'en' })).diagram,
    ).toEqual({
      kind: 'path',
      from: 'image',
      to: 'container',
    });
    expect((await qa.explain({ kind: 'view', id: 'cnm' }, { locale: 'vi' })).diagram).toEqual({
      kind: 'view',
      viewId: 'cnm',
    });
    expect(
      (await qa.explain({ kind: 'neighbourhood', id: 'docker0', depth: 2 }, { locale: 'en' })).diagram,
    ).toEqual({
      kind: 'neighbourhood',
      conceptId: 'docker0',
      depth: 2,
    });
  });

  it('the lifecycle: all states, from a state, to a state, between two', async () => {
    const all = await qa.explain({ kind: 'lifecycle' }, { locale: 'en' });
    expect(all.concepts).toHaveLength(7);
    const between = await qa.explain({ kind: 'lifecycle', from: 'paused', to: 'running' }, { locale: 'vi' });
    expect(between.answer.split('\n')[0]).toContain('docker unpause');
    expect((await qa.explain({ kind: 'lifecycle', to: 'paused' }, { locale: 'en' })).answer).toContain(
      'docker pause',
    );
    // The diagram picks out the moves asked about.
    expect(between.diagram).toEqual({ kind: 'lifecycle', from: 'paused', to: 'running' });
    expect(all.diagram).toEqual({ kind: 'lifecycle' });
  });

  it('unknown ids get found: false, not an exception', async () => {
    expect(await qa.explain({ kind: 'concept', id: 'nope' }, { locale: 'en' })).toMatchObject({
      found: false,
      intent: 'unknown',
    });
    expect((await qa.explain({ kind: 'lifecycle', from: 'container' }, { locale: 'en' })).found).toBe(false);
  });
});
