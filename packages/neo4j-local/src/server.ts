/**
 * Starting, reusing, stopping and inspecting our Neo4j: the launcher JVM runs detached, its pid and port
 * go to neo4j.pid.json in the home, and a start counts as done once Bolt answers.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { boltAnswers, boltUri, portFree } from './bolt.ts';
import {
  ensureHome,
  homeLock,
  liveLeases,
  logFileOf,
  pidFile,
  readState,
  type ServerState,
  type StartedBy,
  writeFileAtomic,
} from './home.ts';
import { cdsArgs, checkJava, ensureJars, ensureLauncher, LAUNCHER_JAR, sha256 } from './install.ts';
import { pidAlive, withLock } from './lock.ts';
import { type Neo4jLocalOptions, type Resolved, resolveOptions, say } from './options.ts';

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

/** Starts our Neo4j, or reuses it when it is running; the caller holds the home lock. */
export async function startLocked(r: Resolved, startedBy: StartedBy): Promise<StartResult> {
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
    // A server for tests watches who holds it and stops by itself when they are all gone.
    ...(startedBy === 'test' ? [String(process.pid)] : []),
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

/** Stops our Neo4j when it is running; the caller holds the home lock. */
export async function stopLocked(r: Resolved): Promise<StopResult> {
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
