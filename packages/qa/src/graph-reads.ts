/**
 * Reads that give the same answer until the graph changes, shared by every question: a concept's
 * relations, a path, a view, the lifecycle's moves (keyed by the graph's own ids, so they are few;
 * the passages found for a question's free text are not kept, each text is new). On Neo4j each is
 * a round trip; asked again, it is a lookup. The Qa makes a new one when the graph changes
 * (`refresh`), so nothing stale is read, and a failed read is never kept, so an outage is not either.
 */
export class GraphReads {
  readonly #entries = new Map<string, Promise<unknown>>();

  /**
   * At most this many answers are kept (a few MB); the least recently used go first, so memory stays
   * flat. The Docker pack needs a few hundred.
   */
  constructor(readonly capacity = 5_000) {}

  get<T>(key: string, read: () => Promise<T>): Promise<T> {
    const kept = this.#entries.get(key) as Promise<T> | undefined;
    if (kept) {
      // Most recently used last: the Map's order is the eviction order.
      this.#entries.delete(key);
      this.#entries.set(key, kept);
      return kept;
    }
    // Frozen, since every question shares it: sorting it in place would reorder it for the next.
    const reading = read().then(frozen);
    this.#entries.set(key, reading);
    reading.catch(() => {
      if (this.#entries.get(key) === reading) this.#entries.delete(key);
    });
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value!);
    return reading;
  }

  get size(): number {
    return this.#entries.size;
  }
}

/** The value frozen, with the arrays it holds (a subgraph's concepts and relations). */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) if (Array.isArray(inner)) Object.freeze(inner);
    Object.freeze(value);
  }
  return value;
}
