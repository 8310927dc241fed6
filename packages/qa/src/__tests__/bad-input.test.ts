import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_ANSWER_LENGTH } from '../answer.ts';
import { createQa, type Qa } from '../qa.ts';
import { BAD_INPUTS } from './bad-inputs.ts';
import { dockerStore } from './docker-pack.ts';

describe('bad input', () => {
  let qa: Qa;
  beforeAll(async () => {
    qa = await createQa(await dockerStore());
  });

  it.each(Object.entries(BAD_INPUTS))('%s gets a reply, never an exception', async (_, input) => {
    const a = await qa.ask(input);
    expect(a.answer.length).toBeGreaterThan(0);
    expect(a.answer.length).toBeLessThanOrEqual(MAX_ANSWER_LENGTH);
  });

  it('empty and invisible input gets a usage hint', async () => {
    for (const input of [
      BAD_INPUTS.empty!,
      BAD_INPUTS.whitespace!,
      BAD_INPUTS.emoji!,
      BAD_INPUTS.invisible!,
    ]) {
      expect(await qa.ask(input)).toMatchObject({ intent: 'invalid', found: false });
    }
    expect((await qa.ask('', { locale: 'vi' })).answer).toContain('container là gì?');
  });

  it('a 10,000-character question is refused as too long, with its length', async () => {
    const a = await qa.ask(BAD_INPUTS.long!);
    expect(a).toMatchObject({ intent: 'invalid', found: false });
    expect(a.answer).toContain(String(BAD_INPUTS.long!.length));
  });

  it('Cypher is just words: nothing about the graph matches', async () => {
    expect(await qa.ask(BAD_INPUTS.cypher!)).toMatchObject({ intent: 'unknown', found: false });
  });

  it('replies never carry a mention or the question text', async () => {
    for (const input of Object.values(BAD_INPUTS)) {
      const { answer } = await qa.ask(input);
      expect(answer).not.toMatch(/@everyone|@here|<@!?\d+>|<@&\d+>/);
      // Words the notes lack are named one by one, never the question as written.
      expect(answer).not.toContain('DETACH DELETE');
      if (input.trim().length > 8) expect(answer).not.toContain(input.trim());
      expect(answer).not.toContain('](https://');
    }
    expect((await qa.ask(BAD_INPUTS.everyone!)).intent).toBe('definition');
  });
});
