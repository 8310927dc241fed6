import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { checkPng } from '@study-graph/discord-sim/png';
import { FileSettingsStore, FileStudyStore, FileSuggestionStore } from '@study-graph/study';
import { afterAll, describe, expect, it } from 'vitest';
import { ui } from '../format/strings.ts';
import { createLogger } from '../logger.ts';
import { runPlayground } from '../playground/playground.ts';
import { spawnBot } from '../testing/process.ts';
import { dockerStore, LogCapture } from '../testing/test-bot.ts';

const outDir = mkdtempSync(path.join(tmpdir(), 'bot-playground-'));

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

async function play(lines: string[]): Promise<{ output: string; logs: LogCapture }> {
  const output = new PassThrough();
  let text = '';
  output.on('data', (d: Buffer) => {
    text += d.toString();
  });
  const logs = new LogCapture();
  await runPlayground({
    store: await dockerStore(),
    study: new FileStudyStore(path.join(outDir, 'data')),
    suggestions: new FileSuggestionStore(path.join(outDir, 'data')),
    settings: new FileSettingsStore(path.join(outDir, 'data')),
    logger: createLogger('warn', logs),
    input: Readable.from(lines.map((l) => `${l}\n`)),
    output,
    outDir,
    interactive: false,
  });
  return { output: text, logs };
}

describe('the terminal playground', () => {
  it('answers questions, commands and clicks as text, and saves diagrams as files', async () => {
    const { output, logs } = await play([
      'container là gì?',
      'vẽ sơ đồ trạng thái container',
      '/diagram vong doi',
      '/concept image',
      'b1',
      's1',
      '/relation container, docker cli',
      '/nope',
    ]);
    const replies = output.split(/^── /m);
    expect(replies[1]).toMatch(/^Container ──\n\*\*Container\*\*|^Container ──\nContainer/);
    expect(output).toContain('Nguồn: Các thuật ngữ cần biết về container');
    expect(output).toContain('[b1] Sơ đồ  [b2] Liên quan');
    const pngs = [...output.matchAll(/^🖼 {2}(.+\.png)$/gm)].map((m) => m[1]!);
    expect(pngs.map((p) => path.basename(p))).toEqual([
      '001-lifecycle.png',
      '002-lifecycle.png',
      '003-concept-image.png',
      '004-path-container-docker-cli.png',
    ]);
    for (const file of pngs) checkPng(readFileSync(file));
    expect(output).toContain('(lệnh không có / unknown command;');
    expect(logs.lines).toEqual([]);
  });
});

describe('pnpm start without DISCORD_TOKEN', () => {
  it('reads one question per line from a pipe and prints the replies; logs stay off stdout', async () => {
    const proc = spawnBot({}, 'container là gì?\nvẽ sơ đồ trạng thái container\n');
    expect(await proc.exited).toBe(0);
    const out = proc.stdout();
    expect(out).toMatch(/^── Container ──\n/);
    expect(out).toContain('── Vòng đời và các trạng thái của container ──');
    const png = /^🖼 {2}(.+lifecycle\.png)$/m.exec(out)?.[1];
    expect(png && existsSync(png)).toBe(true);
    checkPng(readFileSync(png!));
    expect(proc.stderr()).toBe('');
  });
});

describe('pnpm start, one process after another', () => {
  it('shows in /progress the quiz answer a process before gave, on the embedded default', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'bot-data-'));
    try {
      const quiz = spawnBot({ STUDY_GRAPH_DATA: data }, '/quiz\nb1\n');
      expect(await quiz.exited).toBe(0);
      const answered = quiz.stdout().includes(ui('vi').quizRight) ? 1 : 0;
      expect(quiz.stdout()).toContain(answered ? ui('vi').quizRight : ui('vi').quizWrong('').split('**')[0]);
      const progress = spawnBot({ STUDY_GRAPH_DATA: data }, '/progress\n');
      expect(await progress.exited).toBe(0);
      expect(progress.stdout()).toContain(ui('vi').progressTotal(answered, 1));
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });
});
