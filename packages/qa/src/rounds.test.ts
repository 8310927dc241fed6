import { readFile } from 'node:fs/promises';
import type { GraphStore } from '@study-graph/graph';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dockerStore, QUESTION_SET } from './__tests__/docker-pack.ts';
import { createQa } from './qa.ts';

/**
 * The store, holding every read until the answering has nothing left to do but wait, then answering
 * all it holds at once: on a Neo4j across a network, each such round is one round trip waited for.
 */
function inRounds(store: GraphStore): { store: GraphStore; rounds: () => number } {
  let held: (() => void)[] = [];
  let rounds = 0;
  const answerHeld = () => {
    if (held.length === 0) return;
    rounds++;
    const now = held;
    held = [];
    for (const answer of now) answer();
  };
  const holding = new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        new Promise((resolve, reject) => {
          held.push(() => Promise.resolve(value.apply(target, args)).then(resolve, reject));
          setImmediate(answerHeld);
        });
    },
  });
  return { store: holding, rounds: () => rounds };
}

/** The most rounds of reads a first answer may wait for: paths and kinds are read a step at a time. */
const MAX_ROUNDS = 6;

describe('reads an answer waits for', () => {
  it('go out together when one does not need another: a few rounds per first answer, at most', async () => {
    const questions = (parse(await readFile(QUESTION_SET, 'utf8')) as { q: string }[]).map((c) => c.q);
    const { store, rounds } = inRounds(await dockerStore());
    const waited = [];
    for (const question of questions) {
      // Nothing read before: every read the answer needs is a round trip.
      const qa = await createQa(store);
      const before = rounds();
      await qa.ask(question);
      waited.push({ question, rounds: rounds() - before });
    }
    expect(waited.filter((w) => w.rounds > MAX_ROUNDS)).toEqual([]);
    // The holding store is the one asked: answers do read through it.
    expect(waited.some((w) => w.rounds > 1)).toBe(true);
  });
});
