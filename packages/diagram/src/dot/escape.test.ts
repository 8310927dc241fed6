import { beforeAll, describe, expect, it } from 'vitest';
import { createSvgRenderer, type SvgRenderer } from '../render/svg.ts';
import { dotLines, dotString, htmlText } from './escape.ts';

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

/** The texts Graphviz drew, in order. */
const texts = (svg: string) =>
  [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => unescapeXml(m[1] ?? ''));

describe('DOT escaping', () => {
  let viz: SvgRenderer;
  beforeAll(async () => {
    viz = await createSvgRenderer();
  });

  it('escapes quotes, backslashes and line breaks in strings', () => {
    expect(dotString('say "hi"')).toBe('"say \\"hi\\""');
    expect(dotString('a\\b')).toBe('"a\\\\b"');
    expect(dotString('trailing\\')).toBe('"trailing\\\\"');
    expect(dotString('two\nlines')).toBe('"two\\nlines"');
  });

  it('escapes markup in HTML-like labels', () => {
    expect(htmlText('<b> & "q" \'s\'')).toBe('&lt;b&gt; &amp; &quot;q&quot; &#39;s&#39;');
    expect(htmlText('\\N')).toBe('\\\\N');
  });

  it('normalises to NFC', () => {
    const nfd = 'Vòng đời'.normalize('NFD');
    expect(dotString(nfd)).toBe(`"${'Vòng đời'.normalize('NFC')}"`);
    expect(htmlText(nfd)).toBe('Vòng đời'.normalize('NFC'));
  });

  it('round-trips awkward text through Graphviz unchanged', () => {
    const awkward = [
      'say "hi"',
      'C:\\path\\',
      '<b>bold?</b>',
      'a & b &amp; c',
      '\\N \\G \\E',
      'x]; y -> z',
      'ữ ỗ ậ',
    ];
    const dot = `digraph {\n${awkward
      .map(
        (text, i) => `  n${i} [label=${dotLines([text])}];\n  e${i} [shape=none, label=<${htmlText(text)}>];`,
      )
      .join('\n')}\n}`;
    const drawn = texts(viz.render(dot));
    for (const text of awkward) expect(drawn.filter((t) => t === text)).toHaveLength(2);
  });
});
