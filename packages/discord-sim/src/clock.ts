/**
 * The sim's sense of time for Discord's deadlines: the 3 s for an interaction's first response and the
 * 15 minutes an interaction token works. Tests that are about those deadlines pass a {@link ManualClock}
 * and move it on themselves, so no result depends on how fast or busy the machine is.
 */
export interface SimClock {
  /** Milliseconds on this clock (any origin; only differences count). */
  now(): number;
  /** Calls `fn` once `ms` have passed on this clock; returns a function that cancels the call. */
  after(ms: number, fn: () => void): () => void;
}

/** Real time: what Discord does, the benchmarks and the playground. */
export const systemClock: SimClock = {
  now: () => performance.now(),
  after(ms, fn) {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  },
};

interface Pending {
  at: number;
  fn: () => void;
}

/** A clock that stands still until {@link ManualClock.advance} moves it. */
export class ManualClock implements SimClock {
  private time = 0;
  private pending: Pending[] = [];

  now(): number {
    return this.time;
  }

  after(ms: number, fn: () => void): () => void {
    const entry: Pending = { at: this.time + ms, fn };
    this.pending.push(entry);
    return () => {
      this.pending = this.pending.filter((p) => p !== entry);
    };
  }

  /** Moves the clock on by `ms` and runs, in time order, every call that has come due. */
  advance(ms: number): void {
    this.time += ms;
    for (;;) {
      const due = this.pending.filter((p) => p.at <= this.time).sort((a, b) => a.at - b.at)[0];
      if (!due) return;
      this.pending = this.pending.filter((p) => p !== due);
      due.fn();
    }
  }
}
