import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDriver } from '@study-graph/graph';
import { neo4jTestConfig } from '@study-graph/neo4j-local/testing';
import type { Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { FileSuggestionStore } from './file-store.ts';
import { Neo4jSuggestionStore } from './neo4j-store.ts';
import { Proposal } from './port.ts';
import { describeSuggestionContract } from './suggestion-contract.ts';

let driver: Driver | undefined;
const dirs: string[] = [];

describeSuggestionContract('Neo4jSuggestionStore', async () => {
  const config = neo4jTestConfig();
  driver = createDriver(config);
  return new Neo4jSuggestionStore(driver, config.database);
});

describeSuggestionContract('FileSuggestionStore', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'suggestions-'));
  dirs.push(dir);
  return new FileSuggestionStore(dir);
});

afterAll(async () => {
  await driver?.close();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('Proposal', () => {
  it('refuses what cannot become part of a graph', () => {
    const bad = [
      { kind: 'alias', concept: 'Docker Daemon', alias: 'dockerd' },
      { kind: 'alias', concept: 'docker-daemon', alias: '   ' },
      { kind: 'relation', from: 'container', type: 'LIKES', to: 'image' },
      { kind: 'correction', concept: 'container', summary: 'x'.repeat(1001) },
      {
        kind: 'concept',
        name: 'Compose',
        conceptKind: 'gadget',
        summary: 's',
        related: null,
        relation: null,
      },
    ];
    for (const proposal of bad)
      expect(Proposal.safeParse(proposal).success, JSON.stringify(proposal)).toBe(false);
    expect(Proposal.parse({ kind: 'alias', concept: 'docker-daemon', alias: '  dockerd ' })).toEqual({
      kind: 'alias',
      concept: 'docker-daemon',
      alias: 'dockerd',
    });
  });
});
