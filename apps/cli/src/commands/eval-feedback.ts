import { writeFile } from 'node:fs/promises';
import type { Feedback } from '@study-graph/study';
import { stringify } from 'yaml';
import type { CliEnv } from '../env.ts';
import type { Io } from '../io.ts';
import { openLearnerData } from '../learner-data.ts';

/** Everything learners said about one question, in one language. */
interface Reported {
  question: string;
  locale: 'vi' | 'en';
  up: number;
  down: number;
  reports: Feedback[];
  /** The answer as last shown, and the graph's version it came from. */
  last: Feedback;
}

/**
 * `pnpm eval --from-feedback [-o FILE]`: the questions learners marked 👎 or reported, as draft
 * evaluation items (no `expect` yet), most reported first, each with the answer they got and what
 * they wrote, for a maintainer to review before moving any into a set.
 */
export async function feedbackDrafts(env: CliEnv, io: Io, out: string | undefined): Promise<number> {
  const data = openLearnerData(env);
  let feedback: Feedback[];
  try {
    feedback = await data.study.feedback(0);
  } finally {
    await data.close();
  }
  const reported = tally(feedback).filter((r) => r.down + r.reports.length > 0);
  const text = draftsYaml(reported);
  if (out) await writeFile(out, text);
  else io.out(text.trimEnd());
  if (out) io.err(`${reported.length} reported questions written to ${out}`);
  return 0;
}

function tally(feedback: Feedback[]): Reported[] {
  const by = new Map<string, Reported>();
  for (const f of feedback) {
    const key = `${f.locale}|${f.question.trim().toLowerCase()}`;
    const r = by.get(key) ?? {
      question: f.question.trim(),
      locale: f.locale,
      up: 0,
      down: 0,
      reports: [],
      last: f,
    };
    if (f.kind === 'report') r.reports.push(f);
    else r[f.kind]++;
    r.last = f;
    by.set(key, r);
  }
  return [...by.values()].sort(
    (a, b) => b.reports.length + b.down - (a.reports.length + a.down) || (a.question < b.question ? -1 : 1),
  );
}

function draftsYaml(reported: Reported[]): string {
  const head = [
    "# Draft evaluation items from learners' feedback: review each one, write its `expect` (or set",
    '# `found: false` when the notes do not cover it), then move it into a development set.',
  ];
  const items = reported.map((r) => {
    const notes = [
      `👎 ${r.down} · 🚩 ${r.reports.length} · 👍 ${r.up} · graph ${r.last.graphVersion?.slice(0, 12) ?? 'unknown'}`,
      `answered: ${JSON.stringify(firstLine(r.last.answer))}`,
      ...r.reports.map((f) => `reported: ${JSON.stringify(f.comment ?? '')}`),
    ];
    const item = stringify([{ q: r.question, lang: r.locale, expect: [] }]).trimEnd();
    return [...notes.map((n) => `# ${n}`), item].join('\n');
  });
  return `${[head.join('\n'), ...items].join('\n\n')}\n`;
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}
