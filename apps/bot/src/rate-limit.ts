/** How many requests one person may make in a sliding window. */
export interface RateLimitOptions {
  /** Requests allowed per window (default 8). */
  max: number;
  /** Window length in ms (default 30 s). */
  windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { max: 8, windowMs: 30_000 };

/** The verdict for one request: allowed, or how long to wait. */
export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number; firstRefusal: boolean };

/**
 * A per-user sliding-window limiter, in memory (one bot process). Keeps the study channel usable
 * when someone holds down Enter, and the graph from being hammered.
 */
export class RateLimiter {
  readonly #hits = new Map<string, number[]>();
  readonly #warned = new Set<string>();

  constructor(
    private readonly options: RateLimitOptions = DEFAULT_RATE_LIMIT,
    private readonly now: () => number = () => performance.now(),
  ) {}

  take(key: string): RateDecision {
    const now = this.now();
    const recent = (this.#hits.get(key) ?? []).filter((t) => now - t < this.options.windowMs);
    if (recent.length >= this.options.max) {
      this.#hits.set(key, recent);
      // Said once per window: a polite reply, then silence instead of an argument.
      const firstRefusal = !this.#warned.has(key);
      this.#warned.add(key);
      return { ok: false, retryAfterMs: this.options.windowMs - (now - recent[0]!), firstRefusal };
    }
    recent.push(now);
    this.#hits.set(key, recent);
    this.#warned.delete(key);
    this.#sweep(now);
    return { ok: true };
  }

  /** Forgets people idle for a whole window, so the map does not grow forever. */
  #sweep(now: number): void {
    if (this.#hits.size < 1_000) return;
    for (const [key, times] of this.#hits) {
      if (times.every((t) => now - t >= this.options.windowMs)) {
        this.#hits.delete(key);
        this.#warned.delete(key);
      }
    }
  }
}
