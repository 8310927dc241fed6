import { describe, expect, it } from 'vitest';
import { judge } from './eval.ts';

const yesNoCase = {
  q: 'Docker có bản free không?',
  lang: 'vi' as const,
  expect: [['có', 'yes'], ['CE']],
  diagram: false,
  found: true,
  diacritics: true,
  typo: false,
};
const line = (answer: string) => ({
  locale: 'vi' as const,
  found: true,
  answer,
  intent: 'definition',
  diagram: null,
});

describe('judge', () => {
  it('passes an answer that says each group, diacritics aside', () => {
    expect(judge(yesNoCase, line('**Có.** Docker CE là bản miễn phí.'))).toBeNull();
  });

  it('reads a short alternative as a word, never as part of another ("có" in "container")', () => {
    expect(judge(yesNoCase, line('**Không.** Container chạy trên Docker CE.'))).toMatch(
      /missing \[có \| yes\]/,
    );
  });

  it('finds a longer alternative inside a word', () => {
    const c = { ...yesNoCase, expect: [['instance']] };
    expect(judge(c, line('Containers are instances of an image.'))).toBeNull();
  });
});
