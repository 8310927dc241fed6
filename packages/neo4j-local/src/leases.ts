/**
 * Test leases: each test process that needs the local Neo4j takes a lease (a file in the home's leases/),
 * and the last live lease to be given back stops a server that tests started.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ensureHome, homeLock, leaseDir, liveLeases, readState, writeFileAtomic } from './home.ts';
import { withLock } from './lock.ts';
import { type Neo4jLocalOptions, resolveOptions } from './options.ts';
import { type StopResult, startLocked, stopLocked } from './server.ts';

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

/**
 * For a test run's global setup: starts (or reuses) the local Neo4j and records a lease for this process.
 * A server started here is marked as started by tests, so the last release stops it.
 */
export async function acquireTestNeo4j(options: Neo4jLocalOptions = {}): Promise<TestLease> {
  const r = resolveOptions(options);
  ensureHome(r.home);
  return withLock(homeLock(r.home), async () => {
    liveLeases(r.home, true); // Clears the leases of runs that died: they hold nothing.
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
