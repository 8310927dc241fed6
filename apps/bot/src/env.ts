import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Neo4jConnection, neo4jConnection } from '@study-graph/graph';
import { z } from 'zod';

/** The repository root: `.env` and `data/` are found from here whatever folder pnpm runs in. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DEFAULT_PACK = fileURLToPath(new URL('../../../data/docker', import.meta.url));
const DEFAULT_DATA = fileURLToPath(new URL('../../../.data', import.meta.url));

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');

/** A list of Discord ids, separated by commas or spaces. */
const snowflakes = z
  .string()
  .optional()
  .transform((s) =>
    (s ?? '')
      .split(/[\s,]+/)
      .map((id) => id.trim())
      .filter(Boolean),
  )
  .pipe(z.array(snowflake));

const Env = z.object({
  DISCORD_TOKEN: z
    .string()
    .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, 'does not look like a bot token (three parts joined by dots)')
    .optional(),
  DISCORD_APPLICATION_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  STUDY_CHANNEL_IDS: snowflakes,
  /** Roles whose members approve suggestions, besides members who can manage the server. */
  MODERATOR_ROLE_IDS: snowflakes,
  /**
   * `on`: read messages (the Message Content intent), so that mentions are answered in the study
   * channels servers set with `/settings`; `off` (default): only with STUDY_CHANNEL_IDS.
   */
  MENTIONS: z.enum(['on', 'off'], { error: 'must be on or off' }).default('off'),
  /** Where the REST API is: Discord's by default; a proxy or the local stand-in otherwise. */
  DISCORD_API_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/\S+$/, 'must be a neo4j:// or bolt:// URI')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).optional(),
  /** Serve `/healthz` and `/readyz` on this port (default: no probe server). */
  HEALTH_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Where the probe server listens (default 127.0.0.1: probes from this host only). */
  HEALTH_HOST: z.string().default('127.0.0.1'),
  STUDY_GRAPH_PACK: z.string().default(DEFAULT_PACK),
  /** Where learners' answers are kept without Neo4j (git-ignored by default). */
  STUDY_GRAPH_DATA: z.string().default(DEFAULT_DATA),
  /** How often the graph's version is read, so a `pnpm graph load` shows without a restart (ms; 0: never). */
  GRAPH_POLL_MS: z.coerce.number().int().min(0).default(5_000),
  /** Shard processes: 1 (default, no sharding), a count, or `auto` for the count Discord recommends. */
  DISCORD_SHARDS: z
    .union([z.literal('auto'), z.coerce.number().int().min(1).max(1024)], {
      error: 'must be auto or a whole number from 1 to 1024',
    })
    .default(1),
  /** Between two shards' starts: Discord allows one identify per 5 s (its max_concurrency 1). */
  DISCORD_SHARD_SPAWN_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(5_500),
  /** Set by discord.js's ShardingManager in the shard processes it starts. */
  SHARDING_MANAGER: z.string().optional(),
});

/** Every variable the bot reads: a deployment file that sets another one has a typo. */
export const ENV_NAMES: readonly string[] = Object.keys(Env.shape);

/** `STUDY_CHANNEL_IDS[1]`: the variable, and which item of a list. */
function where(path: PropertyKey[]): string {
  return path.map((p, i) => (i === 0 ? String(p) : `[${String(p)}]`)).join('') || 'environment';
}

/** Problems between variables, checked even when some are malformed, so all are listed at once. */
function crossProblems(env: Record<string, string | undefined>): string[] {
  const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: appId } = env;
  // Registering commands needs the application id, so a bot needs both.
  if (token && !appId) return ['DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set'];
  if (!token || !appId) return [];
  // A bot token starts with the application id in base64: catches a token pasted from another app.
  const idInToken = Buffer.from(token.split('.')[0] ?? '', 'base64url').toString();
  return /^\d{17,20}$/.test(idInToken) && idInToken !== appId
    ? ['DISCORD_TOKEN: belongs to another application than DISCORD_APPLICATION_ID']
    : [];
}

/** The bot's configuration, parsed and checked. Secrets stay in here and are never logged. */
export interface BotEnv {
  /** Absent: the local playground on discord-sim. */
  discord:
    | {
        token: string;
        applicationId: string;
        guildId: string | undefined;
        apiUrl: string | undefined;
      }
    | undefined;
  /** Channels where "@bot question" is answered; empty means slash commands only. */
  studyChannelIds: string[];
  /** Whether the bot reads messages: MENTIONS=on, or study channels in the environment. */
  mentions: boolean;
  moderatorRoleIds: string[];
  neo4j: Neo4jConnection | undefined;
  logLevel: LogLevel | undefined;
  packDir: string;
  /** Where learners' answers are kept on the embedded default (with Neo4j they live in the database). */
  dataDir: string;
  /** The probe server's address, when one is asked for. */
  health: { port: number; host: string } | undefined;
  /** How often a running bot reads the graph's version (0: never). */
  graphPollMs: number;
  /** How many shard processes to run, and the wait between their starts. */
  sharding: { shards: number | 'auto'; spawnDelayMs: number };
  /** This process is one shard, started by the sharding manager (which serves the probes). */
  isShard: boolean;
}

/** Every problem with the configuration, in one message (names and what is wrong, never values). */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration (see .env.example):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Parses the bot's environment. The only place the bot reads `process.env`. Empty values count as
 * unset, so `FOO=` in a `.env` file means "default".
 */
export function parseEnv(env: Record<string, string | undefined>): BotEnv {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = Env.safeParse(present);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${where(i.path)}: ${i.message}`)),
    ...crossProblems(present),
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    discord:
      e.DISCORD_TOKEN && e.DISCORD_APPLICATION_ID
        ? {
            token: e.DISCORD_TOKEN,
            applicationId: e.DISCORD_APPLICATION_ID,
            guildId: e.DISCORD_GUILD_ID,
            apiUrl: e.DISCORD_API_URL,
          }
        : undefined,
    studyChannelIds: e.STUDY_CHANNEL_IDS,
    mentions: e.MENTIONS === 'on' || e.STUDY_CHANNEL_IDS.length > 0,
    moderatorRoleIds: e.MODERATOR_ROLE_IDS,
    neo4j: neo4jConnection(e),
    logLevel: e.LOG_LEVEL,
    packDir: e.STUDY_GRAPH_PACK,
    dataDir: e.STUDY_GRAPH_DATA,
    health: e.HEALTH_PORT ? { port: e.HEALTH_PORT, host: e.HEALTH_HOST } : undefined,
    graphPollMs: e.GRAPH_POLL_MS,
    sharding: { shards: e.DISCORD_SHARDS, spawnDelayMs: e.DISCORD_SHARD_SPAWN_DELAY_MS },
    isShard: e.SHARDING_MANAGER === 'true',
  };
}

/**
 * Reads `process.env`, after loading `<repo>/.env` when there is one (variables already set win,
 * as with `node --env-file`). `BOT_ENV_FILE` names another file, or `none` for no file at all.
 */
export function readEnv(): BotEnv {
  const file = process.env.BOT_ENV_FILE ?? `${REPO_ROOT}.env`;
  if (file !== 'none' && existsSync(file)) process.loadEnvFile(file);
  return parseEnv(process.env);
}
