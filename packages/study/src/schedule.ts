import { type Card, createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import type { ReviewCard } from './port.ts';

/** FSRS with its default parameters (ts-fsrs), shared: it keeps no state between cards. */
const scheduler = fsrs();

/**
 * The learner's card for a question after an answer: FSRS rates a right answer Good and a wrong
 * one Again, and says when to ask again.
 */
export function nextCard(
  previous: ReviewCard | null,
  question: string,
  correct: boolean,
  now: number,
): ReviewCard {
  const at = new Date(now);
  const card = previous ? readCard(previous.fsrs) : createEmptyCard(at);
  const next = scheduler.next(card, at, correct ? Rating.Good : Rating.Again).card;
  return { question, due: next.due.getTime(), stability: next.stability, fsrs: JSON.stringify(next) };
}

/** An FSRS card read back from JSON: its dates were written as strings. */
function readCard(json: string): Card {
  const card = JSON.parse(json) as Card & { due: string; last_review?: string };
  return {
    ...card,
    due: new Date(card.due),
    ...(card.last_review ? { last_review: new Date(card.last_review) } : {}),
  };
}
