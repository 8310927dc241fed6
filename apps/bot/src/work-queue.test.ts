import { describe, expect, it } from 'vitest';
import { QueueFullError, WorkQueue } from './work-queue.ts';

/** A job that finishes when told to, recording when it started. */
function gate(order: string[], name: string) {
  let open: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    open = resolve;
  });
  const job = async () => {
    order.push(name);
    await done;
  };
  return { job, open: () => open() };
}

describe('WorkQueue', () => {
  it('runs up to its concurrency at once and says when new work would wait', async () => {
    const queue = new WorkQueue({ concurrency: 2 });
    const order: string[] = [];
    const [a, b, c] = ['a', 'b', 'c'].map((n) => gate(order, n));
    expect(queue.busy).toBe(false);
    const runs = [queue.run('s', 'u1', a!.job), queue.run('s', 'u2', b!.job)];
    expect(queue.busy).toBe(true);
    runs.push(queue.run('s', 'u3', c!.job));
    await Promise.resolve();
    expect(order).toEqual(['a', 'b']);
    a!.open();
    await runs[0];
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual(['a', 'b', 'c']);
    b!.open();
    c!.open();
    await Promise.all(runs);
    expect(queue.busy).toBe(false);
  });

  it('expects a long wait before any job has finished, then one worth the jobs’ recent times', async () => {
    const queue = new WorkQueue({ concurrency: 1 });
    expect(queue.expectedWaitMs).toBe(0);
    const order: string[] = [];
    const held = gate(order, 'held');
    const running = queue.run('s', 'u', held.job);
    expect(queue.expectedWaitMs).toBe(Number.POSITIVE_INFINITY);
    held.open();
    await running;
    const again = gate(order, 'again');
    const next = queue.run('s', 'u', again.job);
    expect(queue.expectedWaitMs).toBeLessThan(1_000);
    again.open();
    await next;
  });

  it('takes turns between servers, then between learners, not first come first served', async () => {
    const queue = new WorkQueue({ concurrency: 1 });
    const order: string[] = [];
    const first = gate(order, 'first');
    const runs = [queue.run('busy', 'x', first.job)];
    // One learner of a busy server asks three times, then others ask once.
    for (const n of ['x1', 'x2', 'x3']) runs.push(queue.run('busy', 'x', async () => void order.push(n)));
    runs.push(queue.run('busy', 'y', async () => void order.push('y1')));
    runs.push(queue.run('quiet', 'z', async () => void order.push('z1')));
    first.open();
    await Promise.all(runs);
    expect(order).toEqual(['first', 'x1', 'z1', 'y1', 'x2', 'x3']);
  });

  it('refuses work past its bound at once, and keeps running what it holds', async () => {
    const queue = new WorkQueue({ concurrency: 1, maxWaiting: 1 });
    const order: string[] = [];
    const held = gate(order, 'held');
    const running = queue.run('s', 'u', held.job);
    const waiting = queue.run('s', 'u', async () => void order.push('waited'));
    await expect(queue.run('s', 'v', async () => undefined)).rejects.toBeInstanceOf(QueueFullError);
    held.open();
    await Promise.all([running, waiting]);
    expect(order).toEqual(['held', 'waited']);
  });

  it('frees the slot of a job that fails', async () => {
    const queue = new WorkQueue({ concurrency: 1 });
    await expect(queue.run('s', 'u', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(queue.run('s', 'u', async () => 'next')).resolves.toBe('next');
  });
});
