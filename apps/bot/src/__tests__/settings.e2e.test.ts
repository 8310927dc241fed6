import { snowflake } from '@study-graph/discord-sim';
import { defaultSettings } from '@study-graph/study';
import { GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverUi } from '../format/server-strings.ts';
import { ui } from '../format/strings.ts';
import { startTestBot, studyGroup, type TestBot } from '../testing/test-bot.ts';

const [vi, en] = [serverUi('vi'), serverUi('en')];

/** A `/settings` subcommand, as one of the sim's users. */
function settings(t: TestBot, user: string, subcommand: string, options = {}, locale?: 'vi' | 'en-US') {
  return t.sim.slashCommand({ name: 'settings', subcommand, options, user, ...(locale ? { locale } : {}) });
}

describe('/settings', () => {
  let t: TestBot;
  let manager: string;
  let member: string;
  const study = snowflake();

  beforeAll(async () => {
    t = await startTestBot({
      sim: {
        guilds: [studyGroup([{ name: 'general' }, { id: study, name: 'study' }])],
      },
      bot: { rateLimit: false },
    });
    // The sim's first user owns the server; the second is a plain member.
    [manager, member] = t.sim.users.map((u) => u.id) as [string, string];
  });

  afterAll(async () => {
    expect(t.sim.rejections).toEqual([]);
    await t?.stop();
  });

  it('is registered for members who can manage the server, in servers only', () => {
    const command = t.sim.commands.find((c) => c.name === 'settings');
    expect(command?.name_localizations?.vi).toBe('cai-dat');
    expect(command?.default_member_permissions).toBe('32');
    expect(command?.contexts).toEqual([0]);
  });

  it('refuses a member without Manage Server privately, in their language, and changes nothing', async () => {
    const english = await settings(t, member, 'language', { language: 'en' });
    expect(english.ephemeral).toBe(true);
    expect(english.content).toBe(en.settingsForbidden);
    const vietnamese = await settings(t, member, 'show', {}, 'vi');
    expect(vietnamese.ephemeral).toBe(true);
    expect(vietnamese.content).toBe(vi.settingsForbidden);
    const shown = await settings(t, manager, 'show');
    expect(shown.embeds[0]?.description).toBe(vi.settingsBody(defaultSettings(t.sim.guildId), []));
  });

  it('shows a manager the settings privately, in their language', async () => {
    const shown = await settings(t, manager, 'show', {}, 'en-US');
    expect(shown.ephemeral).toBe(true);
    expect(shown.embeds[0]?.title).toBe(en.settingsTitle);
    expect(shown.embeds[0]?.description).toBe(en.settingsBody(defaultSettings(t.sim.guildId), []));
  });

  it('speaks the server’s language to everyone once set, and each learner’s own again on auto', async () => {
    const saved = await settings(t, manager, 'language', { language: 'en' });
    expect(saved.ephemeral).toBe(true);
    // Said in the language in force when the change was asked for.
    expect(saved.embeds[0]?.description).toContain(vi.saved);
    const help = await t.sim.slashCommand({ name: 'help', user: manager, locale: 'vi' });
    expect(help.embeds[0]?.title).toBe(ui('en').helpTitle);
    await settings(t, manager, 'language', { language: 'auto' });
    const again = await t.sim.slashCommand({ name: 'help', user: manager, locale: 'vi' });
    expect(again.embeds[0]?.title).toBe(ui('vi').helpTitle);
  });

  it('refuses bad input with a clear reason and keeps the settings as they were', async () => {
    const zone = await settings(t, manager, 'daily', { channel: study, hour: 9, 'time-zone': 'Saigon' });
    expect(zone.ephemeral).toBe(true);
    expect(zone.embeds[0]?.description).toBe(vi.problems['unknown-time-zone']);
    const noHour = await settings(t, manager, 'daily', { channel: study });
    expect(noHour.embeds[0]?.description).toBe(vi.problems['daily-needs-hour']);
    const remove = await settings(t, manager, 'study-channel', { action: 'remove', channel: study });
    expect(remove.embeds[0]?.description).toBe(vi.problems['not-a-study-channel']);
    const shown = await settings(t, manager, 'show');
    expect(shown.embeds[0]?.description).toBe(vi.settingsBody(defaultSettings(t.sim.guildId), []));
  });

  it('makes answers private in the server when asked, and public again', async () => {
    const before = await t.sim.slashCommand({
      name: 'ask',
      user: member,
      options: { question: 'image là gì?' },
    });
    expect(before.ephemeral).toBe(false);
    await settings(t, manager, 'private-replies', { state: 'on' });
    for (const [name, options] of [
      ['ask', { question: 'image là gì?' }],
      ['concept', { name: 'docker0' }],
      ['lifecycle', {}],
    ] as const) {
      const reply = await t.sim.slashCommand({ name, user: member, options });
      expect(reply.ephemeral, name).toBe(true);
      expect(reply.embeds[0]?.title, name).toBeTruthy();
    }
    // A quiz stays in the open: it is asked to be answered.
    expect((await t.sim.slashCommand({ name: 'quiz', user: member })).ephemeral).toBe(false);
    await settings(t, manager, 'private-replies', { state: 'off' });
    const after = await t.sim.slashCommand({
      name: 'ask',
      user: member,
      options: { question: 'image là gì?' },
    });
    expect(after.ephemeral).toBe(false);
  });

  it('says that study channels need the bot to read messages, when it does not', async () => {
    expect(t.sim.intents).toBe(GatewayIntentBits.Guilds);
    const added = await settings(t, manager, 'study-channel', { action: 'add', channel: study });
    expect(added.embeds[0]?.description).toContain(vi.mentionsOff);
    await settings(t, manager, 'study-channel', { action: 'remove', channel: study });
  });
});

