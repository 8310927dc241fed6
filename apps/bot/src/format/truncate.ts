/** Discord's size limits for what the bot sends (characters, counted as UTF-16 units to be safe). */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFooter: 2048,
  embedTotal: 6000,
  buttonLabel: 80,
  selectPlaceholder: 150,
  selectOptionLabel: 100,
  selectOptionValue: 100,
  selectOptions: 25,
  choiceName: 100,
  choiceValue: 100,
  choices: 25,
  customId: 100,
  attachmentDescription: 1024,
} as const;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Shortens text to at most `max` UTF-16 units, ending with `…`. Never splits a character (a
 * surrogate pair, or a letter and its combining marks), prefers to cut at a word boundary, and
 * closes a ``` code block it cut into, so the result still renders.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const ellipsis = '…';
  const fence = '\n```';
  let budget = max - ellipsis.length;
  let cut = takeGraphemes(text, budget);
  if (countFences(cut) % 2 === 1) {
    budget -= fence.length;
    cut = takeGraphemes(text, budget);
  }
  const space = cut.search(/\s\S*$/);
  if (space > budget * 0.8) cut = cut.slice(0, space);
  cut = cut.trimEnd();
  return countFences(cut) % 2 === 1 ? `${cut}${ellipsis}${fence}` : `${cut}${ellipsis}`;
}

function takeGraphemes(text: string, budget: number): string {
  let out = '';
  for (const { segment } of graphemes.segment(text)) {
    if (out.length + segment.length > budget) break;
    out += segment;
  }
  return out;
}

function countFences(text: string): number {
  return text.split('```').length - 1;
}
