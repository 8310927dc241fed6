/**
 * The HTTP side of the sim (node:http): `/api[/v10]/...` REST routes, `/attachments/...` file downloads and the
 * `/gateway` WebSocket upgrade, all on one port. Every request is recorded; unknown routes answer 404 JSON.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { UploadedFile } from '../model/messages.ts';
import { type DiscordErrorBody, DiscordHttpError, flattenErrorTree } from '../validate/errors.ts';
import { channelRoutes } from './channels.ts';
import { commandRoutes } from './commands.ts';
import type { Route, SimContext, SimRequest, SimResponse } from './context.ts';
import { interactionRoutes } from './interactions.ts';
import { miscRoutes } from './misc.ts';
import { multipartBoundary, parseMultipart } from './multipart.ts';

interface CompiledRoute extends Route {
  regex: RegExp;
  keys: string[];
}

function compile(route: Route): CompiledRoute {
  const keys: string[] = [];
  const source = route.pattern
    .split('/')
    .map((seg) => {
      if (seg.startsWith(':')) {
        keys.push(seg.slice(1));
        return '([^/]+)';
      }
      return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { ...route, regex: new RegExp(`^${source}/?$`), keys };
}

/** Every route the sim serves, in match order (specific before generic). */
export const ROUTES: readonly CompiledRoute[] = [
  ...miscRoutes,
  ...commandRoutes,
  ...interactionRoutes,
  ...channelRoutes,
].map(compile);

