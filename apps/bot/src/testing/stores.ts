import type { GraphStore } from '@study-graph/graph';

/**
 * A store whose calls can be held (to see what the bot does while the graph is slow) or made to
 * fail (a bug in a handler), without timing anything.
 */
export class ControlledStore {
  readonly store: GraphStore;
  failWith: Error | undefined;
  closed = false;
  #held: (() => void)[] | undefined;
  /** Resolves when a call is first held (the bot is now waiting on the graph). */
  #onHeld: (() => void) | undefined;

  constructor(inner: GraphStore) {
    this.store = new Proxy(inner, {
      get: (target, key, receiver) => {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (key === 'close') {
          return async () => {
            this.closed = true;
            await target.close();
          };
        }
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          if (this.#held) {
            this.#onHeld?.();
            await new Promise<void>((resolve) => this.#held?.push(resolve));
          }
          if (this.failWith) throw this.failWith;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  }

  /** Holds every call from now on; resolves once the bot is waiting on one. */
  hold(): Promise<void> {
    this.#held = [];
    return new Promise((resolve) => {
      this.#onHeld = resolve;
    });
  }

  release(): void {
    const waiting = this.#held ?? [];
    this.#held = undefined;
    this.#onHeld = undefined;
    for (const go of waiting) go();
  }
}
