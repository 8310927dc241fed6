/**
 * A real local Neo4j Community 5.26 for development and tests, without Docker: the jars come from Maven
 * Central (pom.xml), a tiny Java launcher (launcher/Neo4jLauncher.java) runs an embedded server with
 * Bolt on 127.0.0.1, and this module starts, reuses and stops it.
 *
 * Files in the home directory (default `<repo>/.neo4j`): data/ and logs/ (Neo4j's own), neo4j.pid.json
 * (our running server), launcher.log (its stdout/stderr), leases/ (test leases), cds/ (a JVM class-data
 * archive that makes later starts faster), start.lock (held while starting or stopping).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { pidAlive, withLock } from './lock.ts';

export const DEFAULT_PORT = 7688;
export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
export const REPO_ROOT = findRepoRoot(PACKAGE_DIR);
export const DEFAULT_HOME = path.join(REPO_ROOT, '.neo4j');

const LAUNCHER_SOURCE = path.join(PACKAGE_DIR, 'launcher', 'Neo4jLauncher.java');
const TARGET_DIR = path.join(PACKAGE_DIR, 'target');
const LAUNCHER_JAR = path.join(TARGET_DIR, 'neo4j-launcher.jar');
const COMPLETE_MARKER = '.complete';

export interface Neo4jLocalOptions {
  /** Bolt port on 127.0.0.1 (default 7688, so a developer's own Neo4j on 7687 is left alone). */
  port?: number | undefined;
  /** Directory for the database, logs, pid file and leases (default `<repo root>/.neo4j`). */
  home?: string | undefined;
  /** Print no progress messages on stderr. */
  quiet?: boolean | undefined;
  /** The `java` command (name on the PATH or a path); Java 17+ with its compiler, i.e. a JDK. */
  javaCommand?: string | undefined;
  /** The `mvn` command, used only when the jars are not there yet. */
  mvnCommand?: string | undefined;
  /** Where the Maven-resolved jars live (default `packages/neo4j-local/lib`). */
  libDir?: string | undefined;
  /** How long to wait for Bolt to answer (default 120 s). */
  startTimeoutMs?: number | undefined;
  /** Maximum JVM heap, as for -Xmx (default `1g`). */
  maxHeap?: string | undefined;
  /** Neo4j page cache in MiB (default 64). */
  pageCacheMb?: number | undefined;
  /**
   * JVM class-data sharing (default true): the second start of a home writes an archive of the loaded
   * classes into it when it stops (a few seconds, once); later starts map it and come up about a second
   * sooner. Turn it off where the home never outlives one run (CI).
   */
  classDataSharing?: boolean | undefined;
}

export interface StartResult {
  uri: string;
  reused: boolean;
  pid: number;
}

export interface StopResult {
  stopped: boolean;
  pid: number | null;
}

export interface Neo4jStatus {
  running: boolean;
  pid: number | null;
  port: number;
  uri: string;
  /** Who started the running server: `manual` (startNeo4j / pnpm db:start) or `test` (a test lease). */
  startedBy: StartedBy | null;
  boltAnswers: boolean;
  /** Live test leases. */
  leases: number;
  home: string;
  logFile: string;
}

/** What tests get: a Bolt URI plus credentials (ignored by the local server, which has auth off). */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface TestLease {
  id: string;
  pid: number;
  home: string;
  uri: string;
  /** True when the server was already running when this lease was taken. */
  reused: boolean;
  quiet: boolean;
}

type StartedBy = 'manual' | 'test';

interface ServerState {
  pid: number;
  port: number;
  startedBy: StartedBy;
  startedAt: string;
  logFile: string;
  /** Set while the JVM is asked to write its class-data archive at exit. */
  cdsDump?: string;
}

interface Resolved {
  port: number;
  home: string;
  quiet: boolean;
  java: string;
  mvn: string;
  libDir: string;
  startTimeoutMs: number;
  maxHeap: string;
  pageCacheMb: number;
  classDataSharing: boolean;
}

