import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPack } from '@study-graph/graph';
import { FileSuggestionStore, type Proposal } from '@study-graph/study';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT, readEnv } from '../env.ts';
import { exportCommunity } from './export-community.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const DOCKER = join(REPO_ROOT, 'data/docker');

describe('pnpm graph export --community', () => {
  it('writes approved suggestions as pack entries that load with the pack, changes as comments', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'community-'));
    dirs.push(dir);
    const store = new FileSuggestionStore(dir);
    const suggest = async (id: string, guildId: string, proposal: Proposal, approve: boolean) => {
      await store.propose({
        id,
        guildId,
        userId: '7',
        locale: 'vi',
        proposal,
        status: 'pending',
        at: 1,
        decidedBy: null,
        decidedAt: null,
      });
      if (approve) await store.decide(guildId, id, 'approved', '8', 2);
    };
    const compose: Proposal = {
      kind: 'concept',
      name: 'Docker Compose',
      conceptKind: 'tool',
      summary: 'Chạy ứng dụng nhiều container từ một file YAML.',
      related: 'docker-engine',
      relation: 'USES',
    };
    await suggest('c1', '100', compose, true);
    await suggest('a1', '100', { kind: 'alias', concept: 'container', alias: 'thùng hàng' }, true);
    await suggest('p1', '100', { kind: 'alias', concept: 'image', alias: 'chưa duyệt' }, false);
    await suggest('o1', '200', { kind: 'correction', concept: 'image', summary: 'Của server khác.' }, true);

    const out: string[] = [];
    const env = { ...readEnv({}), dataDir: dir };
    const io = { out: (t: string) => out.push(t), err: () => {} };
    expect(await exportCommunity(env, io, DOCKER, '100')).toBe(0);
    const text = out.join('\n');
    const entries = parse(text);
    expect(entries.concepts).toEqual([
      {
        id: 'community-docker-compose',
        kind: 'tool',
        name: { vi: 'Docker Compose', en: 'Docker Compose' },
        aliases: { vi: [], en: [] },
        summary: { vi: compose.summary, en: compose.summary },
        source: 'community',
      },
    ]);
    expect(entries.relations).toEqual([
      { from: 'community-docker-compose', to: 'docker-engine', type: 'USES', source: 'community' },
    ]);
    expect(text).toContain('# container: add to aliases.vi: "thùng hàng"');
    expect(text).not.toContain('chưa duyệt');
    expect(text).not.toContain('Của server khác');

    // Merged into a copy of the pack (with the source it cites), it loads as part of it.
    const pack = join(dir, 'pack');
    await cp(DOCKER, pack, { recursive: true });
    const meta = await readFile(join(pack, 'pack.yaml'), 'utf8');
    const source =
      '    - id: community\n      section: { vi: "Đóng góp của nhóm", en: "From the study group" }\n';
    await writeFile(join(pack, 'pack.yaml'), meta.replace('  sources:\n', `  sources:\n${source}`));
    await writeFile(join(pack, 'community.yaml'), text);
    const graph = await loadPack(pack);
    expect(graph.concepts.map((c) => c.id)).toContain('community-docker-compose');

    out.length = 0;
    await exportCommunity(env, io, DOCKER, null);
    expect(out.join('\n')).toContain('Của server khác');
  });
});
