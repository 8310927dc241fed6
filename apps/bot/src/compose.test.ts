import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ENV_NAMES, parseEnv } from './env.ts';
import { realisticToken } from './testing/process.ts';

const COMPOSE = fileURLToPath(new URL('../../../docker-compose.yml', import.meta.url));

interface Service {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test?: string[]; disable?: boolean };
}

/** `${VAR}`, `${VAR:-default}` and `${VAR:?message}` as compose fills them in from `values`. */
function interpolate(text: string, values: Record<string, string>): string {
  return text.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_, name: string, op?: string, rest?: string) => {
    const value = values[name];
    if (value !== undefined && value !== '') return value;
    if (op === '?') throw new Error(`${name}: ${rest}`);
    return op === '-' ? (rest ?? '') : '';
  });
}

/** The services as compose reads them: YAML first, then `${…}` filled in, environment values as strings. */
async function compose(values: Record<string, string>): Promise<Record<string, Service>> {
  const fill = (node: unknown): unknown =>
    typeof node === 'string'
      ? interpolate(node, values)
      : Array.isArray(node)
        ? node.map(fill)
        : node && typeof node === 'object'
          ? Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v)]))
          : node;
  const file = parse(await readFile(COMPOSE, 'utf8'), { merge: true }) as {
    services: Record<string, Service>;
  };
  const services = fill(file.services) as Record<string, Service>;
  for (const service of Object.values(services))
    if (service.environment)
      service.environment = Object.fromEntries(
        Object.entries(service.environment).map(([k, v]) => [k, v === null ? '' : String(v)]),
      );
  return services;
}

describe('docker-compose.yml', () => {
  const applicationId = '1310000000000000001';
  const values = { DISCORD_TOKEN: realisticToken(applicationId), DISCORD_APPLICATION_ID: applicationId };

  it('gives the bot a configuration its own schema accepts, naming no variable it does not read', async () => {
    const { bot, 'graph-load': load } = await compose(values);
    for (const service of [bot, load])
      for (const name of Object.keys(service?.environment ?? {})) expect(ENV_NAMES).toContain(name);
    const env = parseEnv(bot!.environment!);
    expect(env.discord?.applicationId).toBe(applicationId);
    expect(env.neo4j?.uri).toBe('bolt://neo4j:7687');
    expect(parseEnv(load!.environment!).neo4j).toEqual(env.neo4j);
  });

  it('refuses to start the bot without a token', async () => {
    await expect(compose({})).rejects.toThrow(/DISCORD_TOKEN/);
  });

  it('starts the bot after Neo4j is healthy and the pack is loaded', async () => {
    const { bot, 'graph-load': load, neo4j } = await compose(values);
    expect(neo4j?.image).toMatch(/^neo4j:5\.26/);
    expect(load?.command).toEqual(['node', 'apps/cli/dist/index.js', 'graph', 'load']);
    expect(load?.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(bot?.depends_on).toEqual({
      neo4j: { condition: 'service_healthy' },
      'graph-load': { condition: 'service_completed_successfully' },
    });
  });

  it("checks the health of Neo4j and of the bot, on the bot's own probe port", async () => {
    const { bot, neo4j } = await compose(values);
    expect(neo4j?.healthcheck?.test?.join(' ')).toContain('RETURN 1');
    const port = parseEnv(bot!.environment!).health?.port;
    expect(bot?.healthcheck?.test?.join(' ')).toContain(`127.0.0.1:${port}/readyz`);
  });
});
