/**
 * Everything the sim remembers: messages (with the uploaded file bytes), registered commands, interactions,
 * gateway identifies and every REST request. Changes are announced as {@link SimEvent}s so the harness can wait
 * for them.
 */
import { EventEmitter } from 'node:events';
import type {
  APIAllowedMentions,
  APIApplicationCommand,
  APIApplicationCommandOptionChoice,
  APIInteraction,
  APIMessage,
  APIModalInteractionResponseCallbackData,
  InteractionResponseType,
  InteractionType,
} from 'discord-api-types/v10';
import type { DiscordErrorBody } from '../validate/errors.ts';

/** A file the bot uploaded (multipart `files[n]`), bytes included. */
export interface SimFile {
  /** The attachment id Discord gave it. */
  id: string;
  /** File name as uploaded (or as renamed in `attachments[].filename`). */
  name: string;
  /** The part's Content-Type (e.g. `image/png`). */
  contentType: string;
  data: Buffer;
  size: number;
  description?: string;
  /** Where the sim serves the bytes (`GET`, no auth). */
  url: string;
}

/** A message as the sim stores it. */
export interface StoredMessage {
  message: APIMessage;
  guildId: string | undefined;
  files: SimFile[];
  /** The `allowed_mentions` the bot sent with the latest create/edit (undefined when it sent none). */
  allowedMentions: APIAllowedMentions | undefined;
  /** The interaction this message answers, if any. */
  interactionId?: string;
  ephemeral: boolean;
  deleted: boolean;
}

/** One REST request as the sim saw it. */
export interface RecordedRequest {
  /** Increasing number, in arrival order. */
  seq: number;
  at: number;
  method: string;
  /** Path after `/api/v10` (e.g. `/interactions/1/tok/callback`). */
  path: string;
  /** The matched route template (e.g. `POST /interactions/:id/:token/callback`), or `null` if none matched. */
  route: string | null;
  query: Record<string, string>;
  /** Parsed JSON body (or `payload_json`). */
  body: unknown;
  /** Names, types and sizes of uploaded files. */
  files: { field: string; name: string; contentType: string; size: number }[];
  status: number;
  response: unknown;
  /** True when answered with an error status (4xx/5xx). */
  rejected: boolean;
  /** For rejections: Discord's error body. */
  error?: DiscordErrorBody;
  /** For rejections: a one-line human reason, e.g. `data.content[BASE_TYPE_MAX_LENGTH]: Must be 2000 or fewer in length.` */
  reason?: string;
  /** True when no route matched (404): the bot used something the sim does not support. */
  unknownRoute: boolean;
  /** Interaction id, when the request concerned an interaction (callback or its webhook). */
  interactionId?: string;
  durationMs: number;
}

/** What the sim knows about one interaction it dispatched. */
export interface InteractionRecord {
  id: string;
  token: string;
  type: InteractionType;
  payload: APIInteraction;
  channelId: string;
  guildId: string | undefined;
  /** `performance.now()` when dispatched on the gateway. */
  dispatchedAt: number;
  /** The shard whose session it was dispatched to. */
  shard?: number | undefined;
  /** The sim clock's time when dispatched: Discord's deadlines count from here. */
  dispatchedOnClock: number;
  acknowledged: boolean;
  callbackType?: InteractionResponseType;
  ackAt?: number;
  /** The `@original` message: the response, or for component interactions the message the component is on. */
  originalMessageId?: string;
  /** For component interactions: the message the clicked component belongs to. */
  componentMessageId?: string;
  choices?: APIApplicationCommandOptionChoice[];
  modal?: APIModalInteractionResponseCallbackData;
  followUpIds: string[];
}

/** A gateway IDENTIFY the bot sent. */
export interface IdentifyRecord {
  at: number;
  sessionId: string;
  intents: number;
  properties: unknown;
  shard?: [number, number];
  presence?: unknown;
  compress?: boolean;
  largeThreshold?: number;
}

/** A registered application command, with where it was registered. */
export interface StoredCommand {
  command: APIApplicationCommand;
  /** `null` for global commands. */
  guildId: string | null;
}

/** Changes the harness may wait for. */
export type SimEvent =
  | { kind: 'request'; request: RecordedRequest }
  | { kind: 'callback'; interaction: InteractionRecord; at: number }
  | {
      kind: 'message';
      action: 'create' | 'update' | 'delete';
      stored: StoredMessage;
      at: number;
      /** How it happened. */
      via: 'callback' | 'webhook' | 'channel' | 'user';
    }
  | { kind: 'commands'; guildId: string | null }
  | { kind: 'identify'; identify: IdentifyRecord }
  | { kind: 'ready'; sessionId: string }
  | { kind: 'resumed'; sessionId: string; replayed: number }
  | { kind: 'disconnect'; sessionId: string | null; code: number };

export class SimStore {
  readonly events = new EventEmitter();
  readonly messages = new Map<string, StoredMessage>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly interactionsByToken = new Map<string, InteractionRecord>();
  /** key: `${guildId ?? 'global'}:${commandId}` */
  readonly commands = new Map<string, StoredCommand>();
  readonly recorded: RecordedRequest[] = [];
  readonly identifies: IdentifyRecord[] = [];
  private requestSeq = 0;

  constructor() {
    this.events.setMaxListeners(0);
  }

  emit(event: SimEvent): void {
    this.events.emit('event', event);
  }

  /** Subscribe to every event; returns the unsubscribe function. */
  subscribe(listener: (event: SimEvent) => void): () => void {
    this.events.on('event', listener);
    return () => this.events.off('event', listener);
  }

  record(request: Omit<RecordedRequest, 'seq'>): RecordedRequest {
    const full = { ...request, seq: ++this.requestSeq };
    this.recorded.push(full);
    this.emit({ kind: 'request', request: full });
    return full;
  }

  putMessage(
    stored: StoredMessage,
    action: 'create' | 'update',
    via: 'callback' | 'webhook' | 'channel' | 'user',
  ): void {
    this.messages.set(stored.message.id, stored);
    this.emit({ kind: 'message', action, stored, at: performance.now(), via });
  }

  addInteraction(record: InteractionRecord): void {
    this.interactions.set(record.id, record);
    this.interactionsByToken.set(record.token, record);
  }

  commandList(guildId: string | null): APIApplicationCommand[] {
    return [...this.commands.values()].filter((c) => c.guildId === guildId).map((c) => c.command);
  }
}
