import type { BoardEntry, Feedback, Progress, QuizAnswer, SectionProgress } from './port.ts';

/** Answers counted, all of them and by section. */
export function progressOf(answers: QuizAnswer[]): Progress {
  const right = answers.filter((a) => a.correct).length;
  return { answered: answers.length, right, sections: sectionsOf(answers) };
}

/** Answers counted by section (a question of two sections counts in both), in source id order. */
function sectionsOf(answers: QuizAnswer[]): SectionProgress[] {
  const by = new Map<string, SectionProgress>();
  for (const a of answers) {
    for (const source of a.sources) {
      const p = by.get(source) ?? { source, answered: 0, right: 0 };
      p.answered++;
      if (a.correct) p.right++;
      by.set(source, p);
    }
  }
  return [...by.values()].sort((a, b) => (a.source < b.source ? -1 : 1));
}

/** Learners by right answers, most first, then by user id. */
export function boardOf(answers: QuizAnswer[]): BoardEntry[] {
  const by = new Map<string, BoardEntry>();
  for (const a of answers) {
    const e = by.get(a.userId) ?? { userId: a.userId, right: 0, answered: 0 };
    e.answered++;
    if (a.correct) e.right++;
    by.set(a.userId, e);
  }
  return [...by.values()].sort((a, b) => b.right - a.right || (a.userId < b.userId ? -1 : 1));
}

/** Feedback in the order given, each learner's vote on a message only as they last cast it. */
export function lastVotes(feedback: Feedback[]): Feedback[] {
  const last = new Map<string, Feedback>();
  for (const f of feedback) if (f.kind !== 'report') last.set(`${f.userId}:${f.messageId}`, f);
  return feedback.filter((f) => f.kind === 'report' || last.get(`${f.userId}:${f.messageId}`) === f);
}