const MAX_BODY = 64 * 1024 * 1024;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY)
      throw new DiscordHttpError(413, { code: 40005, message: 'Request entity too large' });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function parseBody(raw: Buffer, contentType: string | undefined): { body: unknown; uploads: UploadedFile[] } {
  if (raw.length === 0) return { body: undefined, uploads: [] };
  const boundary = multipartBoundary(contentType);
  if (boundary) {
    let parts: ReturnType<typeof parseMultipart>;
    try {
      parts = parseMultipart(raw, boundary);
    } catch {
      throw new DiscordHttpError(400, { code: 50109, message: 'The request body contains invalid JSON.' });
    }
    const uploads: UploadedFile[] = [];
    let body: Record<string, unknown> | undefined;
    const fields: Record<string, unknown> = {};
    for (const part of parts) {
      if (part.name === 'payload_json') {
        body = JSON.parse(part.data.toString('utf8')) as Record<string, unknown>;
      } else if (part.filename !== undefined || /^files\[\d+\]$/.test(part.name)) {
        uploads.push({
          field: part.name,
          name: part.filename ?? part.name,
          contentType: part.contentType ?? 'application/octet-stream',
          data: part.data,
        });
      } else {
        fields[part.name] = part.data.toString('utf8');
      }
    }
    return { body: body ?? fields, uploads };
  }
  try {
    return { body: JSON.parse(raw.toString('utf8')), uploads: [] };
  } catch {
    throw new DiscordHttpError(400, { code: 50109, message: 'The request body contains invalid JSON.' });
  }
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (status === 204 || body === undefined) {
    res.writeHead(status === 200 ? 204 : status, headers);
    res.end();
    return;
  }
  const json = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

function serveAttachment(ctx: SimContext, path: string, res: ServerResponse): boolean {
  const m = /^\/attachments\/(\d+)\/(\d+)\/[^/]+$/.exec(path);
  if (!m) return false;
  for (const stored of ctx.store.messages.values()) {
    const file = stored.files.find((f) => f.id === m[2]);
    if (file && stored.message.channel_id === m[1]) {
      res.writeHead(200, { 'content-type': file.contentType, 'content-length': file.size });
      res.end(file.data);
      return true;
    }
  }
  res.writeHead(404);
  res.end();
  return true;
}

/** The first injected fault for this route, used up by one request; with its answer. */
function takeFault(
  ctx: SimContext,
  route: string,
): { result: SimResponse; headers: Record<string, string> } | null {
  const at = ctx.faults.findIndex((f) => f.route === undefined || f.route === route);
  if (at < 0) return null;
  const fault = ctx.faults[at]!;
  const left = (fault.times ?? 1) - 1;
  if (left > 0) ctx.faults[at] = { ...fault, times: left };
  else ctx.faults.splice(at, 1);
  if (fault.status !== 429) {
    const body = { code: 0, message: `${fault.status}: Server Error` };
    return { result: { status: fault.status, body }, headers: {} };
  }
  const seconds = (fault.retryAfterMs ?? 100) / 1000;
  const scope = fault.global ? 'global' : 'user';
  const body = {
    code: 0,
    message: 'You are being rate limited.',
    retry_after: seconds,
    global: fault.global ?? false,
  };
  const headers: Record<string, string> = {
    'retry-after': String(Math.max(1, Math.ceil(seconds))),
    'x-ratelimit-scope': scope,
    ...(fault.global ? { 'x-ratelimit-global': 'true' } : {}),
  };
  return { result: { status: 429, body }, headers };
}

/** Handle one HTTP request (exported for tests that want to call it without a socket). */
export async function handle(ctx: SimContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = performance.now();
  const url = new URL(req.url ?? '/', 'http://sim');
  const method = (req.method ?? 'GET').toUpperCase();
  if (method === 'GET' && serveAttachment(ctx, url.pathname, res)) return;
  const path = url.pathname.replace(/^\/api/, '').replace(/^\/v\d+/, '');
  let route: CompiledRoute | undefined;
  let params: Record<string, string> = {};
  for (const r of ROUTES) {
    if (r.method !== method) continue;
    const m = r.regex.exec(path);
    if (!m) continue;
    route = r;
    params = Object.fromEntries(r.keys.map((k, i) => [k, decodeURIComponent(m[i + 1] ?? '')]));
    break;
  }
  let body: unknown;
  let uploads: UploadedFile[] = [];
  let result: SimResponse;
  let headers: Record<string, string> = {};
  let error: DiscordErrorBody | undefined;
  let interactionId: string | undefined;
  try {
    const raw = await readBody(req);
    ({ body, uploads } = parseBody(raw, req.headers['content-type']));
    if (!route) {
      ctx.log?.(`[rest] unsupported route ${method} ${path}`);
      throw new DiscordHttpError(404, { code: 0, message: '404: Not Found' });
    }
    if (route.auth && req.headers.authorization !== `Bot ${ctx.token}`) {
      throw new DiscordHttpError(401, { code: 0, message: '401: Unauthorized' });
    }
    const simReq: SimRequest = {
      method,
      path,
      params,
      query: url.searchParams,
      headers: req.headers,
      body,
      uploads,
    };
    const fault = takeFault(ctx, `${route.method} ${route.pattern}`);
    if (fault) ({ result, headers } = fault);
    else result = await route.handler(ctx, simReq);
    interactionId = result.interactionId;
  } catch (e) {
    if (e instanceof DiscordHttpError) {
      result = { status: e.status, body: e.body };
      error = e.body;
      interactionId = e.interactionId;
    } else {
      ctx.log?.(`[rest] internal error on ${method} ${path}: ${String(e)}`);
      result = { status: 500, body: { code: 0, message: `500: Internal Server Error (${String(e)})` } };
      error = result.body as DiscordErrorBody;
    }
  }
  send(res, result.status, result.body, headers);
  const rejected = result.status >= 400;
  const reason = error
    ? error.errors
      ? flattenErrorTree(error.errors).join('; ')
      : `${error.code}: ${error.message}`
    : undefined;
  if (rejected) ctx.log?.(`[rest] ${method} ${path} → ${result.status} ${reason ?? ''}`);
  ctx.store.record({
    at: Date.now(),
    method,
    path,
    route: route ? `${route.method} ${route.pattern}` : null,
    query: Object.fromEntries(url.searchParams),
    body,
    files: uploads.map((u) => ({
      field: u.field,
      name: u.name,
      contentType: u.contentType,
      size: u.data.length,
    })),
    status: result.status,
    response: result.body,
    rejected,
    ...(error ? { error } : {}),
    ...(reason ? { reason } : {}),
    unknownRoute: !route,
    ...(interactionId ? { interactionId } : {}),
    durationMs: performance.now() - started,
  });
}

/** Create the HTTP server; upgrades on `/gateway` go to the gateway. */
export function createSimServer(ctx: SimContext): Server {
  const server = createServer((req, res) => {
    handle(ctx, req, res).catch((e: unknown) => {
      ctx.log?.(`[rest] unhandled: ${String(e)}`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.keepAliveTimeout = 5_000;
  server.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://sim').pathname;
    if (path === '/gateway' || path === '/gateway/' || path === '/') {
      ctx.gateway.handleUpgrade(req, socket, head);
    } else {
      socket.destroy();
    }
  });
  return server;
}
