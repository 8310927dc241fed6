/** Thrown by {@link WorkQueue.run} when too much work is already waiting: the bot says it is busy. */
export class QueueFullError extends Error {
  constructor(waiting: number) {
    super(`${waiting} answers are already waiting`);
    this.name = 'QueueFullError';
  }
}

export interface WorkQueueOptions {
  /** Jobs running at once (default 8): answers mostly wait on Neo4j or on the drawing threads. */
  concurrency?: number;
  /** Jobs waiting at most (default 1,000); past that, new work is refused at once. */
  maxWaiting?: number;
}

/**
 * Answer work, a few jobs at a time, taken in turn from each server and, within a server, from each
 * learner: one busy server, or one learner asking fifty questions, cannot make the others wait behind
 * them. Bounded: a burst beyond `maxWaiting` is refused rather than answered minutes late.
 */
export class WorkQueue {
  readonly #concurrency: number;
  readonly #maxWaiting: number;
  #running = 0;
  #waiting = 0;
  /** Recent job time, in ms (moving average): how long a place in the queue is worth; unknown at first. */
  #jobMs: number | undefined;
  /** Waiting starts by server, then by user; the Maps' insertion order is the turn order. */
  readonly #servers = new Map<string, Map<string, (() => void)[]>>();

  constructor(options: WorkQueueOptions = {}) {
    this.#concurrency = options.concurrency ?? 8;
    this.#maxWaiting = options.maxWaiting ?? 1_000;
  }

  /** Whether new work would have to wait: then an interaction is acknowledged before it waits. */
  get busy(): boolean {
    return this.#running >= this.#concurrency;
  }

  /** How long new work would wait for a slot, from the jobs' recent times (before any, long). */
  get expectedWaitMs(): number {
    if (!this.busy) return 0;
    if (this.#jobMs === undefined) return Number.POSITIVE_INFINITY;
    return Math.ceil((this.#waiting + 1) / this.#concurrency) * this.#jobMs;
  }

  /** Whether new work would be refused: then a learner is told at once, privately. */
  get full(): boolean {
    return this.busy && this.#waiting >= this.#maxWaiting;
  }

  /** Runs `job` when its turn comes; rejects with {@link QueueFullError} when too much is waiting. */
  async run<T>(server: string, user: string, job: () => Promise<T>): Promise<T> {
    if (this.busy) {
      if (this.full) throw new QueueFullError(this.#waiting);
      await new Promise<void>((start) => this.#enqueue(server, user, start));
    } else {
      this.#running++;
    }
    const started = performance.now();
    try {
      return await job();
    } finally {
      const ms = performance.now() - started;
      this.#jobMs = this.#jobMs === undefined ? ms : 0.8 * this.#jobMs + 0.2 * ms;
      this.#startNext();
    }
  }

  #enqueue(server: string, user: string, start: () => void): void {
    this.#waiting++;
    const users = this.#servers.get(server) ?? new Map<string, (() => void)[]>();
    this.#servers.set(server, users);
    const starts = users.get(user);
    if (starts) starts.push(start);
    else users.set(user, [start]);
  }

  /** Hands the freed slot to the next server's next user, then sends both to the back of the turn. */
  #startNext(): void {
    const [server, users] = this.#servers.entries().next().value ?? [];
    if (server === undefined || users === undefined) {
      this.#running--;
      return;
    }
    const [user, starts] = users.entries().next().value!;
    const start = starts.shift()!;
    users.delete(user);
    if (starts.length > 0) users.set(user, starts);
    this.#servers.delete(server);
    if (users.size > 0) this.#servers.set(server, users);
    this.#waiting--;
    start();
  }
}
