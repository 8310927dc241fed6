import { describe, expect, it } from 'vitest';
import { shorten } from './diagram.ts';

describe('shorten', () => {
  it('keeps the whole first sentence of a note, without its asides, for a label that wraps', () => {
    expect(
      shorten(
        'The restart policy (`--restart always`, `on-failure`, `unless-stopped`) restarts the container after its main process ended.',
      ),
    ).toBe('The restart policy restarts the container after its main process ended');
    expect(shorten('Việc xóa thất bại (ví dụ tài nguyên đang bị giữ): container thành dead.')).toBe(
      'Việc xóa thất bại: container thành dead',
    );
    expect(shorten('SIGKILL at once; a die event follows.')).toBe('SIGKILL at once');
  });

  it('cuts at a space, with an ellipsis, only past the longest a label may be', () => {
    const long = `${'word '.repeat(30)}end.`;
    const cut = shorten(long, 40);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(41);
    expect(cut).not.toMatch(/\s…$/);
  });
});
