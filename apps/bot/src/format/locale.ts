import type { Locale } from '@study-graph/graph';

export type { Locale };

/** The reply language for a Discord locale: Vietnamese for `vi`, English for everything else. */
export function localeOf(discordLocale: string | null | undefined): Locale {
  return discordLocale === 'vi' ? 'vi' : 'en';
}

export function isLocale(value: string | undefined): value is Locale {
  return value === 'vi' || value === 'en';
}
