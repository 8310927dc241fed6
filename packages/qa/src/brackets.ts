/**
 * Splits a text where `separator` (anchored with `^`) matches outside round brackets: "bridge (the
 * default; one host), host (no isolation)" splits at the comma, never at the semicolon inside. The
 * first `keep` characters of each match stay with the part before it (a sentence keeps its full stop).
 */
export function splitOutsideBrackets(text: string, separator: RegExp, keep = 0): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const match = separator.exec(text.slice(i));
    if (!match) continue;
    parts.push(text.slice(start, i + keep));
    start = i + match[0].length;
    i = start - 1;
  }
  return [...parts, text.slice(start)];
}
