import { ask } from './ask.ts';
import type { Command } from './command.ts';
import { concept } from './concept.ts';
import { diagram } from './diagram.ts';
import { help } from './help.ts';
import { lifecycle } from './lifecycle.ts';
import { quiz } from './quiz.ts';
import { relation } from './relation.ts';

export type { Command };

/** Every slash command, by name. */
export const COMMANDS: ReadonlyMap<string, Command> = new Map(
  [ask, concept, relation, diagram, lifecycle, quiz, help].map((c) => [c.data.name, c]),
);

/** The registration bodies, for `deploy-commands` and for the playground. */
export function commandData() {
  return [...COMMANDS.values()].map((c) => c.data);
}
