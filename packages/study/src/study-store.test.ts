import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileStudyStore } from './file-store.ts';
import { Neo4jStudyStore } from './neo4j-store.ts';
import { describeStudyContract } from './study-contract.ts';
import { testPlaces } from './test-places.ts';

const places = testPlaces();

describeStudyContract('Neo4jStudyStore', async () => {
  const { driver, database } = places.neo4j();
  return new Neo4jStudyStore(driver, database);
});

describeStudyContract('FileStudyStore', async () => new FileStudyStore(await places.folder('study')));

describe('FileStudyStore on disk', () => {
  it('keeps only ids, answers and times, one line each, and reads past a torn last line', async () => {
    const dir = await places.folder('study');
    const store = new FileStudyStore(dir);
    const answer = { userId: '1', guildId: '2', question: '{}', correct: true, at: 5, sources: ['fig-6'] };
    await store.record(answer);
    const file = join(dir, 'answers.jsonl');
    // Exactly the answer's fields, nothing else.
    expect(JSON.parse((await readFile(file, 'utf8')).trim())).toEqual(answer);
    await appendFile(file, '{"userId":"1","gu');
    expect((await store.progress('1')).sections).toEqual([{ source: 'fig-6', answered: 1, right: 1 }]);
  });
});
