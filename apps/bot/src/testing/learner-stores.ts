import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDriver } from '@study-graph/graph';
import { neo4jTestConfig } from '@study-graph/neo4j-local/testing';
import { type LearnerStores, learnerStores } from '@study-graph/study';
import type { Driver } from 'neo4j-driver';
import { afterAll } from 'vitest';

/** Where learners' data is kept: a place opens its stores again and again, as a restarted bot does. */
export type LearnerPlace = () => Promise<() => LearnerStores>;

/**
 * The places an end-to-end test runs against, by name: a fresh folder (the embedded default), and
 * the test Neo4j through one driver per test file. Called at the top of a test file; what they
 * opened is closed and removed after it.
 */
export function learnerPlaces(prefix: string): [string, LearnerPlace][] {
  let driver: Driver | undefined;
  const dirs: string[] = [];
  afterAll(async () => {
    await driver?.close();
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });
  return [
    [
      'on disk',
      async () => {
        const dir = await mkdtemp(join(tmpdir(), `${prefix}-`));
        dirs.push(dir);
        return () => learnerStores({ dir });
      },
    ],
    [
      'on Neo4j',
      async () => {
        const config = neo4jTestConfig();
        driver ??= createDriver(config);
        const place = { driver, database: config.database };
        return () => learnerStores(place);
      },
    ],
  ];
}
