import { checkPng } from '@study-graph/discord-sim/png';
import { GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, studyGroup, type TestBot } from '../testing/test-bot.ts';

const general = '1300000000000000001';
const study = '1300000000000000002';

describe('mentions in study channels', () => {
  let t: TestBot;

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
      bot: { studyChannelIds: [study], rateLimit: { max: 4, windowMs: 60_000 } },
    });
  });

  afterAll(async () => {
    expect(t.sim.rejections).toEqual([]);
    await t?.stop();
  });

  it('asks for the Message Content intent only when study channels are configured', () => {
    expect(t.sim.intents).toBe(
      GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.MessageContent,
    );
  });

  it('"@bot container là gì?" in a study channel gets a reply to that message', async () => {
    const reply = await t.sim.sendMessage({
      content: 'container là gì?',
      mentionBot: true,
      channelId: study,
    });
    expect(reply).not.toBeNull();
    expect(reply!.message.message_reference?.message_id).toBeDefined();
    expect(reply!.embeds[0]?.title).toBe('Container');
    expect(reply!.embeds[0]?.footer?.text).toMatch(/^Nguồn: /);
    expect(reply!.allowedMentions).toEqual({ parse: [] });
    // The person asking is not pinged by the reply either.
    expect(reply!.message.mentions).toEqual([]);
  });

  it('answers in English when the question is in English, and attaches diagrams', async () => {
    const reply = await t.sim.sendMessage({
      content: 'draw the container lifecycle',
      mentionBot: true,
      channelId: study,
    });
    expect(reply!.embeds[0]?.footer?.text).toMatch(/^Source: /);
    expect(reply!.files[0]?.name).toBe('lifecycle.png');
    checkPng(reply!.files[0]!.data);
  });

  it('buttons on a mention reply work like on a slash command reply', async () => {
    const reply = await t.sim.sendMessage({ content: 'image là gì?', mentionBot: true, channelId: study });
    const clicked = await t.sim.clickButton({ message: reply!, customId: 'diagram:concept:image:vi' });
    expect(clicked.message?.id).toBe(reply!.message.id);
    expect(clicked.files[0]?.name).toBe('concept-image.png');
  });

  it('ignores mentions outside study channels, and study-channel messages without a mention', async () => {
    expect(
      await t.sim.sendMessage({
        content: 'container là gì?',
        mentionBot: true,
        channelId: general,
        timeoutMs: 300,
      }),
    ).toBeNull();
    expect(
      await t.sim.sendMessage({ content: 'container là gì?', channelId: study, timeoutMs: 300 }),
    ).toBeNull();
  });

  it('a bare mention, @everyone and a flood: a hint, no ping, one polite note then silence', async () => {
    // A second learner, with a window of their own (4 per minute here).
    const user = t.sim.users[1];
    const say = (content: string, timeoutMs?: number) =>
      t.sim.sendMessage({ content, mentionBot: true, channelId: study, user, timeoutMs });
    const bare = await say('');
    expect(bare!.embeds[0]?.description).toContain('container là gì?');
    const everyone = await say('@everyone @here volume là gì?');
    expect(everyone!.message.mention_everyone).toBe(false);
    expect(JSON.stringify(everyone!.embeds)).not.toMatch(/@everyone|@here/);
    await say('image là gì?');
    await say('image là gì?');
    const polite = await say('image là gì?');
    expect(polite!.content).toMatch(/hỏi hơi nhanh/);
    expect(await say('image là gì?', 300)).toBeNull();
  });
});

describe('without study channels', () => {
  let t: TestBot;

  beforeAll(async () => {
    t = await startTestBot();
  });

  afterAll(async () => {
    await t?.stop();
  });

  it('connects with the Guilds intent alone, ignores mentions, and slash commands work', async () => {
    expect(t.sim.intents).toBe(GatewayIntentBits.Guilds);
    const [, channelId] = t.sim.channelIds;
    expect(
      await t.sim.sendMessage({ content: 'container là gì?', mentionBot: true, channelId, timeoutMs: 300 }),
    ).toBeNull();
    const r = await t.sim.slashCommand({
      name: 'ask',
      options: { question: 'container là gì?' },
      locale: 'vi',
    });
    expect(r.embeds[0]?.title).toBe('Container');
  });
});
