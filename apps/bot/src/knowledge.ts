import { createDrawingPool, type DrawingPool } from '@study-graph/diagram';
import {
  type Concept,
  type DiagramSpec,
  fold,
  type GraphStore,
  type Locale,
  type RelationReading,
  type Source,
  type StoreFailure,
  StoreUnavailableError,
  type View,
} from '@study-graph/graph';
import {
  type Answer,
  type AskOptions,
  byName,
  createQa,
  type ExplainRequest,
  findConcepts,
  type Qa,
  resolveConcept,
} from '@study-graph/qa';
import { QuizMaker } from '@study-graph/quiz';

/** A diagram ready to attach: only what a reply needs from a drawing. */
export interface DrawnImage {
  title: string;
  png: Buffer;
  width: number;
  height: number;
}

export interface KnowledgeOptions {
  /** Longest wait for one store operation before calling the knowledge base unavailable (default 2,500 ms). */
  timeoutMs?: number;
  /** Drawings kept, by spec and locale (default 64; 0 turns the cache off). */
  diagramCacheSize?: number;
  /** How long a drawing is reused, so a re-synced graph shows within minutes (default 10 min). */
  diagramCacheTtlMs?: number;
  /** Threads drawing diagrams off the event loop (default: the cores there are, less one). */
  drawingThreads?: number;
  /** Outages in a row that open the breaker (default 3), and how long it stays open (default 0.5 s). */
  breaker?: BreakerOptions;
  /**
   * How often the graph's version is read, so that after `pnpm graph load` answers and drawings come
   * from the new graph within seconds, without a restart (default 5 s; 0 never reads it).
   */
  pollMs?: number;
  /** Called after the graph changed and was read again. */
  onReload?: () => void;
  /** Called with the kind of each store failure (an outage, a timeout, ...), for the metrics. */
  onStoreFailure?: (reason: StoreFailure) => void;
}

/** Longest wait for a drawing: its store reads, a drawing thread to start, and the rendering. */
const DRAW_TIMEOUT_MS = 15_000;

/** Lists that autocomplete reads on every keystroke; they change only when the pack is re-synced. */
const LIST_TTL_MS = 60_000;

/**
 * The bot's single door to the graph, `qa` and the renderer. It adds what a chat frontend needs
 * around them: a time limit on every call, one error type for "unavailable", a cache of drawings,
 * and `qa` built lazily so the bot starts (and recovers) while Neo4j is down.
 */
export class Knowledge {
  readonly #timeoutMs: number;
  readonly #drawer: DrawingPool;
  readonly #breaker: CircuitBreaker;
  readonly #drawings: DrawingCache;
  #qa: Promise<Qa> | undefined;
  #quizzes: Promise<QuizMaker> | undefined;
  #lists = new Map<string, { at: number; value: Promise<unknown> }>();
  /** The graph version `qa` and the caches were read at; undefined before the first read. */
  #version: string | null | undefined;
  readonly #poll: NodeJS.Timeout | undefined;
  readonly #onReload: (() => void) | undefined;
  readonly #onStoreFailure: ((reason: StoreFailure) => void) | undefined;
  readonly #options: KnowledgeOptions;
  /** Whether the store and the drawing threads are this one's to close. */
  readonly #owns: boolean;

  constructor(
    readonly store: GraphStore,
    options: KnowledgeOptions = {},
    shared?: { drawer: DrawingPool; breaker: CircuitBreaker },
  ) {
    this.#options = options;
    this.#owns = !shared;
    this.#timeoutMs = options.timeoutMs ?? 2_500;
    this.#drawer = shared?.drawer ?? createDrawingPool({ threads: options.drawingThreads });
    this.#breaker = shared?.breaker ?? new CircuitBreaker(options.breaker);
    this.#drawings = new DrawingCache(options.diagramCacheSize ?? 64, options.diagramCacheTtlMs ?? 600_000);
    this.#onReload = options.onReload;
    this.#onStoreFailure = options.onStoreFailure;
    const pollMs = options.pollMs ?? 5_000;
    // Unref'd: polling never keeps the process alive on its own.
    if (pollMs > 0) this.#poll = setInterval(() => void this.reloadIfChanged(), pollMs).unref();
  }

