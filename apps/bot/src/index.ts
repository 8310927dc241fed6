#!/usr/bin/env node
/**
 * `pnpm start`. With DISCORD_TOKEN: the bot on Discord. Without: the same bot against the local
 * Discord stand-in, with this terminal as a study channel (see playground/).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Neo4jStore, openStore } from '@study-graph/graph';
import { learnerStores } from '@study-graph/study';
import { startBot } from './bot.ts';
import { type BotEnv, ConfigError, REPO_ROOT, readEnv } from './env.ts';
import { startHealthServer } from './health.ts';
import { createLogger, type Logger } from './logger.ts';
import { runPlayground } from './playground/playground.ts';
import { createShardManager } from './sharding/shard-manager.ts';
import { answerProbes } from './sharding/shard-probes.ts';

/** Per-query limit on the Neo4j side, under the bot's own answer deadline. */
const STORE_TIMEOUT_MS = 2_000;

async function main(): Promise<number> {
  let env: BotEnv;
  try {
    env = readEnv();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  // The playground's stdout is the conversation: logs go to stderr, and only warnings by default.
  const logger = createLogger(env.logLevel ?? (env.discord ? 'info' : 'warn'));
  guardProcess(logger);
  if (env.discord && !env.isShard && env.sharding.shards !== 1) return runShards(env, env.discord, logger);
  const store = await openStore({ packDir: env.packDir, neo4j: env.neo4j, timeoutMs: STORE_TIMEOUT_MS });
  // Learners' data beside the graph: in its database, or in files.
  const { study, suggestions, settings } = learnerStores(
    store instanceof Neo4jStore
      ? { driver: store.driver, database: env.neo4j?.database }
      : { dir: env.dataDir },
  );

  if (!env.discord) {
    const quit = new AbortController();
    process.once('SIGINT', () => quit.abort());
    process.once('SIGTERM', () => quit.abort());
    await runPlayground({
      signal: quit.signal,
      store,
      study,
      suggestions,
      settings,
      logger,
      input: process.stdin,
      output: process.stdout,
      outDir: path.join(REPO_ROOT, 'out', 'playground'),
      interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    });
    return 0;
  }

  const bot = await startBot({
    token: env.discord.token,
    apiUrl: env.discord.apiUrl,
    store,
    study,
    suggestions,
    moderatorRoleIds: env.moderatorRoleIds,
    settings,
    logger,
    studyChannelIds: env.studyChannelIds,
    mentions: env.mentions,
    knowledge: { pollMs: env.graphPollMs },
  });
  const ready = async () => bot.client.isReady() && (await bot.knowledge.reachable());
  // A shard's probes are served by its manager, which asks each shard over the process channel.
  const stopAnswering = env.isShard
    ? answerProbes(ready, () => bot.metrics.registry.getMetricsAsJSON())
    : null;
  const probes =
    env.health && !env.isShard
      ? await startHealthServer({ ...env.health, ready, metrics: () => bot.metrics.text() })
      : undefined;
  await stopOnSignal(() => bot.stop(), logger);
  stopAnswering?.();
  await probes?.close();
  return 0;
}

/** The bot as several shard processes (DISCORD_SHARDS), this process managing them and serving the probes. */
async function runShards(
  env: BotEnv,
  discord: NonNullable<BotEnv['discord']>,
  logger: Logger,
): Promise<number> {
  const shards = await createShardManager({
    entry: fileURLToPath(import.meta.url),
    execArgv: process.execArgv,
    token: discord.token,
    apiUrl: discord.apiUrl,
    ...env.sharding,
    logger,
  });
  // Probes first: the process answers /healthz while its shards connect, /readyz once all have.
  const probes = env.health
    ? await startHealthServer({ ...env.health, ready: () => shards.ready(), metrics: () => shards.metrics() })
    : undefined;
  const stopped = stopOnSignal(() => shards.stop(), logger);
  await shards.spawn();
  await stopped;
  await probes?.close();
  return 0;
}

/** Resolves once SIGTERM or SIGINT has been handled by `stop` (in-flight answers finished, connections closed). */
function stopOnSignal(stop: () => Promise<void>, logger: Logger): Promise<void> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      logger.info({ signal }, 'shutting down');
      stop().then(resolve, (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        resolve();
      });
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  });
}

/** Handlers catch their own errors; anything that still escapes is logged, not fatal. */
function guardProcess(logger: Logger): void {
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
}

main().then(
  (code) => {
    // Timers of libraries (driver pools, HTTP keep-alive) must not hold the process open.
    process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
