import { beforeAll, describe, expect, it } from 'vitest';
import { dockerStore } from './__tests__/docker-pack.ts';
import { createQa, type Qa } from './qa.ts';

describe('follow-up questions', () => {
  let qa: Qa;
  beforeAll(async () => {
    qa = await createQa(await dockerStore());
  });

  it('asks the previous question again about what the follow-up names', async () => {
    const previous = 'lệnh nào đưa container từ paused về running?';
    const answer = await qa.ask('còn exited thì sao?', { previous });
    expect(answer.interpreted).toBe('lenh nao dua container tu Exited (đã dừng) ve running');
    expect(answer).toMatchObject({ question: 'còn exited thì sao?', locale: 'vi', found: true });
    expect(answer.answer).toContain('`docker start`');
    const image = await qa.ask('what about images?', { previous: 'What is a container?' });
    expect(image.concepts[0]?.id).toBe('image');
    expect(image.locale).toBe('en');
  });

  it('answers a question of its own, or one without a previous question, as it is', async () => {
    const own = await qa.ask('còn image là gì?', { previous: 'Container là gì?' });
    expect(own.interpreted).toBe('còn image là gì?');
    expect(own.concepts[0]?.id).toBe('image');
    const alone = await qa.ask('còn paused thì sao?');
    expect(alone.interpreted).toBe('còn paused thì sao?');
    expect(alone.concepts.map((c) => c.id)).toContain('paused');
  });
});
