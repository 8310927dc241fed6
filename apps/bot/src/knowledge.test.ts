import { StoreUnavailableError } from '@study-graph/graph';
import { describe, expect, it } from 'vitest';
import { type BreakerOptions, Knowledge } from './knowledge.ts';
import { dockerStore } from './testing/test-bot.ts';

/**
 * A Knowledge over the Docker store whose `getConcept` goes through `call` (which may read the real
 * one), with the given breaker; closed after `run`.
 */
async function withKnowledge(
  call: (read: () => Promise<unknown>) => Promise<unknown>,
  breaker: BreakerOptions,
  run: (knowledge: Knowledge) => Promise<void>,
): Promise<void> {
  const inner = await dockerStore();
  const store = new Proxy(inner, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (key !== 'getConcept' || typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        call(async () => (value as (...a: unknown[]) => unknown).apply(target, args));
    },
  });
  const knowledge = new Knowledge(store, { breaker, drawingThreads: 1, pollMs: 0 });
  try {
    await run(knowledge);
  } finally {
    await knowledge.close();
  }
}

describe('Knowledge, with the store failing', () => {
  it('leaves a failing store alone for a moment after outages in a row, then tries it again', async () => {
    let calls = 0;
    let down = true;
    const call = async (read: () => Promise<unknown>) => {
      calls++;
      if (down) throw new StoreUnavailableError('unavailable', 'connection refused');
      return read();
    };
    await withKnowledge(call, { failures: 2, openMs: 200 }, async (knowledge) => {
      for (let i = 0; i < 2; i++)
        await expect(knowledge.concept('image')).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(calls).toBe(2);
      // Open: answered "unavailable" at once, the store not asked.
      await expect(knowledge.concept('image')).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(calls).toBe(2);
      down = false;
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect((await knowledge.concept('image'))?.id).toBe('image');
      expect(calls).toBe(3);
    });
  });

  it('takes no notice of a failure of a call started before a success: the store answers now', async () => {
    const hung: Array<(error: Error) => void> = [];
    let calls = 0;
    let hang = true;
    const call = async (read: () => Promise<unknown>) => {
      calls++;
      if (hang) return new Promise((_, reject) => hung.push(reject));
      return read();
    };
    await withKnowledge(call, { failures: 1, openMs: 60_000 }, async (knowledge) => {
      const old = knowledge.concept('image');
      hang = false;
      expect((await knowledge.concept('image'))?.id).toBe('image');
      hung[0]!(new StoreUnavailableError('terminated', 'the hung transaction was ended'));
      await expect(old).rejects.toBeInstanceOf(StoreUnavailableError);
      expect((await knowledge.concept('container'))?.id).toBe('container');
      expect(calls).toBe(3);
    });
  });
});