function resolveOptions(options: Neo4jLocalOptions = {}): Resolved {
  const port = options.port ?? DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`The Neo4j port must be a whole number from 1 to 65535, not ${String(port)}.`);
  }
  return {
    port,
    home: path.resolve(options.home ?? DEFAULT_HOME),
    quiet: options.quiet ?? false,
    java: options.javaCommand ?? 'java',
    mvn: options.mvnCommand ?? 'mvn',
    libDir: path.resolve(options.libDir ?? path.join(PACKAGE_DIR, 'lib')),
    startTimeoutMs: options.startTimeoutMs ?? 120_000,
    maxHeap: options.maxHeap ?? '1g',
    pageCacheMb: options.pageCacheMb ?? 64,
    classDataSharing: options.classDataSharing ?? true,
  };
}

function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '../..');
  }
}

const boltUri = (port: number) => `bolt://127.0.0.1:${port}`;
const pidFile = (home: string) => path.join(home, 'neo4j.pid.json');
const logFileOf = (home: string) => path.join(home, 'launcher.log');
const leaseDir = (home: string) => path.join(home, 'leases');
const homeLock = (home: string) => path.join(home, 'start.lock');

function say(r: Resolved, message: string): void {
  if (!r.quiet) process.stderr.write(`[neo4j-local] ${message}\n`);
}

function writeFileAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

function readState(home: string): ServerState | undefined {
  try {
    return JSON.parse(fs.readFileSync(pidFile(home), 'utf8')) as ServerState;
  } catch {
    return undefined;
  }
}

/** Our launcher is alive under this pid (guards against a recycled pid where /proc can tell). */
function launcherAlive(pid: number): boolean {
  if (!pidAlive(pid)) return false;
  if (!fs.existsSync('/proc/self/cmdline')) return true;
  try {
    // Empty for a zombie, another program's for a recycled pid.
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('Neo4jLauncher');
  } catch {
    return false;
  }
}

/** One round trip on the default database; false on any failure. */
async function boltAnswers(uri: string, timeoutMs = 2_000): Promise<boolean> {
  const driver = neo4j.driver(uri, undefined, {
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxConnectionPoolSize: 1,
  });
  const session = driver.session({ database: 'neo4j' });
  try {
    await session.run('RETURN 1');
    return true;
  } catch {
    return false;
  } finally {
    await session.close().catch(() => {});
    await driver.close().catch(() => {});
  }
}

