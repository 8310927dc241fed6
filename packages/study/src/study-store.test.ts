import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDriver } from '@study-graph/graph';
import { neo4jTestConfig } from '@study-graph/neo4j-local/testing';
import type { Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { FileStudyStore } from './file-store.ts';
import { Neo4jStudyStore } from './neo4j-store.ts';
import { describeStudyContract } from './study-contract.ts';

let driver: Driver | undefined;
const dirs: string[] = [];

describeStudyContract('Neo4jStudyStore', async () => {
  const config = neo4jTestConfig();
  driver = createDriver(config);
  return new Neo4jStudyStore(driver, config.database);
});

describeStudyContract('FileStudyStore', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'study-'));
  dirs.push(dir);
  return new FileStudyStore(dir);
});

afterAll(async () => {
  await driver?.close();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('FileStudyStore on disk', () => {
  it('keeps only ids, answers and times, one line each, and reads past a torn last line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'study-'));
    dirs.push(dir);
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
