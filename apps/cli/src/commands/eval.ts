import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fold } from '@study-graph/graph';
import { parse } from 'yaml';
import { z } from 'zod';
import { writeDiagramPng } from '../diagram-files.ts';
import { type CliEnv, REPO_ROOT, UsageError } from '../env.ts';
import type { Io } from '../io.ts';
import { type AskSession, openAsk, toJson } from './ask.ts';
import { feedbackDrafts } from './eval-feedback.ts';

/** The development sets `pnpm eval` runs by default: tune on these. */
export const DEFAULT_EVAL_SETS = [
  'docker-questions.yaml',
  'dev-split.yaml',
  'dev-split-2.yaml',
  'dev-split-3.yaml',
  'dev-split-4.yaml',
  'dev-split-5.yaml',
].map((f) => join(REPO_ROOT, 'data/eval', f));
/** The frozen test splits, reported apart (`--test-split`) and never tuned on. */
export const TEST_SPLITS = [
  'test-split.yaml',
  'test-split-2.yaml',
  'test-split-3.yaml',
  'test-split-4.yaml',
  'test-split-5.yaml',
  'test-split-6.yaml',
  'test-split-7.yaml',
  'test-split-8.yaml',
  'test-split-9.yaml',
  'test-split-10.yaml',
  'test-split-11.yaml',
  'test-split-12.yaml',
  'test-split-13.yaml',
  'test-split-14.yaml',
  'test-split-15.yaml',
  'test-split-16.yaml',
  'test-split-17.yaml',
  'test-split-18.yaml',
  'test-split-19.yaml',
  'test-split-20.yaml',
  'test-split-21.yaml',
  'test-split-22.yaml',
  'test-split-23.yaml',
  'test-split-24.yaml',
  'test-split-25.yaml',
  'test-split-26.yaml',
  'test-split-27.yaml',
  'test-split-28.yaml',
  'test-split-29.yaml',
  'test-split-30.yaml',
  'test-split-31.yaml',
  'test-split-32.yaml',
  'test-split-33.yaml',
  'test-split-34.yaml',
  'test-split-35.yaml',
  'test-split-36.yaml',
  'test-split-37.yaml',
  'test-split-38.yaml',
  'test-split-39.yaml',
  'test-split-40.yaml',
  'test-split-41.yaml',
  'test-split-42.yaml',
  'test-split-43.yaml',
  'test-split-44.yaml',
  'test-split-45.yaml',
  'test-split-46.yaml',
  'test-split-47.yaml',
  'test-split-48.yaml',
].map((f) => join(REPO_ROOT, 'data/eval', f));

const Case = z.object({
  q: z.string(),
  lang: z.enum(['vi', 'en', 'any']).default('any'),
  expect: z.array(z.array(z.union([z.string(), z.number()]).transform(String))).default([]),
  diagram: z.boolean().default(false),
  found: z.boolean().default(true),
  /** What the question asks for: definition, list, yesno, why, howto, comparison, ..., offtopic. */
  shape: z.string().optional(),
  /** False for Vietnamese typed without diacritics. */
  diacritics: z.boolean().default(true),
  typo: z.boolean().default(false),
});
type Case = z.infer<typeof Case>;

/** The fields of an `ask --jsonl` line that evaluation reads. */
const AskLine = z.object({
  locale: z.enum(['vi', 'en']),
  found: z.boolean(),
  answer: z.string(),
  intent: z.string(),
  diagram: z.object({ path: z.string(), kind: z.string() }).nullable(),
});

/** Why a reply fails its case, or null when it passes. */
export function judge(c: Case, line: z.infer<typeof AskLine>): string | null {
  const text = fold(line.answer);
  if (c.lang !== 'any' && line.locale !== c.lang) return `answered in ${line.locale}, expected ${c.lang}`;
  if (line.found !== c.found) return `found is ${line.found}, expected ${c.found}`;
  if (c.diagram && !line.diagram) return 'no diagram';
  const missing = c.expect.filter((group) => !group.some((alt) => says(text, fold(alt))));
  if (missing.length > 0) return `missing ${missing.map((g) => `[${g.join(' | ')}]`).join(', ')}`;
  return null;
}

/** Alternatives this short are words, never parts of one: "có" is not the "co" of "container". */
const WHOLE_WORD_LENGTH = 3;

