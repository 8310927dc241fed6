/**
 * The test API: start a simulated Discord, point a real discord.js client at it, then play the users — slash
 * commands, autocomplete, buttons, select menus, messages — and get the bot's answers back, with everything the
 * bot sent recorded and checked the way Discord would check it.
 *
 * @example
 * ```ts
 * const sim = await DiscordSim.start({ interactionDeadlineMs: 3_000 });
 * const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: sim.apiBase } });
 * await client.login(sim.token);
 * await sim.waitForReady();
 * const reply = await sim.slashCommand({ name: 'ask', options: { question: 'container là gì?' }, locale: 'vi' });
 * expect(reply.embeds[0]?.title).toContain('Container');
 * await client.destroy();
 * await sim.stop();
 * ```
 */

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type APIAllowedMentions,
  type APIApplicationCommand,
  type APIApplicationCommandOptionChoice,
  type APIEmbed,
  type APIInteraction,
  type APIMessage,
  type APIMessageTopLevelComponent,
  type APIModalInteractionResponseCallbackData,
  type APIUser,
  ApplicationCommandType,
  ButtonStyle,
  ComponentType,
  GatewayDispatchEvents,
  GatewayIntentBits,
  InteractionResponseType,
} from 'discord-api-types/v10';
import { type SimClock, systemClock } from './clock.ts';
import { GatewayServer } from './gateway/server.ts';
import {
  autocompleteInteraction,
  buildOptions,
  buttonInteraction,
  chatInputInteraction,
  type InteractionSource,
  InvocationError,
  modalSubmitInteraction,
  type OptionValue,
  stringSelectInteraction,
} from './interactions.ts';
import { createUserMessage } from './model/messages.ts';
import {
  type IdentifyRecord,
  type InteractionRecord,
  type RecordedRequest,
  type SimEvent,
  type SimFile,
  SimStore,
  type StoredMessage,
} from './model/store.ts';
import {
  createWorld,
  type GuildSeed,
  interactionMember,
  type LocaleString,
  type SimGuild,
  type UserSeed,
} from './model/world.ts';
import type { Fault, SimContext } from './rest/context.ts';
import { createSimServer } from './rest/server.ts';
import { randomToken } from './snowflake.ts';

export { InvocationError };

/** Options of {@link DiscordSim.start}. Everything has a realistic default. */
export interface DiscordSimOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** The bot token the sim accepts. Default: a random token. */
  token?: string;
  /** The bot user. Default: a new id, username `study-bot`. */
  bot?: { id?: string; username?: string };
  /** Application id. Default: the bot's id (as for every modern Discord app). */
  applicationId?: string;
  /** Guilds (the bot is in all). Default: one guild with `#general` and `#study`. */
  guilds?: GuildSeed[];
  /** Human users the sim plays. Default: one user `learner` (locale en-US). */
  users?: UserSeed[];
  /**
   * The shard count `GET /gateway/bot` recommends. Default 1. A bot that identifies with `[id, count]` gets
   * the guilds of that shard, whatever this says.
   */
  shards?: number;
  /** Gateway heartbeat interval sent in HELLO. Default 41,250 ms (Discord's). Use a short one in tests of heartbeats. */
  heartbeatIntervalMs?: number;
  /** Deadline for an interaction's initial response. Default 3,000 ms (Discord's). */
  interactionDeadlineMs?: number;
  /**
   * The clock the interaction deadline and the token lifetime run on. Default: real time. Tests pass a
   * `ManualClock` so that a busy machine never makes an answer late, and move it on to test lateness.
   */
  clock?: SimClock;
  /** How long interaction tokens work for edits/follow-ups. Default 15 minutes (Discord's). */
  interactionTokenTtlMs?: number;
  /** Largest upload per file. Default 10 MiB. */
  maxFileSize?: number;
  /** How long (real time) the harness waits for a reply to be completed. Default 30,000 ms. */
  replyTimeoutMs?: number;
  /** How long `slashCommand`/`autocomplete` wait for the bot to register the command. Default 30,000 ms. */
  commandWaitMs?: number;
  /**
   * With `true` (default) commands must be registered by the bot before a test can invoke them, and options are
   * checked against the registration. With `false`, unregistered commands are sent with string options.
   */
  strictCommands?: boolean;
  /** Privileged intents switched on in the "developer portal". Default: all three. */
  privilegedIntents?: { messageContent?: boolean; guildMembers?: boolean; guildPresences?: boolean };
  /** Receives debug lines (gateway events, rejections, unsupported routes). */
  log?: (line: string) => void;
}

/** A file the bot attached, bytes included. */
export interface ReplyFile {
  id: string;
  name: string;
  contentType: string;
  data: Buffer;
  size: number;
  url: string;
  description?: string;
}

