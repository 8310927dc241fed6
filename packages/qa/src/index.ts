export { type Answer, INTENTS, type Intent, MAX_ANSWER_LENGTH } from './answer.ts';
export { byName, findConcepts, resolveConcept } from './concept-lookup.ts';
export type { ExplainRequest } from './explain.ts';
export { detectLanguage, type LanguageGuess } from './language.ts';
export { MAX_QUESTION_LENGTH, type NormalizedQuestion, normalizeQuestion } from './normalize.ts';
export { createQa, type Qa } from './qa.ts';
export type { AskOptions } from './question.ts';
