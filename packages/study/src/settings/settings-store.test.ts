import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDriver } from '@study-graph/graph';
import { neo4jTestConfig } from '@study-graph/neo4j-local/testing';
import type { Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { FileSettingsStore } from './file-store.ts';
import { Neo4jSettingsStore } from './neo4j-store.ts';
import { defaultSettings } from './port.ts';
import { describeSettingsContract } from './settings-contract.ts';

let driver: Driver | undefined;
const dirs: string[] = [];

describeSettingsContract('Neo4jSettingsStore', async () => {
  const config = neo4jTestConfig();
  driver = createDriver(config);
  return new Neo4jSettingsStore(driver, config.database);
});

describeSettingsContract('FileSettingsStore', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'settings-'));
  dirs.push(dir);
  return new FileSettingsStore(dir);
});

afterAll(async () => {
  await driver?.close();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('FileSettingsStore on disk', () => {
  it('keeps one JSON file, read again by another store on the same folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'settings-'));
    dirs.push(dir);
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
