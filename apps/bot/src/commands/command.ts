import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext } from '../context.ts';
import type { Responded } from '../discord/respond.ts';

/** One slash command: its registration (names and texts in both languages) and its handlers. */
export interface Command {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(ix: ChatInputCommandInteraction, ctx: BotContext): Promise<Responded>;
  /** Suggestions while an option is typed: at most 25, quickly, never an error. */
  autocomplete?(ix: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}
