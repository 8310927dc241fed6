import { describe, expect, it } from 'vitest';
import { additionsOf, COMMUNITY_SOURCE, communityConceptId } from './additions.ts';
import type { Proposal, Suggestion } from './port.ts';

const approved = (id: string, proposal: Proposal, locale: 'vi' | 'en' = 'vi'): Suggestion => ({
  id,
  guildId: '1',
  userId: '2',
  locale,
  proposal,
  status: 'approved',
  at: 0,
  decidedBy: '3',
  decidedAt: 1,
});
const uses = {
  type: 'USES' as const,
  label: { vi: 'dùng', en: 'uses' },
  inverse: { vi: 'được dùng bởi', en: 'is used by' },
};
const known = new Set(['docker-engine', 'container', 'image']);

describe('additionsOf', () => {
  it('turns approved suggestions into additions to the graph, in the order approved', () => {
    const compose: Proposal = {
      kind: 'concept',
      name: 'Docker Compose',
      conceptKind: 'tool',
      summary: 'Chạy nhiều container cùng lúc.',
      related: 'docker-engine',
      relation: 'USES',
    };
    const added = additionsOf(
      [
        approved('a', compose),
        approved('b', { ...compose, summary: 'the same name again' }),
        approved('c', { kind: 'alias', concept: 'container', alias: 'thùng chứa' }),
        approved('d', { kind: 'alias', concept: 'no-such-concept', alias: 'x' }),
        approved('e', { kind: 'relation', from: 'community-docker-compose', type: 'USES', to: 'image' }),
        approved('f', { kind: 'relation', from: 'container', type: 'MANAGES', to: 'image' }),
        approved('g', { kind: 'correction', concept: 'image', summary: 'first' }, 'en'),
        approved('h', { kind: 'correction', concept: 'image', summary: 'second' }, 'en'),
      ],
      [uses],
      known,
    );
    expect(added.source).toBe(COMMUNITY_SOURCE);
    expect(added.concepts).toEqual([
      {
        id: 'community-docker-compose',
        kind: 'tool',
        name: { vi: 'Docker Compose', en: 'Docker Compose' },
        aliases: { vi: [], en: [] },
        summary: { vi: compose.summary, en: compose.summary },
        sources: ['community'],
      },
    ]);
    // MANAGES has no reading in this graph: that relation is left out.
    expect(added.relations.map((r) => [r.key, r.from, r.type, r.to, r.label.en])).toEqual([
      ['community:a', 'community-docker-compose', 'USES', 'docker-engine', 'uses'],
      ['community:e', 'community-docker-compose', 'USES', 'image', 'uses'],
    ]);
    expect(added.aliases).toEqual([{ conceptId: 'container', locale: 'vi', alias: 'thùng chứa' }]);
    expect(added.summaries).toEqual([{ conceptId: 'image', locale: 'en', summary: 'second' }]);
  });

  it('names an added concept in kebab case, without diacritics, within 48 characters', () => {
    expect(communityConceptId('Mạng Overlay (Swarm)!')).toBe('community-mang-overlay-swarm');
    expect(communityConceptId('a'.repeat(80))).toHaveLength(48);
  });
});
