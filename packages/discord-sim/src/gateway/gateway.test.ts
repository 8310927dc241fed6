import { GatewayIntentBits } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DiscordSim } from '../harness.ts';
import { shardOf } from './server.ts';

interface Payload {
  op: number;
  t?: string | null;
  s?: number | null;
  d?: unknown;
}

/** A bare gateway client that queues payloads and close codes. */
class RawClient {
  readonly ws: WebSocket;
  private readonly queue: Payload[] = [];
  private waiters: ((p: Payload) => void)[] = [];
  readonly closed: Promise<number>;

  constructor(url: string) {
    this.ws = new WebSocket(`${url}?v=10&encoding=json`);
    this.ws.on('message', (data) => {
      const p = JSON.parse(data.toString()) as Payload;
      const w = this.waiters.shift();
      if (w) w(p);
      else this.queue.push(p);
    });
    this.closed = new Promise((resolve) => this.ws.on('close', (code) => resolve(code)));
  }

  next(timeoutMs = 30_000): Promise<Payload> {
    const q = this.queue.shift();
    if (q) return Promise.resolve(q);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('no payload')), timeoutMs);
      this.waiters.push((p) => {
        clearTimeout(t);
        resolve(p);
      });
    });
  }

  send(p: Payload): void {
    this.ws.send(JSON.stringify(p));
  }
}

