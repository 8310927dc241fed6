/** Formatters by time zone: building one is slow, and a server's zone is asked every minute. */
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A time zone Intl knows, named as Intl names it (`europe/paris` → `Europe/Paris`), or as typed when
 * Intl knows it by another name (Node's ICU calls `Asia/Ho_Chi_Minh` `Asia/Saigon`); null when unknown.
 */
export function canonicalTimeZone(name: string): string | null {
  const typed = name.trim();
  try {
    const known = new Intl.DateTimeFormat('en-US', { timeZone: typed }).resolvedOptions().timeZone;
    return known.toLowerCase() === typed.toLowerCase() ? known : typed;
  } catch {
    return null;
  }
}

/** The day (`YYYY-MM-DD`) and the hour (0-23) that `now` is in a time zone. */
export function localTime(now: Date, timeZone: string): { day: string; hour: number } {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    format.formatToParts(now).find((p) => p.type === type)?.value ?? '';
  return { day: `${part('year')}-${part('month')}-${part('day')}`, hour: Number(part('hour')) };
}
