import { CONCEPT_KINDS, RELATION_TYPES } from '@study-graph/graph';
import { z } from 'zod';

const Text = (max: number) => z.string().trim().min(1).max(max);
const ConceptId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/);

/** What a learner proposes to add to their server's graph; concepts are named by the graph's ids. */
export const Proposal = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('concept'),
    name: Text(80),
    conceptKind: z.enum(CONCEPT_KINDS),
    summary: Text(1000),
    /** A concept of the graph it is a kind of, part of, ...: joined to it by `relation`. */
    related: ConceptId.nullable(),
    relation: z.enum(RELATION_TYPES).nullable(),
  }),
  z.object({ kind: z.literal('alias'), concept: ConceptId, alias: Text(80) }),
  z.object({
    kind: z.literal('relation'),
    from: ConceptId,
    type: z.enum(RELATION_TYPES),
    to: ConceptId,
  }),
  z.object({ kind: z.literal('correction'), concept: ConceptId, summary: Text(1000) }),
]);
export type Proposal = z.infer<typeof Proposal>;

export type SuggestionStatus = 'pending' | 'approved' | 'rejected';

/** A proposal on one server, and what its moderators decided. */
export interface Suggestion {
  /** Short and random: it names the suggestion in buttons. */
  id: string;
  guildId: string;
  /** Who proposed it; null once they asked to be forgotten (an approved one stays in the graph). */
  userId: string | null;
  /** The language it was written in. */
  locale: 'vi' | 'en';
  proposal: Proposal;
  status: SuggestionStatus;
  at: number;
  decidedBy: string | null;
  decidedAt: number | null;
}

/**
 * Servers' suggestions and their moderation, kept beside learners' data and apart from the pack.
 * Each implementation passes the same contract (`suggestion-contract.ts`).
 */
export interface SuggestionStore {
  readonly name: string;
  /** Keeps a new suggestion, pending. */
  propose(suggestion: Suggestion): Promise<void>;
  /** A server's suggestion, or null (another server's is never given). */
  get(guildId: string, id: string): Promise<Suggestion | null>;
  /** A server's pending suggestions, oldest first; at most `limit`. */
  pending(guildId: string, limit: number): Promise<Suggestion[]>;
  /** Approved suggestions in the order they were approved: one server's, or every server's (null). */
  approved(guildId: string | null): Promise<Suggestion[]>;
  /**
   * Approves or rejects a pending suggestion; the suggestion as decided, or null when it is not
   * pending (decided already, by someone else too) or not the server's.
   */
  decide(
    guildId: string,
    id: string,
    status: 'approved' | 'rejected',
    by: string,
    at: number,
  ): Promise<Suggestion | null>;
  /**
   * A learner asked to be forgotten: their pending and rejected suggestions are deleted, and their
   * name taken off the approved ones, which are part of the server's graph now. How many went.
   */
  forget(userId: string): Promise<number>;
  close(): Promise<void>;
}
