import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testPlaces } from '../test-places.ts';
import { FileSettingsStore } from './file-store.ts';
import { Neo4jSettingsStore } from './neo4j-store.ts';
import { defaultSettings } from './port.ts';
import { describeSettingsContract } from './settings-contract.ts';

const places = testPlaces();

describeSettingsContract('Neo4jSettingsStore', async () => {
  const { driver, database } = places.neo4j();
  return new Neo4jSettingsStore(driver, database);
});

describeSettingsContract(
  'FileSettingsStore',
  async () => new FileSettingsStore(await places.folder('settings')),
);

describe('FileSettingsStore on disk', () => {
  it('keeps one JSON file, read again by another store on the same folder', async () => {
    const dir = await places.folder('settings');
    const settings = { ...defaultSettings('1'), language: 'vi' as const, dailyChannelId: '2' };
    await new FileSettingsStore(dir).save(settings);
    await new FileSettingsStore(dir).answerDaily('1', '3', '2025-03-10', true);
    const again = new FileSettingsStore(dir);
    expect(await again.settings('1')).toEqual(settings);
    expect(await again.streak('1', '3')).toMatchObject({ current: 1 });
    const file = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(file).sort()).toEqual(['servers', 'streaks']);
  });
});
