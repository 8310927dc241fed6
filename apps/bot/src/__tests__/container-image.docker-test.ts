import { execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmod, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DiscordSim } from '@study-graph/discord-sim';
import { createDriver, syncPack } from '@study-graph/graph';
import { neo4jTestConfig } from '@study-graph/neo4j-local/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, realisticToken } from '../testing/process.ts';
import { DOCKER_PACK, dockerGraph } from '../testing/test-bot.ts';

/**
 * The real image: built from the repository's Dockerfile on a base made on this machine
 * (docker/make-local-base.sh; no registry is needed), then run with `--network host` so that only
 * loopback is used. `pnpm test:image` runs this file; `.ci/run` does wherever a Docker engine starts.
 */
const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const BASE = process.env.NODE_IMAGE ?? 'study-graph/node:20-bookworm-slim';
const IMAGE = `study-graph-bot:test-${process.pid}`;
const run = promisify(execFile);

/** `docker …`, its output; throws with docker's own message when it fails. */
async function docker(...args: string[]): Promise<string> {
  const { stdout } = await run('docker', args, { maxBuffer: 64 * 1024 * 1024 });
  return stdout.trim();
}

/** `docker run -i` with a question on stdin (the terminal playground), and what it printed. */
function playground(question: string, extra: string[] = []): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('docker', ['run', '-i', '--rm', '--network', 'host', ...extra, IMAGE]);
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
    child.stdin.end(`${question}\n`);
  });
}

beforeAll(async () => {
  const hasBase = await docker('image', 'inspect', BASE).then(
    () => true,
    () => false,
  );
  if (!hasBase) await run(path.join(REPO, 'docker/make-local-base.sh'), [BASE], { cwd: REPO });
  await docker('build', '--network', 'host', '--build-arg', `NODE_IMAGE=${BASE}`, '-t', IMAGE, REPO);
}, 900_000);

afterAll(async () => {
  await docker('image', 'rm', '-f', IMAGE).catch(() => undefined);
});

describe('the bot image', () => {
  it('answers a question through the terminal playground, on the embedded store', async () => {
    const { code, out } = await playground('lệnh nào đưa container từ paused về running?');
    expect(code).toBe(0);
    expect(out).toContain('docker unpause');
    expect(out).toContain('Nguồn:');
  });

  it('runs as a user that is not root', async () => {
    expect(await docker('image', 'inspect', '-f', '{{.Config.User}}', IMAGE)).toBe('bot');
    expect(await docker('run', '--rm', IMAGE, 'id', '-u')).not.toBe('0');
  });

  it('registers its commands, is healthy once connected to Discord, and answers', async () => {
    const applicationId = '1310000000000000001';
    const token = realisticToken(applicationId);
    const sim = await DiscordSim.start({ token, bot: { id: applicationId } });
    const name = `study-graph-health-${process.pid}`;
    const discord = [
      ...['-e', `DISCORD_TOKEN=${token}`, '-e', `DISCORD_APPLICATION_ID=${applicationId}`],
      ...['-e', `DISCORD_API_URL=${sim.apiBase}`],
    ];
    try {
      const deployed = await docker(
        ...['run', '--rm', '--network', 'host', ...discord, '-e', `DISCORD_GUILD_ID=${sim.guildId}`, IMAGE],
        ...['node', 'apps/bot/dist/deploy-commands.js'],
      );
      expect(deployed).toMatch(/^Registered \d+ commands in guild .*\/ask/);
      await docker(
        ...['run', '-d', '--name', name, '--network', 'host', '--health-interval', '1s', ...discord],
        ...['-e', `HEALTH_PORT=${await freePort()}`, IMAGE],
      );
      await sim.waitForReady(120_000);
      let health = '';
      for (let i = 0; i < 240 && health !== 'healthy'; i++) {
        health = await docker('inspect', '-f', '{{.State.Health.Status}}', name);
        if (health !== 'healthy') await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(health).toBe('healthy');
      const reply = await sim.slashCommand({
        name: 'ask',
        options: { question: 'container là gì?' },
        locale: 'vi',
      });
      expect(reply.embeds[0]?.title).toBe('Container');
    } finally {
      await docker('rm', '-f', name).catch(() => undefined);
      await sim.stop();
    }
  });

  it('answers from Neo4j over Bolt on 127.0.0.1', async () => {
    const config = neo4jTestConfig();
    const pack = `image-test-${randomUUID().slice(0, 8)}`;
    // The pack folder the container reads (for its id), and, in Neo4j, the same pack with a mark
    // in one summary: an answer carrying the mark can only have come from Neo4j.
    const dir = await mkdtemp(path.join(tmpdir(), 'image-pack-'));
    await cp(DOCKER_PACK, dir, { recursive: true });
    const meta = path.join(dir, 'pack.yaml');
    await writeFile(meta, (await readFile(meta, 'utf8')).replace(/^( {2}id:) docker$/m, `$1 ${pack}`));
    await chmod(dir, 0o755);
    const graph = await dockerGraph();
    const marked = graph.concepts.map((c) =>
      c.id === 'container' ? { ...c, summary: { ...c.summary, en: `${c.summary.en} (read from Neo4j)` } } : c,
    );
    const driver = createDriver(config);
    try {
      await syncPack(driver, { ...graph, concepts: marked, pack: { ...graph.pack, id: pack } });
      const { code, out } = await playground('What is a container?', [
        ...['-e', `NEO4J_URI=${config.uri}`, '-e', 'STUDY_GRAPH_PACK=/pack', '-v', `${dir}:/pack:ro`],
      ]);
      expect(code).toBe(0);
      expect(out).toContain('(read from Neo4j)');
    } finally {
      await driver.executeQuery('MATCH (n {pack: $pack}) DETACH DELETE n', { pack });
      await driver.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
