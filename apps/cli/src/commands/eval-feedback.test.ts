import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Feedback, FileStudyStore } from '@study-graph/study';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readEnv } from '../env.ts';
import { feedbackDrafts } from './eval-feedback.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const given = (userId: string, messageId: string, kind: Feedback['kind'], question: string): Feedback => ({
  userId,
  guildId: '1',
  messageId,
  kind,
  question,
  answer: `An answer to ${question}\nSource: Figure 6`,
  comment: kind === 'report' ? `wrong about ${question}` : null,
  graphVersion: 'abc123',
  locale: 'en',
  at: Date.now(),
});

describe('pnpm eval --from-feedback', () => {
  it('writes the questions learners marked wrong or reported as draft items, most reported first', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'drafts-'));
    dirs.push(dir);
    const study = new FileStudyStore(dir);
    await study.giveFeedback(given('1', 'm1', 'up', 'what is an image?'));
    await study.giveFeedback(given('1', 'm2', 'down', 'is docker free?'));
    await study.giveFeedback(given('2', 'm3', 'report', 'how do I unpause?'));
    await study.giveFeedback(given('3', 'm3', 'down', 'how do I unpause?'));
    // A vote changed to 👍 no longer counts against the answer.
    await study.giveFeedback(given('4', 'm4', 'down', 'what is a volume?'));
    await study.giveFeedback(given('4', 'm4', 'up', 'what is a volume?'));

    const out = join(dir, 'drafts.yaml');
    const err: string[] = [];
    const env = { ...readEnv({}), dataDir: dir };
    expect(await feedbackDrafts(env, { out: () => {}, err: (t) => err.push(t) }, out)).toBe(0);
    const text = await readFile(out, 'utf8');
    expect(parse(text)).toEqual([
      { q: 'how do I unpause?', lang: 'en', expect: [] },
      { q: 'is docker free?', lang: 'en', expect: [] },
    ]);
    expect(text).toContain('# reported: "wrong about how do I unpause?"');
    expect(text).toContain('# answered: "An answer to is docker free?"');
    expect(err.join('')).toContain('2 reported questions');
  });
});
