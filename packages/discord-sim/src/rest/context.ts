import type { SimClock } from '../clock.ts';
import type { GatewayServer } from '../gateway/server.ts';
import type { UploadedFile } from '../model/messages.ts';
import type { SimStore } from '../model/store.ts';
import type { SimWorld } from '../model/world.ts';

/** Timing and size rules the REST side enforces. */
export interface RestRules {
  /** An interaction's initial response must arrive within this many ms of its dispatch (Discord: 3,000). */
  interactionDeadlineMs: number;
  /** The interaction token (edits, follow-ups) stays valid this long (Discord: 15 minutes). */
  interactionTokenTtlMs: number;
  /** Largest accepted upload per file, in bytes (Discord's default: 10 MiB). */
  maxFileSize: number;
}

/** What every route handler can reach. */
export interface SimContext {
  world: SimWorld;
  store: SimStore;
  gateway: GatewayServer;
  token: string;
  /** `http://127.0.0.1:PORT` (no `/api`). */
  baseUrl: string;
  rules: RestRules;
  /** The time Discord's deadlines are measured in. */
  clock: SimClock;
  /** Failures to answer with before handling, as Discord sometimes does (see `DiscordSim.injectFault`). */
  faults: Fault[];
  log?: (line: string) => void;
}

/**
 * A failure Discord answers with: a rate limit (429, with `retry_after`, global or per route) or a
 * server error (5xx), for the next `times` requests of a route (any route when none is given).
 */
export interface Fault {
  /** `METHOD /pattern`, as recorded requests name their route, e.g. `POST /interactions/:id/:token/callback`. */
  route?: string | undefined;
  status: 429 | 500 | 502 | 503;
  /** For 429: how long to wait, in ms (default 100). */
  retryAfterMs?: number | undefined;
  /** For 429: the global limit rather than the route's. */
  global?: boolean | undefined;
  /** How many requests fail (default 1). */
  times?: number | undefined;
}

/** A parsed REST request. */
export interface SimRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  uploads: UploadedFile[];
}

/** What a handler answers. `body` undefined with status 204 = no content. */
export interface SimResponse {
  status: number;
  body?: unknown;
  /** Tag the recorded request with this interaction. */
  interactionId?: string;
}

export type RouteHandler = (ctx: SimContext, req: SimRequest) => SimResponse | Promise<SimResponse>;

export interface Route {
  method: string;
  /** e.g. `/interactions/:id/:token/callback` */
  pattern: string;
  /** Whether `Authorization: Bot <token>` is required. */
  auth: boolean;
  handler: RouteHandler;
}
