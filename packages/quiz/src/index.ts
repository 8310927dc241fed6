export type { QuizKey } from './kinds.ts';
export { CHOICES, type MakeOptions, type Quiz, type QuizChoice, QuizMaker, type QuizResult } from './quiz.ts';
