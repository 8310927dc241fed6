import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.ts';

describe('RateLimiter', () => {
  it('allows max per window per user, says when to come back, warns once per window', () => {
    let now = 0;
    const limiter = new RateLimiter({ max: 2, windowMs: 10_000 }, () => now);
    expect(limiter.take('a')).toEqual({ ok: true });
    now = 4_000;
    expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('b')).toEqual({ ok: true });
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterMs: 6_000, firstRefusal: true });
    expect(limiter.take('a')).toMatchObject({ ok: false, firstRefusal: false });
    now = 10_000;
    expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('a')).toMatchObject({ ok: false, firstRefusal: true, retryAfterMs: 4_000 });
  });
});
