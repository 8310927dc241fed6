import { defaultSettings, type GuildSettings, type SettingsStore } from '@study-graph/study';
import { within } from '../discord/respond.ts';
import type { Logger } from '../logger.ts';
import { applyChange, type SettingsChange, type SettingsProblem } from './settings-change.ts';

/**
 * Servers' settings as this process uses them: each read from the store once, then from memory,
 * and kept up to date by the changes made here (a server's commands all come to the process that
 * serves it). A read that fails or is slow gives the defaults that once, logged, and is tried
 * again next time: answering with the defaults beats not answering.
 */
export class GuildSettingsCache {
  readonly #known = new Map<string, GuildSettings>();
  readonly #loading = new Map<string, Promise<GuildSettings>>();
  /** Changes one after another: two managers' changes both land. */
  #changing: Promise<unknown> = Promise.resolve();

  constructor(
    readonly store: SettingsStore,
    private readonly logger: Logger,
    private readonly readWithinMs: number,
  ) {}

  /** A server's settings, when this process knows them already; undefined before the first read. */
  known(guildId: string): GuildSettings | undefined {
    return this.#known.get(guildId);
  }

  async get(guildId: string): Promise<GuildSettings> {
    const known = this.#known.get(guildId);
    if (known) return known;
    let loading = this.#loading.get(guildId);
    if (!loading) {
      loading = this.store
        .settings(guildId)
        .then((settings) => {
          this.#known.set(guildId, settings);
          return settings;
        })
        .finally(() => this.#loading.delete(guildId));
      this.#loading.set(guildId, loading);
    }
    try {
      return await within(loading, this.readWithinMs);
    } catch (error) {
      this.logger.warn(
        { err: error, guild: guildId },
        'server settings not read: the defaults apply this time',
      );
      return defaultSettings(guildId);
    }
  }

  /**
   * Makes a change on the settings as stored (never on the defaults of a failed read, which would
   * wipe what the server set), keeps it, and then remembers it. A problem changes nothing; a store
   * that fails throws.
   */
  change(guildId: string, change: SettingsChange): Promise<GuildSettings | SettingsProblem> {
    const work = async () => {
      const changed = applyChange(await this.store.settings(guildId), change);
      if (typeof changed === 'string') return changed;
      await this.store.save(changed);
      this.#known.set(guildId, changed);
      return changed;
    };
    const next = this.#changing.then(work, work);
    this.#changing = next.catch(() => undefined);
    return next;
  }

  /** The day's question posted: the day before's stops taking answers here too. */
  posted(guildId: string, day: string): void {
    const known = this.#known.get(guildId);
    if (known) this.#known.set(guildId, { ...known, lastDailyOn: day });
  }
}
