import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestProject } from 'vitest/node';
import {
  acquireTestNeo4j,
  type Neo4jConnection,
  neo4jStatus,
  PACKAGE_DIR,
  releaseTestNeo4j,
  runWithTestNeo4j,
  startNeo4j,
  stopNeo4j,
} from './index.ts';
import { pidAlive } from './lock.ts';
import { setupNeo4jForTests } from './vitest-global-setup.ts';

// A home and a port of their own: other packages' tests may be using the shared Neo4j (7688) right now.
const home = path.join(PACKAGE_DIR, 'target', 'test-home');
let port = 0;
const options = () => ({ home, port, quiet: true });

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const tmpDirs: string[] = [];
function tmpHome(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'neo4j-local-test-'));
  tmpDirs.push(dir);
  return dir;
}

async function returnOne(conn: Neo4jConnection): Promise<unknown> {
  const auth = conn.password ? neo4j.auth.basic(conn.user, conn.password) : undefined;
  const driver = neo4j.driver(conn.uri, auth, { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery('RETURN 1 AS one', {}, { database: conn.database });
    return records[0]?.get('one');
  } finally {
    await driver.close();
  }
}

/** The error messages promise one sentence: one line, ending with a full stop. */
function expectOneSentence(error: unknown): void {
  expect(error).toBeInstanceOf(Error);
  const { message } = error as Error;
  expect(message).not.toContain('\n');
  expect(message).toMatch(/\.$/);
}

/** A stand-in for vitest's TestProject that records what the global setup provides. */
function fakeProject(): { project: Pick<TestProject, 'provide'>; provided: Record<string, unknown> } {
  const provided: Record<string, unknown> = {};
  const provide = ((key: string, value: unknown) => {
    provided[key] = value;
  }) as TestProject['provide'];
  return { project: { provide }, provided };
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expectOneSentence(error);
  return error as Error;
}

beforeAll(async () => {
  await stopNeo4j({ home, quiet: true });
  fs.rmSync(path.join(home, 'leases'), { recursive: true, force: true });
  port = await freePort();
});

afterAll(async () => {
  await stopNeo4j({ home, quiet: true });
  for (const dir of tmpDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('clear one-sentence failures', () => {
  it('refuses a port taken by another program', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const taken = (server.address() as net.AddressInfo).port;
    try {
      const error = await failure(startNeo4j({ home: tmpHome(), port: taken, quiet: true }));
      expect(error.message).toMatch(
        new RegExp(`^Port ${taken} on 127\\.0\\.0\\.1 is already in use by another program`),
      );
    } finally {
      server.close();
    }
  });

  it('says so when java is missing', async () => {
    const error = await failure(
      startNeo4j({ home: tmpHome(), port, quiet: true, javaCommand: 'java-that-does-not-exist' }),
    );
    expect(error.message).toMatch(
      /^Java was not found \(no "java-that-does-not-exist" command on the PATH\)/,
    );
  });

  it('says so when Maven is missing and the jars are not there yet', async () => {
    const error = await failure(
      startNeo4j({
        home: tmpHome(),
        port,
        quiet: true,
        libDir: tmpHome(),
        mvnCommand: 'mvn-that-does-not-exist',
      }),
    );
    expect(error.message).toMatch(
      /^Maven was not found \(no "mvn-that-does-not-exist" command on the PATH\)/,
    );
  });

  it('points at the log when the JVM dies during startup', async () => {
    const home = tmpHome();
    const error = await failure(startNeo4j({ home, port, quiet: true, maxHeap: '1k' }));
    expect(error.message).toBe(`Neo4j exited during startup; see ${path.join(home, 'launcher.log')}.`);
    expect(fs.readFileSync(path.join(home, 'launcher.log'), 'utf8')).toMatch(/heap/i);
    expect(fs.existsSync(path.join(home, 'neo4j.pid.json'))).toBe(false);
  });

  it('rejects a port that is not a port', async () => {
    const error = await failure(startNeo4j({ home: tmpHome(), port: 70000, quiet: true }));
    expect(error.message).toMatch(/^The Neo4j port must be a whole number/);
  });

  it('the CLI prints one line and exits 1, without a stack trace', () => {
    const cli = path.join(PACKAGE_DIR, 'src', 'cli.ts');
    const tsx = path.join(PACKAGE_DIR, 'node_modules', '.bin', 'tsx');
    const result = spawnSync(tsx, [cli, 'start'], {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_LOCAL_PORT: 'not-a-port' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'neo4j-local: NEO4J_LOCAL_PORT must be a port number from 1 to 65535, not "not-a-port".\n',
    );
  });
});

describe('a real Neo4j', () => {
  it('the global setup passes NEO4J_URI through without starting anything', async () => {
    const { project, provided } = fakeProject();
    const env = { NEO4J_URI: 'bolt://db.example:7687', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p' };
    const teardown = await setupNeo4jForTests(project, env, options());
    expect(provided.neo4j).toEqual({
      uri: 'bolt://db.example:7687',
      user: 'u',
      password: 'p',
      database: 'neo4j',
    });
    await teardown();
    expect((await neo4jStatus(options())).running).toBe(false);
  });

  it('test leases start one shared Neo4j, and the last live lease to go stops it', async () => {
    const { project, provided } = fakeProject();
    const teardown = await setupNeo4jForTests(project, {}, options());
    const conn = provided.neo4j as Neo4jConnection;
    expect(conn.uri).toBe(`bolt://127.0.0.1:${port}`);
    expect(await returnOne(conn)).toBe(1);

    const status = await neo4jStatus(options());
    expect(status).toMatchObject({ running: true, startedBy: 'test', boltAnswers: true, leases: 1 });

    const second = await acquireTestNeo4j(options());
    expect(second).toMatchObject({ reused: true, uri: conn.uri });
    expect((await neo4jStatus(options())).leases).toBe(2);

    // A lease left by a test process that died does not keep Neo4j alive.
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    expect(pidAlive(dead)).toBe(false);
    fs.writeFileSync(path.join(home, 'leases', `${dead}-left-by-a-crash.json`), '{}');

    expect(await releaseTestNeo4j(second)).toEqual({ stopped: false, pid: null });
    expect((await neo4jStatus(options())).running).toBe(true);

    await teardown();
    const after = await neo4jStatus(options());
    expect(after).toMatchObject({ running: false, pid: null, leases: 0 });
    expect(pidAlive(status.pid!)).toBe(false);
    expect(fs.readdirSync(path.join(home, 'leases'))).toEqual([]);
  });

  it('a test run holds Neo4j for its command and stops it however the command ends', async () => {
    const failing = [process.execPath, '-e', 'process.exit(3)'];
    expect(await runWithTestNeo4j(failing, {}, options())).toBe(3);
    expect(await neo4jStatus(options())).toMatchObject({ running: false, leases: 0 });

    // `cli.ts with` as a real process, ended by SIGTERM while its command runs.
    const env = { ...process.env, NEO4J_LOCAL_PORT: String(port), NEO4J_LOCAL_HOME: home };
    const forever = [process.execPath, '-e', 'setInterval(() => {}, 1000)'];
    const run = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'with', '--', ...forever], {
      cwd: PACKAGE_DIR,
      env,
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => run.once('exit', (code) => resolve(code)));
    const up = () => neo4jStatus(options());
    await expect.poll(up, { timeout: 240_000, interval: 500 }).toMatchObject({ running: true, leases: 1 });
    const { pid } = await up();
    run.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(pidAlive(pid!)).toBe(false);
    expect(await neo4jStatus(options())).toMatchObject({ running: false, leases: 0 });
  });

  it('a Neo4j started for tests stops by itself when every holder was killed outright', async () => {
    const holder = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import('./src/leases.ts').then((m) => m.acquireTestNeo4j(${JSON.stringify(options())})).then(() => console.log('held'), (e) => console.error(e)); setInterval(() => {}, 1e3);`,
      ],
      { cwd: PACKAGE_DIR, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout.on('data', () => resolve()));
    const { pid } = await neo4jStatus(options());
    expect(pidAlive(pid!)).toBe(true);
    holder.kill('SIGKILL');
    await expect.poll(() => pidAlive(pid!), { timeout: 60_000, interval: 250 }).toBe(false);
    // The next run finds the lease of the dead holder and clears it.
    const lease = await acquireTestNeo4j(options());
    expect(fs.readdirSync(path.join(home, 'leases'))).toEqual([`${lease.id}.json`]);
    await releaseTestNeo4j(lease);
    expect((await neo4jStatus(options())).running).toBe(false);
  });

  it('start is idempotent and Bolt answers RETURN 1', async () => {
    const first = await startNeo4j(options());
    expect(first).toMatchObject({ uri: `bolt://127.0.0.1:${port}`, reused: false });
    const again = await startNeo4j(options());
    expect(again).toEqual({ ...first, reused: true });
    expect(await returnOne({ uri: first.uri, user: 'neo4j', password: '', database: 'neo4j' })).toBe(1);
  });

  it('concurrent starters all reuse the running server', async () => {
    const results = await Promise.all([
      startNeo4j(options()),
      acquireTestNeo4j(options()),
      startNeo4j(options()),
    ]);
    expect(new Set(results.map((r) => r.reused))).toEqual(new Set([true]));
    await releaseTestNeo4j(results[1] as Awaited<ReturnType<typeof acquireTestNeo4j>>);
  });

  it('a test lease never stops a server started by hand', async () => {
    const lease = await acquireTestNeo4j(options());
    expect(lease.reused).toBe(true);
    expect(await releaseTestNeo4j(lease)).toEqual({ stopped: false, pid: null });
    expect(await neo4jStatus(options())).toMatchObject({ running: true, startedBy: 'manual', leases: 0 });
  });

  it('refuses another port for the same home', async () => {
    const error = await failure(startNeo4j({ ...options(), port: port === 65535 ? port - 1 : port + 1 }));
    expect(error.message).toMatch(/is already running on port \d+, not \d+; stop it first/);
  });

  it('stop ends the process, and stopping again is a no-op', async () => {
    const { pid } = await neo4jStatus(options());
    expect(await stopNeo4j(options())).toEqual({ stopped: true, pid });
    expect(pidAlive(pid!)).toBe(false);
    expect(fs.existsSync(path.join(home, 'neo4j.pid.json'))).toBe(false);
    expect(await stopNeo4j(options())).toEqual({ stopped: false, pid: null });
    expect((await neo4jStatus(options())).running).toBe(false);
  });
});
