/**
 * The questions of recent answers, by what asked them (the `/ask` interaction's id, or the
 * mention's message id), so that 👍, 👎 and reports are kept with the question they judge. Held
 * in memory only, for the latest `limit` questions: what learners type is never written anywhere
 * unless they give feedback on its answer.
 */
export class AskedQuestions {
  readonly #questions = new Map<string, string>();

  constructor(private readonly limit = 2_000) {}

  remember(askedBy: string, question: string): void {
    this.#questions.delete(askedBy);
    this.#questions.set(askedBy, question);
    // A Map iterates in insertion order: the first key is the oldest question.
    if (this.#questions.size > this.limit) this.#questions.delete(this.#questions.keys().next().value!);
  }

  /** The question, or undefined when it is older than the latest `limit` (or from before a restart). */
  question(askedBy: string | undefined): string | undefined {
    return askedBy === undefined ? undefined : this.#questions.get(askedBy);
  }
}