/** A message the bot posted, as the sim stores it. */
export interface BotMessage {
  message: APIMessage;
  content: string;
  embeds: APIEmbed[];
  components: APIMessageTopLevelComponent[];
  files: ReplyFile[];
  /** The `allowed_mentions` the bot sent (undefined when it sent none). */
  allowedMentions: APIAllowedMentions | undefined;
  ephemeral: boolean;
  /** Time from the user's action (dispatch) to this message being stored. */
  latencyMs: number;
}

/** The bot's answer to an interaction. */
export interface BotReply extends Omit<BotMessage, 'message'> {
  interactionId: string;
  /** How the bot acknowledged (4 reply, 5 defer, 6 deferred update, 7 update, 8 autocomplete, 9 modal). */
  callbackType: InteractionResponseType;
  /** True when the bot deferred (5 or 6) and completed the answer later. */
  deferred: boolean;
  /** The resulting message: the reply, or for 6/7 the updated component message. Undefined for 8/9. */
  message: APIMessage | undefined;
  /** The modal the bot opened (callback 9). */
  modal: APIModalInteractionResponseCallbackData | undefined;
  /** Follow-up messages seen before the reply resolved (plus during `settleMs`). */
  followUps: APIMessage[];
  /** Time from dispatch to the initial callback. */
  ackLatencyMs: number;
  /** The shard whose session the interaction was dispatched to (0 for a bot that does not shard). */
  shard: number | undefined;
  /** Requests about this interaction that the sim rejected (e.g. a first attempt that failed validation). */
  rejections: RecordedRequest[];
}

/** The bot's autocomplete answer. */
export interface AutocompleteReply {
  interactionId: string;
  choices: APIApplicationCommandOptionChoice[];
  latencyMs: number;
  rejections: RecordedRequest[];
}

/** Who acts and where. All optional: defaults are the first user, their locale, the first text channel. */
export interface ActorOptions {
  /** User id or user (must be one of the sim's users). */
  user?: string | APIUser | undefined;
  /** Client locale of the user for this interaction (e.g. `'vi'`). Default: the user's locale. */
  locale?: LocaleString | undefined;
  /** Channel id. Default: the first text channel of the first guild. */
  channelId?: string | undefined;
}

/** Options shared by the interaction helpers. */
export interface WaitOptions {
  /** Fail (reject) as soon as the sim rejects a request of this interaction, instead of waiting for a retry. */
  failOnRejection?: boolean | undefined;
  /** After the reply is complete, keep collecting edits and follow-ups for this long. Default 0. */
  settleMs?: number | undefined;
  /** Overall time limit. Default: `replyTimeoutMs`. */
  timeoutMs?: number | undefined;
}

export interface SlashCommandOptions extends ActorOptions, WaitOptions {
  /** Command name as registered. */
  name: string;
  /** Option values by name. Types follow the registration (string when unknown). */
  options?: Record<string, OptionValue> | undefined;
  subcommand?: string | undefined;
  subcommandGroup?: string | undefined;
}

export interface AutocompleteOptions extends ActorOptions, WaitOptions {
  /** Command name. */
  command: string;
  /** The option being typed in and its partial value. */
  focused: { name: string; value: string };
  /** Other options already filled in. */
  options?: Record<string, OptionValue> | undefined;
  subcommand?: string | undefined;
  subcommandGroup?: string | undefined;
}

/** A message to interact with: the bot's reply, a message object, or a message id. */
export type MessageRef = BotReply | BotMessage | APIMessage | string;

export interface ComponentOptions extends Omit<ActorOptions, 'channelId'>, WaitOptions {
  message: MessageRef;
  customId: string;
}

export interface SelectMenuOptions extends ComponentOptions {
  values: string[];
}

export interface ModalSubmitOptions extends Omit<ActorOptions, 'channelId'>, WaitOptions {
  /** The bot's answer that opened the modal (a MODAL callback). */
  opened: BotReply;
  /** What the user typed, by text input custom_id. */
  fields: Record<string, string>;
}

export interface SendMessageOptions extends Omit<ActorOptions, 'locale'> {
  content: string;
  /** Prefix `<@BOT_ID> ` unless the content already mentions the bot. */
  mentionBot?: boolean | undefined;
  /** Send as a reply to this message. */
  replyTo?: MessageRef | undefined;
  /** How long to wait for the bot's answer; `null` is returned after that. Default 30,000 ms. */
  timeoutMs?: number | undefined;
}

/** Thrown when the bot does not answer in time. Carries the rejected requests, which usually explain why. */
export class SimTimeoutError extends Error {
  override name = 'SimTimeoutError';
  constructor(
    message: string,
    readonly rejections: RecordedRequest[],
  ) {
    super(
      rejections.length > 0
        ? `${message}; rejected: ${rejections.map((r) => `${r.method} ${r.path} → ${r.status} ${r.reason ?? ''}`).join(' | ')}`
        : message,
    );
  }
}

/** Thrown with `failOnRejection` when the sim rejected a request of the interaction. */
export class SimRejectionError extends Error {
  override name = 'SimRejectionError';
  constructor(readonly request: RecordedRequest) {
    super(`${request.method} ${request.path} → ${request.status} ${request.reason ?? ''}`);
  }
  /** Discord's JSON error code (e.g. 50035). */
  get code(): number | undefined {
    return this.request.error?.code;
  }
}