  /**
   * Reads the graph's version; when `pnpm graph load` moved it, reads names and relations afresh and
   * drops the drawings and lists made from the old graph. True when it reloaded. An outage is
   * ignored: the next poll tries again.
   */
  async reloadIfChanged(): Promise<boolean> {
    const version = await this.#guard(() => this.store.packVersion()).catch(() => undefined);
    if (version === undefined || version === this.#version) return false;
    const before = this.#version;
    this.#version = version;
    if (before === undefined) return false;
    const qa = await this.#qa?.catch(() => undefined);
    if (qa) await this.#guard(() => qa.refresh());
    this.#drawings.clear();
    this.#lists.clear();
    this.#quizzes = undefined;
    this.#onReload?.();
    return true;
  }

  /** The graph's version answers are read from; null before it is known. */
  get version(): string | null {
    return this.#version ?? null;
  }

  /** Builds `qa` ahead of the first question. */
  async warm(): Promise<void> {
    await this.#getQa();
  }

  /**
   * Waits until every drawing thread has loaded its renderer and drawn once. Without it, a burst
   * of questions just after start waits behind threads still loading, and on a busy machine even
   * the text answers are held up (`pnpm bench bot --burst`).
   */
  warmDrawing(): Promise<void> {
    return this.#drawer.warm();
  }

  /** Whether the store answers now, within the time limit: for the readiness probe. */
  async reachable(): Promise<boolean> {
    return this.#guard(() => this.store.ping()).then(
      () => true,
      () => false,
    );
  }

  /** Answers a question (see `@study-graph/qa`). */
  async ask(question: string, options: AskOptions): Promise<Answer> {
    const qa = await this.#getQa();
    return this.#guard(() => qa.ask(question, options));
  }

  /** Answers a request by ids: what a button, a menu or a command option stands for. */
  async explain(request: ExplainRequest, locale: Locale): Promise<Answer> {
    const qa = await this.#getQa();
    return this.#guard(() => qa.explain(request, { locale }));
  }

