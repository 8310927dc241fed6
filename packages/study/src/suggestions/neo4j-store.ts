import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { Neo4jTransactions } from '../neo4j-transactions.ts';
import * as Q from './neo4j-queries.ts';
import { Proposal, type Suggestion, type SuggestionStore } from './port.ts';

/** The SuggestionStore on Neo4j, in the graph's database, through managed transactions. */
export class Neo4jSuggestionStore implements SuggestionStore {
  readonly name = 'neo4j';
  readonly #tx: Neo4jTransactions;

  constructor(driver: Driver, database?: string | undefined) {
    this.#tx = new Neo4jTransactions(driver, database, Q.SCHEMA);
  }

  async propose({ proposal, ...rest }: Suggestion): Promise<void> {
    await this.#tx.write(Q.PROPOSE, {
      props: { ...rest, proposal: JSON.stringify(Proposal.parse(proposal)) },
    });
  }

  async get(guildId: string, id: string): Promise<Suggestion | null> {
    const [record] = await this.#tx.read(Q.GET, { guildId, id });
    return record ? suggestionOf(record) : null;
  }

  async pending(guildId: string, limit: number): Promise<Suggestion[]> {
    return (await this.#tx.read(Q.PENDING, { guildId, limit: neo4j.int(limit) })).map(suggestionOf);
  }

  async approved(guildId: string | null): Promise<Suggestion[]> {
    return (await this.#tx.read(Q.APPROVED, { guildId })).map(suggestionOf);
  }

  async decide(guildId: string, id: string, status: 'approved' | 'rejected', by: string, at: number) {
    const [record] = await this.#tx.write(Q.DECIDE, { guildId, id, status, by, at });
    return record ? suggestionOf(record) : null;
  }

  async forget(userId: string): Promise<number> {
    const [record] = await this.#tx.write(Q.FORGET, { userId });
    return neo4j.integer.toNumber((record?.get('forgotten') as number | undefined) ?? 0);
  }

  async close(): Promise<void> {}
}

/** Neo4j keeps no null properties: an absent one reads back as null. */
function suggestionOf(record: Neo4jRecord): Suggestion {
  const s = record.get('s') as Omit<Suggestion, 'proposal'> & { proposal: string };
  return {
    id: s.id,
    guildId: s.guildId,
    userId: s.userId ?? null,
    locale: s.locale,
    proposal: Proposal.parse(JSON.parse(s.proposal)),
    status: s.status,
    at: s.at,
    decidedBy: s.decidedBy ?? null,
    decidedAt: s.decidedAt ?? null,
  };
}