function toFiles(files: SimFile[]): ReplyFile[] {
  return files.map((f) => ({ ...f }));
}

function botMessage(stored: StoredMessage, since: number, at: number): BotMessage {
  return {
    message: stored.message,
    content: stored.message.content,
    embeds: stored.message.embeds,
    components: stored.message.components ?? [],
    files: toFiles(stored.files),
    allowedMentions: stored.allowedMentions,
    ephemeral: stored.ephemeral,
    latencyMs: at - since,
  };
}

function* walk(components: readonly unknown[]): Generator<Record<string, unknown>> {
  for (const c of components) {
    if (typeof c !== 'object' || c === null) continue;
    const o = c as Record<string, unknown>;
    yield o;
    if (Array.isArray(o.components)) yield* walk(o.components);
    if (typeof o.accessory === 'object' && o.accessory !== null) yield o.accessory as Record<string, unknown>;
  }
}

/** A simulated Discord (REST + gateway) plus the users who talk to the bot. */
export class DiscordSim {
  /** REST base for discord.js: `new Client({ rest: { api: sim.apiBase } })`. */
  readonly apiBase: string;
  /** `http://127.0.0.1:PORT` */
  readonly baseUrl: string;
  /** `ws://127.0.0.1:PORT/gateway` */
  readonly gatewayUrl: string;
  readonly port: number;
  /** The token the bot must log in with. */
  readonly token: string;
  readonly applicationId: string;
  /** The bot's user. */
  readonly bot: APIUser;
  /** The first guild's id. */
  readonly guildId: string;
  /** Text channel ids of the first guild. */
  readonly channelIds: readonly string[];
  /** The default channel (first text channel of the first guild). */
  readonly channelId: string;
  /** The human users. */
  readonly users: readonly APIUser[];
  /** The default user. */
  readonly user: APIUser;

  private constructor(
    private readonly server: Server,
    private readonly ctx: SimContext,
    private readonly opts: DiscordSimOptions,
  ) {
    const address = server.address() as AddressInfo;
    this.port = address.port;
    this.baseUrl = ctx.baseUrl;
    this.apiBase = `${ctx.baseUrl}/api`;
    this.gatewayUrl = `${ctx.baseUrl.replace(/^http/, 'ws')}/gateway`;
    this.token = ctx.token;
    this.applicationId = ctx.world.application.id;
    this.bot = ctx.world.bot;
    const guild = [...ctx.world.guilds.values()][0];
    if (!guild) throw new Error('The sim needs at least one guild');
    this.guildId = guild.id;
    this.channelIds = guild.channels.map((c) => c.id);
    const first = this.channelIds[0];
    if (!first) throw new Error('The first guild needs a text channel');
    this.channelId = first;
    this.users = [...ctx.world.users.values()].map((u) => u.user);
    const user = this.users[0];
    if (!user) throw new Error('The sim needs at least one user');
    this.user = user;
  }

  /** Start the sim on 127.0.0.1 (port 0 = any free port). */
  static async start(opts: DiscordSimOptions = {}): Promise<DiscordSim> {
    const worldOpts: Parameters<typeof createWorld>[0] = {};
    if (opts.bot) worldOpts.bot = opts.bot;
    if (opts.applicationId) worldOpts.applicationId = opts.applicationId;
    if (opts.guilds) worldOpts.guilds = opts.guilds;
    if (opts.users) worldOpts.users = opts.users;
    const world = createWorld(worldOpts);
    const store = new SimStore();
    const token = opts.token ?? randomToken('sim.', 24);
    const p = opts.privilegedIntents ?? {};
    const allowedPrivileged =
      (p.messageContent === false ? 0 : GatewayIntentBits.MessageContent) |
      (p.guildMembers === false ? 0 : GatewayIntentBits.GuildMembers) |
      (p.guildPresences === false ? 0 : GatewayIntentBits.GuildPresences);
    const gatewayOpts: ConstructorParameters<typeof GatewayServer>[0] = {
      world,
      store,
      token,
      heartbeatIntervalMs: opts.heartbeatIntervalMs ?? 41_250,
      allowedPrivilegedIntents: allowedPrivileged,
      shards: opts.shards ?? 1,
    };
    if (opts.log) gatewayOpts.log = opts.log;
    const gateway = new GatewayServer(gatewayOpts);
    const ctx: SimContext = {
      world,
      store,
      gateway,
      token,
      baseUrl: '',
      rules: {
        interactionDeadlineMs: opts.interactionDeadlineMs ?? 3_000,
        interactionTokenTtlMs: opts.interactionTokenTtlMs ?? 15 * 60_000,
        maxFileSize: opts.maxFileSize ?? 10 * 1024 * 1024,
      },
      clock: opts.clock ?? systemClock,
      faults: [],
    };
    if (opts.log) ctx.log = opts.log;
    const server = createSimServer(ctx);
    const host = opts.host ?? '127.0.0.1';
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 0, host, () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    ctx.baseUrl = `http://${host}:${port}`;
    gateway.setUrl(`ws://${host}:${port}/gateway`);
    return new DiscordSim(server, ctx, opts);
  }

