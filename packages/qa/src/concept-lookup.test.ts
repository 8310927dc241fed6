import { describe, expect, it } from 'vitest';
import { dockerStore } from './__tests__/docker-pack.ts';
import { findConcepts, resolveConcept } from './concept-lookup.ts';

describe('looking up concepts', () => {
  it('resolves an id as it is, typed text to the best match, and only what the filter accepts', async () => {
    const store = await dockerStore();
    expect((await resolveConcept(store, 'container'))?.id).toBe('container');
    expect((await resolveConcept(store, 'may ao'))?.id).toBe('virtual-machine');
    const state = (await resolveConcept(store, 'paused', (c) => c.kind === 'state'))?.id;
    expect(state).toBe('paused');
    expect(await resolveConcept(store, 'container', (c) => c.kind === 'state')).toBeNull();
  });

  it('lists concepts by English name when nothing is typed yet', async () => {
    const store = await dockerStore();
    const first = await findConcepts(store, '  ', 5);
    expect(first).toHaveLength(5);
    expect(first.map((c) => c.name.en)).toEqual(
      [...first.map((c) => c.name.en)].sort((a, b) => a.localeCompare(b)),
    );
  });
});
