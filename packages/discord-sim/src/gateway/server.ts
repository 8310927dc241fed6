/**
 * The gateway: HELLO, IDENTIFY → READY → GUILD_CREATE, heartbeats, sequence numbers, RESUME with replay,
 * INVALID_SESSION, RECONNECT, dispatches filtered by the intents the bot identified with, and shards:
 * a session that identified as `[id, count]` gets the guilds where `(guild_id >> 22) % count == id`
 * (and direct messages on shard 0), and each guild's events go to exactly one session.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  type APIMessage,
  type APIUser,
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayIntentBits,
  GatewayOpcodes,
  type GatewayReadyDispatchData,
} from 'discord-api-types/v10';
import { WebSocket, WebSocketServer } from 'ws';
import type { SimStore } from '../model/store.ts';
import { guildCreatePayload, memberOf, type SimWorld } from '../model/world.ts';
import { randomToken } from '../snowflake.ts';

/** Intents that need to be switched on in the developer portal. */
const PRIVILEGED =
  GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;
/** Every intent bit Discord knows. */
const ALL_INTENTS = Object.values(GatewayIntentBits)
  .filter((v): v is number => typeof v === 'number')
  .reduce((a, b) => a | b, 0);

export interface GatewayOptions {
  world: SimWorld;
  store: SimStore;
  token: string;
  heartbeatIntervalMs: number;
  /** Close a connection that sent no heartbeat for this long (default 2 × interval + 1 s). */
  heartbeatTimeoutMs?: number;
  /** Privileged intents the "developer portal" allows (default: all). */
  allowedPrivilegedIntents: number;
  /** Dispatches kept per session for RESUME. */
  replayBuffer?: number;
  /** The shard count `GET /gateway/bot` recommends (default 1). */
  shards?: number;
  log?: (line: string) => void;
}

interface DispatchPayload {
  op: GatewayOpcodes.Dispatch;
  t: string;
  s: number;
  d: unknown;
}

/** One gateway session (survives dropped connections until invalidated). */
export interface GatewaySession {
  id: string;
  intents: number;
  seq: number;
  buffer: DispatchPayload[];
  ws: WebSocket | null;
  invalidated: boolean;
  /** `[id, count]`; `[0, 1]` for a bot that does not shard. */
  shard: [number, number];
}

/** The shard a guild's events go to, as Discord computes it. */
export function shardOf(guildId: string | undefined, count: number): number {
  return guildId === undefined ? 0 : Number((BigInt(guildId) >> 22n) % BigInt(count));
}

interface ConnectionState {
  session: GatewaySession | null;
  lastHeartbeat: number;
  watchdog: NodeJS.Timeout | undefined;
}

export class GatewayServer {
  readonly sessions = new Map<string, GatewaySession>();
  /** The latest session that identified (the bot's only one when it does not shard). */
  current: GatewaySession | null = null;
  /** For each shard id, the latest session that identified as it: the one its guilds' events go to. */
  readonly #byShard = new Map<number, GatewaySession>();
  private readonly wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  private readonly connections = new Map<WebSocket, ConnectionState>();
  private url = '';

  constructor(private readonly opts: GatewayOptions) {}

  /** The shard count `GET /gateway/bot` recommends. */
  get recommendedShards(): number {
    return this.opts.shards ?? 1;
  }

  /** Set the public gateway URL (used for `resume_gateway_url`). */
  setUrl(url: string): void {
    this.url = url;
  }