async function waitForBolt(r: Resolved, pid: number, logFile: string): Promise<void> {
  const uri = boltUri(r.port);
  const deadline = Date.now() + r.startTimeoutMs;
  while (!(await boltAnswers(uri))) {
    if (!launcherAlive(pid)) {
      const reason = launcherFailure(logFile);
      throw new Error(`Neo4j exited during startup${reason ? ` (${reason})` : ''}; see ${logFile}.`);
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Neo4j (pid ${pid}) did not answer on ${uri} within ${Math.round(r.startTimeoutMs / 1000)} s; see ${logFile}.`,
      );
    }
    await sleep(100);
  }
}

/** The launcher's one-line reason for failing to start, if it printed one. */
function launcherFailure(logFile: string): string | undefined {
  try {
    const line = fs
      .readFileSync(logFile, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('Neo4j failed to start: '));
    return line?.slice('Neo4j failed to start: '.length).replace(/\.$/, '').slice(0, 300);
  } catch {
    return undefined;
  }
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(false);
      else reject(error);
    });
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** Checks that `java` runs and is 17 or newer; returns its version line (part of the CDS archive key). */
function checkJava(r: Resolved): string {
  const result = spawnSync(r.java, ['-version'], { encoding: 'utf8' });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new Error(
        `Java was not found (no "${r.java}" command on the PATH), and the local Neo4j needs a Java 17+ JDK.`,
      );
    }
    throw new Error(`Running "${r.java} -version" failed (${result.error.message}).`);
  }
  const text = `${result.stderr}${result.stdout}`;
  const version = /version "(\d+)(?:\.\d+)*[^"]*"/.exec(text);
  const major = version ? Number(version[1]) : Number.NaN;
  if (!(major >= 17)) {
    throw new Error(
      `The local Neo4j needs Java 17 or newer, but "${r.java}" is ${version?.[0] ?? 'unknown'}.`,
    );
  }
  return text.split('\n').slice(0, 3).join(' ').trim();
}

function sha256(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Downloads the Neo4j jars into libDir with Maven unless a complete copy for this pom.xml is there. */
async function ensureJars(r: Resolved): Promise<string> {
  const pomHash = sha256(fs.readFileSync(path.join(PACKAGE_DIR, 'pom.xml'), 'utf8'));
  const marker = path.join(r.libDir, COMPLETE_MARKER);
  const jarCount = () => {
    try {
      return fs.readdirSync(r.libDir).filter((f) => f.endsWith('.jar')).length;
    } catch {
      return 0;
    }
  };
  // Complete = fetched for this very pom.xml, and no jar deleted since.
  const done = () =>
    fs.existsSync(marker) && fs.readFileSync(marker, 'utf8').trim() === `${pomHash} ${jarCount()}`;
  if (done()) return pomHash;
  await withLock(path.join(TARGET_DIR, 'build.lock'), async () => {
    if (done()) return;
    // Start from no jars, so none of an older version lingers on the classpath.
    fs.mkdirSync(r.libDir, { recursive: true });
    for (const f of fs.readdirSync(r.libDir)) if (f.endsWith('.jar')) fs.rmSync(path.join(r.libDir, f));
    const mavenLog = path.join(TARGET_DIR, 'maven.log');
    say(r, `fetching the Neo4j jars with Maven into ${r.libDir} (first run only; log: ${mavenLog})`);
    const out = fs.openSync(mavenLog, 'w');
    try {
      const args = ['-B', '-q', 'dependency:copy-dependencies', `-DoutputDirectory=${r.libDir}`];
      const code = await new Promise<number | null>((resolve, reject) => {
        const child = spawn(r.mvn, args, { cwd: PACKAGE_DIR, stdio: ['ignore', out, out] });
        child.once('error', reject);
        child.once('exit', (exitCode) => resolve(exitCode));
      }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') {
          throw new Error(
            `Maven was not found (no "${r.mvn}" command on the PATH), and it is needed once to fetch the Neo4j jars.`,
          );
        }
        throw error;
      });
      if (code !== 0) {
        throw new Error(`Maven could not fetch the Neo4j jars (exit code ${code}); see ${mavenLog}.`);
      }
    } finally {
      fs.closeSync(out);
    }
    fs.writeFileSync(marker, `${pomHash} ${jarCount()}\n`);
  });
  return pomHash;
}

/** Compiles the launcher into target/neo4j-launcher.jar (a jar, so the JVM may archive it) when it changed. */
async function ensureLauncher(r: Resolved, jarsKey: string): Promise<string> {
  const key = sha256(fs.readFileSync(LAUNCHER_SOURCE, 'utf8'), jarsKey, r.libDir);
  const stamp = `${LAUNCHER_JAR}.key`;
  const done = () =>
    fs.existsSync(LAUNCHER_JAR) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === key;
  if (done()) return key;
  await withLock(path.join(TARGET_DIR, 'build.lock'), async () => {
    if (done()) return;
    const classes = path.join(TARGET_DIR, 'launcher-classes');
    fs.rmSync(classes, { recursive: true, force: true });
    const classpath = fs
      .readdirSync(r.libDir)
      .filter((f) => f.endsWith('.jar'))
      .map((f) => path.join(r.libDir, f))
      .join(path.delimiter);
    // javac and jar through the `java` command itself, so a JDK's `java` is all that is needed.
    const javac = ['-m', 'jdk.compiler/com.sun.tools.javac.Main', '-nowarn', '-cp', classpath];
    run(r.java, [...javac, '-d', classes, LAUNCHER_SOURCE], 'compile the Neo4j launcher (a JDK is needed)');
    const tmpJar = `${LAUNCHER_JAR}.${process.pid}.tmp`;
    run(
      r.java,
      ['-m', 'jdk.jartool/sun.tools.jar.Main', '--create', '--file', tmpJar, '-C', classes, '.'],
      'package the Neo4j launcher',
    );
    fs.renameSync(tmpJar, LAUNCHER_JAR);
    fs.writeFileSync(stamp, key);
  });
  return key;
}

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    const detail = (result.stderr || result.error?.message || '').trim().split('\n')[0];
    throw new Error(`Could not ${what}: ${detail}.`);
  }
}

/**
 * JVM class-data sharing: one run writes an archive of the classes it loaded when it exits (costing a few
 * seconds once), later runs map it and start about a second sooner. A brand-new home (no data/ yet, as
 * on CI) skips it: only a home that is being reused gets the archive, on its second start.
 */
function cdsArgs(home: string, key: string): { args: string[]; dump?: string | undefined } {
  const dir = path.join(home, 'cds');
  const archive = path.join(dir, `${key}.jsa`);
  if (fs.existsSync(`${archive}.ok`) && fs.existsSync(archive)) {
    return { args: [`-XX:SharedArchiveFile=${archive}`, '-Xlog:cds=off', '-Xlog:cds+dynamic=off'] };
  }
  if (!fs.existsSync(path.join(home, 'data'))) return { args: [] };
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return {
    args: [`-XX:ArchiveClassesAtExit=${archive}`, '-Xlog:cds=off', '-Xlog:cds+dynamic=off'],
    dump: archive,
  };
}

async function startLocked(r: Resolved, startedBy: StartedBy): Promise<StartResult> {
  const uri = boltUri(r.port);
  const state = readState(r.home);
  if (state && launcherAlive(state.pid)) {
    if (state.port !== r.port) {
      throw new Error(
        `The local Neo4j in ${r.home} is already running on port ${state.port}, not ${r.port}; stop it first (pnpm db:stop).`,
      );
    }
    await waitForBolt(r, state.pid, state.logFile);
    if (startedBy === 'manual' && state.startedBy === 'test') {
      // Someone asked for it explicitly: test teardown must no longer stop it.
      writeFileAtomic(pidFile(r.home), JSON.stringify({ ...state, startedBy: 'manual' }));
    }
    return { uri, reused: true, pid: state.pid };
  }
  if (state) fs.rmSync(pidFile(r.home), { force: true });

  const javaVersion = checkJava(r);
  if (!(await portFree(r.port))) {
    throw new Error(
      `Port ${r.port} on 127.0.0.1 is already in use by another program, so the local Neo4j cannot listen there (pick another port with NEO4J_LOCAL_PORT).`,
    );
  }
  const jarsKey = await ensureJars(r);
  const launcherKey = await ensureLauncher(r, jarsKey);
  const cds = r.classDataSharing
    ? cdsArgs(r.home, sha256(launcherKey, javaVersion, r.maxHeap))
    : { args: [] };

  const logFile = logFileOf(r.home);
  const jvm = [
    '-Xms128m',
    `-Xmx${r.maxHeap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:-OmitStackTraceInFastThrow',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    ...cds.args,
    '-cp',
    `${path.join(r.libDir, '*')}${path.delimiter}${LAUNCHER_JAR}`,
    'Neo4jLauncher',
    String(r.port),
    r.home,
    String(r.pageCacheMb),
  ];
  say(r, `starting Neo4j on ${uri} (log: ${logFile})`);
  const began = Date.now();
  const out = fs.openSync(logFile, 'w');
  let pid: number | undefined;
  try {
    const child = spawn(r.java, jvm, { cwd: r.home, detached: true, stdio: ['ignore', out, out] });
    child.on('error', () => {}); // Reported through the exit check below.
    child.unref();
    pid = child.pid;
  } finally {
    fs.closeSync(out);
  }
  if (pid === undefined) throw new Error(`Could not run "${r.java}" to start Neo4j; see ${logFile}.`);

  const next: ServerState = { pid, port: r.port, startedBy, startedAt: new Date().toISOString(), logFile };
  if (cds.dump) next.cdsDump = cds.dump;
  writeFileAtomic(pidFile(r.home), JSON.stringify(next));
  try {
    await waitForBolt(r, pid, logFile);
  } catch (error) {
    await stopLocked(r);
    throw error;
  }
  say(r, `Neo4j is ready on ${uri} (pid ${pid}, ${((Date.now() - began) / 1000).toFixed(1)} s)`);
  return { uri, reused: false, pid };
}

async function stopLocked(r: Resolved): Promise<StopResult> {
  const state = readState(r.home);
  if (!state) return { stopped: false, pid: null };
  if (!launcherAlive(state.pid)) {
    fs.rmSync(pidFile(r.home), { force: true });
    return { stopped: false, pid: null };
  }
  say(
    r,
    `stopping Neo4j (pid ${state.pid}${state.cdsDump ? '; saving a class archive for faster starts' : ''})`,
  );
  const exited = async (ms: number) => {
    const until = Date.now() + ms;
    while (launcherAlive(state.pid)) {
      if (Date.now() > until) return false;
      await sleep(50);
    }
    return true;
  };
  signal(state.pid, 'SIGTERM');
  // Writing the class-data archive at exit takes a few more seconds (many more on a busy machine).
  const clean = await exited(state.cdsDump ? 90_000 : 30_000);
  if (!clean) {
    signal(state.pid, 'SIGKILL');
    await exited(10_000);
  }
  // Let the parent reap it (a zombie still answers kill(pid, 0)), so "stopped" means gone.
  for (let i = 0; i < 40 && pidAlive(state.pid); i++) await sleep(50);
  if (clean && state.cdsDump && fs.existsSync(state.cdsDump)) fs.writeFileSync(`${state.cdsDump}.ok`, '');
  fs.rmSync(pidFile(r.home), { force: true });
  return { stopped: true, pid: state.pid };
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

function ensureHome(home: string): void {
  fs.mkdirSync(home, { recursive: true });
}

/**
 * Starts the local Neo4j, or reuses ours when it is already running and Bolt answers. Concurrent
 * callers (several test processes) are serialised by a lock in the home directory.
 */
export async function startNeo4j(options: Neo4jLocalOptions = {}): Promise<StartResult> {
  const r = resolveOptions(options);
  ensureHome(r.home);
  return withLock(homeLock(r.home), () => startLocked(r, 'manual'));
}

/** Stops our Neo4j (SIGTERM, then SIGKILL after a grace period); a no-op when it is not running. */
export async function stopNeo4j(options: Neo4jLocalOptions = {}): Promise<StopResult> {
  const r = resolveOptions(options);
  if (!fs.existsSync(r.home)) return { stopped: false, pid: null };
  return withLock(homeLock(r.home), () => stopLocked(r));
}

export async function neo4jStatus(options: Neo4jLocalOptions = {}): Promise<Neo4jStatus> {
  const r = resolveOptions(options);
  const state = readState(r.home);
  const running = state !== undefined && launcherAlive(state.pid);
  const port = running ? state.port : r.port;
  const uri = boltUri(port);
  return {
    running,
    pid: running ? state.pid : null,
    port,
    uri,
    startedBy: running ? state.startedBy : null,
    boltAnswers: running && (await boltAnswers(uri)),
    leases: liveLeases(r.home).length,
    home: r.home,
    logFile: logFileOf(r.home),
  };
}

function liveLeases(home: string, dropDead = false): string[] {
  let files: string[];
  try {
    files = fs.readdirSync(leaseDir(home)).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  return files.filter((file) => {
    const pid = Number(file.split('-')[0]);
    if (pidAlive(pid)) return true;
    if (dropDead) fs.rmSync(path.join(leaseDir(home), file), { force: true });
    return false;
  });
}

/**
 * For a test run's global setup: starts (or reuses) the local Neo4j and records a lease for this process.
 * A server started here is marked as started by tests, so the last release stops it.
 */
export async function acquireTestNeo4j(options: Neo4jLocalOptions = {}): Promise<TestLease> {
  const r = resolveOptions(options);
  ensureHome(r.home);
  return withLock(homeLock(r.home), async () => {
    const started = await startLocked(r, 'test');
    const id = `${process.pid}-${randomUUID()}`;
    fs.mkdirSync(leaseDir(r.home), { recursive: true });
    const lease: TestLease = {
      id,
      pid: process.pid,
      home: r.home,
      uri: started.uri,
      reused: started.reused,
      quiet: r.quiet,
    };
    writeFileAtomic(
      path.join(leaseDir(r.home), `${id}.json`),
      JSON.stringify({ ...lease, at: new Date().toISOString() }),
    );
    return lease;
  });
}

/**
 * Gives a lease back. Neo4j is stopped only when tests started it and no other live lease remains (leases
 * of processes that have died are ignored and removed); one started by `pnpm db:start` keeps running.
 */
export async function releaseTestNeo4j(lease: TestLease): Promise<StopResult> {
  const r = resolveOptions({ home: lease.home, quiet: lease.quiet });
  return withLock(homeLock(r.home), async () => {
    fs.rmSync(path.join(leaseDir(r.home), `${lease.id}.json`), { force: true });
    const state = readState(r.home);
    if (state?.startedBy !== 'test' || liveLeases(r.home, true).length > 0) {
      return { stopped: false, pid: null };
    }
    return stopLocked(r);
  });
}
