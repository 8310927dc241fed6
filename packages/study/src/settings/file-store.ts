import { join } from 'node:path';
import { z } from 'zod';
import { JsonFile } from '../json-file.ts';
import { defaultSettings, type GuildSettings, type SettingsStore, type Streak } from './port.ts';
import { StoredSettings, StoredStreak } from './schema.ts';
import { nextStreak } from './streak.ts';

/** The whole file: settings by server; streaks by server, then by learner. */
const SettingsFile = z.object({
  servers: z.record(z.string(), StoredSettings).default({}),
  streaks: z.record(z.string(), z.record(z.string(), StoredStreak)).default({}),
});

/**
 * The SettingsStore of the embedded default: everything in `<dir>/settings.json` (a `JsonFile`:
 * replaced whole, one change at a time), so a claim or an answer is checked and kept in one step.
 */
export class FileSettingsStore implements SettingsStore {
  readonly name = 'files';
  readonly #file: JsonFile<z.infer<typeof SettingsFile>>;

  constructor(readonly dir: string) {
    this.#file = new JsonFile(join(dir, 'settings.json'), SettingsFile, '{}');
  }

  async settings(guildId: string): Promise<GuildSettings> {
    return (await this.#file.read()).servers[guildId] ?? defaultSettings(guildId);
  }

  save(settings: GuildSettings): Promise<void> {
    return this.#file.change((data) => {
      const lastDailyOn = data.servers[settings.guildId]?.lastDailyOn ?? null;
      data.servers[settings.guildId] = { ...StoredSettings.parse(settings), lastDailyOn };
    });
  }

  async dailyServers(): Promise<GuildSettings[]> {
    return Object.values((await this.#file.read()).servers)
      .filter((s) => s.dailyChannelId !== null)
      .sort((a, b) => (a.guildId < b.guildId ? -1 : 1));
  }

  claimDaily(guildId: string, day: string): Promise<boolean> {
    return this.#file.change((data) => {
      const server = data.servers[guildId];
      if (!server || (server.lastDailyOn !== null && server.lastDailyOn >= day)) return false;
      server.lastDailyOn = day;
      return true;
    });
  }

  answerDaily(guildId: string, userId: string, day: string, correct: boolean): Promise<Streak | null> {
    return this.#file.change((data) => {
      const next = nextStreak(data.streaks[guildId]?.[userId] ?? null, day, correct);
      if (next) data.streaks[guildId] = { ...data.streaks[guildId], [userId]: next };
      return next;
    });
  }

  async streak(guildId: string, userId: string): Promise<Streak | null> {
    return (await this.#file.read()).streaks[guildId]?.[userId] ?? null;
  }

  forget(userId: string): Promise<number> {
    return this.#file.change((data) => {
      let forgotten = 0;
      for (const learners of Object.values(data.streaks)) {
        if (learners[userId]) forgotten++;
        delete learners[userId];
      }
      return forgotten;
    });
  }

  close(): Promise<void> {
    return this.#file.settled();
  }
}
