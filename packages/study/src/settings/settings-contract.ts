import { describe, expect, it } from 'vitest';
import { defaultSettings, type GuildSettings, type SettingsStore } from './port.ts';

/**
 * What every SettingsStore does, run against each implementation. `open` is called once; the server
 * and user ids are the suite's own, so suites may share a database.
 */
export function describeSettingsContract(name: string, open: () => Promise<SettingsStore>): void {
  describe(`SettingsStore contract: ${name}`, () => {
    let store: SettingsStore;
    const unique = `${Date.now()}${Math.floor(Math.random() * 1000)}`.slice(-12);
    const [guild, other, ana, binh] = [
      `3000000${unique}1`,
      `3000000${unique}2`,
      `1000000${unique}1`,
      `1000000${unique}2`,
    ];
    const configured: GuildSettings = {
      guildId: guild,
      studyChannelIds: ['4000000000000000001', '4000000000000000002'],
      language: 'en',
      dailyChannelId: '4000000000000000003',
      dailyHour: 9,
      timeZone: 'Europe/Paris',
      privateReplies: true,
      lastDailyOn: null,
    };

    it('opens, and gives the defaults for a server nobody set up', async () => {
      store = await open();
      expect(await store.settings(guild)).toEqual(defaultSettings(guild));
      expect(await store.streak(guild, ana)).toBeNull();
    });

    it('keeps a server’s settings, a null clearing what was set', async () => {
      await store.save(configured);
      expect(await store.settings(guild)).toEqual(configured);
      const cleared = { ...configured, language: null, studyChannelIds: [], privateReplies: false };
      await store.save(cleared);
      expect(await store.settings(guild)).toEqual(cleared);
      await store.save(configured);
      expect(await store.settings(other)).toEqual(defaultSettings(other));
    });

    it('lists the servers with a daily question', async () => {
      await store.save({ ...defaultSettings(other), language: 'vi' });
      const mine = (await store.dailyServers()).filter((s) => [guild, other].includes(s.guildId));
      expect(mine).toEqual([configured]);
    });

    it('lets one caller claim each day’s question, once, and never an earlier day', async () => {
      expect(await store.claimDaily(`${guild}9`, '2025-03-10')).toBe(false);
      const claims = await Promise.all(
        Array.from({ length: 5 }, () => store.claimDaily(guild, '2025-03-10')),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await store.claimDaily(guild, '2025-03-10')).toBe(false);
      expect(await store.claimDaily(guild, '2025-03-09')).toBe(false);
      expect((await store.settings(guild)).lastDailyOn).toBe('2025-03-10');
      // Saving settings leaves the claim as it is.
      await store.save({ ...configured, dailyHour: 10 });
      expect(await store.settings(guild)).toEqual({
        ...configured,
        dailyHour: 10,
        lastDailyOn: '2025-03-10',
      });
      expect(await store.claimDaily(guild, '2025-03-11')).toBe(true);
    });

    it('counts right answers on days in a row, each day once; a wrong one or a missed day ends the run', async () => {
      const answers = await Promise.all(
        Array.from({ length: 4 }, () => store.answerDaily(guild, ana, '2025-03-10', true)),
      );
      expect(answers.filter((a) => a !== null)).toEqual([
        { current: 1, best: 1, lastRightOn: '2025-03-10', lastAnsweredOn: '2025-03-10' },
      ]);
      expect(await store.answerDaily(guild, ana, '2025-03-10', false)).toBeNull();
      expect(await store.answerDaily(guild, ana, '2025-03-11', true)).toMatchObject({ current: 2, best: 2 });
      expect(await store.answerDaily(guild, ana, '2025-03-13', true)).toMatchObject({ current: 1, best: 2 });
      expect(await store.answerDaily(guild, ana, '2025-03-14', false)).toEqual({
        current: 0,
        best: 2,
        lastRightOn: '2025-03-13',
        lastAnsweredOn: '2025-03-14',
      });
      expect(await store.answerDaily(guild, binh, '2025-03-14', true)).toMatchObject({ current: 1 });
      expect(await store.answerDaily(other, ana, '2025-03-14', true)).toMatchObject({ current: 1, best: 1 });
      expect(await store.streak(guild, ana)).toMatchObject({
        current: 0,
        best: 2,
        lastAnsweredOn: '2025-03-14',
      });
    });

    it('forgets a learner’s streaks on every server, and only theirs', async () => {
      expect(await store.forget(ana)).toBe(2);
      expect(await store.streak(guild, ana)).toBeNull();
      expect(await store.streak(other, ana)).toBeNull();
      expect(await store.streak(guild, binh)).toMatchObject({ current: 1 });
      expect(await store.forget(ana)).toBe(0);
      expect((await store.settings(guild)).dailyHour).toBe(10);
      await store.close();
    });
  });
}
