import type { BotReply } from '@study-graph/discord-sim';
import { checkPng } from '@study-graph/discord-sim/png';
import { ButtonStyle, ComponentType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../format/strings.ts';
import { startTestBot, type TestBot } from '../testing/test-bot.ts';

/** Every slash command through a real discord.js client and the local Discord stand-in. */
describe('slash commands', () => {
  let t: TestBot;
  const vi = 'vi' as const;
  const en = 'en-US' as const;

  beforeAll(async () => {
    t = await startTestBot({ bot: { rateLimit: false } });
  });

  afterAll(async () => {
    await t?.stop();
  });

  afterAll(() => {
    // Whatever the bot sent, Discord would have taken: nothing rejected, no unknown route.
    expect(t.sim.rejections).toEqual([]);
    expect(t.sim.unknownRoutes).toEqual([]);
  });

  const embed = (r: BotReply) => r.embeds[0]!;
  const customIds = (r: BotReply) =>
    r.components.flatMap((row) =>
      'components' in row ? row.components.map((c) => ('custom_id' in c ? c.custom_id : '')) : [],
    );

  it('registers every command, named and described in English and Vietnamese', () => {
    const byName = new Map(t.sim.commands.map((c) => [c.name, c]));
    expect([...byName.keys()].sort()).toEqual([
      'ask',
      'concept',
      'diagram',
      'forget-me',
      'help',
      'leaderboard',
      'lifecycle',
      'pending',
      'progress',
      'quiz',
      'relation',
      'review',
      'settings',
      'streak',
      'suggest',
    ]);
    expect(byName.get('ask')?.name_localizations).toEqual({ vi: 'hoi' });
    expect(byName.get('diagram')?.name_localizations).toEqual({ vi: 'so-do' });
    for (const command of byName.values()) {
      expect(command.description_localizations?.vi).toBeTruthy();
      for (const option of command.options ?? []) {
        expect(option.name_localizations?.vi).toBeTruthy();
        expect(option.description_localizations?.vi).toBeTruthy();
      }
    }
  });

  describe('/ask', () => {
    it('answers in Vietnamese for a vi user: embed with title, answer and the source as footer', async () => {
      const r = await t.sim.slashCommand({
        name: 'ask',
        options: { question: 'container là gì?' },
        locale: vi,
      });
      expect(r.deferred).toBe(false);
      expect(embed(r).title).toBe('Container');
      expect(embed(r).description).toContain('Docker image');
      expect(embed(r).footer?.text).toMatch(/^Nguồn: /);
      expect(r.allowedMentions).toEqual({ parse: [] });
      expect(customIds(r)).toEqual([
        'diagram:concept:container:vi',
        'related:container:vi',
        'nearby:vi',
        'feedback:up:vi',
        'feedback:down:vi',
        'feedback:report:vi',
      ]);
    });

    it('reads a short follow-up against the same learner’s previous question in the channel', async () => {
      const ask = (question: string, user = t.sim.users[0]) =>
        t.sim.slashCommand({ name: 'ask', options: { question }, locale: vi, user });
      await ask('lệnh nào đưa container từ paused về running?');
      const followUp = await ask('còn exited thì sao?');
      expect(embed(followUp).description).toMatch(/`docker start`.*\*\*exited\*\*.*\*\*running\*\*/);
      // Another learner has no previous question here: the follow-up is read on its own.
      const other = await ask('còn exited thì sao?', t.sim.users[1]);
      expect(embed(other).title).toMatch(/^Exited/);
      expect(embed(other).description).not.toEqual(embed(followUp).description);
    });

    it('answers in English for an en-US user', async () => {
      const r = await t.sim.slashCommand({
        name: 'ask',
        options: { question: 'what is an image?' },
        locale: en,
      });
      expect(embed(r).title).toBe('Docker image');
      expect(embed(r).footer?.text).toMatch(/^Source: /);
      expect(customIds(r)).toContain('related:image:en');
    });

    it('follows the question when it is clearly in the other language', async () => {
      const r = await t.sim.slashCommand({
        name: 'ask',
        options: { question: 'container là gì?' },
        locale: en,
      });
      expect(embed(r).footer?.text).toMatch(/^Nguồn: /);
      const back = await t.sim.slashCommand({
        name: 'ask',
        options: { question: 'What is the Docker daemon?' },
        locale: vi,
      });
      expect(back.embeds[0]?.footer?.text).toMatch(/^Source: /);
    });

    it('defers and attaches a valid PNG when the answer has a diagram', async () => {
      const r = await t.sim.slashCommand({
        name: 'ask',
        options: { question: 'vẽ sơ đồ trạng thái container' },
        locale: vi,
      });
      expect(r.deferred).toBe(true);
      expect(r.files).toHaveLength(1);
      const [file] = r.files;
      expect(file?.name).toBe('lifecycle.png');
      expect(file?.contentType).toBe('image/png');
      expect(checkPng(file!.data).width).toBeGreaterThan(400);
      expect(embed(r).image?.url).toBe('attachment://lifecycle.png');
      expect(embed(r).title).toBe('Vòng đời và các trạng thái của container');
    });

    it('says plainly when the notes have nothing, with suggestions when there are some', async () => {
      const r = await t.sim.slashCommand({
        name: 'ask',
        options: { question: 'kubernetes pod là gì?' },
        locale: vi,
      });
      expect(embed(r).title).toBe('Chưa có trong ghi chép');
      expect(embed(r).footer).toBeUndefined();
      const typo = await t.sim.slashCommand({
        name: 'ask',
        options: { question: 'what is dockr swarn?' },
        locale: en,
      });
      expect(typo.embeds[0]?.description).toBeTruthy();
    });
  });

  describe('/concept', () => {
    it('autocompletes from the graph, diacritics-insensitive, at most 25 choices', async () => {
      const withMarks = await t.sim.autocomplete({
        command: 'concept',
        focused: { name: 'name', value: 'máy ảo' },
        locale: vi,
      });
      const without = await t.sim.autocomplete({
        command: 'concept',
        focused: { name: 'name', value: 'may ao' },
        locale: vi,
      });
      expect(withMarks.choices[0]).toEqual({ name: 'Máy ảo', value: 'virtual-machine' });
      expect(without.choices).toEqual(withMarks.choices);
      const english = await t.sim.autocomplete({
        command: 'concept',
        focused: { name: 'name', value: 'virtual' },
        locale: en,
      });
      expect(english.choices).toContainEqual({ name: 'Virtual machine', value: 'virtual-machine' });
      const empty = await t.sim.autocomplete({
        command: 'concept',
        focused: { name: 'name', value: '' },
        locale: en,
      });
      expect(empty.choices).toHaveLength(25);
      for (const c of empty.choices) expect(String(c.value).length).toBeLessThanOrEqual(100);
    });

    it('shows a concept in either language, from its id or from typed text', async () => {
      const viReply = await t.sim.slashCommand({ name: 'concept', options: { name: 'image' }, locale: vi });
      expect(embed(viReply).title).toBe('Docker image');
      expect(embed(viReply).footer?.text).toMatch(/^Nguồn: /);
      const enReply = await t.sim.slashCommand({ name: 'concept', options: { name: 'docker0' }, locale: en });
      expect(embed(enReply).title).toBe('docker0');
      expect(embed(enReply).footer?.text).toMatch(/^Source: /);
      const typed = await t.sim.slashCommand({ name: 'concept', options: { name: 'may ao' }, locale: vi });
      expect(embed(typed).title).toBe('Máy ảo');
    });
  });

  describe('/relation', () => {
    it('explains how two concepts connect and draws the path (vi)', async () => {
      const r = await t.sim.slashCommand({
        name: 'relation',
        options: { from: 'docker-cli', to: 'docker-daemon' },
        locale: vi,
      });
      expect(r.deferred).toBe(true);
      expect(embed(r).description).toContain('liên quan với nhau');
      expect(r.files[0]?.name).toBe('path-docker-cli-docker-daemon.png');
      checkPng(r.files[0]!.data);
    });

    it('in English, with autocomplete on both options', async () => {
      const from = await t.sim.autocomplete({
        command: 'relation',
        focused: { name: 'from', value: 'contai' },
        locale: en,
      });
      const to = await t.sim.autocomplete({
        command: 'relation',
        focused: { name: 'to', value: 'image' },
        options: { from: 'container' },
        locale: en,
      });
      expect(from.choices.map((c) => c.value)).toContain('container');
      expect(to.choices[0]?.value).toBe('image');
      const r = await t.sim.slashCommand({
        name: 'relation',
        options: { from: 'container', to: 'image' },
        locale: en,
      });
      expect(embed(r).description).toContain('connected');
      expect(embed(r).title).toBe('From Container to Docker image');
    });
  });

  describe('/diagram', () => {
    it('autocompletes figures and concepts', async () => {
      const r = await t.sim.autocomplete({
        command: 'diagram',
        focused: { name: 'topic', value: 'vong doi' },
        locale: vi,
      });
      expect(r.choices.map((c) => c.value)).toContain('view:lifecycle');
      const all = await t.sim.autocomplete({
        command: 'diagram',
        focused: { name: 'topic', value: '' },
        locale: en,
      });
      expect(all.choices.length).toBeGreaterThan(10);
      expect(all.choices.length).toBeLessThanOrEqual(25);
      const concept = await t.sim.autocomplete({
        command: 'diagram',
        focused: { name: 'topic', value: 'volume' },
        locale: en,
      });
      expect(concept.choices.map((c) => c.value)).toContain('concept:volume');
      // Named exactly: the concept first, before the figures whose titles mention it.
      const container = await t.sim.autocomplete({
        command: 'diagram',
        focused: { name: 'topic', value: 'container' },
        locale: en,
      });
      expect(container.choices[0]?.value).toBe('concept:container');
      expect(container.choices.map((c) => c.value)).toContain('view:cnm');
    });

    it('draws a figure (vi) and a concept two steps deep (en), deferred while drawing', async () => {
      const figure = await t.sim.slashCommand({
        name: 'diagram',
        options: { topic: 'view:engine-components' },
        locale: vi,
      });
      expect(figure.deferred).toBe(true);
      expect(embed(figure).title).toBe('Các thành phần của Docker Engine');
      expect(figure.files[0]?.name).toBe('view-engine-components.png');
      checkPng(figure.files[0]!.data);
      const around = await t.sim.slashCommand({
        name: 'diagram',
        options: { topic: 'concept:volume', depth: 2 },
        locale: en,
      });
      expect(around.files[0]?.name).toBe('concept-volume-2.png');
      expect(embed(around).footer?.text).toMatch(/^Source: /);
    });

    it('sends a drawing it already has at once, without deferring', async () => {
      const again = await t.sim.slashCommand({
        name: 'diagram',
        options: { topic: 'view:engine-components' },
        locale: vi,
      });
      expect(again.deferred).toBe(false);
      expect(again.files[0]?.name).toBe('view-engine-components.png');
      checkPng(again.files[0]!.data);
    });
  });

  describe('/lifecycle', () => {
    it('shows every state with the state diagram (vi)', async () => {
      const r = await t.sim.slashCommand({ name: 'lifecycle', locale: vi });
      expect(embed(r).description).toContain('7 trạng thái');
      expect(r.files[0]?.name).toBe('lifecycle.png');
    });

    it('names the states there are when given one the notes do not have, privately', async () => {
      const r = await t.sim.slashCommand({ name: 'lifecycle', options: { from: 'zzz-bogus' }, locale: en });
      expect(r.ephemeral).toBe(true);
      expect(r.content).toContain('That is not a state in the notes.');
      expect(r.content).toContain('**Running**');
      expect(r.content).not.toContain('zzz-bogus');
    });

    it('tells how to get from one state to another (en), states autocompleted', async () => {
      const states = await t.sim.autocomplete({
        command: 'lifecycle',
        focused: { name: 'from', value: '' },
        locale: en,
      });
      expect(states.choices.map((c) => c.value).sort()).toEqual([
        'created',
        'dead',
        'exited',
        'paused',
        'removing',
        'restarting',
        'running',
      ]);
      const r = await t.sim.slashCommand({
        name: 'lifecycle',
        options: { from: 'exited', to: 'running' },
        locale: en,
      });
      expect(embed(r).description).toContain('docker start');
      expect(embed(r).footer?.text).toMatch(/^Source: /);
    });
  });

  describe('/help', () => {
    it('lists the commands in the user’s language, privately', async () => {
      const viHelp = await t.sim.slashCommand({ name: 'help', locale: vi });
      expect(viHelp.ephemeral).toBe(true);
      expect(embed(viHelp).description).toContain('/hoi');
      const enHelp = await t.sim.slashCommand({ name: 'help', locale: en });
      expect(embed(enHelp).description).toContain('/ask');
    });
  });

  describe('walking the graph with buttons and the menu', () => {
    it('a button for a figure the graph does not have: the clicker is told privately, the message kept', async () => {
      const channel = await t.bot.client.channels.fetch(t.sim.channelId);
      if (!channel?.isSendable()) throw new Error('the study channel is not writable');
      const old = await channel.send({
        content: 'an answer from an older version',
        components: [
          {
            type: ComponentType.ActionRow,
            components: [
              {
                type: ComponentType.Button,
                style: ButtonStyle.Secondary,
                label: 'Diagram',
                customId: 'diagram:view:no-such-figure:en',
              },
            ],
          },
        ],
      });
      const clicked = await t.sim.clickButton({
        message: old.id,
        customId: 'diagram:view:no-such-figure:en',
      });
      expect(clicked.ephemeral).toBe(true);
      expect(clicked.content).toBe(ui('vi').outdated);
      expect(t.sim.getMessage(old.id)?.message.content).toBe('an answer from an older version');
    });

    it('Diagram adds the drawing in place; Related and the menu replace the answer in place', async () => {
      const first = await t.sim.slashCommand({ name: 'concept', options: { name: 'container' }, locale: vi });
      const messageId = first.message!.id;
      expect(first.files).toEqual([]);

      const drawn = await t.sim.clickButton({ message: first, customId: 'diagram:concept:container:vi' });
      expect(drawn.message?.id).toBe(messageId);
      expect(drawn.files.map((f) => f.name)).toEqual(['concept-container.png']);
      checkPng(drawn.files[0]!.data);
      expect(embed(drawn).title).toBe('Container');
      expect(embed(drawn).image?.url).toBe('attachment://concept-container.png');
      // The drawing is there now: no Diagram button, the rest stays.
      expect(customIds(drawn)).toEqual([
        'related:container:vi',
        'nearby:vi',
        'feedback:up:vi',
        'feedback:down:vi',
        'feedback:report:vi',
      ]);

      const related = await t.sim.clickButton({ message: drawn, customId: 'related:container:vi' });
      expect(related.message?.id).toBe(messageId);
      expect(embed(related).title).toBe('Container: các khái niệm liên quan');
      expect(related.files).toHaveLength(1);

      const walked = await t.sim.selectMenu({ message: related, customId: 'nearby:vi', values: ['image'] });
      expect(walked.message?.id).toBe(messageId);
      expect(embed(walked).title).toBe('Docker image');
      expect(walked.files).toEqual([]);
      expect(customIds(walked)).toEqual([
        'diagram:concept:image:vi',
        'related:image:vi',
        'nearby:vi',
        'feedback:up:vi',
        'feedback:down:vi',
        'feedback:report:vi',
      ]);
      expect(walked.allowedMentions).toEqual({ parse: [] });
    });

    it('keeps the message’s language whoever clicks', async () => {
      const first = await t.sim.slashCommand({ name: 'concept', options: { name: 'volume' }, locale: en });
      const walked = await t.sim.selectMenu({
        message: first,
        customId: 'nearby:en',
        values: ['container'],
        locale: vi,
      });
      expect(embed(walked).footer?.text).toMatch(/^Source: /);
    });
  });
});