  /** Draws a diagram as PNG; null when the spec names nothing in the graph. */
  draw(spec: DiagramSpec, locale: Locale): Promise<DrawnImage | null> {
    return this.#drawings.get(drawingKey(spec, locale), async () => {
      // Longer than a store read may take: the first drawing also waits for a drawing thread to
      // start, which a busy machine makes slow; the answer's own deadline still bounds it.
      const drawn = await this.#guard(() => this.#drawer.drawSpec(this.store, spec, locale), DRAW_TIMEOUT_MS);
      return drawn && { title: drawn.title, png: drawn.png, width: drawn.width, height: drawn.height };
    });
  }

  /** Whether a drawing is ready in the cache (then sending it is quick: no need to defer). */
  isDrawn(spec: DiagramSpec, locale: Locale): boolean {
    return this.#drawings.isReady(drawingKey(spec, locale));
  }

  /**
   * Quiz questions from the graph, and their answers checked against it (built on first use, and
   * again after the graph changed; a failure is not kept).
   */
  quizzes(): Promise<QuizMaker> {
    this.#quizzes ??= this.#guard(() => QuizMaker.build(this.store)).catch((error: unknown) => {
      this.#quizzes = undefined;
      throw error;
    });
    return this.#quizzes;
  }

  /** The titles of the notes' sections and figures, by id. */
  sources(ids: string[]): Promise<Source[]> {
    return this.#guard(() => this.store.sources(ids));
  }

  concept(id: string): Promise<Concept | null> {
    return this.#guard(() => this.store.getConcept(id));
  }

  /** The concept an option value names: its id (picked from autocomplete) or the best match for typed text. */
  resolveConcept(value: string, accept?: (c: Concept) => boolean): Promise<Concept | null> {
    return this.#guard(() => resolveConcept(this.store, value, accept));
  }

  /** Concepts whose names or aliases match, best first; with nothing typed, from the cached list. */
  async searchConcepts(text: string, limit: number): Promise<Concept[]> {
    if (!fold(text)) return (await this.allConcepts()).slice(0, limit);
    return this.#guard(() => findConcepts(this.store, text, limit));
  }

  /** Every concept, by English name (cached for a minute). */
  allConcepts(): Promise<Concept[]> {
    return this.#list('concepts', async () => byName(await this.store.listConcepts(), 'en'));
  }

  /** How each relation type of the graph reads, cached for a minute. */
  relationReadings(): Promise<RelationReading[]> {
    return this.#list('readings', () => this.store.relationReadings());
  }

  /** Every view (figure), cached for a minute. */
  views(): Promise<View[]> {
    return this.#list('views', () => this.store.listViews());
  }

  /** Concepts one step from `id`, by name in the locale. */
  async nearby(id: string, locale: Locale): Promise<Concept[]> {
    const qa = await this.#getQa();
    return this.#guard(() => qa.around(id, locale));
  }

  /**
   * The same knowledge over another store (a server's graph with its study group's additions): its
   * own `qa` and caches, this one's drawing threads, breaker and limits. It never polls: whoever
   * made it drops it when this one reloads. Closing it leaves the shared parts open.
   */
  over(store: GraphStore): Knowledge {
    const { onReload: _, ...options } = this.#options;
    return new Knowledge(store, { ...options, pollMs: 0 }, { drawer: this.#drawer, breaker: this.#breaker });
  }

  async close(): Promise<void> {
    clearInterval(this.#poll);
    if (this.#owns) await Promise.all([this.store.close(), this.#drawer.close()]);
  }

  #getQa(): Promise<Qa> {
    // Built once; a failure (Neo4j down at start) is not kept, so the next question tries again.
    // The version first: a load while `qa` is built then shows as a change at the next poll.
    this.#qa ??= this.#guard(async () => {
      this.#version ??= await this.store.packVersion();
      return createQa(this.store);
    }).catch((error: unknown) => {
      this.#qa = undefined;
      throw error;
    });
    return this.#qa;
  }

  #list<T>(key: string, load: () => Promise<T>): Promise<T> {
    const cached = this.#lists.get(key);
    if (cached && performance.now() - cached.at < LIST_TTL_MS) return cached.value as Promise<T>;
    const value = this.#guard(load).catch((error: unknown) => {
      this.#lists.delete(key);
      throw error;
    });
    this.#lists.set(key, { at: performance.now(), value });
    return value;
  }

  /**
   * A time limit (a {@link StoreUnavailableError} "timeout" past it), and a circuit
   * breaker: after a few outages in a row the store is left alone for a moment, so a hung database
   * does not pile up work, and the next call after that tries it again.
   */
  async #guard<T>(start: () => Promise<T>, timeoutMs = this.#timeoutMs): Promise<T> {
    this.#breaker.check();
    const startedAt = performance.now();
    const work = start();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new StoreUnavailableError('timeout', `no answer from the store in ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    try {
      const value = await Promise.race([work, timeout]);
      this.#breaker.succeeded();
      return value;
    } catch (error) {
      if (error instanceof StoreUnavailableError) {
        this.#breaker.failed(startedAt);
        this.#onStoreFailure?.(error.reason);
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
}

export interface BreakerOptions {
  failures?: number;
  openMs?: number;
}

/**
 * Closed, it lets every call through; `failures` outages in a row open it for `openMs`, when calls
 * fail at once as "unavailable". Then one call is let through: success closes it, an outage opens
 * it again. Any success closes it: the store answers now. A failure of a call started before the
 * last success is old news (a call that waited out a hang) and changes nothing; counted, it would
 * shut learners out for another `openMs` just after the database came back.
 */
class CircuitBreaker {
  readonly #failures: number;
  readonly #openMs: number;
  #inARow = 0;
  #openUntil = 0;
  #lastSuccessAt = Number.NEGATIVE_INFINITY;

  constructor(options: BreakerOptions = {}) {
    this.#failures = options.failures ?? 3;
    this.#openMs = options.openMs ?? 500;
  }

  check(): void {
    if (performance.now() < this.#openUntil)
      throw new StoreUnavailableError('unavailable', 'the store keeps failing: left alone for a moment');
  }

  succeeded(): void {
    this.#inARow = 0;
    this.#openUntil = 0;
    this.#lastSuccessAt = performance.now();
  }

  /** An outage of a call started at `startedAt` (`performance.now()`). */
  failed(startedAt: number): void {
    if (startedAt < this.#lastSuccessAt) return;
    this.#inARow++;
    if (this.#inARow < this.#failures) return;
    this.#openUntil = performance.now() + this.#openMs;
    // Open again on the next outage: one trial call, not `failures` more.
    this.#inARow = this.#failures - 1;
  }
}

function drawingKey(spec: DiagramSpec, locale: Locale): string {
  return `${JSON.stringify(spec)}|${locale}`;
}

/**
 * Drawings by key, least recently used out first. The promise is stored, so twenty people asking
 * for the same figure at once cause one rendering; a failed one is forgotten.
 */
class DrawingCache {
  readonly #entries = new Map<string, { at: number; value: Promise<DrawnImage | null>; ready: boolean }>();

  constructor(
    private readonly size: number,
    private readonly ttlMs: number,
  ) {}

  /** Drops every drawing: the graph they were drawn from changed. */
  clear(): void {
    this.#entries.clear();
  }

  get(key: string, make: () => Promise<DrawnImage | null>): Promise<DrawnImage | null> {
    if (this.size <= 0) return make();
    const hit = this.#entries.get(key);
    this.#entries.delete(key);
    if (hit && performance.now() - hit.at < this.ttlMs) {
      this.#entries.set(key, hit);
      return hit.value;
    }
    const entry = { at: performance.now(), value: make(), ready: false };
    entry.value = entry.value.then(
      (drawn) => {
        entry.ready = true;
        return drawn;
      },
      (error: unknown) => {
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
        throw error;
      },
    );
    this.#entries.set(key, entry);
    while (this.#entries.size > this.size) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    return entry.value;
  }

  /** Drawn and still fresh (not merely being drawn). */
  isReady(key: string): boolean {
    const hit = this.#entries.get(key);
    return hit?.ready === true && performance.now() - hit.at < this.ttlMs;
  }
}