  /** Take over an HTTP upgrade request. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const query = new URL(req.url ?? '/', 'http://x').searchParams;
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, query));
  }

  private log(line: string): void {
    this.opts.log?.(`[gateway] ${line}`);
  }

  private send(ws: WebSocket, payload: unknown): void {
    if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(payload));
  }

  private onConnection(ws: WebSocket, query: URLSearchParams): void {
    const version = query.get('v');
    if (version !== null && version !== '10') {
      ws.close(GatewayCloseCodes.InvalidAPIVersion, 'Invalid API version');
      return;
    }
    const encoding = query.get('encoding');
    if (encoding !== null && encoding !== 'json') {
      ws.close(GatewayCloseCodes.DecodeError, 'Only encoding=json is simulated');
      return;
    }
    const state: ConnectionState = { session: null, lastHeartbeat: Date.now(), watchdog: undefined };
    this.connections.set(ws, state);
    const timeout = this.opts.heartbeatTimeoutMs ?? this.opts.heartbeatIntervalMs * 2 + 1000;
    state.watchdog = setInterval(
      () => {
        if (Date.now() - state.lastHeartbeat > timeout) {
          this.log('no heartbeat in time: closing with 4009');
          ws.close(GatewayCloseCodes.SessionTimedOut, 'Session timed out');
        }
      },
      Math.max(50, Math.floor(timeout / 4)),
    );
    state.watchdog.unref();
    ws.on('message', (data, isBinary) => this.onMessage(ws, state, isBinary ? null : data.toString()));
    ws.on('close', (code) => {
      clearInterval(state.watchdog);
      this.connections.delete(ws);
      if (state.session && state.session.ws === ws) state.session.ws = null;
      this.opts.store.emit({ kind: 'disconnect', sessionId: state.session?.id ?? null, code });
    });
    ws.on('error', () => {});
    this.send(ws, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.opts.heartbeatIntervalMs } });
  }

  private onMessage(ws: WebSocket, state: ConnectionState, text: string | null): void {
    let payload: { op?: unknown; d?: unknown };
    try {
      if (text === null) throw new Error('binary');
      payload = JSON.parse(text) as { op?: unknown; d?: unknown };
    } catch {
      ws.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    const d = (payload.d ?? {}) as Record<string, unknown>;
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        state.lastHeartbeat = Date.now();
        this.send(ws, { op: GatewayOpcodes.HeartbeatAck });
        return;
      case GatewayOpcodes.Identify:
        this.identify(ws, state, d);
        return;
      case GatewayOpcodes.Resume:
        this.resume(ws, state, d);
        return;
      default:
        break;
    }
    if (!state.session) {
      ws.close(GatewayCloseCodes.NotAuthenticated, 'Not authenticated.');
      return;
    }
    switch (payload.op) {
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestSoundboardSounds:
        return;
      case GatewayOpcodes.RequestGuildMembers:
        this.guildMembersChunk(state.session, d);
        return;
      default:
        ws.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
    }
  }

  private checkToken(ws: WebSocket, token: unknown): boolean {
    const t = typeof token === 'string' ? token.replace(/^Bot\s+/i, '') : '';
    if (t !== this.opts.token) {
      ws.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return false;
    }
    return true;
  }

  private identify(ws: WebSocket, state: ConnectionState, d: Record<string, unknown>): void {
    if (state.session) {
      ws.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
      return;
    }
    if (!this.checkToken(ws, d.token)) return;
    const intents = d.intents;
    if (typeof intents !== 'number' || !Number.isInteger(intents) || (intents & ~ALL_INTENTS) !== 0) {
      ws.close(GatewayCloseCodes.InvalidIntents, 'Invalid intent(s).');
      return;
    }
    if ((intents & PRIVILEGED & ~this.opts.allowedPrivilegedIntents) !== 0) {
      ws.close(GatewayCloseCodes.DisallowedIntents, 'Disallowed intent(s).');
      return;
    }
    const shard = d.shard === undefined ? ([0, 1] as [number, number]) : validShard(d.shard);
    if (!shard) {
      ws.close(GatewayCloseCodes.InvalidShard, 'Invalid shard.');
      return;
    }
    const { world, store } = this.opts;
    const session: GatewaySession = {
      id: randomToken('', 16),
      intents,
      seq: 0,
      buffer: [],
      ws,
      invalidated: false,
      shard,
    };
    this.sessions.set(session.id, session);
    this.current = session;
    // A shard that identifies again replaces its old session: a guild is never served twice.
    this.#byShard.set(shard[0], session);
    state.session = session;
    const identify = {
      at: Date.now(),
      sessionId: session.id,
      intents,
      properties: d.properties,
      ...(d.shard !== undefined ? { shard: session.shard } : {}),
      ...(d.presence !== undefined ? { presence: d.presence } : {}),
      ...(typeof d.compress === 'boolean' ? { compress: d.compress } : {}),
      ...(typeof d.large_threshold === 'number' ? { largeThreshold: d.large_threshold } : {}),
    };
    store.identifies.push(identify);
    store.emit({ kind: 'identify', identify });
    this.log(`IDENTIFY intents=${intents} → session ${session.id}`);
    const guilds = [...world.guilds.values()].filter((g) => shardOf(g.id, shard[1]) === shard[0]);
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: world.bot,
      guilds: guilds.map(({ id }) => ({ id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.url,
      application: {
        id: world.application.id,
        flags: world.application.flags,
        flags_new: String(world.application.flags),
      },
    };
    if (d.shard !== undefined) ready.shard = session.shard;
    this.dispatchTo(session, GatewayDispatchEvents.Ready, ready);
    if (intents & GatewayIntentBits.Guilds) {
      for (const guild of guilds) {
        this.dispatchTo(session, GatewayDispatchEvents.GuildCreate, guildCreatePayload(world, guild));
      }
    }
    store.emit({ kind: 'ready', sessionId: session.id });
  }

  private resume(ws: WebSocket, state: ConnectionState, d: Record<string, unknown>): void {
    if (state.session) {
      ws.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
      return;
    }
    if (!this.checkToken(ws, d.token)) return;
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    const seq = typeof d.seq === 'number' ? d.seq : -1;
    const oldest = session?.buffer[0]?.s ?? (session ? session.seq + 1 : 0);
    if (!session || session.invalidated || seq > session.seq || seq < oldest - 1) {
      this.log(`RESUME refused (session ${String(d.session_id)}, seq ${seq})`);
      this.send(ws, { op: GatewayOpcodes.InvalidSession, d: false });
      return;
    }
    if (session.ws && session.ws !== ws) session.ws.terminate();
    session.ws = ws;
    state.session = session;
    const missed = session.buffer.filter((p) => p.s > seq);
    for (const p of missed) this.send(ws, p);
    this.dispatchTo(session, GatewayDispatchEvents.Resumed, {});
    this.log(`RESUMED session ${session.id}, replayed ${missed.length}`);
    this.opts.store.emit({ kind: 'resumed', sessionId: session.id, replayed: missed.length });
  }

  private guildMembersChunk(session: GatewaySession, d: Record<string, unknown>): void {
    const { world } = this.opts;
    const guild = typeof d.guild_id === 'string' ? world.guilds.get(d.guild_id) : undefined;
    if (!guild) return;
    const chunk = {
      guild_id: guild.id,
      members: guild.memberIds.map((id) => memberOf(world, guild, id)),
      chunk_index: 0,
      chunk_count: 1,
      nonce: d.nonce,
    };
    this.dispatchTo(session, GatewayDispatchEvents.GuildMembersChunk, chunk);
  }

  private dispatchTo(session: GatewaySession, t: string, d: unknown): void {
    const payload: DispatchPayload = { op: GatewayOpcodes.Dispatch, t, s: ++session.seq, d };
    session.buffer.push(payload);
    const cap = this.opts.replayBuffer ?? 1000;
    if (session.buffer.length > cap) session.buffer.splice(0, session.buffer.length - cap);
    if (session.ws) this.send(session.ws, payload);
  }

  /**
   * Dispatch an event to the session of the shard its `guild_id` belongs to (shard 0 without one). If `intent`
   * is given, only a session that identified with it receives the event (as on Discord). Returns false when no
   * session would receive it. When the connection is down the event is buffered and replayed on RESUME.
   */
  dispatch(t: string, d: unknown, intent?: number): boolean {
    const session = this.sessionFor((d as { guild_id?: string } | null)?.guild_id);
    if (!session || session.invalidated) return false;
    if (intent !== undefined && (session.intents & intent) === 0) return false;
    this.dispatchTo(session, t, d);
    return true;
  }

