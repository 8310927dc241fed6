import type { DiagramSpec, Locale } from '@study-graph/graph';
import { type Spread, spread } from '@study-graph/measure';
import { Knowledge } from '../knowledge.ts';
import { dockerStore } from '../testing/test-bot.ts';

/** Answer diagrams with something picked out: lifecycle moves, paths, a concept's neighbourhood. */
const HIGHLIGHTED: [DiagramSpec, Locale][] = [
  [{ kind: 'lifecycle', from: 'paused', to: 'running' }, 'vi'],
  [{ kind: 'lifecycle', from: 'exited', to: 'running' }, 'en'],
  [{ kind: 'path', from: 'docker-engine', to: 'network-driver' }, 'vi'],
  [{ kind: 'neighbourhood', conceptId: 'container', depth: 1 }, 'en'],
];

/**
 * A highlighted answer diagram asked again: `Knowledge.draw` served from the bot's cache of
 * drawings, each drawn once first (that first drawing is timed too, as the reference).
 */
export async function benchDrawingCache(rounds = 200): Promise<{ drawn: Spread; cached: Spread }> {
  const knowledge = new Knowledge(await dockerStore(), { pollMs: 0, drawingThreads: 1 });
  try {
    const drawn: number[] = [];
    for (const [spec, locale] of HIGHLIGHTED) drawn.push(await timed(() => knowledge.draw(spec, locale)));
    const cached: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const [spec, locale] = HIGHLIGHTED[i % HIGHLIGHTED.length]!;
      cached.push(await timed(() => knowledge.draw(spec, locale)));
    }
    return { drawn: spread(drawn), cached: spread(cached) };
  } finally {
    await knowledge.close();
  }
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  if (!(await work())) throw new Error('a highlighted diagram was not drawn');
  return performance.now() - started;
}
