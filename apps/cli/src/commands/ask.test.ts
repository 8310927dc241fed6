import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../index.ts';
import { TEST_SPLITS } from './eval.ts';

async function run(argv: string[], stdin?: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    out: (t: string) => out.push(t),
    err: (t: string) => err.push(t),
    ...(stdin
      ? {
          stdin: (async function* () {
            yield* stdin;
          })(),
        }
      : {}),
  };
  return { code: await main(argv, io), out, err };
}

describe('pnpm ask and pnpm eval (embedded store)', () => {
  it('prints the answer for a person', async () => {
    const { code, out } = await run(['ask', 'lệnh nào đưa container từ paused về running?']);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^Dùng `docker unpause`: container chuyển từ \*\*paused\*\* sang \*\*running\*\*/);
  });

  it('--json prints the contract object', async () => {
    const { out } = await run(['ask', '--json', 'What is libnetwork?']);
    const answer = JSON.parse(out[0]!);
    expect(Object.keys(answer).slice(0, 7)).toEqual([
      'question',
      'locale',
      'intent',
      'found',
      'concepts',
      'answer',
      'diagram',
    ]);
    expect(answer).toMatchObject({
      locale: 'en',
      intent: 'definition',
      found: true,
      concepts: [{ id: 'libnetwork', name: 'libnetwork' }],
      diagram: null,
    });
  });

  it('--lang overrides the detected language', async () => {
    const { out } = await run(['ask', '--json', '--lang', 'vi', 'What is libnetwork?']);
    expect(JSON.parse(out[0]!).locale).toBe('vi');
    expect((await run(['ask', '--lang', 'fr', 'x'])).code).toBe(2);
  });

  it('--jsonl answers one question per line', async () => {
    const { out } = await run(['ask', '--jsonl'], ['docker la gi', '', 'Who won the 2018 World Cup?']);
    const lines = out.map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.locale, l.found])).toEqual([
      ['vi', true],
      ['en', false],
      ['en', false],
    ]);
  });

  it('eval prints failures, the pass rate and the rate per tag, and fails below 100 %', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval-'));
    const file = join(dir, 'set.yaml');
    await writeFile(
      file,
      [
        '- { q: "docker la gi", lang: vi, shape: definition, diacritics: false, expect: [[ung dung, nen tang]] }',
        '- { q: "What is a container?", lang: vi, shape: definition }',
        '- { q: "Kubernetes là gì?", lang: vi, shape: offtopic, found: false }',
      ].join('\n'),
    );
    const { code, out } = await run(['eval', file]);
    expect(code).toBe(1);
    expect(out[0]).toMatch(/^FAIL "What is a container\?" \(definition\): answered in en, expected vi/);
    // The store is the embedded one, or the server NEO4J_URI names: the figures are the same.
    const summary = out.slice(out.findIndex((l) => / set\.yaml: /.test(l)));
    expect(summary[0]).toMatch(/^(memory|neo4j) set\.yaml: 2\/3 passed \(66\.7 %\)$/);
    const rate = (tag: string) =>
      summary
        .find((l) => l.trim().startsWith(tag))
        ?.trim()
        .split(/\s+/)
        .slice(1);
    expect(rate('shape:definition')).toEqual(['1/2', '50.0', '%']);
    expect(rate('no-diacritics')).toEqual(['1/1', '100.0', '%']);
    expect(rate('off-topic')).toEqual(['1/1', '100.0', '%']);
    expect(rate('lang:vi')).toEqual(['2/3', '66.7', '%']);
  });

  // Every frozen question over Bolt: a minute on a quiet machine, several on a busy one.
  it('eval --test-split reports each frozen split without its failures', async () => {
    const { out } = await run(['eval', '--test-split']);
    const titles = out.filter((l) => / passed \(/.test(l));
    expect(titles).toEqual(
      TEST_SPLITS.map((file) => expect.stringMatching(`^(memory|neo4j) ${basename(file)}: \\d+/\\d+ passed`)),
    );
    expect(titles).toHaveLength(48);
    expect(out.some((l) => l.startsWith('FAIL'))).toBe(false);
  }, 600_000);

  it('draws the diagram a question asks for and returns its path and kind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'diagrams-'));
    const { out } = await run(
      ['ask', '--jsonl', '--diagram-dir', dir],
      ['vẽ sơ đồ trạng thái', 'docker la gi'],
    );
    const [drawn, plain] = out.map((l) => JSON.parse(l));
    expect(drawn.diagram).toEqual({ path: join(dir, 'lifecycle.vi.png'), kind: 'lifecycle' });
    expect((await readFile(drawn.diagram.path)).subarray(1, 4).toString()).toBe('PNG');
    expect(plain.diagram).toBeNull();
  });

  it('without a question prints usage', async () => {
    const { code, err } = await run(['ask']);
    expect(code).toBe(2);
    expect(err[0]).toMatch(/^Usage: pnpm ask/);
  });
});
