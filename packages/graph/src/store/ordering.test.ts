import { describe, expect, it } from 'vitest';
import type { Concept, Path, Relation } from '../model/graph.ts';
import { comparePaths } from './ordering.ts';

const concept = (id: string) => ({ id }) as Concept;
const step = (from: string, to: string, type: Relation['type']) => ({
  relation: { key: `${from}>${type}>${to}`, from, to, type } as Relation,
  forward: true,
});
const path = (ids: string[], types: Relation['type'][]): Path => ({
  concepts: ids.map(concept),
  steps: types.map((t, i) => step(ids[i]!, ids[i + 1]!, t)),
});

describe('comparePaths', () => {
  it('prefers, among equally short paths, the one with fewer "is a" steps, then the smaller ids', () => {
    const viaKind = path(['dockerfile', 'application-container', 'container'], ['BUILT_FROM', 'IS_A']);
    const viaImage = path(['dockerfile', 'image', 'container'], ['BUILT_FROM', 'INSTANCE_OF']);
    const viaLayer = path(['dockerfile', 'layer', 'container'], ['BUILT_FROM', 'INSTANCE_OF']);
    expect([viaKind, viaLayer, viaImage].sort(comparePaths)).toEqual([viaImage, viaLayer, viaKind]);
  });
});
