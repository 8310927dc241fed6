import type { CueName } from './cues.ts';
import type { Mention } from './link.ts';
import type { Question } from './question.ts';

/** A follow-up is short: "còn paused thì sao?", "what about images?". */
const MAX_FOLLOW_UP_TOKENS = 7;

/** A question with one of these cues asks something of its own, and is answered as it is. */
const OWN_QUESTION: CueName[] = [
  'definition',
  'relation',
  'comparison',
  'parts',
  'members',
  'howto',
  'diagram',
  'why',
  'traffic',
  'version',
];

/** "còn paused thì sao?", "what about images?": names something, and asks nothing of its own. */
export function isFollowUp(q: Question): boolean {
  return (
    q.tokens.length <= MAX_FOLLOW_UP_TOKENS &&
    q.has('followUp') &&
    q.concepts.length > 0 &&
    !OWN_QUESTION.some((cue) => q.has(cue))
  );
}

/**
 * The previous question, asked again about what the follow-up names: the concept of the same kind
 * takes its place (the state one starts from before the one reached, "từ paused" before "về
 * running"), else the previous question's subject. Null when the previous question named nothing.
 */
export function resolveFollowUp(q: Question, previous: Question): string | null {
  const next = q.conceptList()[0]!;
  const sameKind = previous.concepts.filter((m) => m.concept.kind === next.kind);
  const target: Mention | undefined =
    sameKind.find((m) => m.role === 'from') ?? sameKind.at(-1) ?? previous.concepts[0];
  if (!target) return null;
  const tokens = previous.tokens;
  return [...tokens.slice(0, target.start), next.name[previous.locale], ...tokens.slice(target.end)].join(
    ' ',
  );
}
