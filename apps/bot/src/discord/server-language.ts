import { type Interaction, Locale } from 'discord.js';
import type { BotContext } from '../context.ts';

/**
 * A server's language, when its managers set one, stands for each learner's own Discord language:
 * every handler, notice and button reads `ix.locale`, so it is set here, once, before routing.
 */
export async function speakServerLanguage(ix: Interaction, ctx: BotContext): Promise<void> {
  if (!ix.guildId) return;
  const { language } = await ctx.settings.get(ix.guildId);
  if (language) ix.locale = language === 'vi' ? Locale.Vietnamese : Locale.EnglishUS;
}
