import { once } from 'node:events';
import { type GraphStore, Neo4jStore } from '@study-graph/graph';
import type { SettingsStore, StudyStore, SuggestionStore } from '@study-graph/study';
import { Client, Events, GatewayIntentBits, Options } from 'discord.js';
import { AskedQuestions } from './asked.ts';
import { Cards } from './cards.ts';
import { commandData } from './commands/index.ts';
import { CommunityGraphs } from './community/community-graphs.ts';
import { type BotContext, DEFAULT_TIMING, type Timing } from './context.ts';
import { onInteraction } from './discord/interactions.ts';
import { onMessage } from './discord/mentions.ts';
import { within } from './discord/respond.ts';
import { noMentions } from './discord/send.ts';
import { Knowledge, type KnowledgeOptions } from './knowledge.ts';
import { type Logger, silentLogger } from './logger.ts';
import { BotMetrics } from './metrics.ts';
import { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimitOptions } from './rate-limit.ts';
import { DailyQuestions } from './servers/daily-questions.ts';
import { GuildSettingsCache } from './servers/guild-settings.ts';
import { WorkQueue, type WorkQueueOptions } from './work-queue.ts';

export type { Timing } from './context.ts';
export type { RateLimitOptions } from './rate-limit.ts';

export interface BotOptions {
  token: string;
  /** The graph: a Neo4jStore, or the embedded MemoryStore. The bot closes it when it stops. */
  store: GraphStore;
  /** What learners did (quiz answers): on Neo4j beside the graph, or in files. Closed when the bot stops. */
  study: StudyStore;
  /** Servers' suggestions and their moderation, kept the same way. Closed when the bot stops. */
  suggestions: SuggestionStore;
  /** Roles whose members may approve suggestions, besides members who can manage the server. */
  moderatorRoleIds?: readonly string[] | undefined;
  logger?: Logger | undefined;
  /** REST base URL (default Discord's); the local stand-in's `apiBase` in tests and the playground. */
  apiUrl?: string | undefined;
  /** Servers' settings and learners' streaks, kept the same way. Closed when the bot stops. */
  settings: SettingsStore;
  /** Channels where "@bot question" is answered; needs the Message Content intent. Default none. */
  studyChannelIds?: readonly string[] | undefined;
  /**
   * Read messages (the Message Content intent) even without `studyChannelIds`, for the study
   * channels servers set with `/settings`. Always so with `studyChannelIds`.
   */
  mentions?: boolean | undefined;
  /** How often to look for daily questions due (default a minute; 0: never, see `postDueDailies`). */
  dailyCheckMs?: number | undefined;
  /**
   * Register the slash commands once connected (the playground and tests do; a real deployment
   * runs `deploy-commands` instead). `guildId` registers in one server, otherwise globally.
   */
  registerCommands?: { guildId?: string | undefined } | false | undefined;
  /** Per-user limit on commands, clicks and mentions; `false` turns it off. */
  rateLimit?: RateLimitOptions | false | undefined;
  timing?: Partial<Timing> | undefined;
  /** How many answers are worked on at once, and how many may wait. */
  queue?: WorkQueueOptions | undefined;
  knowledge?: KnowledgeOptions | undefined;
  /** Longest wait for answers in flight at shutdown (default 10 s). */
  drainMs?: number | undefined;
}

/** A running bot. */
export interface Bot {
  client: Client<true>;
  knowledge: Knowledge;
  metrics: BotMetrics;
  /** Interactions and mentions being answered right now. */
  readonly inFlight: number;
  /** Posts the daily questions due at `now` (as the bot does every minute); the servers posted in. */
  postDueDailies(now: Date): Promise<string[]>;
  /** Stops taking new work, finishes what is in flight, closes the gateway and the store. Safe to call twice. */
  stop(): Promise<void>;
}

