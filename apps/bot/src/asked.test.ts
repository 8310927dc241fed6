import { describe, expect, it } from 'vitest';
import { AskedQuestions } from './asked.ts';

describe('AskedQuestions', () => {
  it('keeps the latest questions by what asked them, forgetting the oldest past its limit', () => {
    const asked = new AskedQuestions(2);
    asked.remember('1', 'container là gì?');
    asked.remember('2', 'what is an image?');
    asked.remember('1', 'container là gì vậy?');
    asked.remember('3', 'docker0 là gì?');
    expect(asked.question('2')).toBeUndefined();
    expect(asked.question('1')).toBe('container là gì vậy?');
    expect(asked.question('3')).toBe('docker0 là gì?');
    expect(asked.question(undefined)).toBeUndefined();
  });
});
