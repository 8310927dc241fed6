import { defaultSettings } from '@study-graph/study';
import { describe, expect, it } from 'vitest';
import { applyChange, MAX_STUDY_CHANNELS, type SettingsChange } from './settings-change.ts';

const none = defaultSettings('1');
const daily = (over: Partial<Extract<SettingsChange, { kind: 'daily' }>>): SettingsChange => ({
  kind: 'daily',
  off: false,
  channelId: null,
  hour: null,
  timeZone: null,
  ...over,
});

describe('/settings changes', () => {
  it('adds a study channel once, removes only one that is there, and keeps to a bound', () => {
    const one = applyChange(none, { kind: 'study-channel', add: true, channelId: '7' });
    expect(one).toMatchObject({ studyChannelIds: ['7'] });
    if (typeof one === 'string') throw new Error(one);
    expect(applyChange(one, { kind: 'study-channel', add: true, channelId: '7' })).toEqual(one);
    expect(applyChange(one, { kind: 'study-channel', add: false, channelId: '8' })).toBe(
      'not-a-study-channel',
    );
    expect(applyChange(one, { kind: 'study-channel', add: false, channelId: '7' })).toEqual(none);
    const full = { ...none, studyChannelIds: Array.from({ length: MAX_STUDY_CHANNELS }, (_, i) => `${i}`) };
    expect(applyChange(full, { kind: 'study-channel', add: true, channelId: 'x' })).toBe(
      'too-many-study-channels',
    );
  });

  it('turns the daily question on with a channel and an hour, then changes either alone', () => {
    expect(applyChange(none, daily({ hour: 9 }))).toBe('daily-needs-channel');
    expect(applyChange(none, daily({ channelId: '5' }))).toBe('daily-needs-hour');
    const on = applyChange(none, daily({ channelId: '5', hour: 9, timeZone: 'europe/paris' }));
    expect(on).toMatchObject({ dailyChannelId: '5', dailyHour: 9, timeZone: 'Europe/Paris' });
    if (typeof on === 'string') throw new Error(on);
    expect(applyChange(on, daily({ hour: 7 }))).toMatchObject({ dailyChannelId: '5', dailyHour: 7 });
    expect(applyChange(on, daily({ channelId: '6' }))).toMatchObject({ dailyChannelId: '6', dailyHour: 9 });
    expect(applyChange(on, daily({ off: true }))).toMatchObject({ dailyChannelId: null, dailyHour: 9 });
  });

  it('refuses a time zone Intl does not know, an hour out of the day, and off with other options', () => {
    expect(applyChange(none, daily({ channelId: '5', hour: 9, timeZone: 'Saigon' }))).toBe(
      'unknown-time-zone',
    );
    expect(applyChange(none, daily({ channelId: '5', hour: 24 }))).toBe('bad-hour');
    expect(applyChange(none, daily({ off: true, hour: 9 }))).toBe('daily-off-alone');
  });
});
