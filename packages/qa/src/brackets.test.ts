import { describe, expect, it } from 'vitest';
import { splitOutsideBrackets } from './brackets.ts';

describe('splitOutsideBrackets', () => {
  it('splits where the separator matches, never inside brackets, dropping the separator', () => {
    expect(splitOutsideBrackets('stop (SIGTERM, then SIGKILL), kill (SIGKILL) or die', /^(, | or )/)).toEqual(
      ['stop (SIGTERM, then SIGKILL)', 'kill (SIGKILL)', 'die'],
    );
  });

  it('keeps the first characters of a match with the part before it', () => {
    expect(splitOutsideBrackets('One (a; b). Two; three', /^[.;](?=\s)/, 1)).toEqual([
      'One (a; b).',
      ' Two;',
      ' three',
    ]);
  });
});
