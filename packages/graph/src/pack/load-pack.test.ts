import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPack, loadPack } from './load-pack.ts';
import { formatProblem, PackError } from './pack-error.ts';
import { readPackFiles, readPackId } from './read-files.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../__fixtures__/${name}`, import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function packOf(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pack-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

const META = `pack:
  id: t
  title: { vi: "T", en: "T" }
  sources: [{ id: s, section: { vi: "S", en: "S" } }]
  relationTypes:
    - { type: MANAGES, label: { vi: "quản lý", en: "manages" }, inverse: { vi: "được quản lý bởi", en: "is managed by" } }
`;
const concept = (id: string, extra = '') =>
  `  - { id: ${id}, kind: component, name: { vi: "${id}", en: "${id}" }, summary: { vi: "x", en: "x" }, source: s${extra} }\n`;

describe('loadPack', () => {
  it('reads the same entries with the fast parser as with the one that knows lines', async () => {
    const docker = fileURLToPath(new URL('../../../../data/docker', import.meta.url));
    const entries = async (lines: boolean) =>
      (await readPackFiles(docker, docker, { lines })).files.map((f) => ({ file: f.file, data: f.data }));
    const fast = await entries(false);
    expect(fast.length).toBeGreaterThan(5);
    expect(fast).toEqual(await entries(true));
  });

  it('still reports a problem with its line when the fast read finds it', async () => {
    const dir = await packOf({ 'pack.yaml': `${META}concepts:\n${concept('a')}${concept('a')}` });
    const { problems } = await checkPack(dir, dir);
    expect(problems.map(formatProblem)).toEqual([
      'pack.yaml:9: duplicate concept id "a" (first defined at pack.yaml:8)',
    ]);
  });

  it('loads a valid pack, sorted, with relation labels resolved from the type', async () => {
    const graph = await loadPack(fixture('mini'));
    expect(graph.pack.id).toBe('mini');
    expect(graph.concepts.map((c) => c.id)).toEqual([...graph.concepts.map((c) => c.id)].sort());
    const manages = graph.relations.find((r) => r.type === 'MANAGES');
    expect(manages?.label).toEqual({ vi: 'quản lý', en: 'manages' });
    expect(manages?.inverse.en).toBe('is managed by');
    expect(graph.concepts.find((c) => c.id === 'created')).not.toHaveProperty('syntax');
  });

  it('reports a dangling reference, a duplicate id and a missing translation at once, with file and line', async () => {
    const { graph, problems } = await checkPack(fixture('broken'), ROOT);
    expect(graph).toBeNull();
    expect(problems.map(formatProblem)).toEqual([
      '__fixtures__/broken/concepts.yaml:10: missing Vietnamese translation of concepts.1.summary',
      '__fixtures__/broken/concepts.yaml:12: duplicate concept id "daemon" (first defined at __fixtures__/broken/concepts.yaml:2)',
      '__fixtures__/broken/concepts.yaml:19: relation MANAGES to unknown concept "volume"',
    ]);
    await expect(loadPack(fixture('broken'), ROOT)).rejects.toThrow(PackError);
  });

  it('reports YAML syntax errors with their line', async () => {
    const dir = await packOf({ 'a.yaml': `${META}concepts:\n  - id: [unclosed\n` });
    const { problems } = await checkPack(dir, dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'a.yaml', line: expect.any(Number) });
  });

  it('refuses the same alias on two concepts, diacritics aside', async () => {
    const dir = await packOf({
      'a.yaml': `${META}concepts:\n${concept('one', ', aliases: { vi: ["trình nền"], en: [] }')}${concept('two', ', aliases: { vi: [], en: ["trinh nen"] }')}`,
    });
    const { problems } = await checkPack(dir, dir);
    expect(problems.map(formatProblem)).toEqual([
      'a.yaml:9: alias "trinh nen" of "two" is already a name or alias of "one"',
    ]);
  });

  it('refuses unknown sources, unlabelled relation types, unknown commands and view members', async () => {
    const dir = await packOf({
      'a.yaml': `${META}concepts:\n${concept('one')}${concept('two')}`,
      'b.yaml': `relations:
  - { from: one, to: two, type: TALKS_TO, source: s }
  - { from: one, to: two, type: MANAGES, command: two, source: nowhere }
views:
  - { id: v, title: { vi: "V", en: "V" }, concepts: [one, ghost], source: s }
`,
    });
    const { problems } = await checkPack(dir, dir);
    expect(problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
      'b.yaml:2 relation type TALKS_TO has no label in pack.relationTypes',
      'b.yaml:3 unknown source "nowhere"',
      'b.yaml:3 relation MANAGES names "two" as its command, which is not a command concept',
      'b.yaml:5 view "v" shows unknown concept "ghost"',
    ]);
  });

  it('refuses unknown fields and kinds instead of ignoring them', async () => {
    const dir = await packOf({
      'a.yaml': `${META}concepts:\n${concept('one').replace('component', 'gadget')}`,
    });
    const { problems } = await checkPack(dir, dir);
    expect(problems[0]?.message).toMatch(/^concepts\.0\.kind: /);
    const dir2 = await packOf({ 'a.yaml': `${META}colour: red\n` });
    expect((await checkPack(dir2, dir2)).problems[0]?.message).toMatch(/colour/);
  });

  it('refuses a text field over its limit, a view listing a concept twice, and a file too big to read', async () => {
    const dir = await packOf({
      'a.yaml': `${META}concepts:\n${concept('one').replace('summary: { vi: "x"', `summary: { vi: "${'x'.repeat(2_001)}"`)}${concept('two')}views:
  - { id: v, title: { vi: "V", en: "V" }, concepts: [one, two, one], source: s }
`,
      'big.yaml': `# ${'x'.repeat(2_000_001)}\n`,
    });
    const { problems } = await checkPack(dir, dir);
    const messages = problems.map((p) => `${p.file} ${p.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^a\.yaml concepts\.0\.summary\.vi: .*2000/));
    expect(messages).toContainEqual('a.yaml views.0.concepts: lists a concept twice');
    expect(messages).toContainEqual(
      'big.yaml is 2,000,004 bytes, over the 2,000,000 bytes a pack file may be',
    );
  });

  it('carries renames, and refuses an old id that is still a concept or is renamed twice', async () => {
    const ok = await packOf({ 'a.yaml': `${META}concepts:\n${concept('one', ', renamedFrom: [uno]')}` });
    expect((await loadPack(ok)).renames).toEqual([{ from: 'uno', to: 'one' }]);
    expect((await loadPack(ok)).concepts[0]).not.toHaveProperty('renamedFrom');
    const dir = await packOf({
      'a.yaml': `${META}concepts:\n${concept('one', ', renamedFrom: [two]')}${concept('two', ', renamedFrom: [old]')}${concept('three', ', renamedFrom: [old]')}`,
    });
    const { problems } = await checkPack(dir, dir);
    expect(problems.map((p) => p.message)).toEqual([
      'concept "one" is renamed from "two", which is still a concept',
      '"old" is renamed to both "two" and "three"',
    ]);
  });
});

describe('readPackId', () => {
  it("reads the id from whichever file holds the pack's metadata, and nothing without one", async () => {
    expect(await readPackId(await packOf({ 'a.yaml': `concepts:\n${concept('a')}`, 'z.yaml': META }))).toBe(
      't',
    );
    expect(await readPackId(await packOf({ 'a.yaml': `concepts:\n${concept('a')}` }))).toBeUndefined();
    expect(await readPackId(await packOf({ 'p.yaml': 'pack:\n  id: "Not An Id!"\n' }))).toBeUndefined();
  });
});
