import type { GraphStore } from '@study-graph/graph';
import { describe, expect, it } from 'vitest';
import { dockerStore } from './__tests__/docker-pack.ts';
import { createQa } from './qa.ts';

/** The store, counting the calls made to each of its reads. */
function counted(store: GraphStore): { store: GraphStore; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const proxy = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(key), (calls.get(String(key)) ?? 0) + 1);
        return value.apply(target, args);
      };
    },
  });
  return { store: proxy, calls };
}

describe('the concepts around a concept', () => {
  it("are its relations' other ends, by name in the learner's language, leaving the concept out", async () => {
    const store = await dockerStore();
    const qa = await createQa(store);
    const around = await qa.around('container', 'vi');
    const { concepts } = await store.neighbours('container', { depth: 1 });
    const others = concepts.map((c) => c.id).filter((id) => id !== 'container');
    expect(around.map((c) => c.id).sort()).toEqual(others.sort());
    expect(around.map((c) => c.id)).toContain('image');
    const names = around.map((c) => c.name.vi);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('cost no round trip once an answer read the same relations', async () => {
    const { store, calls } = counted(await dockerStore());
    const qa = await createQa(store);
    await qa.ask('Container là gì?');
    const before = new Map(calls);
    await qa.around('container', 'en');
    await qa.around('container', 'vi');
    expect(calls).toEqual(before);
  });
});
