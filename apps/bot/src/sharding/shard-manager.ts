import { REST, Routes, type Shard, ShardingManager } from 'discord.js';
import { AggregatorRegistry, Counter, Gauge, type PrometheusContentType, Registry } from 'prom-client';
import type { Logger } from '../logger.ts';
import { isProbe, type ShardProbe, type ShardProbeRequest } from './shard-probes.ts';

export interface ShardManagerOptions {
  /** The script each shard process runs: the bot's own entry. */
  entry: string;
  /** Node options for the shard processes (tsx's loader when run from source). */
  execArgv: string[];
  token: string;
  apiUrl: string | undefined;
  shards: number | 'auto';
  spawnDelayMs: number;
  logger: Logger;
}

export interface ShardManager {
  readonly manager: ShardingManager;
  readonly totalShards: number;
  /** Starts the shard processes, `spawnDelayMs` apart; resolves when every one is connected. */
  spawn(): Promise<void>;
  /** Every shard connected to Discord and reaching the store. */
  ready(): Promise<boolean>;
  /** The shards' metrics added up, with each shard's status beside them (Prometheus text). */
  metrics(): Promise<string>;
  /** Stops every shard (SIGTERM: each finishes its answers in flight) and waits for them to exit. */
  stop(): Promise<void>;
}

/** How long a shard has to answer a probe before it counts as not ready (and its metrics as absent). */
const PROBE_TIMEOUT_MS = 2_000;
/** How long a shard has to connect when started. */
const SPAWN_TIMEOUT_MS = 60_000;

/**
 * Runs the bot as `shards` processes with discord.js's ShardingManager: each process connects as one
 * shard and gets that shard's guilds, and a shard whose process dies is started again. The manager
 * itself holds no Discord connection; it serves the probes for all of them.
 */
export async function createShardManager(options: ShardManagerOptions): Promise<ShardManager> {
  const { logger } = options;
  const totalShards =
    options.shards === 'auto' ? await recommendedShards(options.token, options.apiUrl) : options.shards;
  const manager = new ShardingManager(options.entry, {
    totalShards,
    token: options.token,
    execArgv: options.execArgv,
    respawn: true,
    mode: 'process',
  });
  const status = new ShardStatus();
  const probes = new Probes();
  let stopping = false;
  manager.on('shardCreate', (shard) => {
    status.watch(shard, logger, () => stopping);
    shard.on('message', (message: unknown) => probes.settle(message));
  });
  const shards = () => [...manager.shards.values()];
  return {
    manager,
    totalShards,
    async spawn() {
      logger.info({ shards: totalShards }, 'starting shards');
      await manager.spawn({ amount: totalShards, delay: options.spawnDelayMs, timeout: SPAWN_TIMEOUT_MS });
    },
    async ready() {
      const answers = await Promise.all(shards().map((s) => probes.ask(s)));
      return answers.length === totalShards && answers.every((a) => a?.ready === true);
    },
    async metrics() {
      const answers = await Promise.all(shards().map((s) => probes.ask(s)));
      const aggregated = AggregatorRegistry.aggregate<PrometheusContentType>(
        answers.flatMap((a) => (a ? [a.metrics] : [])),
      );
      return Registry.merge([aggregated, status.registry]).metrics();
    },
    async stop() {
      stopping = true;
      await Promise.all(shards().map(stopShard));
    },
  };
}

/** The shard count Discord recommends for this bot (`GET /gateway/bot`), from the configured API. */
async function recommendedShards(token: string, apiUrl: string | undefined): Promise<number> {
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  const { shards } = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return shards;
}

/** SIGTERM to the shard's process, without the respawn a death would bring, then its exit. */
function stopShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    shard.kill();
  });
}

/** Each shard's state as gauges and counters: up or not, and how often its process died. */
class ShardStatus {
  readonly registry = new Registry();
  readonly #up = new Gauge({
    name: 'study_graph_shard_up',
    help: 'Whether the shard is connected to Discord (1) or not (0).',
    labelNames: ['shard'] as const,
    registers: [this.registry],
  });
  readonly #deaths = new Counter({
    name: 'study_graph_shard_restarts_total',
    help: 'Times a shard process exited and was started again.',
    labelNames: ['shard'] as const,
    registers: [this.registry],
  });

  /** `stopping`: the manager is stopping its shards, so an exit is not a crash. */
  watch(shard: Shard, logger: Logger, stopping: () => boolean): void {
    const labels = { shard: String(shard.id) };
    this.#up.set(labels, 0);
    this.#deaths.inc(labels, 0);
    const up = (value: 0 | 1, what: string) => () => {
      this.#up.set(labels, value);
      logger.info({ shard: shard.id, pid: shard.process?.pid }, what);
    };
    shard.on('ready', up(1, 'shard ready'));
    shard.on('resume', up(1, 'shard resumed'));
    shard.on('disconnect', up(0, 'shard disconnected'));
    shard.on('reconnecting', up(0, 'shard reconnecting'));
    shard.on('death', () => {
      this.#up.set(labels, 0);
      if (stopping()) return logger.info({ shard: shard.id }, 'shard stopped');
      this.#deaths.inc(labels);
      logger.warn({ shard: shard.id }, 'shard process exited, starting it again');
    });
  }
}

/** Probes sent to shards, each settled by the answer with its nonce or by the timeout. */
class Probes {
  #nonce = 0;
  readonly #waiting = new Map<number, (probe: ShardProbe | null) => void>();

  ask(shard: Shard): Promise<ShardProbe | null> {
    if (!shard.process?.connected) return Promise.resolve(null);
    const nonce = ++this.#nonce;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.#finish(nonce, null), PROBE_TIMEOUT_MS);
      this.#waiting.set(nonce, (probe) => {
        clearTimeout(timer);
        resolve(probe);
      });
      const request: ShardProbeRequest = { studyGraph: 'probe', nonce };
      shard.send(request).catch(() => this.#finish(nonce, null));
    });
  }

  settle(message: unknown): void {
    if (isProbe(message)) this.#finish(message.nonce, message);
  }

  #finish(nonce: number, probe: ShardProbe | null): void {
    const waiting = this.#waiting.get(nonce);
    this.#waiting.delete(nonce);
    waiting?.(probe);
  }
}
