import {
  type Concept,
  fold,
  type GraphAdditions,
  type Relation,
  type RelationReading,
  type Source,
} from '@study-graph/graph';
import type { Suggestion } from './port.ts';

/** What additions cite: the study group, apart from the notes' own sections. */
export const COMMUNITY_SOURCE: Source = {
  id: 'community',
  section: { vi: 'Đóng góp của nhóm học (đã duyệt)', en: 'Added by the study group (approved)' },
};

/** The id an added concept gets from its name: `community-` and the name in kebab case. */
export function communityConceptId(name: string): string {
  const slug = fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `community-${slug}`.slice(0, 48).replace(/-$/, '');
}

/**
 * A server's approved suggestions, in the order approved, as additions to its graph. What no longer
 * fits the graph (a concept renamed away by a later pack, a type the graph has no reading for) is
 * left out rather than guessed; a later correction of a summary wins over an earlier one.
 */
export function additionsOf(
  approved: Suggestion[],
  readings: RelationReading[],
  known: ReadonlySet<string>,
): GraphAdditions {
  const additions: GraphAdditions = {
    source: COMMUNITY_SOURCE,
    concepts: [],
    relations: [],
    aliases: [],
    summaries: [],
  };
  const ids = new Set(known);
  const relation = (key: string, from: string, type: Relation['type'], to: string): Relation[] => {
    const reading = readings.find((r) => r.type === type);
    if (!reading || !ids.has(from) || !ids.has(to)) return [];
    return [
      { key, from, to, type, label: reading.label, inverse: reading.inverse, sources: [COMMUNITY_SOURCE.id] },
    ];
  };
  for (const { id, locale, proposal: p } of approved) {
    if (p.kind === 'concept') {
      const conceptId = communityConceptId(p.name);
      if (ids.has(conceptId)) continue;
      ids.add(conceptId);
      additions.concepts.push(conceptOf(conceptId, p.name, p.conceptKind, p.summary));
      if (p.related && p.relation)
        additions.relations.push(...relation(`community:${id}`, conceptId, p.relation, p.related));
    } else if (p.kind === 'alias' && ids.has(p.concept)) {
      additions.aliases.push({ conceptId: p.concept, locale, alias: p.alias });
    } else if (p.kind === 'relation') {
      additions.relations.push(...relation(`community:${id}`, p.from, p.type, p.to));
    } else if (p.kind === 'correction' && ids.has(p.concept)) {
      additions.summaries = additions.summaries.filter(
        (s) => s.conceptId !== p.concept || s.locale !== locale,
      );
      additions.summaries.push({ conceptId: p.concept, locale, summary: p.summary });
    }
  }
  return additions;
}

/** Written in one language, it reads the same in both until the pack gives it a translation. */
function conceptOf(id: string, name: string, kind: Concept['kind'], summary: string): Concept {
  return {
    id,
    kind,
    name: { vi: name, en: name },
    aliases: { vi: [], en: [] },
    summary: { vi: summary, en: summary },
    sources: [COMMUNITY_SOURCE.id],
  };
}
