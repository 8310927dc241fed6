import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from './env.ts';

const APP = '1310000000000000001';
const token = `${Buffer.from(APP).toString('base64url')}.Gabcde.${'x'.repeat(27)}`;

describe('parseEnv', () => {
  it('without a token: the playground, on the embedded store', () => {
    const env = parseEnv({});
    expect(env.discord).toBeUndefined();
    expect(env.neo4j).toBeUndefined();
    expect(env.studyChannelIds).toEqual([]);
    expect(env.packDir).toMatch(/data\/docker$/);
    expect(env.health).toBeUndefined();
    expect(env.graphPollMs).toBe(5_000);
    expect(env.sharding).toEqual({ shards: 1, spawnDelayMs: 5_500 });
    expect(env.isShard).toBe(false);
  });

  it('reads the shard count (a number or auto) and whether a shard manager started this process', () => {
    expect(parseEnv({ DISCORD_SHARDS: 'auto' }).sharding.shards).toBe('auto');
    expect(parseEnv({ DISCORD_SHARDS: '4', DISCORD_SHARD_SPAWN_DELAY_MS: '0' }).sharding).toEqual({
      shards: 4,
      spawnDelayMs: 0,
    });
    expect(parseEnv({ SHARDING_MANAGER: 'true' }).isShard).toBe(true);
    expect(() => parseEnv({ DISCORD_SHARDS: 'many' })).toThrow(
      /DISCORD_SHARDS: must be auto or a whole number/,
    );
    expect(() => parseEnv({ DISCORD_SHARDS: '0' })).toThrow(/DISCORD_SHARDS/);
  });

  it('reads a full configuration; empty values count as unset', () => {
    const env = parseEnv({
      DISCORD_TOKEN: token,
      DISCORD_APPLICATION_ID: APP,
      DISCORD_GUILD_ID: '',
      STUDY_CHANNEL_IDS: '1310000000000000002, 1310000000000000003',
      NEO4J_URI: 'neo4j+s://db.example.com',
      NEO4J_PASSWORD: 'secret',
      LOG_LEVEL: 'debug',
      HEALTH_PORT: '8080',
      GRAPH_POLL_MS: '0',
    });
    expect(env.health).toEqual({ port: 8080, host: '127.0.0.1' });
    expect(env.graphPollMs).toBe(0);
    expect(env.discord).toEqual({ token, applicationId: APP, guildId: undefined, apiUrl: undefined });
    expect(env.studyChannelIds).toEqual(['1310000000000000002', '1310000000000000003']);
    expect(env.neo4j).toEqual({ uri: 'neo4j+s://db.example.com', user: 'neo4j', password: 'secret' });
    expect(env.logLevel).toBe('debug');
  });

  it('reads messages with MENTIONS=on, or with study channels in the environment', () => {
    expect(parseEnv({}).mentions).toBe(false);
    expect(parseEnv({ MENTIONS: 'on' }).mentions).toBe(true);
    expect(parseEnv({ STUDY_CHANNEL_IDS: '1310000000000000002' }).mentions).toBe(true);
    expect(() => parseEnv({ MENTIONS: 'yes' })).toThrow(/MENTIONS: must be on or off/);
  });

  it('lists every problem in one message, naming variables and never their values', () => {
    let error: unknown;
    try {
      parseEnv({
        DISCORD_TOKEN: 'hunter2',
        STUDY_CHANNEL_IDS: '1310000000000000002,study',
        NEO4J_URI: 'http://localhost:7474',
        NEO4J_PASSWORD: 'p4ssw0rd',
        LOG_LEVEL: 'loud',
        HEALTH_PORT: '80000',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { message, problems } = error as ConfigError;
    expect(problems).toHaveLength(6);
    expect(message).toContain('DISCORD_TOKEN: does not look like a bot token');
    expect(message).toContain('DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set');
    expect(message).toContain('STUDY_CHANNEL_IDS[1]: must be a Discord id');
    expect(message).toContain('NEO4J_URI');
    expect(message).toContain('LOG_LEVEL');
    expect(message).toContain('HEALTH_PORT');
    for (const secret of ['hunter2', 'p4ssw0rd', 'study', 'localhost']) expect(message).not.toContain(secret);
  });

  it('catches a token of another application', () => {
    expect(() => parseEnv({ DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: '1310000000000000009' })).toThrow(
      /DISCORD_TOKEN: belongs to another application/,
    );
  });
});
