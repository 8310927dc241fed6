/**
 * Escaping for DOT. Every id and every plain label is written as a double-quoted string; labels
 * with sizes are HTML-like (`<...>`). Both escapers normalise text to NFC first, so what is
 * measured is what is drawn.
 */

/** Text for a DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`. */
export function dotString(text: string): string {
  const escaped = text
    .normalize('NFC')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n|\r|\n/g, '\\n');
  return `"${escaped}"`;
}

/**
 * A plain label made of lines, for a DOT double-quoted string: each line centred (`\n`), and `&`
 * written `&amp;`, since Graphviz reads entities such as `&amp;` in plain labels too.
 */
export function dotLines(lines: string[]): string {
  return dotString(lines.join('\n').replace(/&/g, '&amp;'));
}

/**
 * Text inside an HTML-like label: markup characters as entities, line breaks removed, and
 * backslashes doubled (Graphviz expands `\N`, `\G`, `\E` in HTML-like labels too, even when
 * written as `&#92;N`).
 */
export function htmlText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/[\r\n]+/g, ' ');
}

/** A value for an attribute of an HTML-like label element (colours, sizes). */
export function htmlAttr(value: string | number): string {
  return `"${htmlText(String(value))}"`;
}
