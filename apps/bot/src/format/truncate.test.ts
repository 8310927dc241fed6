import { describe, expect, it } from 'vitest';
import { truncate } from './truncate.ts';

describe('truncate', () => {
  it('leaves short text alone', () => {
    expect(truncate('container', 10)).toBe('container');
  });

  it('cuts at a word, with an ellipsis, within the limit', () => {
    const out = truncate('Container là một thể hiện được tạo từ image', 20);
    expect(out.length).toBeLessThanOrEqual(20);
    expect(out).toBe('Container là một…');
  });

  it('never splits an emoji or a letter from its combining mark', () => {
    const emoji = truncate('🐳'.repeat(10), 7);
    expect(emoji).toBe('🐳🐳🐳…');
    const decomposed = truncate('e\u0301'.repeat(10), 6);
    expect(decomposed.normalize('NFC')).toBe('éé…');
  });

  it('closes a code block it cut into', () => {
    const out = truncate(`Run:\n\`\`\`\n${'docker run nginx\n'.repeat(20)}\`\`\``, 60);
    expect(out.length).toBeLessThanOrEqual(60);
    expect(out.split('```').length - 1).toBe(2);
  });
});
