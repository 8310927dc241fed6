import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HealthOptions {
  port: number;
  /** Default 127.0.0.1: probes come from the same host (or the container's own health check). */
  host?: string | undefined;
  /** Connected to Discord and the store answering. */
  ready: () => Promise<boolean>;
  /** The Prometheus text exposition for `/metrics`. */
  metrics: () => Promise<string>;
}

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

/** How long `/readyz` waits for the store before calling it not ready. */
const READY_TIMEOUT_MS = 2_000;

/**
 * `/healthz` (the process answers) and `/readyz` (Discord connected and the store reachable), for
 * a container's health check or an orchestrator's probes, and `/metrics` for Prometheus. Nothing
 * else is served.
 */
export async function startHealthServer(options: HealthOptions): Promise<HealthServer> {
  const server = createServer((req, res) => {
    const reply = (status: number, text: string) =>
      res.writeHead(status, { 'content-type': 'text/plain' }).end(text);
    if (req.method !== 'GET') return reply(405, 'method not allowed\n');
    if (req.url === '/healthz') return reply(200, 'ok\n');
    if (req.url === '/metrics') {
      void options.metrics().then(
        (text) => res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(text),
        () => reply(500, 'metrics failed\n'),
      );
      return;
    }
    if (req.url !== '/readyz') return reply(404, 'not found\n');
    void withTimeout(options.ready(), READY_TIMEOUT_MS).then(
      (ready) => reply(ready ? 200 : 503, ready ? 'ready\n' : 'not ready\n'),
      () => reply(503, 'not ready\n'),
    );
  });
  await listen(server, options.port, options.host ?? '127.0.0.1');
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | false> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
