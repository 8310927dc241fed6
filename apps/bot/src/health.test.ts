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
    server = await startHealthServer({ port: 0, ready: async () => ready, metrics: async () => '' });
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
      metrics: async () => '',
    });
    expect(await get('/readyz')).toEqual([503, 'not ready\n']);
    expect((await get('/admin'))[0]).toBe(404);
    expect((await get('/healthz', { method: 'POST' }))[0]).toBe(405);
  });

  it("serves Prometheus metrics: interactions, their latency, store failures, the pool, Node's own", async () => {
    const { BotMetrics } = await import('./metrics.ts');
    const metrics = new BotMetrics();
    metrics.handled('ask', 'ok', 120);
    metrics.handled('ask', 'unavailable', 2_600);
    metrics.handled('mention', 'ok', 40);
    metrics.graphReloaded();
    metrics.storeFailed('pool-exhausted');
    let inUse = 3;
    metrics.watchConnections(() => ({ inUse, max: 100 }));
    server = await startHealthServer({ port: 0, ready: async () => true, metrics: () => metrics.text() });
    const [status, text] = await get('/metrics');
    expect(status).toBe(200);
    expect(text).toContain('study_graph_interactions_total{command="ask",outcome="unavailable"} 1');
    expect(text).toContain('study_graph_interactions_total{command="mention",outcome="ok"} 1');
    expect(text).toContain('study_graph_interaction_seconds_bucket{le="2.5",command="ask"} 1');
    expect(text).toContain('study_graph_graph_reloads_total 1');
    expect(text).toContain('study_graph_store_failures_total{reason="pool-exhausted"} 1');
    expect(text).toContain('study_graph_neo4j_connections_in_use 3');
    expect(text).toContain('study_graph_neo4j_connections_max 100');
    inUse = 0;
    expect((await get('/metrics'))[1]).toContain('study_graph_neo4j_connections_in_use 0');
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d+/m);
  });

  it('listens on loopback only, by default', async () => {
    server = await startHealthServer({ port: 0, ready: async () => true, metrics: async () => '' });
    const { networkInterfaces } = await import('node:os');
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
    if (outside) await expect(fetch(`http://${outside}:${server.port}/healthz`)).rejects.toThrow();
    expect(await get('/healthz')).toEqual([200, 'ok\n']);
  });
});
