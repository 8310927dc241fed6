import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

interface LockOwner {
  pid: number;
  token: string;
  at: number;
}

export interface LockOptions {
  /** A lock older than this is broken even if its owner pid looks alive (pid reuse). */
  staleMs?: number;
  /** Give up waiting after this long. */
  timeoutMs?: number;
}

/** True when a process with this pid exists (EPERM means it exists but is not ours to signal). */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(dir: string): LockOwner | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'owner.json'), 'utf8')) as LockOwner;
  } catch {
    return undefined;
  }
}

/**
 * Runs `fn` while holding an exclusive lock shared by every process on this machine.
 *
 * The lock is a directory. It is taken atomically by renaming a private, already filled directory onto
 * the lock path: rename(2) refuses to replace a non-empty directory, so exactly one contender wins and
 * the owner file is there from the first instant. A lock whose owner process is gone, or that is older
 * than `staleMs`, is broken by renaming it aside (only one contender can do that) and deleting it.
 */
export async function withLock<T>(
  lockDir: string,
  fn: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const staleMs = options.staleMs ?? 15 * 60_000;
  const timeoutMs = options.timeoutMs ?? staleMs + 60_000;
  const token = `${process.pid}-${randomUUID()}`;
  const deadline = Date.now() + timeoutMs;
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });

  for (let attempt = 0; ; attempt++) {
    const mine = `${lockDir}.${token}`;
    fs.mkdirSync(mine, { recursive: true });
    const owner: LockOwner = { pid: process.pid, token, at: Date.now() };
    fs.writeFileSync(path.join(mine, 'owner.json'), JSON.stringify(owner));
    try {
      fs.renameSync(mine, lockDir);
      break;
    } catch (error) {
      fs.rmSync(mine, { recursive: true, force: true });
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
    }

    const current = readOwner(lockDir);
    const stale = current
      ? !pidAlive(current.pid) || Date.now() - current.at > staleMs
      : // No owner file: a foreign or damaged lock; judge it by its age.
        Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 10_000;
    if (stale) {
      const aside = `${lockDir}.stale.${token}`;
      try {
        fs.renameSync(lockDir, aside);
        const moved = readOwner(aside);
        if (current && moved && moved.token !== current.token) {
          // Between our look and our rename a live owner took the lock: give it back.
          try {
            fs.renameSync(aside, lockDir);
            continue;
          } catch {
            // The path was taken again meanwhile; that owner goes on, and so do we below.
          }
        }
        fs.rmSync(aside, { recursive: true, force: true });
      } catch {
        // Someone else broke it first.
      }
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out waiting for the lock ${lockDir} held by process ${current?.pid ?? 'unknown'}; remove that directory if no such process is running.`,
      );
    }
    await sleep(Math.min(50 + attempt * 10, 250));
  }

  try {
    return await fn();
  } finally {
    if (readOwner(lockDir)?.token === token) fs.rmSync(lockDir, { recursive: true, force: true });
  }
}