describe('gateway protocol', () => {
  let sim: DiscordSim;
  const clients: RawClient[] = [];
  const client = () => {
    const c = new RawClient(sim.gatewayUrl);
    clients.push(c);
    return c;
  };

  afterEach(async () => {
    for (const c of clients.splice(0)) c.ws.terminate();
    await sim?.stop();
  });

  it('HELLO → IDENTIFY → READY + GUILD_CREATE, heartbeat ACK, sequence numbers', async () => {
    sim = await DiscordSim.start({ heartbeatIntervalMs: 20_000 });
    const c = client();
    const hello = await c.next();
    expect(hello).toEqual({ op: 10, d: { heartbeat_interval: 20_000 } });
    c.send({ op: 1, d: null });
    expect((await c.next()).op).toBe(11);
    c.send({
      op: 2,
      d: { token: sim.token, intents: GatewayIntentBits.Guilds, properties: { os: 'linux' } },
    });
    const ready = await c.next();
    expect(ready).toMatchObject({ op: 0, t: 'READY', s: 1 });
    const d = ready.d as Record<string, unknown>;
    expect(d.user).toMatchObject({ id: sim.bot.id, bot: true });
    expect(d.guilds).toEqual([{ id: sim.guildId, unavailable: true }]);
    expect(d.application).toMatchObject({ id: sim.applicationId });
    expect(d.resume_gateway_url).toBe(sim.gatewayUrl);
    expect(typeof d.session_id).toBe('string');
    const guild = await c.next();
    expect(guild).toMatchObject({ t: 'GUILD_CREATE', s: 2, d: { id: sim.guildId, unavailable: false } });
    const g = guild.d as {
      channels: { id: string }[];
      members: { user: { id: string } }[];
      roles: unknown[];
    };
    expect(g.channels.map((x) => x.id)).toEqual(sim.channelIds);
    expect(g.members.map((m) => m.user.id)).toContain(sim.bot.id);
    expect(sim.identifies[0]?.properties).toEqual({ os: 'linux' });
  });

  it('closes with 4004 on a bad token, 4003 before identify, 4001 on an unknown opcode', async () => {
    sim = await DiscordSim.start();
    const a = client();
    await a.next();
    a.send({ op: 2, d: { token: 'wrong', intents: 1, properties: {} } });
    expect(await a.closed).toBe(4004);
    const b = client();
    await b.next();
    b.send({ op: 3, d: {} });
    expect(await b.closed).toBe(4003);
    const c = client();
    await c.next();
    c.send({ op: 2, d: { token: sim.token, intents: 1, properties: {} } });
    await c.next();
    await c.next();
    c.send({ op: 99, d: {} });
    expect(await c.closed).toBe(4001);
  });

  it('RESUME replays missed dispatches then RESUMED; unknown sessions get INVALID_SESSION', async () => {
    sim = await DiscordSim.start();
    const a = client();
    await a.next();
    a.send({ op: 2, d: { token: sim.token, intents: 1, properties: {} } });
    const ready = await a.next();
    await a.next(); // GUILD_CREATE, s=2
    const sessionId = (ready.d as { session_id: string }).session_id;
    sim.dropConnection();
    await a.closed;
    expect(sim.dispatch('TYPING_START', { channel_id: sim.channelId })).toBe(true); // s=3, buffered
    const b = client();
    await b.next();
    b.send({ op: 6, d: { token: sim.token, session_id: sessionId, seq: 2 } });
    expect(await b.next()).toMatchObject({ t: 'TYPING_START', s: 3 });
    expect(await b.next()).toMatchObject({ t: 'RESUMED', s: 4 });
    const c = client();
    await c.next();
    c.send({ op: 6, d: { token: sim.token, session_id: 'nope', seq: 1 } });
    expect(await c.next()).toEqual({ op: 9, d: false });
  });

  it('closes a connection that stops heartbeating (4009)', async () => {
    sim = await DiscordSim.start({ heartbeatIntervalMs: 50 });
    const a = client();
    await a.next();
    expect(await a.closed).toBe(4009);
  });

  it('shards: each session gets only its guilds, and a guild is dispatched to one shard', async () => {
    sim = await DiscordSim.start({ shards: 2, guilds: Array.from({ length: 6 }, () => ({})) });
    const gateway = await fetch(`${sim.apiBase}/v10/gateway/bot`, {
      headers: { authorization: `Bot ${sim.token}` },
    });
    expect(((await gateway.json()) as { shards: number }).shards).toBe(2);
    const readyGuilds: string[][] = [];
    for (const id of [0, 1]) {
      const c = client();
      await c.next();
      c.send({ op: 2, d: { token: sim.token, intents: 1, properties: {}, shard: [id, 2] } });
      const ready = await c.next();
      expect(ready.d).toMatchObject({ shard: [id, 2] });
      readyGuilds.push((ready.d as { guilds: { id: string }[] }).guilds.map((g) => g.id));
    }
    const all = sim.guilds.map((g) => g.id);
    expect([...readyGuilds[0]!, ...readyGuilds[1]!].sort()).toEqual([...all].sort());
    for (const [id, guilds] of readyGuilds.entries()) {
      expect(guilds.length).toBeGreaterThan(0);
      for (const guild of guilds) expect(shardOf(guild, 2)).toBe(id);
    }
    expect(sim.connectedShards).toEqual([0, 1]);
    // Each guild's events reach the one session of its shard.
    const raw = clients.slice(-2);
    for (const [id, c] of raw.entries())
      for (const guild of readyGuilds[id]!) expect(await c.next()).toMatchObject({ d: { id: guild } });
    for (const guild of all) {
      expect(sim.dispatch('TYPING_START', { guild_id: guild })).toBe(true);
      const got = await raw[shardOf(guild, 2)]!.next(5_000);
      expect(got).toMatchObject({ t: 'TYPING_START', d: { guild_id: guild } });
    }
  });

  it('closes with 4010 on a shard outside its count', async () => {
    sim = await DiscordSim.start();
    const c = client();
    await c.next();
    c.send({ op: 2, d: { token: sim.token, intents: 1, properties: {}, shard: [2, 2] } });
    expect(await c.closed).toBe(4010);
  });

  it('invalidateSession sends op 9', async () => {
    sim = await DiscordSim.start();
    const a = client();
    await a.next();
    a.send({ op: 2, d: { token: sim.token, intents: 1, properties: {} } });
    await a.next();
    await a.next();
    sim.invalidateSession(false);
    expect(await a.next()).toEqual({ op: 9, d: false });
  });
});
