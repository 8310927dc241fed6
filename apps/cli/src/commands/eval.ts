import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fold } from '@study-graph/graph';
import { parse } from 'yaml';
import { z } from 'zod';
import { writeDiagramPng } from '../diagram-files.ts';
import { type CliEnv, REPO_ROOT, UsageError } from '../env.ts';
import type { Io } from '../io.ts';
import { openAsk, toJson } from './ask.ts';

export const DEFAULT_EVAL_SET = join(REPO_ROOT, 'data/eval/docker-questions.yaml');

const Case = z.object({
  q: z.string(),
  lang: z.enum(['vi', 'en', 'any']).default('any'),
  expect: z.array(z.array(z.union([z.string(), z.number()]).transform(String))).default([]),
  diagram: z.boolean().default(false),
  found: z.boolean().default(true),
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
  const missing = c.expect.filter((group) => !group.some((alt) => text.includes(fold(alt))));
  if (missing.length > 0) return `missing ${missing.map((g) => `[${g.join(' | ')}]`).join(', ')}`;
  return null;
}

/** `pnpm eval [FILE]`: runs a question set through the `ask --jsonl` path; prints failures and the pass rate. */
export async function evalCommand(args: string[], env: CliEnv, io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'diagram-dir': { type: 'string' }, verbose: { type: 'boolean', default: false } },
  });
  const file = positionals[0] ?? DEFAULT_EVAL_SET;
  const parsed = z.array(Case).safeParse(parse(await readFile(file, 'utf8')));
  if (!parsed.success)
    throw new UsageError(`${file} is not a question set: ${parsed.error.issues[0]?.message}`);
  const dir = values['diagram-dir'] ?? join(REPO_ROOT, 'out/eval');
  const session = await openAsk(env);
  let passed = 0;
  try {
    for (const c of parsed.data) {
      const answer = await session.qa.ask(c.q);
      // The same path as `ask --jsonl --diagram-dir`: draw, then read the JSON line back.
      const diagram = answer.diagram
        ? await writeDiagramPng(session.store, answer.diagram, answer.locale, dir)
        : null;
      const line = AskLine.parse(JSON.parse(toJson(answer, diagram)));
      const failure = judge(c, line);
      if (failure)
        io.out(
          `FAIL ${JSON.stringify(c.q)} (${line.intent}): ${failure}\n  ${line.answer.replace(/\n/g, '\n  ')}`,
        );
      else passed++;
      if (values.verbose && !failure) io.out(`ok   ${JSON.stringify(c.q)} (${line.intent})`);
    }
  } finally {
    await session.close();
  }
  const total = parsed.data.length;
  io.out(`${session.store.name}: ${passed}/${total} passed (${((100 * passed) / total).toFixed(1)} %)`);
  return passed === total ? 0 : 1;
}