  // ---- state -------------------------------------------------------------------------------------------

  /** Every REST request so far, in order (rejected ones carry `error` and `reason`). */
  get recorded(): readonly RecordedRequest[] {
    return this.ctx.store.recorded;
  }

  /** The requests the sim rejected (4xx/5xx). */
  get rejections(): RecordedRequest[] {
    return this.ctx.store.recorded.filter((r) => r.rejected);
  }

  /** Requests to routes the sim does not know (the bot used something unsupported). */
  get unknownRoutes(): RecordedRequest[] {
    return this.ctx.store.recorded.filter((r) => r.unknownRoute);
  }

  /** Registered application commands, global and guild. */
  get commands(): APIApplicationCommand[] {
    return [...this.ctx.store.commands.values()].map((c) => c.command);
  }

  /** Every IDENTIFY the bot sent. */
  get identifies(): readonly IdentifyRecord[] {
    return this.ctx.store.identifies;
  }

  /** Intents of the latest IDENTIFY (undefined before the first). */
  get intents(): number | undefined {
    return this.ctx.store.identifies.at(-1)?.intents;
  }

  /** True while the bot's gateway connection is open. */
  get connected(): boolean {
    return this.ctx.gateway.connected;
  }

  /** A stored message by id (latest version), or undefined. */
  getMessage(id: string): StoredMessage | undefined {
    return this.ctx.store.messages.get(id);
  }

  /** Messages of a channel (default channel if omitted), oldest first, deleted ones excluded. */
  channelMessages(channelId: string = this.channelId): StoredMessage[] {
    return [...this.ctx.store.messages.values()].filter(
      (m) => m.message.channel_id === channelId && !m.deleted,
    );
  }

  /** The interaction records (payload sent, acknowledgement, messages). */
  get interactions(): readonly InteractionRecord[] {
    return [...this.ctx.store.interactions.values()];
  }

  /** Forget recorded requests (messages, commands and sessions stay). */
  clearRecorded(): void {
    this.ctx.store.recorded.length = 0;
  }

  /** Subscribe to raw sim events; returns the unsubscribe function. */
  onEvent(listener: (event: SimEvent) => void): () => void {
    return this.ctx.store.subscribe(listener);
  }

  // ---- waiting -----------------------------------------------------------------------------------------

