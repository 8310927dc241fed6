import { type DiagramSpec, RELATION_TYPES, type RelationType } from '@study-graph/graph';
import type { QuizKey } from '@study-graph/quiz';
import type { FeedbackKind } from '@study-graph/study';
import { isLocale, type Locale } from '../format/locale.ts';
import { DISCORD_LIMITS } from '../format/truncate.ts';

/**
 * What a button or menu does, written into its custom_id so that it works without any state kept
 * by the bot, also after a restart:
 *
 *   diagram:view:<viewId>:<locale>            draw a figure
 *   diagram:lifecycle[:from:<id>][:to:<id>]:<locale>   the container lifecycle, moves picked out
 *   diagram:concept:<id>[:2]:<locale>         draw a concept's neighbourhood (depth 1, or 2)
 *   diagram:path:<from>:<to>:<locale>         draw how two concepts connect
 *   diagram:compare:<a>:<b>:<locale>          draw two concepts side by side
 *   related:<conceptId>:<locale>              show what a concept connects to
 *   nearby:<locale>                           menu: the chosen value is a concept id
 *   quiz:<question>:<choice>:<asker>:<asked>:<locale>   answer a quiz: the question by the graph's
 *       ids (c:<from>:<to>, s:<command>:<from>, m:<category>, r:<subject>:<type>, f:<view>:<step>),
 *       the choice's id, the asker's user id, and when it was asked (seconds, base 36)
 *   daily:<question>:<choice>:<day>:<locale>   answer a server's daily question, open to everyone:
 *       the question and the choice as for a quiz, and the day it was posted for (YYYY-MM-DD)
 *   suggestion:<approve|reject>:<id>:<locale>   decide a server's suggestion (`/pending`)
 *   feedback:<up|down|report>:<locale>        judge the answer the button is under (the report's
 *       modal has the same id: the question and answer are read from the message)
 */
export type Action =
  | { kind: 'diagram'; spec: DiagramSpec; locale: Locale }
  | { kind: 'related'; conceptId: string; locale: Locale }
  | { kind: 'nearby'; locale: Locale }
  | { kind: 'quiz'; quiz: QuizAnswer; locale: Locale }
  | { kind: 'daily'; daily: DailyAnswer; locale: Locale }
  | { kind: 'feedback'; verdict: FeedbackKind; locale: Locale }
  | { kind: 'suggestion'; decision: 'approve' | 'reject'; id: string; locale: Locale };

/** A click on a quiz's choice. */
export interface QuizAnswer {
  key: QuizKey;
  choice: string;
  asker: string;
  /** When the quiz was asked, in whole seconds since 1970. */
  askedAt: number;
}

/** A click on a daily question's choice: anyone's, once a day. */
export interface DailyAnswer {
  key: QuizKey;
  choice: string;
  /** The server's day the question was posted for, `YYYY-MM-DD`. */
  day: string;
}

const FEEDBACK_KINDS: readonly FeedbackKind[] = ['up', 'down', 'report'];

/** Concept and view ids are kebab-case: nothing in them can break the `:` format. */
const ID = /^[a-z0-9][a-z0-9-]{0,47}$/;

export function isGraphId(value: string): boolean {
  return ID.test(value);
}

function specParts(spec: DiagramSpec): string[] {
  switch (spec.kind) {
    case 'view':
      return ['view', spec.viewId];
    case 'lifecycle':
      return ['lifecycle', ...(spec.from ? ['from', spec.from] : []), ...(spec.to ? ['to', spec.to] : [])];
    case 'neighbourhood':
      return spec.depth === 2 ? ['concept', spec.conceptId, '2'] : ['concept', spec.conceptId];
    case 'path':
      return ['path', spec.from, spec.to];
    case 'comparison':
      return ['compare', spec.a, spec.b];
  }
}

function questionParts(key: QuizKey): string[] {
  return key.kind === 'command'
    ? ['c', key.from, key.to]
    : key.kind === 'state'
      ? ['s', key.command, key.from]
      : key.kind === 'member'
        ? ['m', key.category]
        : key.kind === 'relation'
          ? ['r', key.subject, key.type.toLowerCase().replaceAll('_', '-')]
          : ['f', key.view, key.step];
}

function actionParts(action: Action): string[] {
  switch (action.kind) {
    case 'diagram':
      return ['diagram', ...specParts(action.spec)];
    case 'related':
      return ['related', action.conceptId];
    case 'nearby':
      return ['nearby'];
    case 'quiz': {
      const { key, choice, asker, askedAt } = action.quiz;
      return ['quiz', ...questionParts(key), choice, asker, askedAt.toString(36)];
    }
    case 'daily':
      return ['daily', ...questionParts(action.daily.key), action.daily.choice, action.daily.day];
    case 'feedback':
      return ['feedback', action.verdict];
    case 'suggestion':
      return ['suggestion', action.decision, action.id];
  }
}

