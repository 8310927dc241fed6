import { afterEach, describe, expect, it } from 'vitest';
import { type HealthServer, startHealthServer } from './health.ts';

describe('probe server', () => {
  let server: HealthServer | undefined;
  afterEach(async () => {
    await server?.close();
  });

  const get = async (path: string, init?: RequestInit) => {
    const res = await fetch(`http://127.0.0.1:${server!.port}${path}`, init);
    return [res.status, await res.text()];
  };

  it('says the process is alive, and ready only when Discord and the store are', async () => {
    let ready = true;
    server = await startHealthServer({ port: 0, ready: async () => ready });
    expect(await get('/healthz')).toEqual([200, 'ok\n']);
    expect(await get('/readyz')).toEqual([200, 'ready\n']);
    ready = false;
    expect(await get('/readyz')).toEqual([503, 'not ready\n']);
    expect(await get('/healthz')).toEqual([200, 'ok\n']);
  });

  it('calls a failing readiness check not ready, and serves nothing else', async () => {
    server = await startHealthServer({
      port: 0,
      ready: () => Promise.reject(new Error('store down')),
    });
    expect(await get('/readyz')).toEqual([503, 'not ready\n']);
    expect((await get('/metrics'))[0]).toBe(404);
    expect((await get('/healthz', { method: 'POST' }))[0]).toBe(405);
  });

  it('listens on loopback only, by default', async () => {
    server = await startHealthServer({ port: 0, ready: async () => true });
    const { networkInterfaces } = await import('node:os');
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
    if (outside) await expect(fetch(`http://${outside}:${server.port}/healthz`)).rejects.toThrow();
    expect(await get('/healthz')).toEqual([200, 'ok\n']);
  });
});
