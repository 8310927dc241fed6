import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultSettings, FileSettingsStore, type GuildSettings } from '@study-graph/study';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { LogCapture } from '../testing/test-bot.ts';
import { GuildSettingsCache } from './guild-settings.ts';

/** A settings store that counts its reads and can be made to fail them. */
class FlakyStore extends FileSettingsStore {
  reads = 0;
  failing = false;
  override async settings(guildId: string): Promise<GuildSettings> {
    this.reads++;
    if (this.failing) throw new Error('store down');
    return super.settings(guildId);
  }
}

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function cache() {
  const dir = await mkdtemp(join(tmpdir(), 'guild-settings-'));
  dirs.push(dir);
  const store = new FlakyStore(dir);
  const logs = new LogCapture();
  return { store, logs, settings: new GuildSettingsCache(store, createLogger('warn', logs), 60_000) };
}

describe('servers’ settings in the bot', () => {
  it('reads a server’s settings once, and keeps what /settings changes', async () => {
    const { store, settings } = await cache();
    await store.save({ ...defaultSettings('1'), language: 'en' });
    await Promise.all([settings.get('1'), settings.get('1')]);
    expect((await settings.get('1')).language).toBe('en');
    expect(store.reads).toBe(1);
    const changed = await settings.change('1', { kind: 'private-replies', on: true });
    expect(changed).toMatchObject({ language: 'en', privateReplies: true });
    expect(await settings.get('1')).toEqual(changed);
    expect(await store.settings('1')).toEqual(changed);
    settings.posted('1', '2025-03-10');
    expect((await settings.get('1')).lastDailyOn).toBe('2025-03-10');
  });

  it('gives the defaults when the store fails, logged, and reads again next time', async () => {
    const { store, logs, settings } = await cache();
    await store.save({ ...defaultSettings('1'), language: 'vi' });
    store.failing = true;
    expect(await settings.get('1')).toEqual(defaultSettings('1'));
    expect(logs.records.map((r) => [r.level, r.msg])).toEqual([
      [40, 'server settings not read: the defaults apply this time'],
    ]);
    store.failing = false;
    expect((await settings.get('1')).language).toBe('vi');
  });

  it('never saves a change over settings it could not read, and saves nothing a problem refuses', async () => {
    const { store, settings } = await cache();
    await store.save({ ...defaultSettings('1'), language: 'vi' });
    store.failing = true;
    await expect(settings.change('1', { kind: 'private-replies', on: true })).rejects.toThrow('store down');
    store.failing = false;
    const refused = await settings.change('1', { kind: 'study-channel', add: false, channelId: '9' });
    expect(refused).toBe('not-a-study-channel');
    expect(await store.settings('1')).toEqual({ ...defaultSettings('1'), language: 'vi' });
  });
});
