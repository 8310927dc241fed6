import { describe, expect, it } from 'vitest';
import { GraphReads } from './graph-reads.ts';

describe('GraphReads', () => {
  it('reads once and answers again from what it kept', async () => {
    const reads = new GraphReads();
    let calls = 0;
    const read = async () => [++calls];
    expect(await reads.get('a', read)).toEqual([1]);
    expect(await reads.get('a', read)).toEqual([1]);
    expect(calls).toBe(1);
  });

  it('keeps at most its capacity, dropping the least recently used', async () => {
    const reads = new GraphReads(2);
    let calls = 0;
    const read = async () => ++calls;
    await reads.get('a', read);
    await reads.get('b', read);
    await reads.get('a', read); // a is now the most recent
    await reads.get('c', read); // b goes
    expect(reads.size).toBe(2);
    expect(await reads.get('a', read)).toBe(1);
    expect(await reads.get('b', read)).toBe(4);
  });

  it('never keeps a failed read, so an outage is read again once it is over', async () => {
    const reads = new GraphReads();
    await expect(reads.get('a', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await reads.get('a', async () => 'up')).toBe('up');
  });

  it('hands out frozen answers: one question cannot reorder what the next one reads', async () => {
    const reads = new GraphReads();
    const kept = await reads.get('a', async () => ({ relations: [3, 1, 2] }));
    expect(() => kept.relations.sort()).toThrow(TypeError);
  });
});
