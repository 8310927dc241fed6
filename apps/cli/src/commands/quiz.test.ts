import { type Quiz, QuizMaker } from '@study-graph/quiz';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readEnv } from '../env.ts';
import { main } from '../index.ts';
import { parseChoice, quizCommand } from './quiz.ts';

/** The embedded store, whatever NEO4J_URI says. */
const EMBEDDED = readEnv({});

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * Runs `pnpm quiz ARGS` on the embedded store; `answer` gives each line typed, after the question
 * it answers was printed (it sees that question and the maker that made it), or null to end input.
 */
async function play(args: string[], answer: (quiz: Quiz, maker: QuizMaker) => string | null) {
  const make = vi.spyOn(QuizMaker.prototype, 'make');
  const out: string[] = [];
  const err: string[] = [];
  const stdin = (async function* () {
    for (;;) {
      const line = answer(make.mock.results.at(-1)?.value as Quiz, make.mock.contexts.at(-1) as QuizMaker);
      if (line === null) return;
      yield line;
    }
  })();
  const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t), stdin };
  const code = await quizCommand(args, EMBEDDED, io);
  return { code, out: out.join('\n'), err, made: make.mock.results.map((r) => r.value as Quiz) };
}

/** The 1-based number of the right choice, or of a wrong one, found by checking each against the graph. */
function choiceNumber(quiz: Quiz, maker: QuizMaker, correct: boolean): string {
  const i = quiz.choices.findIndex((c) => maker.check(quiz.key, c.id, 'vi')?.correct === correct);
  expect(i).toBeGreaterThanOrEqual(0);
  return String(i + 1);
}

describe('pnpm quiz (embedded store)', () => {
  it('counts a right answer right and explains it with its source', async () => {
    const { code, out } = await play(['--rounds', '1'], (q, m) => choiceNumber(q, m, true));
    expect(code).toBe(0);
    expect(out).toMatch(/^Câu 1\/1\. .+\n {2}1\. .+\n {2}2\. .+\n {2}3\. .+\n {2}4\. .+\nChọn 1-4/);
    expect(out).toContain('✅ Đúng rồi!');
    expect(out).toMatch(/\n {2}Nguồn: .+/);
    expect(out).toMatch(/\n\nĐiểm: 1\/1$/);
  });

  it('counts a wrong answer wrong and names the right choice', async () => {
    let right = '';
    const { out } = await play(['--rounds', '1'], (q, m) => {
      const n = choiceNumber(q, m, true);
      right = `${n}. ${q.choices[Number(n) - 1]!.label}`;
      return `b${choiceNumber(q, m, false)}`;
    });
    expect(out).toContain(`❌ Chưa đúng. Đáp án: **${right}**`);
    expect(out).toMatch(/Điểm: 0\/1$/);
  });

  it('asks again after input that is not a choice', async () => {
    const typed = ['5', 'b0', '', 'docker rm'];
    const { out, err } = await play(['--rounds', '1'], (q, m) => typed.shift() ?? choiceNumber(q, m, true));
    expect(err).toEqual([
      '"5" không phải một lựa chọn: gõ một số từ 1 đến 4 (hoặc b1-b4).',
      '"b0" không phải một lựa chọn: gõ một số từ 1 đến 4 (hoặc b1-b4).',
      '"" không phải một lựa chọn: gõ một số từ 1 đến 4 (hoặc b1-b4).',
      '"docker rm" không phải một lựa chọn: gõ một số từ 1 đến 4 (hoặc b1-b4).',
    ]);
    expect(out.match(/^Chọn 1-4/gm)).toHaveLength(5);
    expect(out).toMatch(/Điểm: 1\/1$/);
  });

  it('ends at the end of input with the score so far', async () => {
    let asked = 0;
    const { code, out, made } = await play(['--rounds', '5', '--lang', 'en'], (q, m) =>
      ++asked <= 2 ? choiceNumber(q, m, asked === 1) : null,
    );
    expect(code).toBe(0);
    expect(made).toHaveLength(3);
    expect(out).toContain('Question 3/5. ');
    expect(out).toMatch(/\n\nScore: 1\/2 \(input ended after 2 of 5 questions\)$/);
  });

  it('asks only about the topic given', async () => {
    const { made } = await play(['--topic', 'lifecycle', '--rounds', '3'], (q, m) =>
      choiceNumber(q, m, true),
    );
    expect(made).toHaveLength(3);
    for (const quiz of made) expect(['command', 'state']).toContain(quiz.key.kind);
  });
});

describe('pnpm quiz flags', () => {
  it.each([
    [['--lang', 'fr'], '--lang must be vi or en, not "fr"'],
    [['--rounds', '0'], '--rounds must be a whole number from 1 to 100, not "0"'],
    [['--rounds'], "Option '--rounds <value>' argument missing"],
    [['--level', '2'], "Unknown option '--level'"],
    [['--topic', 'kubernetes'], '--topic kubernetes: the graph has no quiz question about it'],
  ])('%j exits 2 with the usage', async (args, why) => {
    const err: string[] = [];
    const code = await main(['quiz', ...args], { out: () => {}, err: (t) => err.push(t) });
    expect(code).toBe(2);
    expect(err[0]).toContain(why);
    expect(err[0]).toContain('Usage: pnpm quiz [--lang vi|en] [--topic ID] [--rounds N]');
  });

  it('reads 1-4 and b1-b4 only', () => {
    expect(['1', ' 4 ', 'b2', 'B3', '0', '5', 'b', '2a', '1.0'].map(parseChoice)).toEqual([
      0,
      3,
      1,
      2,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
