import { MemoryStore } from '@study-graph/graph';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../testing/fixture.ts';
import { createDrawingPool } from './drawing-pool.ts';
import { createRenderer } from './renderer.ts';

const store = new MemoryStore(syntheticGraph());

describe('drawing threads', () => {
  const pool = createDrawingPool({ threads: 2 });
  afterAll(() => pool.close());

  it('warm up every thread, then draw what this thread draws, byte for byte', async () => {
    await pool.warm();
    const spec = { kind: 'path', from: 'client', to: 'docker0' } as const;
    const [pooled, here] = await Promise.all([
      pool.drawSpec(store, spec, 'vi'),
      createRenderer().then((renderer) => renderer.drawSpec(store, spec, 'vi')),
    ]);
    expect(pooled?.svg).toBe(here?.svg);
    expect(Buffer.isBuffer(pooled?.png)).toBe(true);
    expect(pooled?.png.equals(here!.png)).toBe(true);
  });

  it('gives null for a spec that names nothing, without a thread', async () => {
    expect(
      await pool.drawSpec(store, { kind: 'neighbourhood', conceptId: 'nothing', depth: 1 }, 'en'),
    ).toBeNull();
  });
});
