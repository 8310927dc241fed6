import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { withLock } from './lock.ts';

const tmpDirs: string[] = [];
function lockPath(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'neo4j-lock-test-'));
  tmpDirs.push(dir);
  return path.join(dir, 'x.lock');
}
afterAll(() => {
  for (const dir of tmpDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('withLock', () => {
  it('lets one holder in at a time', async () => {
    const lock = lockPath();
    let inside = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        withLock(lock, async () => {
          inside++;
          most = Math.max(most, inside);
          await sleep(20);
          order.push(n);
          inside--;
        }),
      ),
    );
    expect(most).toBe(1);
    expect(order.sort()).toEqual([1, 2, 3, 4, 5]);
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('releases the lock when the holder throws', async () => {
    const lock = lockPath();
    await expect(withLock(lock, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('breaks a lock left by a process that died', async () => {
    const lock = lockPath();
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    fs.mkdirSync(lock);
    fs.writeFileSync(
      path.join(lock, 'owner.json'),
      JSON.stringify({ pid: dead, token: 'old', at: Date.now() }),
    );
    const began = Date.now();
    expect(await withLock(lock, async () => 'got it')).toBe('got it');
    expect(Date.now() - began).toBeLessThan(2_000);
  });

  it('waits for a live holder and gives up after its timeout with one sentence', async () => {
    const lock = lockPath();
    fs.mkdirSync(lock);
    fs.writeFileSync(
      path.join(lock, 'owner.json'),
      JSON.stringify({ pid: process.ppid, token: 't', at: Date.now() }),
    );
    await expect(withLock(lock, async () => 'never', { timeoutMs: 300 })).rejects.toThrow(
      /^Timed out waiting for the lock .* held by process \d+; remove that directory if no such process is running\.$/,
    );
  });
});
