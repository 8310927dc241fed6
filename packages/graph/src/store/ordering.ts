import type { Concept, Path, Relation } from '../model/graph.ts';
import { fold } from '../text/fold.ts';

/** The folded names and aliases a concept is found by. */
export function searchKeys(c: Pick<Concept, 'name' | 'aliases'>): string[] {
  return [...new Set([c.name.vi, c.name.en, ...c.aliases.vi, ...c.aliases.en].map(fold))].sort();
}

/**
 * How well a folded query matches a folded key: exact 1, prefix 0.8, start of a later word 0.6,
 * anywhere 0.4. The Neo4j store computes the same in Cypher (`SEARCH_CONCEPTS`).
 */
export function matchScore(key: string, q: string): number {
  if (key === q) return 1;
  if (key.startsWith(q)) return 0.8;
  if (key.includes(` ${q}`)) return 0.6;
  return key.includes(q) ? 0.4 : 0;
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const byId = (a: { id: string }, b: { id: string }) => compareStrings(a.id, b.id);
export const byKey = (a: Relation, b: Relation) => compareStrings(a.key, b.key);

/** "is a" steps: true, but they explain how two things work together less than any other edge. */
const taxonomySteps = (p: Path) => p.steps.filter((s) => s.relation.type === 'IS_A').length;

/**
 * Orders equally short paths: the fewest "is a" steps first (a path through what the things do
 * answers "how do they connect"), then step by step by the next concept's id and the edge's key.
 */
export function comparePaths(a: Path, b: Path): number {
  const taxonomy = taxonomySteps(a) - taxonomySteps(b);
  if (taxonomy !== 0) return taxonomy;
  for (let i = 0; i < a.steps.length && i < b.steps.length; i++) {
    const c =
      compareStrings(a.concepts[i + 1]!.id, b.concepts[i + 1]!.id) ||
      compareStrings(a.steps[i]!.relation.key, b.steps[i]!.relation.key);
    if (c !== 0) return c;
  }
  return a.steps.length - b.steps.length;
}

export const MAX_DEPTH = 2;
export const MAX_PATH = 8;

export function checkDepth(depth: number): number {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
    throw new RangeError(`depth must be 1 or ${MAX_DEPTH}, got ${depth}`);
  }
  return depth;
}
