import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDriver } from '@study-graph/graph';
import { neo4jTestConfig } from '@study-graph/neo4j-local/testing';
import type { Driver } from 'neo4j-driver';
import { afterAll } from 'vitest';

/**
 * Where a test file's stores keep their data: the test Neo4j (one driver for the file) and fresh
 * folders. Called at the top of the file; what it opened is closed and removed after it.
 */
export function testPlaces() {
  let driver: Driver | undefined;
  const dirs: string[] = [];
  afterAll(async () => {
    await driver?.close();
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });
  return {
    neo4j(): { driver: Driver; database: string | undefined } {
      const config = neo4jTestConfig();
      driver ??= createDriver(config);
      return { driver, database: config.database };
    },
    async folder(prefix: string): Promise<string> {
      const dir = await mkdtemp(join(tmpdir(), `${prefix}-`));
      dirs.push(dir);
      return dir;
    },
  };
}
