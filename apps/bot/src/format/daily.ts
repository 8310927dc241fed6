import type { Quiz, QuizResult } from '@study-graph/quiz';
import type { Streak } from '@study-graph/study';
import type { Action } from '../components/custom-id.ts';
import type { Locale } from './locale.ts';
import type { OutgoingMessage } from './message.ts';
import { questionMessage, VERDICT_COLOURS } from './quiz.ts';
import { serverUi } from './server-strings.ts';
import { ui } from './strings.ts';
import { DISCORD_LIMITS as L, truncate } from './truncate.ts';

/**
 * A server's question of the day: a quiz whose buttons anyone may press, each carrying the question,
 * the choice and the day. Null when a button's id would not fit (then another question is asked).
 */
export function dailyMessage(quiz: Quiz, day: string, locale: Locale): OutgoingMessage | null {
  const t = serverUi(locale);
  const answer = (choice: string): Action => ({
    kind: 'daily',
    daily: { key: quiz.key, choice, day },
    locale,
  });
  return questionMessage(quiz, answer, `${t.dailyTitle} · ${day}`, t.dailyFooter);
}

/**
 * One learner's answer to the question of the day, for them alone: right or not, why in the graph's
 * words, where the notes say it, and their streak after it.
 */
export function dailyAnswered(
  question: string,
  result: QuizResult,
  sources: string[],
  streak: Streak,
  locale: Locale,
): OutgoingMessage {
  const verdict = result.correct ? ui(locale).quizRight : ui(locale).quizWrong(result.right.join(', '));
  const t = serverUi(locale);
  const body = [question, '', verdict, ...result.why, '', t.dailyStreak(streak.current, streak.best)].join(
    '\n',
  );
  return {
    content: '',
    embeds: [
      {
        title: t.dailyTitle,
        description: truncate(body, L.embedDescription),
        ...(sources.length > 0 ? { footer: { text: truncate(sources.join('; '), L.embedFooter) } } : {}),
        color: result.correct ? VERDICT_COLOURS.right : VERDICT_COLOURS.wrong,
      },
    ],
    files: [],
    components: [],
    ephemeral: true,
  };
}
