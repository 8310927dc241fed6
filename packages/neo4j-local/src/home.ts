/**
 * The files in a home directory (default `<repo>/.neo4j`): data/ and logs/ (Neo4j's own), neo4j.pid.json
 * (our running server), launcher.log (its stdout/stderr), leases/ (test leases), cds/ (a JVM class-data
 * archive that makes later starts faster), start.lock (held while starting or stopping).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pidAlive } from './lock.ts';

export type StartedBy = 'manual' | 'test';

/** What neo4j.pid.json records about our running server. */
export interface ServerState {
  pid: number;
  port: number;
  startedBy: StartedBy;
  startedAt: string;
  logFile: string;
  /** Set while the JVM is asked to write its class-data archive at exit. */
  cdsDump?: string;
}

export const pidFile = (home: string) => path.join(home, 'neo4j.pid.json');
export const logFileOf = (home: string) => path.join(home, 'launcher.log');
export const leaseDir = (home: string) => path.join(home, 'leases');
export const homeLock = (home: string) => path.join(home, 'start.lock');

export function ensureHome(home: string): void {
  fs.mkdirSync(home, { recursive: true });
}

export function writeFileAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

export function readState(home: string): ServerState | undefined {
  try {
    return JSON.parse(fs.readFileSync(pidFile(home), 'utf8')) as ServerState;
  } catch {
    return undefined;
  }
}

/** The lease files of live processes; with `dropDead`, those of dead processes are removed. */
export function liveLeases(home: string, dropDead = false): string[] {
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