/** The custom_id of an action, or null when it would not fit Discord's 100 characters. */
export function encodeAction(action: Action): string | null {
  const parts = actionParts(action);
  const id = [...parts, action.locale].join(':');
  return id.length <= DISCORD_LIMITS.customId ? id : null;
}

/** Reads a custom_id back; null for anything not written by {@link encodeAction} (an old version, a forgery). */
export function decodeAction(customId: string): Action | null {
  const parts = customId.split(':');
  const locale = parts.pop();
  if (!isLocale(locale)) return null;
  const [kind, ...rest] = parts;
  if (!rest.every(isGraphId)) return null;
  if (kind === 'nearby' && rest.length === 0) return { kind, locale };
  if (kind === 'related' && rest.length === 1) return { kind, conceptId: rest[0]!, locale };
  const [decision, id] = rest;
  if (kind === 'suggestion' && rest.length === 2 && (decision === 'approve' || decision === 'reject'))
    return { kind, decision, id: id!, locale };
  if (kind === 'feedback' && rest.length === 1 && FEEDBACK_KINDS.includes(rest[0] as FeedbackKind))
    return { kind, verdict: rest[0] as FeedbackKind, locale };
  if (kind === 'quiz') {
    const quiz = decodeQuiz(rest);
    return quiz ? { kind, quiz, locale } : null;
  }
  if (kind === 'daily') {
    const daily = decodeDaily(rest);
    return daily ? { kind, daily, locale } : null;
  }
  if (kind !== 'diagram') return null;
  const spec = decodeSpec(rest);
  return spec ? { kind, spec, locale } : null;
}

function decodeSpec([what, a, b, ...extra]: string[]): DiagramSpec | null {
  if (what === 'lifecycle') return decodeLifecycle([a, b, ...extra].filter((p) => p !== undefined));
  if (extra.length > 0) return null;
  if (what === 'view' && a && b === undefined) return { kind: 'view', viewId: a };
  if (what === 'concept' && a && (b === undefined || b === '2')) {
    return { kind: 'neighbourhood', conceptId: a, depth: b === '2' ? 2 : 1 };
  }
  if (what === 'path' && a && b) return { kind: 'path', from: a, to: b };
  if (what === 'compare' && a && b) return { kind: 'comparison', a, b };
  return null;
}

/** `[from <id>] [to <id>]`, in that order, each at most once. */
function decodeLifecycle(parts: string[]): DiagramSpec | null {
  const spec: { kind: 'lifecycle'; from?: string; to?: string } = { kind: 'lifecycle' };
  for (let i = 0; i < parts.length; i += 2) {
    const [role, id] = [parts[i], parts[i + 1]];
    if (!id || (role !== 'from' && role !== 'to') || spec[role] || (role === 'from' && spec.to)) return null;
    spec[role] = id;
  }
  return spec;
}

/** `<question parts>:<choice>:<asker>:<asked>`; null when any part is not what `quizParts` writes. */
function decodeQuiz(parts: string[]): QuizAnswer | null {
  const [choice, asker, asked] = parts.slice(-3);
  const key = decodeQuizKey(parts.slice(0, -3));
  const askedAt = Number.parseInt(asked ?? '', 36);
  if (!key || !choice || !asker || !/^\d{17,20}$/.test(asker) || !Number.isSafeInteger(askedAt)) return null;
  return { key, choice, asker, askedAt };
}

/** `<question parts>:<choice>:<day>`; null unless the day is a real date. */
function decodeDaily(parts: string[]): DailyAnswer | null {
  const [choice, day] = parts.slice(-2);
  const key = decodeQuizKey(parts.slice(0, -2));
  if (!key || !choice || !day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day) ? { key, choice, day } : null;
}

function decodeQuizKey([what, a, b, ...extra]: string[]): QuizKey | null {
  if (extra.length > 0 || !a) return null;
  if (what === 'm' && b === undefined) return { kind: 'member', category: a };
  if (!b) return null;
  if (what === 'c') return { kind: 'command', from: a, to: b };
  if (what === 's') return { kind: 'state', command: a, from: b };
  if (what === 'f') return { kind: 'flow', view: a, step: b };
  const type = b.toUpperCase().replaceAll('-', '_');
  if (what === 'r' && (RELATION_TYPES as readonly string[]).includes(type))
    return { kind: 'relation', subject: a, type: type as RelationType };
  return null;
}
