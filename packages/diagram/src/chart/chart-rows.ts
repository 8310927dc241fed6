import type { Locale } from '@study-graph/graph';

/** A learner's answers in one section of the notes, as a progress chart draws them. */
export interface ProgressRow {
  label: string;
  answered: number;
  /** Of those answered; more than `answered` is drawn as `answered`. */
  right: number;
  /** Questions of the section due for review, when known. */
  due?: number;
}

/** More rows than this and the chart gets too tall to read beside a message. */
export const MAX_CHART_ROWS = 12;

/**
 * The rows to draw: counts made whole and consistent, and at most `max` rows, the sections with
 * the most answers kept in their order and the rest summed into one "other" row at the end.
 */
export function chartRows(rows: readonly ProgressRow[], locale: Locale, max = MAX_CHART_ROWS): ProgressRow[] {
  const sane = rows.map(saneCounts);
  if (sane.length <= max) return sane;
  const kept = new Set(
    sane
      .map((row, index) => ({ row, index }))
      .sort((a, b) => b.row.answered - a.row.answered || a.index - b.index)
      .slice(0, max - 1)
      .map((entry) => entry.index),
  );
  const rest = sane.filter((_, index) => !kept.has(index));
  return [...sane.filter((_, index) => kept.has(index)), otherRow(rest, locale)];
}

function saneCounts(row: ProgressRow): ProgressRow {
  const count = (n: number | undefined) => (Number.isFinite(n) ? Math.max(0, Math.floor(n ?? 0)) : 0);
  const answered = count(row.answered);
  const sane = { label: row.label, answered, right: Math.min(answered, count(row.right)) };
  return row.due === undefined ? sane : { ...sane, due: count(row.due) };
}

function otherRow(rows: ProgressRow[], locale: Locale): ProgressRow {
  const sum = (pick: (row: ProgressRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const label = locale === 'vi' ? `Khác (${rows.length} phần)` : `Other (${rows.length} sections)`;
  const other = { label, answered: sum((r) => r.answered), right: sum((r) => r.right) };
  return rows.some((r) => r.due !== undefined) ? { ...other, due: sum((r) => r.due ?? 0) } : other;
}
