import { ask } from './ask.ts';
import type { Command } from './command.ts';
import { concept } from './concept.ts';
import { diagram } from './diagram.ts';
import { forgetMe } from './forget-me.ts';
import { help } from './help.ts';
import { leaderboard } from './leaderboard.ts';
import { lifecycle } from './lifecycle.ts';
import { pending } from './pending.ts';
import { progress } from './progress.ts';
import { quiz } from './quiz.ts';
import { relation } from './relation.ts';
import { review } from './review.ts';
import { settings } from './settings.ts';
import { streak } from './streak.ts';
import { suggest } from './suggest.ts';

export type { Command };

/** Every slash command, by name. */
export const COMMANDS: ReadonlyMap<string, Command> = new Map(
  [
    ask,
    concept,
    relation,
    diagram,
    lifecycle,
    quiz,
    review,
    progress,
    leaderboard,
    streak,
    suggest,
    pending,
    forgetMe,
    settings,
    help,
  ].map((c) => [c.data.name, c]),
);

/** The registration bodies, for `deploy-commands` and for the playground. */
export function commandData() {
  return [...COMMANDS.values()].map((c) => c.data);
}
