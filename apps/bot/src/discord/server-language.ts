import { type Interaction, Locale } from 'discord.js';
import type { BotContext } from '../context.ts';

/**
 * A server's language, when its managers set one, stands for each learner's own Discord language:
 * every handler, notice and button reads `ix.locale`, so it is set here, once, before routing.
 * Settings already known are applied at once, with nothing to wait for (null then).
 */
export function speakServerLanguage(ix: Interaction, ctx: BotContext): Promise<void> | null {
  if (!ix.guildId) return null;
  const known = ctx.settings.known(ix.guildId);
  if (known) {
    speak(ix, known.language);
    return null;
  }
  return ctx.settings.get(ix.guildId).then(({ language }) => speak(ix, language));
}

function speak(ix: Interaction, language: 'vi' | 'en' | null): void {
  if (language) ix.locale = language === 'vi' ? Locale.Vietnamese : Locale.EnglishUS;
}
