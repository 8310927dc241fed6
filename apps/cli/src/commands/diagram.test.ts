import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPack } from '@study-graph/graph';
import { describe, expect, it } from 'vitest';
import { readEnv } from '../env.ts';
import { main } from '../index.ts';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

const isPng = (b: Buffer) =>
  b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

describe('pnpm diagram (embedded store)', () => {
  it('--all writes one PNG per view', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'all-'));
    expect((await run('diagram', '--all', '-o', dir)).code).toBe(0);
    const views = (await loadPack(readEnv({}).packDir)).views;
    const files = (await readdir(dir)).sort();
    expect(files).toEqual(views.map((v) => `view-${v.id}.en.png`).sort());
    for (const f of files) expect(isPng(await readFile(join(dir, f)))).toBe(true);
  });

  it('draws a view by name, in the language asked, in the format of the file extension', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'one-'));
    await run('diagram', 'lifecycle', '--lang', 'vi', '-o', join(dir, 'l.dot'));
    const dot = await readFile(join(dir, 'l.dot'), 'utf8');
    expect(dot).toContain('docker unpause');
    expect(dot).toContain('Vòng đời');
    await run('diagram', 'docker0', '-o', join(dir, 'n.mmd'));
    expect(await readFile(join(dir, 'n.mmd'), 'utf8')).toMatch(/^(graph|flowchart) /m);
  });

  it("draws a concept's neighbourhood, a path and a comparison", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'concept-'));
    const one = await run('diagram', 'container', '--depth', '2', '-o', join(dir, 'c.png'));
    expect(one.out[0]).toMatch(/c\.png {2}\(Container: .+; \d+ concepts, \d+x\d+ px\)/);
    await run('diagram', 'image', '--to', 'registry', '-o', join(dir, 'p.svg'));
    expect(await readFile(join(dir, 'p.svg'), 'utf8')).toContain('<svg');
    expect((await run('diagram', 'lxc', '--compare', 'docker', '-o', join(dir, 'x.png'))).code).toBe(0);
  });

  it('says what is wrong with a topic it cannot draw', async () => {
    expect(await run('diagram', 'kubernetes-operator-xyz')).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/No view or concept called/)],
    });
    expect((await run('diagram', 'container', '--depth', '3')).code).toBe(2);
  });
});
