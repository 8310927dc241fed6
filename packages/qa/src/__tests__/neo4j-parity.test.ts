import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createDriver, Neo4jStore, syncPack } from '@study-graph/graph';
import { neo4jTestConfig } from '@study-graph/neo4j-local/testing';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createQa, type Qa } from '../qa.ts';
import { BAD_INPUTS } from './bad-inputs.ts';
import { dockerGraph, dockerStore, QUESTION_SET } from './docker-pack.ts';

describe('answers on Neo4j', () => {
  // Its own pack id, so this suite shares the database with others without clashing.
  const pack = `docker-qa-${randomUUID().slice(0, 8)}`;
  let driver: Driver;
  let onNeo4j: Qa;
  let inMemory: Qa;
  let questions: string[];

  beforeAll(async () => {
    const graph = await dockerGraph();
    driver = createDriver(neo4jTestConfig());
    await syncPack(driver, { ...graph, pack: { ...graph.pack, id: pack } });
    onNeo4j = await createQa(new Neo4jStore(driver, { pack }));
    inMemory = await createQa(await dockerStore());
    questions = (parse(await readFile(QUESTION_SET, 'utf8')) as { q: string }[]).map((c) => c.q);
  });

  afterAll(async () => {
    await driver.executeQuery('MATCH (n {pack: $pack}) DETACH DELETE n', { pack });
    await driver.close();
  });

  it('gives the same answers as the embedded store, question for question', async () => {
    expect(questions.length).toBeGreaterThan(40);
    // Questions the notes answer, whatever each full-text engine ranks first.
    const quoting = [
      "If a container's removel fails, what state does it end up in?",
      'Docker image với container khác nhau chỗ nào?',
      'docker run tương đương những lệnh nào?',
    ];
    for (const q of [...questions, ...quoting])
      expect(await onNeo4j.ask(q), q).toEqual(await inMemory.ask(q));
  });

  it('answers every bad input and leaves the graph unchanged', async () => {
    // This test's own pack: other packages' tests write packs of their own to the same database
    // meanwhile. Any write a bad input could make (a deletion of everything) shows here too.
    const snapshot = async () =>
      (
        await driver.executeQuery(
          'MATCH (n {pack: $pack}) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels, collect(DISTINCT n.hash) AS hashes',
          { pack },
        )
      ).records[0]!.toObject();
    const before = await snapshot();
    for (const input of Object.values(BAD_INPUTS)) {
      expect(await onNeo4j.ask(input)).toEqual(await inMemory.ask(input));
    }
    expect(await snapshot()).toEqual(before);
  });
});
