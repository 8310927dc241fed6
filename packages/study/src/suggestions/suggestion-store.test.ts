import { describe, expect, it } from 'vitest';
import { testPlaces } from '../test-places.ts';
import { FileSuggestionStore } from './file-store.ts';
import { Neo4jSuggestionStore } from './neo4j-store.ts';
import { Proposal } from './port.ts';
import { describeSuggestionContract } from './suggestion-contract.ts';

const places = testPlaces();

describeSuggestionContract('Neo4jSuggestionStore', async () => {
  const { driver, database } = places.neo4j();
  return new Neo4jSuggestionStore(driver, database);
});

describeSuggestionContract(
  'FileSuggestionStore',
  async () => new FileSuggestionStore(await places.folder('suggestions')),
);

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
