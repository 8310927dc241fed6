import { type Concept, fold, type Locale } from '@study-graph/graph';
import { Proposal } from '@study-graph/study';
import type { Knowledge } from '../knowledge.ts';

/** Relation types a suggestion may add: a traffic flow's steps and lifecycle moves go whole, in the pack. */
export function isSuggestable(type: string): boolean {
  return type !== 'FLOW' && type !== 'TRANSITION';
}

/** A suggestion as typed: concepts named by id (picked from autocomplete) or by a name. */
export type TypedProposal =
  | {
      kind: 'concept';
      name: string;
      conceptKind: string;
      summary: string;
      related: string | null;
      relation: string | null;
    }
  | { kind: 'alias'; concept: string; alias: string }
  | { kind: 'relation'; from: string; type: string; to: string }
  | { kind: 'correction'; concept: string; summary: string };

/** Why a suggestion cannot be taken, told without repeating what was typed. */
export type ProposalProblem =
  | { kind: 'invalid' }
  | { kind: 'unknown-concept' }
  | { kind: 'unknown-type' }
  | { kind: 'half-relation' }
  | { kind: 'same-concept' }
  /** The name already names a concept of the graph (its name in the learner's language). */
  | { kind: 'exists'; name: string };

/**
 * Checks a typed suggestion against the server's graph and returns it with concepts by id, or
 * the first problem: every concept must exist, a new name must be new, a relation type must be one
 * the graph reads, and lengths within limits.
 */
export async function checkProposal(
  typed: TypedProposal,
  knowledge: Knowledge,
  locale: Locale,
): Promise<{ proposal: Proposal } | { problem: ProposalProblem }> {
  const concept = async (value: string) => (await knowledge.resolveConcept(value))?.id ?? null;
  const types = new Set(
    (await knowledge.relationReadings()).map((r) => r.type as string).filter(isSuggestable),
  );
  /** The concept a name or alias already names exactly (case and diacritics aside). */
  const named = async (name: string) => {
    const q = fold(name);
    const keys = (c: Concept) => [c.name.vi, c.name.en, ...c.aliases.vi, ...c.aliases.en].map(fold);
    const hit = (await knowledge.searchConcepts(name, 5)).find((c) => q !== '' && keys(c).includes(q));
    return hit?.name[locale] ?? null;
  };
  let candidate: unknown;
  switch (typed.kind) {
    case 'concept': {
      const existing = await named(typed.name);
      if (existing) return { problem: { kind: 'exists', name: existing } };
      if ((typed.related === null) !== (typed.relation === null))
        return { problem: { kind: 'half-relation' } };
      const related = typed.related === null ? null : await concept(typed.related);
      if (typed.related !== null && !related) return { problem: { kind: 'unknown-concept' } };
      if (typed.relation !== null && !types.has(typed.relation)) return { problem: { kind: 'unknown-type' } };
      candidate = { ...typed, related };
      break;
    }
    case 'alias': {
      const id = await concept(typed.concept);
      if (!id) return { problem: { kind: 'unknown-concept' } };
      const existing = await named(typed.alias);
      if (existing) return { problem: { kind: 'exists', name: existing } };
      candidate = { ...typed, concept: id };
      break;
    }
    case 'relation': {
      const [from, to] = await Promise.all([concept(typed.from), concept(typed.to)]);
      if (!from || !to) return { problem: { kind: 'unknown-concept' } };
      if (from === to) return { problem: { kind: 'same-concept' } };
      if (!types.has(typed.type)) return { problem: { kind: 'unknown-type' } };
      candidate = { ...typed, from, to };
      break;
    }
    case 'correction': {
      const id = await concept(typed.concept);
      if (!id) return { problem: { kind: 'unknown-concept' } };
      candidate = { ...typed, concept: id };
      break;
    }
  }
  const parsed = Proposal.safeParse(candidate);
  return parsed.success ? { proposal: parsed.data } : { problem: { kind: 'invalid' } };
}
