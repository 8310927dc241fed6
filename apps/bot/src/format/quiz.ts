import type { Quiz, QuizResult } from '@study-graph/quiz';
import { type APIButtonComponent, type APIEmbed, ButtonStyle, ComponentType } from 'discord.js';
import { type Action, decodeAction, encodeAction } from '../components/custom-id.ts';
import type { Locale } from './locale.ts';
import type { ActionRow, OutgoingMessage } from './message.ts';
import { ui } from './strings.ts';
import { DISCORD_LIMITS as L, truncate } from './truncate.ts';

const COLOUR = 0x2496ed;
/** An answer's embed: green when right, red when wrong. */
export const VERDICT_COLOURS = { right: 0x2ecc71, wrong: 0xe74c3c } as const;

/**
 * A quiz as a message: the question, and a button per choice that carries everything needed to
 * check it (the question's ids, the choice, who asked and when). Null when a button's id would not
 * fit Discord's 100 characters (then another question is asked).
 */
export function quizMessage(
  quiz: Quiz,
  asker: string,
  askedAt: number,
  minutes: number,
  locale: Locale,
): OutgoingMessage | null {
  const t = ui(locale);
  const answer = (choice: string): Action => ({
    kind: 'quiz',
    quiz: { key: quiz.key, choice, asker, askedAt },
    locale,
  });
  return questionMessage(quiz, answer, t.quizTitle, t.quizFooter(minutes));
}

/**
 * A question with a button per choice, each carrying the action `answer` makes of it; null when a
 * button's id would not fit.
 */
export function questionMessage(
  quiz: Quiz,
  answer: (choice: string) => Action,
  title: string,
  footer: string,
): OutgoingMessage | null {
  const buttons: APIButtonComponent[] = [];
  for (const choice of quiz.choices) {
    const id = encodeAction(answer(choice.id));
    if (!id) return null;
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: id,
      label: truncate(choice.label, L.buttonLabel),
    });
  }
  return {
    content: '',
    embeds: [
      {
        title,
        description: truncate(quiz.question, L.embedDescription),
        footer: { text: footer },
        color: COLOUR,
      },
    ],
    files: [],
    components: [{ type: ComponentType.ActionRow, components: buttons }],
    ephemeral: false,
  };
}

/**
 * The quiz answered: the question, right or not, why in the graph's words and where the notes say
 * it; the choices stay, disabled, the right one green and a wrong pick red.
 */
export function quizAnswered(
  question: APIEmbed | undefined,
  rows: ActionRow[],
  chosenId: string,
  result: QuizResult,
  sources: string[],
  locale: Locale,
): OutgoingMessage {
  const t = ui(locale);
  const verdict = result.correct ? t.quizRight : t.quizWrong(result.right.join(', '));
  const body = [question?.description ?? '', '', verdict, ...result.why].join('\n');
  return {
    content: '',
    embeds: [
      {
        title: t.quizTitle,
        description: truncate(body, L.embedDescription),
        ...(sources.length > 0 ? { footer: { text: truncate(sources.join('; '), L.embedFooter) } } : {}),
        color: result.correct ? VERDICT_COLOURS.right : VERDICT_COLOURS.wrong,
      },
    ],
    files: [],
    components: rows.map((row) => ({
      ...row,
      components: row.components.map((c) => answeredButton(c, chosenId, result)),
    })),
    ephemeral: false,
  };
}

function answeredButton(
  component: ActionRow['components'][number],
  chosenId: string,
  result: QuizResult,
): ActionRow['components'][number] {
  if (component.type !== ComponentType.Button || !('custom_id' in component)) return component;
  const action = decodeAction(component.custom_id);
  const choice = action?.kind === 'quiz' ? action.quiz.choice : undefined;
  const isRight = choice !== undefined && result.rightIds.includes(choice);
  const isChosen = choice === chosenId;
  const style = isRight ? ButtonStyle.Success : isChosen ? ButtonStyle.Danger : ButtonStyle.Secondary;
  return { ...component, style, disabled: true };
}