  /** The session a guild's events go to (shard 0's for direct messages), if any. */
  sessionFor(guildId: string | undefined): GatewaySession | undefined {
    const count = this.current?.shard[1] ?? 1;
    const session = this.#byShard.get(shardOf(guildId, count));
    return session?.shard[1] === count ? session : undefined;
  }

  /** The shard ids whose latest session is connected. */
  get connectedShards(): number[] {
    return [...this.#byShard.entries()]
      .filter(([, s]) => !s.invalidated && s.ws?.readyState === WebSocket.OPEN)
      .map(([id]) => id)
      .sort((a, b) => a - b);
  }

  /** Dispatch MESSAGE_CREATE/UPDATE with Discord's MESSAGE_CONTENT rule applied. */
  dispatchMessage(
    t: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE',
    message: APIMessage,
    guildId: string | undefined,
    member: unknown,
  ): boolean {
    const session = this.sessionFor(guildId);
    if (!session) return false;
    const intent = guildId ? GatewayIntentBits.GuildMessages : GatewayIntentBits.DirectMessages;
    const payload = {
      ...withoutContentUnlessAllowed(message, session.intents, this.opts.world.bot, !guildId),
    } as Record<string, unknown>;
    if (guildId) {
      payload.guild_id = guildId;
      if (member) payload.member = member;
    }
    return this.dispatch(t, payload, intent);
  }

  /** True while the bot's current session has an open socket. */
  get connected(): boolean {
    return this.current?.ws?.readyState === WebSocket.OPEN;
  }

  /**
   * Drop the bot's connection abnormally. Without `code` the socket is destroyed without a close frame (the
   * client sees 1006, like a network failure); with a code (e.g. 4000) it is closed with that code.
   */
  dropConnection(code?: number): void {
    const ws = this.current?.ws;
    if (!ws) throw new Error('The bot is not connected');
    if (code === undefined) ws.terminate();
    else ws.close(code, 'Simulated drop');
  }

  /** Send INVALID_SESSION (op 9). With `resumable: false` the session is discarded. */
  invalidateSession(resumable: boolean): void {
    const session = this.current;
    if (!session?.ws) throw new Error('The bot is not connected');
    if (!resumable) session.invalidated = true;
    this.send(session.ws, { op: GatewayOpcodes.InvalidSession, d: resumable });
  }

  /** Send RECONNECT (op 7): the client should reconnect and resume. */
  requestReconnect(): void {
    const ws = this.current?.ws;
    if (!ws) throw new Error('The bot is not connected');
    this.send(ws, { op: GatewayOpcodes.Reconnect, d: null });
  }

  /** Close every connection and stop accepting new ones. */
  async close(): Promise<void> {
    for (const [ws, state] of this.connections) {
      clearInterval(state.watchdog);
      ws.terminate();
    }
    this.connections.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}

/** `[id, count]` with 0 <= id < count, or null. */
function validShard(value: unknown): [number, number] | null {
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [id, count] = value as unknown[];
  if (!Number.isInteger(id) || !Number.isInteger(count)) return null;
  return (count as number) >= 1 && (id as number) >= 0 && (id as number) < (count as number)
    ? [id as number, count as number]
    : null;
}

/**
 * Without the MESSAGE_CONTENT intent a bot gets messages with empty content, embeds, attachments, components and
 * poll, except its own messages, DMs and messages that mention it.
 */
export function withoutContentUnlessAllowed(
  message: APIMessage,
  intents: number,
  bot: APIUser,
  isDm: boolean,
): APIMessage {
  if (intents & GatewayIntentBits.MessageContent) return message;
  if (isDm || message.author.id === bot.id || message.mentions.some((u) => u.id === bot.id)) return message;
  const { poll: _poll, ...rest } = message;
  return { ...rest, content: '', embeds: [], attachments: [], components: [] };
}