/** Starts the bot: warms the knowledge base, logs in, registers commands if asked, resolves when ready. */
export async function startBot(options: BotOptions): Promise<Bot> {
  const logger = options.logger ?? silentLogger();
  const studyChannelIds = new Set(options.studyChannelIds ?? []);
  const readsMessages = studyChannelIds.size > 0 || options.mentions === true;
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  const metrics = new BotMetrics();
  const knowledge = new Knowledge(options.store, {
    ...options.knowledge,
    onReload: () => {
      community.clear();
      metrics.graphReloaded();
      logger.info('the graph changed: answers and drawings now come from the new one');
    },
    onStoreFailure: (reason) => metrics.storeFailed(reason),
  });
  const community = new CommunityGraphs(knowledge, options.suggestions, logger);
  const { store } = options;
  if (store instanceof Neo4jStore) metrics.watchConnections(() => store.connections());
  const ctx: BotContext = {
    knowledge,
    cards: new Cards(knowledge),
    logger,
    limiter: options.rateLimit === false ? null : new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT),
    timing,
    queue: new WorkQueue(options.queue),
    studyChannelIds,
    readsMessages,
    // A server's settings are waited for a quarter of an answer's time at most, then the defaults apply.
    settings: new GuildSettingsCache(options.settings, logger, timing.answerWithinMs / 4),
    metrics,
    study: options.study,
    asked: new AskedQuestions(),
    suggestions: options.suggestions,
    community,
    moderatorRoleIds: new Set(options.moderatorRoleIds ?? []),
  };
  // A bot whose database is down still starts: it answers "unavailable" and recovers by itself.
  await Promise.all([
    knowledge.warm().catch((error: unknown) => {
      logger.warn(
        { err: error },
        'knowledge base not reachable at start; answering "unavailable" until it is',
      );
    }),
    knowledge.warmDrawing().catch((error: unknown) => {
      logger.error({ err: error }, 'drawing threads failed to start; diagrams will fail');
    }),
  ]);

  const client = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      ...(readsMessages ? [GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] : []),
    ],
    allowedMentions: noMentions(),
    // Nothing reads messages back from the cache (buttons carry their state in their ids), and each
    // reply kept there holds its embeds and attachments: under steady traffic that was most of the
    // heap's growth. REST keeps a queue per interaction token; sweep idle ones often.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
    rest: {
      ...(options.apiUrl ? { api: options.apiUrl } : {}),
      handlerSweepInterval: 5 * 60_000,
      hashSweepInterval: 5 * 60_000,
      hashLifetime: 15 * 60_000,
    },
  });

  let closing = false;
  const isClosing = () => closing;
  const inFlight = new Set<Promise<void>>();
  const track = (work: Promise<void>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };
  client.on(Events.InteractionCreate, (ix) => track(onInteraction(ix, ctx, isClosing)));
  if (readsMessages) {
    client.on(Events.MessageCreate, (message) => track(onMessage(message, ctx, isClosing)));
  }
  client.on(Events.GuildCreate, (guild) => void warmServer(ctx, guild.id));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ discord: message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event) => logger.warn({ code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardResume, (_id, replayed) => logger.info({ replayed }, 'gateway resumed'));

  const ready = once(client, Events.ClientReady) as Promise<[Client<true>]>;
  await client.login(options.token);
  const [readyClient] = await ready;
  // Each server's settings and graph read before its first question: see CommunityGraphs.contextFor.
  await within(
    Promise.allSettled(readyClient.guilds.cache.map((guild) => warmServer(ctx, guild.id))),
    WARM_WITHIN_MS,
  ).catch(() => logger.warn('servers not all read at start: their first questions read them'));
  if (options.registerCommands) {
    const { guildId } = options.registerCommands;
    if (guildId) await readyClient.application.commands.set(commandData(), guildId);
    else await readyClient.application.commands.set(commandData());
  }
  logger.info(
    { user: readyClient.user.id, guilds: readyClient.guilds.cache.size, mentions: readsMessages },
    'ready',
  );

  const dailies = new DailyQuestions(readyClient, ctx);
  dailies.start(options.dailyCheckMs ?? 60_000);

  let stopping: Promise<void> | undefined;
  return {
    client: readyClient,
    knowledge,
    metrics: ctx.metrics,
    get inFlight() {
      return inFlight.size;
    },
    postDueDailies: (now) => dailies.postDueDailies(now),
    stop() {
      stopping ??= (async () => {
        closing = true;
        await dailies.stop();
        await drain(inFlight, options.drainMs ?? 10_000);
        logger.info({ abandoned: inFlight.size }, 'stopping');
        await client.destroy();
        await Promise.all([options.study.close(), options.suggestions.close(), options.settings.close()]);
        await knowledge.close();
      })();
      return stopping;
    },
  };
}

/** Longest wait at start for the servers' settings and graphs, before answering anyway. */
const WARM_WITHIN_MS = 5_000;

/** A server's settings and its own graph, read now so that its interactions need not wait for them. */
async function warmServer(ctx: BotContext, guildId: string): Promise<void> {
  await Promise.allSettled([ctx.settings.get(guildId), ctx.community.contextFor(ctx, guildId)]);
}

/** Waits for the work in flight (answers are never cut off half-sent), at most `ms`. */
async function drain(inFlight: Set<Promise<void>>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.allSettled([...inFlight]),
    new Promise((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]);
  clearTimeout(timer);
}
