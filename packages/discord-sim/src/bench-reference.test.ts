import { describe, expect, it } from 'vitest';
import { measureReferenceRoundTrip } from './bench-reference.ts';

describe('reference round trip', () => {
  it('measures a bot that replies "ok" at once', async () => {
    const stats = await measureReferenceRoundTrip(30, 5);
    expect(stats.n).toBe(30);
    expect(stats.median).toBeGreaterThan(0);
    expect(stats.p95).toBeGreaterThanOrEqual(stats.median);
    // Loopback + discord.js: a few ms. A generous bound so slow CI machines pass.
    expect(stats.median).toBeLessThan(100);
  });
});
