import type { AutocompleteInteraction } from 'discord.js';
import type { BotContext } from '../context.ts';
import { within } from '../discord/respond.ts';
import { localeOf } from '../format/locale.ts';
import type { Choice } from './choices.ts';

/** Autocomplete must answer fast: past this, an empty list beats no answer. */
const AUTOCOMPLETE_WITHIN_MS = 1_500;

/**
 * Answers an autocomplete with the choices `find` gives for the focused option, or with none
 * when the graph is unreachable (Discord shows "no options" rather than an error).
 */
export async function suggest(
  ix: AutocompleteInteraction,
  ctx: BotContext,
  find: (typed: string, option: string) => Promise<Choice[]>,
): Promise<void> {
  const focused = ix.options.getFocused(true);
  let choices: Choice[] = [];
  try {
    choices = await within(find(String(focused.value), focused.name), AUTOCOMPLETE_WITHIN_MS);
  } catch (error) {
    ctx.logger.warn({ err: error, interaction: ix.id, locale: localeOf(ix.locale) }, 'autocomplete failed');
  }
  await ix.respond(choices.slice(0, 25));
}
