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
  log?: (line: string) => void;
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