  private waitForEvent<T>(
    pick: (e: SimEvent) => T | undefined,
    timeoutMs: number,
    what: string,
    already?: () => T | undefined,
  ): Promise<T> {
    const existing = already?.();
    if (existing !== undefined) return Promise.resolve(existing);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new SimTimeoutError(`Timed out after ${timeoutMs} ms waiting for ${what}`, []));
      }, timeoutMs);
      const off = this.ctx.store.subscribe((e) => {
        const v = pick(e);
        if (v === undefined) return;
        clearTimeout(timer);
        off();
        resolve(v);
      });
    });
  }

  /** Resolve once the bot has identified and received READY and its GUILD_CREATEs. */
  waitForReady(timeoutMs = 30_000): Promise<IdentifyRecord> {
    const latest = () => {
      const current = this.ctx.gateway.current;
      return current && this.ctx.gateway.connected
        ? this.ctx.store.identifies.find((i) => i.sessionId === current.id)
        : undefined;
    };
    return this.waitForEvent(
      (e) => (e.kind === 'ready' ? latest() : undefined),
      timeoutMs,
      'the bot to identify',
      latest,
    );
  }

  /** Resolve once `count` shards (ids 0 to count - 1) have identified and are connected. */
  waitForShards(count: number, timeoutMs = 60_000): Promise<number[]> {
    const all = () => {
      const shards = this.ctx.gateway.connectedShards;
      return shards.length === count && shards.every((id, i) => id === i) ? shards : undefined;
    };
    return this.waitForEvent(
      (e) => (e.kind === 'ready' || e.kind === 'resumed' ? all() : undefined),
      timeoutMs,
      `${count} shards to connect`,
      all,
    );
  }

  /** Every guild's id and its first text channel, in the order they were seeded. */
  get guilds(): { id: string; channelId: string }[] {
    return [...this.ctx.world.guilds.values()].map((g) => ({ id: g.id, channelId: g.channels[0]!.id }));
  }

  /** The shard ids whose latest session is connected. */
  get connectedShards(): number[] {
    return this.ctx.gateway.connectedShards;
  }

  /** Resolve at the next successful RESUME (after {@link dropConnection}); resolves with the replayed event count. */
  waitForResume(timeoutMs = 30_000): Promise<number> {
    return this.waitForEvent(
      (e) => (e.kind === 'resumed' ? e.replayed : undefined),
      timeoutMs,
      'the bot to resume',
    );
  }

  /** Resolve once commands with these names are registered (any, if `names` is empty). */
  waitForCommands(names: readonly string[] = [], timeoutMs = 30_000): Promise<APIApplicationCommand[]> {
    const done = () => {
      const cmds = this.commands;
      if (names.length === 0 ? cmds.length > 0 : names.every((n) => cmds.some((c) => c.name === n)))
        return cmds;
      return undefined;
    };
    return this.waitForEvent(
      (e) => (e.kind === 'commands' ? done() : undefined),
      timeoutMs,
      `commands ${names.join(', ')}`,
      done,
    );
  }

  /** Resolve with the first recorded request (past or future) matching `predicate`. */
  waitForRequest(predicate: (r: RecordedRequest) => boolean, timeoutMs = 30_000): Promise<RecordedRequest> {
    return this.waitForEvent(
      (e) => (e.kind === 'request' && predicate(e.request) ? e.request : undefined),
      timeoutMs,
      'a matching request',
      () => this.ctx.store.recorded.find(predicate),
    );
  }

  // ---- acting as users ---------------------------------------------------------------------------------

  private source(actor: ActorOptions, channelId?: string): InteractionSource {
    const userId = typeof actor.user === 'string' ? actor.user : (actor.user?.id ?? this.user.id);
    const simUser = this.ctx.world.users.get(userId);
    if (!simUser) throw new InvocationError(`User ${userId} is not one of the sim's users`);
    const cid = channelId ?? actor.channelId ?? this.channelId;
    const guildId = this.ctx.world.channelGuild.get(cid);
    const guild = guildId ? this.ctx.world.guilds.get(guildId) : undefined;
    const channel = guild?.channels.find((c) => c.id === cid);
    if (!guild || !channel) throw new InvocationError(`Unknown channel ${cid}`);
    if (!guild.memberIds.includes(userId))
      throw new InvocationError(`User ${userId} is not in guild ${guild.id}`);
    return { world: this.ctx.world, guild, channel, userId, locale: actor.locale ?? simUser.locale };
  }

  private findCommand(guild: SimGuild, name: string): APIApplicationCommand | undefined {
    const isChat = (c: APIApplicationCommand) =>
      c.name === name && c.type === ApplicationCommandType.ChatInput;
    return this.ctx.store.commandList(guild.id).find(isChat) ?? this.ctx.store.commandList(null).find(isChat);
  }

  private async resolveCommand(guild: SimGuild, name: string): Promise<APIApplicationCommand | undefined> {
    const found = this.findCommand(guild, name);
    if (found || this.opts.strictCommands === false) return found;
    try {
      return await this.waitForEvent(
        (e) => (e.kind === 'commands' ? this.findCommand(guild, name) : undefined),
        this.opts.commandWaitMs ?? 30_000,
        `command /${name}`,
      );
    } catch {
      throw new InvocationError(
        `Command /${name} is not registered (registered: ${this.commands.map((c) => c.name).join(', ') || 'none'})`,
      );
    }
  }

  private dispatchInteraction(
    payload: APIInteraction,
    src: InteractionSource,
    componentMessageId?: string,
  ): InteractionRecord {
    if (!this.ctx.gateway.current) throw new InvocationError('The bot has not connected to the gateway');
    const record: InteractionRecord = {
      id: payload.id,
      token: payload.token,
      type: payload.type,
      payload,
      channelId: src.channel.id,
      guildId: src.guild.id,
      dispatchedAt: performance.now(),
      dispatchedOnClock: this.ctx.clock.now(),
      acknowledged: false,
      followUpIds: [],
    };
    if (componentMessageId) record.componentMessageId = componentMessageId;
    this.ctx.store.addInteraction(record);
    return record;
  }

  /** Wait for the bot's full answer to an interaction (subscribe first, then send). */
  private answer(record: InteractionRecord, wait: WaitOptions): Promise<BotReply> {
    const timeoutMs = wait.timeoutMs ?? this.opts.replyTimeoutMs ?? 30_000;
    const deadline = this.ctx.rules.interactionDeadlineMs;
    return new Promise<BotReply>((resolve, reject) => {
      const rejections: RecordedRequest[] = [];
      let finalId: string | undefined;
      let finalAt: number | undefined;
      let settled = false;
      const timers: NodeJS.Timeout[] = [];
      let cancelDeadline = () => {};
      const cleanup = () => {
        off();
        cancelDeadline();
        for (const t of timers) clearTimeout(t);
      };
      const fail = (e: Error) => {
        if (settled) return;
        settled = true;
        cleanup();
        reject(e);
      };
      const build = (): BotReply => {
        const stored = finalId ? this.ctx.store.messages.get(finalId) : undefined;
        const type = record.callbackType ?? InteractionResponseType.ChannelMessageWithSource;
        const at = finalAt ?? record.ackAt ?? performance.now();
        return {
          interactionId: record.id,
          callbackType: type,
          deferred:
            type === InteractionResponseType.DeferredChannelMessageWithSource ||
            type === InteractionResponseType.DeferredMessageUpdate,
          ephemeral: stored?.ephemeral ?? false,
          content: stored?.message.content ?? '',
          embeds: stored?.message.embeds ?? [],
          components: stored?.message.components ?? [],
          files: toFiles(stored?.files ?? []),
          allowedMentions: stored?.allowedMentions,
          message: stored?.message,
          modal: record.modal,
          followUps: record.followUpIds
            .map((id) => this.ctx.store.messages.get(id)?.message)
            .filter((m): m is APIMessage => m !== undefined),
          ackLatencyMs: (record.ackAt ?? at) - record.dispatchedAt,
          shard: record.shard,
          latencyMs: at - record.dispatchedAt,
          rejections,
        };
      };
      const complete = (messageId: string | undefined, at: number) => {
        if (settled || finalAt !== undefined) return;
        finalId = messageId;
        finalAt = at;
        const settleMs = wait.settleMs ?? 0;
        const finish = () => {
          if (settled) return;
          settled = true;
          cleanup();
          resolve(build());
        };
        if (settleMs > 0) timers.push(setTimeout(finish, settleMs));
        else finish();
      };
      const onEvent = (e: SimEvent) => {
        if (e.kind === 'request' && e.request.interactionId === record.id && e.request.rejected) {
          rejections.push(e.request);
          if (wait.failOnRejection) fail(new SimRejectionError(e.request));
          return;
        }
        if (e.kind === 'callback' && e.interaction.id === record.id) {
          switch (record.callbackType) {
            case InteractionResponseType.ChannelMessageWithSource:
            case InteractionResponseType.UpdateMessage:
              complete(record.originalMessageId, e.at);
              break;
            case InteractionResponseType.DeferredChannelMessageWithSource:
            case InteractionResponseType.DeferredMessageUpdate:
              break; // wait for the edit (or first follow-up)
            default:
              complete(undefined, e.at);
          }
          return;
        }
        if (e.kind === 'message' && record.acknowledged && finalAt === undefined && e.action === 'update') {
          const deferredReply =
            record.callbackType === InteractionResponseType.DeferredChannelMessageWithSource;
          const deferredUpdate = record.callbackType === InteractionResponseType.DeferredMessageUpdate;
          if ((deferredReply || deferredUpdate) && e.stored.message.id === record.originalMessageId) {
            complete(e.stored.message.id, e.at);
          }
        }
        // A deferred update may end in a follow-up instead (a private note, the message kept).
        if (
          e.kind === 'message' &&
          finalAt === undefined &&
          e.action === 'create' &&
          record.callbackType === InteractionResponseType.DeferredMessageUpdate &&
          record.followUpIds.includes(e.stored.message.id)
        ) {
          complete(e.stored.message.id, e.at);
        }
      };
      const off = this.ctx.store.subscribe(onEvent);
      // Discord's deadline runs on the sim's clock; the harness's own patience is real time.
      cancelDeadline = this.ctx.clock.after(deadline + 1, () => {
        if (!record.acknowledged) {
          fail(
            new SimTimeoutError(
              `The bot did not acknowledge interaction ${record.id} within ${deadline} ms ("The application did not respond")`,
              rejections,
            ),
          );
        }
      });
      timers.push(
        setTimeout(
          () =>
            fail(
              new SimTimeoutError(
                `The bot did not complete its answer to interaction ${record.id} within ${timeoutMs} ms`,
                rejections,
              ),
            ),
          timeoutMs,
        ),
      );
    });
  }

  /**
   * Waits for the bot's answer and sends the interaction. When it cannot be sent (no gateway
   * session), only that error is thrown: the wait for an answer that cannot come is dropped.
   */
  private deliver(record: InteractionRecord, wait: WaitOptions): Promise<BotReply> {
    const reply = this.answer(record, wait);
    try {
      this.send(record);
    } catch (error) {
      reply.catch(() => undefined);
      throw error;
    }
    return reply;
  }

  private send(record: InteractionRecord): void {
    record.dispatchedAt = performance.now();
    record.dispatchedOnClock = this.ctx.clock.now();
    if (!this.ctx.gateway.dispatch(GatewayDispatchEvents.InteractionCreate, record.payload)) {
      throw new InvocationError('The bot has no gateway session to receive the interaction');
    }
    record.shard = this.ctx.gateway.sessionFor(record.guildId)?.shard[0];
  }

  /**
   * Invoke a slash command as a user and resolve with the bot's reply: an immediate reply, or a deferred one once
   * the bot edits it (`deferred: true`, final content). Rejects with {@link SimTimeoutError} when the bot does not
   * acknowledge within the interaction deadline or does not complete in time.
   */
  async slashCommand(opts: SlashCommandOptions): Promise<BotReply> {
    const src = this.source(opts);
    const command = await this.resolveCommand(src.guild, opts.name);
    const path: { group?: string; subcommand?: string } = {};
    if (opts.subcommandGroup !== undefined) path.group = opts.subcommandGroup;
    if (opts.subcommand !== undefined) path.subcommand = opts.subcommand;
    const built = buildOptions(src, command, opts.options ?? {}, path);
    const record = this.dispatchInteraction(chatInputInteraction(src, command, opts.name, built), src);
    const reply = this.deliver(record, opts);
    return reply;
  }

  /** Send an autocomplete interaction for the focused option and resolve with the bot's choices. */
  async autocomplete(opts: AutocompleteOptions): Promise<AutocompleteReply> {
    const src = this.source(opts);
    const command = await this.resolveCommand(src.guild, opts.command);
    const path: { group?: string; subcommand?: string } = {};
    if (opts.subcommandGroup !== undefined) path.group = opts.subcommandGroup;
    if (opts.subcommand !== undefined) path.subcommand = opts.subcommand;
    const values = { ...opts.options, [opts.focused.name]: opts.focused.value };
    const built = buildOptions(src, command, values, path, opts.focused.name);
    const record = this.dispatchInteraction(autocompleteInteraction(src, command, opts.command, built), src);
    const reply = this.deliver(record, opts);
    const r = await reply;
    return {
      interactionId: record.id,
      choices: record.choices ?? [],
      latencyMs: r.latencyMs,
      rejections: r.rejections,
    };
  }

  private storedFor(ref: MessageRef): StoredMessage {
    const id =
      typeof ref === 'string' ? ref : 'interactionId' in ref || 'files' in ref ? ref.message?.id : ref.id;
    const stored = id ? this.ctx.store.messages.get(id) : undefined;
    if (!stored || stored.deleted) throw new InvocationError(`Unknown message ${id ?? '(none)'}`);
    return stored;
  }

  private component(stored: StoredMessage, customId: string): Record<string, unknown> {
    for (const c of walk(stored.message.components ?? [])) {
      if (c.custom_id === customId) {
        if (c.disabled === true) throw new InvocationError(`Component "${customId}" is disabled`);
        return c;
      }
    }
    throw new InvocationError(`Message ${stored.message.id} has no component with custom_id "${customId}"`);
  }

  /** Click a button on a bot message; resolves with the result (for UPDATE_MESSAGE: the updated message). */
  clickButton(opts: ComponentOptions): Promise<BotReply> {
    const stored = this.storedFor(opts.message);
    const c = this.component(stored, opts.customId);
    if (c.type !== ComponentType.Button || c.style === ButtonStyle.Link || c.style === ButtonStyle.Premium) {
      throw new InvocationError(`"${opts.customId}" is not an interactive button`);
    }
    const src = this.source(opts, stored.message.channel_id);
    const record = this.dispatchInteraction(
      buttonInteraction(src, stored.message, opts.customId),
      src,
      stored.message.id,
    );
    const reply = this.deliver(record, opts);
    return reply;
  }

  /** Choose values in a string select menu on a bot message. */
  selectMenu(opts: SelectMenuOptions): Promise<BotReply> {
    const stored = this.storedFor(opts.message);
    const c = this.component(stored, opts.customId);
    if (c.type !== ComponentType.StringSelect)
      throw new InvocationError(`"${opts.customId}" is not a string select menu`);
    const allowed = new Set(
      (Array.isArray(c.options) ? c.options : []).map((o) => (o as { value: string }).value),
    );
    for (const v of opts.values)
      if (!allowed.has(v)) throw new InvocationError(`"${v}" is not an option of "${opts.customId}"`);
    const min = typeof c.min_values === 'number' ? c.min_values : 1;
    const max = typeof c.max_values === 'number' ? c.max_values : 1;
    if (opts.values.length < min || opts.values.length > max) {
      throw new InvocationError(
        `Select "${opts.customId}" takes ${min}..${max} values, got ${opts.values.length}`,
      );
    }
    const src = this.source(opts, stored.message.channel_id);
    const record = this.dispatchInteraction(
      stringSelectInteraction(src, stored.message, opts.customId, opts.values),
      src,
      stored.message.id,
    );
    const reply = this.deliver(record, opts);
    return reply;
  }

  /**
   * Send the form of a modal the bot opened, filled in as `fields`. Discord's client lets a user send
   * only the modal's own text inputs, every required one filled, each within its length limits.
   */
  submitModal(opts: ModalSubmitOptions): Promise<BotReply> {
    const modal = opts.opened.modal;
    if (!modal) throw new InvocationError(`Interaction ${opts.opened.interactionId} opened no modal`);
    const inputs = [...walk(modal.components)].filter((c) => c.type === ComponentType.TextInput);
    for (const id of Object.keys(opts.fields))
      if (!inputs.some((c) => c.custom_id === id))
        throw new InvocationError(`The modal has no text input "${id}"`);
    for (const input of inputs) checkTextInput(input, opts.fields[String(input.custom_id)]);
    const opener = this.ctx.store.interactions.get(opts.opened.interactionId);
    const stored = opener?.componentMessageId
      ? this.ctx.store.messages.get(opener.componentMessageId)
      : undefined;
    const src = this.source(opts, opener?.channelId);
    const record = this.dispatchInteraction(
      modalSubmitInteraction(src, modal.custom_id, opts.fields, stored?.message),
      src,
      stored?.message.id,
    );
    return this.deliver(record, opts);
  }

  /**
   * Post a message as a user (MESSAGE_CREATE) and resolve with the bot's answer in that channel — preferably a
   * reply to it — or `null` if none comes within `timeoutMs`, or at once if the bot's intents do not let it see
   * the message.
   */
  async sendMessage(opts: SendMessageOptions): Promise<BotMessage | null> {
    const src = this.source(opts);
    const mention = `<@${this.bot.id}>`;
    const content =
      opts.mentionBot && !opts.content.includes(mention) && !opts.content.includes(`<@!${this.bot.id}>`)
        ? `${mention} ${opts.content}`
        : opts.content;
    const reference = opts.replyTo !== undefined ? this.storedFor(opts.replyTo) : undefined;
    const author = this.ctx.world.users.get(src.userId)?.user;
    if (!author) throw new InvocationError(`Unknown user ${src.userId}`);
    const message = createUserMessage(this.ctx.world, author, src.channel.id, content, reference);
    const stored: StoredMessage = {
      message,
      guildId: src.guild.id,
      files: [],
      allowedMentions: undefined,
      ephemeral: false,
      deleted: false,
    };
    const timeoutMs = opts.timeoutMs ?? 30_000;
    const started = performance.now();
    return new Promise<BotMessage | null>((resolve) => {
      let fallback: StoredMessage | undefined;
      let fallbackAt = 0;
      const finish = (value: BotMessage | null) => {
        clearTimeout(timer);
        off();
        resolve(value);
      };
      const timer = setTimeout(
        () => finish(fallback ? botMessage(fallback, started, fallbackAt) : null),
        timeoutMs,
      );
      const off = this.ctx.store.subscribe((e) => {
        if (e.kind !== 'message' || e.action !== 'create' || e.via !== 'channel') return;
        const m = e.stored.message;
        if (m.channel_id !== src.channel.id || m.author.id !== this.bot.id) return;
        if (m.message_reference?.message_id === message.id) finish(botMessage(e.stored, started, e.at));
        else if (!fallback) {
          fallback = e.stored;
          fallbackAt = e.at;
          // A plain channel message counts as the answer unless a real reply follows right away.
          setTimeout(() => {
            if (fallback) finish(botMessage(fallback, started, fallbackAt));
          }, 50);
        }
      });
      src.channel.last_message_id = message.id;
      this.ctx.store.putMessage(stored, 'create', 'user');
      const { user: _u, ...member } = interactionMember(this.ctx.world, src.guild, src.userId);
      if (!this.ctx.gateway.dispatchMessage('MESSAGE_CREATE', message, src.guild.id, member)) finish(null);
    });
  }

  /** Dispatch any gateway event to the bot (for events the harness has no helper for). */
  dispatch(event: string, data: unknown): boolean {
    return this.ctx.gateway.dispatch(event, data);
  }

  // ---- connection control ------------------------------------------------------------------------------

  /**
   * Drop the bot's gateway connection abnormally (no close frame, like a network failure; or with `code`, e.g.
   * 4000). discord.js then reconnects and RESUMEs; events dispatched meanwhile are replayed.
   */
  dropConnection(opts: { code?: number } = {}): void {
    this.ctx.gateway.dropConnection(opts.code);
  }

  /**
   * Answers the next request(s) of a route with a rate limit (429 with `retry_after`, global or per
   * route) or a server error (5xx), as Discord sometimes does; then the route works again.
   */
  injectFault(fault: Fault): void {
    this.ctx.faults.push(fault);
  }

  /** Send INVALID_SESSION; `resumable: false` forces a fresh IDENTIFY. */
  invalidateSession(resumable = false): void {
    this.ctx.gateway.invalidateSession(resumable);
  }

  /** Send RECONNECT (op 7). */
  requestReconnect(): void {
    this.ctx.gateway.requestReconnect();
  }

  /** Close all connections and the server. Safe to call twice. */
  async stop(): Promise<void> {
    await this.ctx.gateway.close();
    if (!this.server.listening) return;
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

/** A text input's value as Discord's client would send it: required ones filled, lengths kept. */
function checkTextInput(input: Record<string, unknown>, value: string | undefined): void {
  const id = String(input.custom_id);
  const length = value?.length ?? 0;
  if (input.required !== false && length === 0) throw new InvocationError(`Text input "${id}" is required`);
  if (length > 0 && typeof input.min_length === 'number' && length < input.min_length)
    throw new InvocationError(`Text input "${id}" takes at least ${input.min_length} characters`);
  if (typeof input.max_length === 'number' && length > input.max_length)
    throw new InvocationError(`Text input "${id}" takes at most ${input.max_length} characters`);
}
