import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { defaultSettings, type GuildSettings, type SettingsStore, type Streak } from './port.ts';
import { StoredSettings, StoredStreak } from './schema.ts';
import { nextStreak } from './streak.ts';

/** The whole file: settings by server; streaks by server, then by learner. */
const SettingsFile = z.object({
  servers: z.record(z.string(), StoredSettings).default({}),
  streaks: z.record(z.string(), z.record(z.string(), StoredStreak)).default({}),
});
type Data = z.infer<typeof SettingsFile>;

/**
 * The SettingsStore of the embedded default: everything in `<dir>/settings.json`, rewritten whole on
 * each change through a temporary file renamed over it, so a crash leaves the old file or the new one.
 * Changes run one after another, so a claim or an answer is checked and kept in one step.
 */
export class FileSettingsStore implements SettingsStore {
  readonly name = 'files';
  readonly #file: string;
  #writing: Promise<unknown> = Promise.resolve();

  constructor(readonly dir: string) {
    this.#file = join(dir, 'settings.json');
  }

  async settings(guildId: string): Promise<GuildSettings> {
    return (await this.#settled()).servers[guildId] ?? defaultSettings(guildId);
  }

  save(settings: GuildSettings): Promise<void> {
    return this.#change((data) => {
      const lastDailyOn = data.servers[settings.guildId]?.lastDailyOn ?? null;
      data.servers[settings.guildId] = { ...StoredSettings.parse(settings), lastDailyOn };
    });
  }

  async dailyServers(): Promise<GuildSettings[]> {
    return Object.values((await this.#settled()).servers)
      .filter((s) => s.dailyChannelId !== null)
      .sort((a, b) => (a.guildId < b.guildId ? -1 : 1));
  }

  claimDaily(guildId: string, day: string): Promise<boolean> {
    return this.#change((data) => {
      const server = data.servers[guildId];
      if (!server || (server.lastDailyOn !== null && server.lastDailyOn >= day)) return false;
      server.lastDailyOn = day;
      return true;
    });
  }

  answerDaily(guildId: string, userId: string, day: string, correct: boolean): Promise<Streak | null> {
    return this.#change((data) => {
      const next = nextStreak(data.streaks[guildId]?.[userId] ?? null, day, correct);
      if (next) data.streaks[guildId] = { ...data.streaks[guildId], [userId]: next };
      return next;
    });
  }

  async streak(guildId: string, userId: string): Promise<Streak | null> {
    return (await this.#settled()).streaks[guildId]?.[userId] ?? null;
  }

  forget(userId: string): Promise<number> {
    return this.#change((data) => {
      let forgotten = 0;
      for (const learners of Object.values(data.streaks)) {
        if (learners[userId]) forgotten++;
        delete learners[userId];
      }
      return forgotten;
    });
  }

  async close(): Promise<void> {
    await this.#writing;
  }

  /** The file as it is once the changes under way are done. */
  async #settled(): Promise<Data> {
    await this.#writing;
    return this.#read();
  }

  async #read(): Promise<Data> {
    const text = await readFile(this.#file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '{}';
      throw error;
    });
    return SettingsFile.parse(JSON.parse(text));
  }

  /** Reads the file, edits it, and writes it back when the edit changed anything; after the changes before. */
  #change<T>(edit: (data: Data) => T): Promise<T> {
    const work = async () => {
      const data = await this.#read();
      const before = JSON.stringify(data);
      const result = edit(data);
      const after = JSON.stringify(data);
      if (after !== before) {
        await mkdir(this.dir, { recursive: true });
        await writeFile(`${this.#file}.tmp`, after);
        await rename(`${this.#file}.tmp`, this.#file);
      }
      return result;
    };
    const next = this.#writing.then(work, work);
    this.#writing = next.catch(() => undefined);
    return next;
  }
}