describe('study channels set by /settings', () => {
  let t: TestBot;
  const [general, study] = [snowflake(), snowflake()];

  beforeAll(async () => {
    t = await startTestBot({
      sim: {
        guilds: [
          studyGroup([
            { id: general, name: 'general' },
            { id: study, name: 'study' },
          ]),
        ],
      },
      bot: { rateLimit: false, mentions: true },
    });
  });

  afterAll(async () => {
    expect(t.sim.rejections).toEqual([]);
    await t?.stop();
  });

  it('reads messages with MENTIONS=on, and answers mentions in the channels a manager adds', async () => {
    expect(t.sim.intents).toBe(
      GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.MessageContent,
    );
    // Left unanswered: the bot is given half a second to prove it wrong (an answer waits as long as it takes).
    const ask = (channelId: string, timeoutMs?: number) =>
      t.sim.sendMessage({ content: 'container là gì?', mentionBot: true, channelId, timeoutMs });
    expect(await ask(study, 500)).toBeNull();
    const added = await settings(t, t.sim.user.id, 'study-channel', { action: 'add', channel: study });
    expect(added.embeds[0]?.description).toContain(`<#${study}>`);
    expect(added.embeds[0]?.description).not.toContain(vi.mentionsOff);
    const reply = await ask(study);
    expect(reply?.embeds[0]?.title).toBe('Container');
    expect(reply?.message.message_reference?.message_id).toBeDefined();
    expect(await ask(general, 500)).toBeNull();
    await settings(t, t.sim.user.id, 'study-channel', { action: 'remove', channel: study });
    expect(await ask(study, 500)).toBeNull();
  });

  it('answers mentions in the server’s language once set', async () => {
    await settings(t, t.sim.user.id, 'study-channel', { action: 'add', channel: study });
    await settings(t, t.sim.user.id, 'language', { language: 'en' });
    // A question in neither language: the reply follows the server's.
    const reply = await t.sim.sendMessage({ content: 'docker0', mentionBot: true, channelId: study });
    expect(reply?.embeds[0]?.footer?.text).toMatch(/^Source: /);
  });
});
