import { beforeAll, describe, expect, it } from 'vitest';
import { dockerStore } from './__tests__/docker-pack.ts';
import { createQa, type Qa } from './qa.ts';

describe('yes/no questions', () => {
  let qa: Qa;
  beforeAll(async () => {
    qa = await createQa(await dockerStore());
  });
  const firstLine = async (q: string) => (await qa.ask(q)).answer.split('\n')[0];

  it('starts with yes when a sentence about the concepts says everything asked', async () => {
    expect(await firstLine('Is bridge the default network driver?')).toBe('**Yes.**');
    expect(await firstLine('docker run co phai la create + start ko')).toBe('**Có.**');
  });

  it('starts with no when the sentence denies a word of the question, or says one where it asks many', async () => {
    expect(await firstLine('Does the host driver isolate the network?')).toBe('**No.**');
    expect(await firstLine('Một endpoint có thể thuộc nhiều network cùng lúc không?')).toBe('**Không.**');
  });

  it('gives no verdict when no sentence says it all, or the question only names concepts', async () => {
    for (const q of [
      'Does a container have its own kernel?',
      'Is Docker EE free?',
      'Can you draw the lifecycle?',
    ]) {
      expect(await firstLine(q), q).not.toMatch(/^\*\*(Yes|No|Có|Không)\.\*\*$/);
    }
  });

  it('leaves questions that ask which or how alone', async () => {
    expect(await firstLine('lệnh nào đưa container từ paused về running?')).not.toMatch(/^\*\*Có/);
    expect(await firstLine('What is the default network driver?')).not.toMatch(/^\*\*Yes/);
  });
});
