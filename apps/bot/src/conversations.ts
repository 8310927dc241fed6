/**
 * The last question each learner asked in each channel, so that "còn paused thì sao?" can be read
 * as that question asked again about `paused`. Forgotten after a few minutes, and capped in size.
 */
export class Conversations {
  readonly #last = new Map<string, { question: string; at: number }>();

  constructor(
    private readonly ttlMs = 5 * 60_000,
    private readonly max = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The learner's previous question here, while it is recent. */
  previous(channelId: string, userId: string): string | undefined {
    const key = `${channelId}:${userId}`;
    const last = this.#last.get(key);
    if (last && this.now() - last.at <= this.ttlMs) return last.question;
    this.#last.delete(key);
    return undefined;
  }

  remember(channelId: string, userId: string, question: string): void {
    const key = `${channelId}:${userId}`;
    this.#last.delete(key); // Re-inserted last: the map's order is then oldest first.
    this.#last.set(key, { question, at: this.now() });
    if (this.#last.size > this.max) this.#last.delete(this.#last.keys().next().value!);
  }
}