/** Whether folded text says a folded alternative: a short one only as a whole word. */
function says(text: string, alt: string): boolean {
  return alt.length > WHOLE_WORD_LENGTH ? text.includes(alt) : ` ${text} `.includes(` ${alt} `);
}

/** The tags a case is counted under: its shape, its language, and how it was typed. */
export function tagsOf(c: Case): string[] {
  const tags = [`shape:${c.shape ?? (c.found ? 'untagged' : 'offtopic')}`, `lang:${c.lang}`];
  if (!c.diacritics) tags.push('no-diacritics');
  if (c.typo) tags.push('typo');
  tags.push(c.found ? 'on-topic' : 'off-topic');
  return tags;
}

async function readSet(file: string): Promise<Case[]> {
  const parsed = z.array(Case).safeParse(parse(await readFile(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`${file} is not a question set: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}

interface Tally {
  passed: number;
  total: number;
}

/** Runs one set; prints each failure when `showFailures`; returns the tallies by tag. */
async function runSet(
  cases: Case[],
  session: AskSession,
  dir: string,
  io: Io,
  show: { failures: boolean; passes: boolean },
): Promise<Map<string, Tally>> {
  const tallies = new Map<string, Tally>();
  for (const c of cases) {
    const answer = await session.qa.ask(c.q);
    // The same path as `ask --jsonl --diagram-dir`: draw, then read the JSON line back.
    const diagram = answer.diagram
      ? await writeDiagramPng(session.store, answer.diagram, answer.locale, dir)
      : null;
    const line = AskLine.parse(JSON.parse(toJson(answer, diagram)));
    const failure = judge(c, line);
    if (failure && show.failures)
      io.out(
        `FAIL ${JSON.stringify(c.q)} (${line.intent}): ${failure}\n  ${line.answer.replace(/\n/g, '\n  ')}`,
      );
    if (!failure && show.passes) io.out(`ok   ${JSON.stringify(c.q)} (${line.intent})`);
    for (const tag of ['all', ...tagsOf(c)]) {
      const t = tallies.get(tag) ?? { passed: 0, total: 0 };
      t.total++;
      if (!failure) t.passed++;
      tallies.set(tag, t);
    }
  }
  return tallies;
}

const percent = (t: Tally) => `${((100 * t.passed) / t.total).toFixed(1)} %`;

function printTallies(io: Io, title: string, tallies: Map<string, Tally>): void {
  const all = tallies.get('all') ?? { passed: 0, total: 0 };
  io.out(`${title}: ${all.passed}/${all.total} passed (${all.total ? percent(all) : '-'})`);
  for (const [tag, t] of [...tallies].filter(([tag]) => tag !== 'all').sort(([a], [b]) => (a < b ? -1 : 1))) {
    io.out(`  ${tag.padEnd(24)} ${`${t.passed}/${t.total}`.padStart(8)}  ${percent(t).padStart(7)}`);
  }
}

/**
 * `pnpm eval [FILE...]`: runs question sets (default: the development sets) through the `ask --jsonl`
 * path; prints failures, then the pass rate overall and per tag. `--test-split` runs the frozen test
 * splits instead and prints its figures only (its failures with `--verbose`). `--from-feedback`
 * writes the answers learners reported as draft items instead (see eval-feedback.ts).
 */
export async function evalCommand(args: string[], env: CliEnv, io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'diagram-dir': { type: 'string' },
      'test-split': { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      'from-feedback': { type: 'boolean', default: false },
      output: { type: 'string', short: 'o' },
    },
  });
  if (values['from-feedback']) return feedbackDrafts(env, io, values.output);
  const testSplit = values['test-split'];
  const files = testSplit ? TEST_SPLITS : positionals.length > 0 ? positionals : DEFAULT_EVAL_SETS;
  const sets = await Promise.all(files.map(readSet));
  const dir = values['diagram-dir'] ?? join(REPO_ROOT, 'out/eval');
  const show = { failures: !testSplit || values.verbose, passes: values.verbose };
  const session = await openAsk(env);
  let failed = 0;
  try {
    for (const [i, cases] of sets.entries()) {
      const tallies = await runSet(cases, session, dir, io, show);
      printTallies(io, `${session.store.name} ${basename(files[i]!)}`, tallies);
      const all = tallies.get('all')!;
      failed += all.total - all.passed;
    }
  } finally {
    await session.close();
  }
  return failed === 0 ? 0 : 1;
}
