import { fileURLToPath } from 'node:url';
import { type Graph, loadPack, MemoryStore } from '@study-graph/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHOICES, type Quiz, QuizMaker } from './index.ts';

const DOCKER = fileURLToPath(new URL('../../../data/docker', import.meta.url));

/** A seeded generator, so each run asks the same questions. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 16_807) % 2_147_483_647;
    return s / 2_147_483_647;
  };
}

describe('quizzes from the graph', () => {
  let graph: Graph;
  let maker: QuizMaker;
  beforeAll(async () => {
    graph = await loadPack(DOCKER);
    maker = await QuizMaker.build(new MemoryStore(graph));
  });
  const many = (count: number, options: Parameters<QuizMaker['make']>[1] = {}) => {
    const random = seeded(42);
    return Array.from({ length: count }, (_, i) => maker.make(i % 2 ? 'en' : 'vi', { random, ...options })!);
  };
  const kindOf = (id: string) => graph.concepts.find((c) => c.id === id)?.kind;

  it('asks every kind of question, each with four different choices, exactly one of them right', () => {
    const quizzes = many(200);
    expect(new Set(quizzes.map((q) => q.key.kind))).toEqual(
      new Set(['command', 'state', 'member', 'relation', 'flow']),
    );
    for (const q of quizzes) {
      expect(new Set(q.choices.map((c) => c.id)).size).toBe(CHOICES);
      const right = q.choices.filter((c) => maker.check(q.key, c.id, 'en')!.correct);
      expect(right).toHaveLength(1);
    }
  });

  it('draws the wrong choices from concepts of the same kind as the right one', () => {
    for (const q of many(100)) {
      const right = q.choices.find((c) => maker.check(q.key, c.id, 'en')!.correct)!;
      if (q.key.kind === 'flow') continue; // the other steps of the flow, whatever their kind
      for (const c of q.choices) expect(kindOf(c.id)).toBe(kindOf(right.id));
    }
  });

  it('checks an answer against the graph: the command that takes a container from paused to running', () => {
    const key = { kind: 'command', from: 'paused', to: 'running' } as const;
    const right = maker.check(key, 'docker-unpause', 'vi')!;
    expect(right).toMatchObject({ correct: true, right: ['docker unpause'], diagram: { kind: 'lifecycle' } });
    expect(right.why[0]).toContain('`docker unpause`: **Paused (tạm dừng)** → **Running (đang chạy)**');
    expect(right.sources.length).toBeGreaterThan(0);
    expect(maker.check(key, 'docker-start', 'vi')!.correct).toBe(false);
    // A question the graph does not hold (a forged key) is no question.
    expect(maker.check({ kind: 'command', from: 'dead', to: 'paused' }, 'docker-start', 'vi')).toBeNull();
  });

  it('asks in the learner’s language, commands as written', () => {
    const vi = maker.make('vi', { topic: 'docker-pause', random: seeded(1) })!;
    const en = maker.make('en', { topic: 'docker-pause', random: seeded(1) })!;
    expect(vi.key).toEqual(en.key);
    expect(vi.question).not.toBe(en.question);
    expect([...vi.choices, ...en.choices].map((c) => c.label)).toContain('docker pause');
  });

  it('asks a question again by its key, with its choices drawn anew', () => {
    const first = maker.make('vi', { random: seeded(3) })!;
    const again = maker.again(first.key, 'en', seeded(9))!;
    expect(again.key).toEqual(first.key);
    expect(again.choices.filter((c) => maker.check(again.key, c.id, 'en')!.correct)).toHaveLength(1);
    expect(maker.again({ kind: 'member', category: 'no-such-kind' }, 'en')).toBeNull();
  });

  it('keeps to a topic: a concept, or a figure', () => {
    const about = (q: Quiz) => JSON.stringify(q.key);
    for (const q of many(20, { topic: 'libnetwork' })) {
      const answer = q.choices.find((c) => maker.check(q.key, c.id, 'en')!.correct)!;
      expect(`${about(q)} ${answer.id}`).toContain('libnetwork');
    }
    for (const q of many(20, { topic: 'outbound' }))
      expect(['flow', 'relation', 'member']).toContain(q.key.kind);
    expect(maker.make('en', { topic: 'no-such-thing' })).toBeNull();
  });
});
