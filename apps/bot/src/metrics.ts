import type { StoreFailure } from '@study-graph/graph';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The bot's Prometheus metrics, served on `/metrics` by the probe server: interactions and mentions
 * by command and outcome (errors are outcomes: unavailable, busy, error, …), their latency, store
 * failures by kind, the Neo4j pool, and Node's own (memory, heap, event-loop delay, GC) from
 * prom-client's default collectors.
 */
export class BotMetrics {
  readonly registry = new Registry();
  readonly #handled = new Counter({
    name: 'study_graph_interactions_total',
    help: 'Interactions and mentions handled, by command and outcome.',
    labelNames: ['command', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly #latency = new Histogram({
    name: 'study_graph_interaction_seconds',
    help: 'From receiving an interaction or mention to its answer being sent, by command.',
    labelNames: ['command'] as const,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly #reloads = new Counter({
    name: 'study_graph_graph_reloads_total',
    help: 'Times the running bot read the graph again after `pnpm graph load` changed it.',
    registers: [this.registry],
  });

  readonly #storeFailures = new Counter({
    name: 'study_graph_store_failures_total',
    help: 'Store reads that failed, by kind: unavailable, timeout, terminated, pool-exhausted.',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  storeFailed(reason: StoreFailure): void {
    this.#storeFailures.inc({ reason });
  }

  /** The Neo4j pool, read at each scrape: connections in use and the pool's size. */
  watchConnections(connections: () => { inUse: number; max: number }): void {
    const gauge = (name: string, help: string, pick: (c: { inUse: number; max: number }) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          this.set(pick(connections()));
        },
      });
    gauge('study_graph_neo4j_connections_in_use', 'Neo4j connections held by reads now.', (c) => c.inUse);
    gauge('study_graph_neo4j_connections_max', 'Size of the Neo4j connection pool.', (c) => c.max);
  }

  /** One interaction or mention, done: `command` is the slash command, `component` or `mention`. */
  handled(command: string, outcome: string, latencyMs: number): void {
    this.#handled.inc({ command, outcome });
    this.#latency.observe({ command }, latencyMs / 1000);
  }

  graphReloaded(): void {
    this.#reloads.inc();
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
