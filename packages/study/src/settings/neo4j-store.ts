import type { Driver } from 'neo4j-driver';
import { Neo4jTransactions } from '../neo4j-transactions.ts';
import * as Q from './neo4j-queries.ts';
import type { GuildSettings, SettingsStore, Streak } from './port.ts';
import { StoredSettings, StoredStreak } from './schema.ts';
import { dayBefore } from './streak.ts';

/**
 * The SettingsStore on Neo4j, in the graph's database, through managed transactions and the
 * driver's bookmark manager: a claim of the day's question made by one process is seen by the
 * next, whichever server of a cluster serves it.
 */
export class Neo4jSettingsStore implements SettingsStore {
  readonly name = 'neo4j';
  readonly #tx: Neo4jTransactions;

  constructor(driver: Driver, database?: string | undefined) {
    this.#tx = new Neo4jTransactions(driver, database, Q.SCHEMA);
  }

  async settings(guildId: string): Promise<GuildSettings> {
    const [record] = await this.#tx.read(Q.SETTINGS, { guildId });
    return StoredSettings.parse(record?.get('s') ?? { guildId });
  }

  async save({ guildId, lastDailyOn: _, ...props }: GuildSettings): Promise<void> {
    await this.#tx.write(Q.SAVE, { guildId, props });
  }

  async dailyServers(): Promise<GuildSettings[]> {
    return (await this.#tx.read(Q.DAILY_SERVERS, {})).map((r) => StoredSettings.parse(r.get('s')));
  }

  async claimDaily(guildId: string, day: string): Promise<boolean> {
    const [record] = await this.#tx.write(Q.CLAIM_DAILY, { guildId, day });
    return record?.get('claimed') === true;
  }

  async answerDaily(guildId: string, userId: string, day: string, correct: boolean): Promise<Streak | null> {
    const params = { guildId, userId, day, dayBefore: dayBefore(day), correct };
    const [record] = await this.#tx.write(Q.ANSWER_DAILY, params);
    return record?.get('fresh') === true ? StoredStreak.parse(record.get('streak')) : null;
  }

  async streak(guildId: string, userId: string): Promise<Streak | null> {
    const [record] = await this.#tx.read(Q.STREAK, { guildId, userId });
    return record ? StoredStreak.parse(record.get('streak')) : null;
  }

  async forget(userId: string): Promise<number> {
    const [record] = await this.#tx.write(Q.FORGET, { userId });
    return (record?.get('forgotten') as number | undefined) ?? 0;
  }

  async close(): Promise<void> {}
}
