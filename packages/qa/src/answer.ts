import type { Concept, DiagramSpec, Locale } from '@study-graph/graph';

export const INTENTS = [
  'definition',
  'relation',
  'comparison',
  'parts',
  'members',
  'facts',
  'version',
  'alternatives',
  'lifecycle',
  'flow',
  'howto',
  'diagram',
  'why',
  'notes',
  'unknown',
  'invalid',
] as const;
export type Intent = (typeof INTENTS)[number];

/** What an intent found: the body of the reply, before sources and length limits are applied. */
export interface Reply {
  intent: Intent;
  concepts: Concept[];
  lines: string[];
  /** Source ids (sections and figures of the notes) the facts came from. */
  sources: string[];
  diagram: DiagramSpec | null;
  found?: boolean;
  suggestions?: Concept[];
}

/** The reply to one question: the contract of `ask --json`. */
export interface Answer {
  question: string;
  locale: Locale;
  intent: Intent;
  found: boolean;
  concepts: { id: string; name: string }[];
  /** Discord-flavoured markdown, at most `MAX_ANSWER_LENGTH` characters, ending with its sources. */
  answer: string;
  diagram: DiagramSpec | null;
  sources: { id: string; title: string }[];
  suggestions: { id: string; name: string }[];
  /** The question as answered: a follow-up ("còn paused thì sao?") spelled out in full. */
  interpreted?: string;
}

export const MAX_ANSWER_LENGTH = 1800;
