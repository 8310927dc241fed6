import { ChannelType, DiscordAPIError, GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from './clock.ts';
import { DiscordSim, SimRejectionError, SimTimeoutError } from './harness.ts';
import { makePng } from './testing/png.ts';
import { type ReferenceBot, startReferenceBot } from './testing/reference-bot.ts';

describe('a real discord.js client against the sim', () => {
  let sim: DiscordSim;
  let bot: ReferenceBot;
  // Discord's 3 s deadline passes only when a test moves this clock on, however busy the machine is.
  const clock = new ManualClock();

  beforeAll(async () => {
    sim = await DiscordSim.start({
      clock,
      commandWaitMs: 200,
      users: [
        { username: 'learner', locale: 'vi' },
        { username: 'mentor', locale: 'en-US' },
      ],
      guilds: [{ name: 'Docker học', locale: 'vi', channels: [{ name: 'general' }, { name: 'hoi-dap' }] }],
    });
    bot = await startReferenceBot({
      apiBase: sim.apiBase,
      token: sim.token,
      intents: [GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
      beforeLateReply: () => clock.advance(3_001),
    });
    await sim.waitForReady();
    await sim.waitForCommands(['ask', 'menu']);
  });

  afterAll(async () => {
    await bot?.stop();
    await sim?.stop();
  });

  it('logs in: READY, guild and channel cache, intents recorded', async () => {
    const { client } = bot;
    expect(client.user?.id).toBe(sim.bot.id);
    expect(client.application?.id).toBe(sim.applicationId);
    const guild = client.guilds.cache.get(sim.guildId);
    expect(guild?.name).toBe('Docker học');
    expect(guild?.available).toBe(true);
    expect(guild?.members.me?.id).toBe(sim.bot.id);
    const channel = client.channels.cache.get(sim.channelId);
    expect(channel?.type).toBe(ChannelType.GuildText);
    expect(sim.intents).toBe(
      GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.MessageContent,
    );
    expect(sim.commands.map((c) => c.name)).toContain('ask');
    expect(sim.commands.find((c) => c.name === 'ask')?.name_localizations).toEqual({ vi: 'hoi' });
  });

  it('slash command → reply with an embed, locale and allowed_mentions', async () => {
    const reply = await sim.slashCommand({ name: 'ask', options: { question: 'container là gì?' } });
    expect(reply.callbackType).toBe(4);
    expect(reply.deferred).toBe(false);
    expect(reply.embeds[0]?.title).toBe('Container (vùng chứa)');
    expect(reply.embeds[0]?.description).toBe('Q: container là gì?');
    expect(reply.embeds[0]?.fields?.[0]?.value).toBe('vi/vi');
    expect(reply.allowedMentions).toEqual({ parse: [] });
    expect(reply.message?.author.id).toBe(sim.bot.id);
    expect(reply.message?.interaction_metadata?.id).toBe(reply.interactionId);
    expect(reply.latencyMs).toBeGreaterThan(0);
    const en = await sim.slashCommand({
      name: 'ask',
      options: { question: 'what is a container?' },
      locale: 'en-US',
    });
    expect(en.embeds[0]?.title).toBe('Container');
  });

  it('integer options are typed from the registered command', async () => {
    const reply = await sim.slashCommand({ name: 'count', options: { n: 3 } });
    expect(reply.content).toBe('number:3');
    await expect(sim.slashCommand({ name: 'count', options: { n: 1.5 } })).rejects.toThrow(/integer/);
    await expect(sim.slashCommand({ name: 'count', options: {} })).rejects.toThrow(/required/);
    await expect(sim.slashCommand({ name: 'nope' })).rejects.toThrow(/not registered/);
  });

  it('interaction.channel and guild are resolved from the cache', async () => {
    const reply = await sim.slashCommand({ name: 'whereami', channelId: sim.channelIds[1] });
    expect(reply.content).toBe('#hoi-dap in Docker học');
  });

  it('deferred reply then editReply resolves with the final content', async () => {
    const reply = await sim.slashCommand({ name: 'slow' });
    expect(reply.deferred).toBe(true);
    expect(reply.callbackType).toBe(5);
    expect(reply.content).toBe('done after defer');
    expect(reply.latencyMs).toBeGreaterThanOrEqual(reply.ackLatencyMs);
    expect((reply.message?.flags ?? 0) & 128).toBe(0); // no longer "thinking"
  });

  it('reply with a PNG attachment (multipart) returns the file bytes', async () => {
    const reply = await sim.slashCommand({ name: 'diagram' });
    expect(reply.content).toBe('diagram');
    expect(reply.files).toHaveLength(1);
    const file = reply.files[0];
    expect(file?.name).toBe('graph.png');
    expect(file?.contentType).toBe('image/png');
    expect(file?.data.equals(makePng(64, 48))).toBe(true);
    const attachment = reply.message?.attachments[0];
    expect(attachment).toMatchObject({
      filename: 'graph.png',
      content_type: 'image/png',
      width: 64,
      height: 48,
      size: file?.size,
    });
    const served = await fetch(attachment?.url ?? '');
    expect(Buffer.from(await served.arrayBuffer()).equals(file?.data ?? Buffer.alloc(0))).toBe(true);
    const recorded = sim.recorded.find((r) => r.interactionId === reply.interactionId && r.files.length > 0);
    expect(recorded?.files[0]).toMatchObject({
      field: 'files[0]',
      name: 'graph.png',
      contentType: 'image/png',
    });
  });

  it('autocomplete: 25 choices accepted, 26 rejected with 50035', async () => {
    const ok = await sim.autocomplete({ command: 'concept', focused: { name: 'name', value: 'cont' } });
    expect(ok.choices).toHaveLength(25);
    expect(ok.choices[0]).toEqual({ name: 'cont 0', value: 'cont-0' });
    const err = await sim
      .autocomplete({ command: 'concept', focused: { name: 'name', value: 'many' }, failOnRejection: true })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SimRejectionError);
    expect((err as SimRejectionError).code).toBe(50035);
    expect((err as SimRejectionError).request.reason).toContain('data.choices[BASE_TYPE_MAX_LENGTH]');
  });

  it('content of 2,001 characters is rejected with 50035 (and the bot sees DiscordAPIError)', async () => {
    const before = bot.errors.length;
    const err = await sim.slashCommand({ name: 'long', failOnRejection: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SimRejectionError);
    const rejection = (err as SimRejectionError).request;
    expect(rejection.status).toBe(400);
    expect(rejection.error).toMatchObject({
      code: 50035,
      message: 'Invalid Form Body',
      errors: {
        data: {
          content: {
            _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2000 or fewer in length.' }],
          },
        },
      },
    });
    await expect.poll(() => bot.errors.length).toBeGreaterThan(before);
    const botError = bot.errors.at(-1);
    expect(botError).toBeInstanceOf(DiscordAPIError);
    expect((botError as DiscordAPIError).code).toBe(50035);
  });

  it('a second acknowledgement is rejected with 40060', async () => {
    const reply = await sim.slashCommand({ name: 'twice' });
    expect(reply.content).toBe('first');
    const second = await sim.waitForRequest((r) => r.interactionId === reply.interactionId && r.rejected);
    expect(second.status).toBe(400);
    expect(second.error).toEqual({ code: 40060, message: 'Interaction has already been acknowledged.' });
  });

  it('an initial response after the deadline is rejected with 10062 and the harness times out', async () => {
    const err = await sim.slashCommand({ name: 'late' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SimTimeoutError);
    expect(String(err)).toMatch(/did not acknowledge/);
    const late = await sim.waitForRequest(
      (r) => r.route === 'POST /interactions/:id/:token/callback' && r.error?.code === 10062,
    );
    expect(late.status).toBe(404);
    expect(late.error?.message).toBe('Unknown interaction');
  });

  it('button click and select menu update the message in place', async () => {
    const menu = await sim.slashCommand({ name: 'menu' });
    expect(menu.components).toHaveLength(2);
    const picked = await sim.selectMenu({ message: menu, customId: 'pick', values: ['volume'] });
    expect(picked.callbackType).toBe(7);
    expect(picked.message?.id).toBe(menu.message?.id);
    expect(picked.content).toBe('chose volume');
    expect(picked.components).toHaveLength(2); // components not sent → kept
    const clicked = await sim.clickButton({ message: picked, customId: 'more', locale: 'en-US' });
    expect(clicked.message?.id).toBe(menu.message?.id);
    expect(clicked.content).toBe('clicked more (en-US)');
    expect(clicked.components).toEqual([]);
    expect(sim.getMessage(menu.message?.id ?? '')?.message.content).toBe('clicked more (en-US)');
    expect(() => sim.clickButton({ message: clicked, customId: 'more' })).toThrow(/no component/);
  });

  it('a message mentioning the bot gets a message.reply', async () => {
    const reply = await sim.sendMessage({
      content: 'container là gì?',
      mentionBot: true,
      user: sim.users[1],
    });
    expect(reply?.content).toBe('pong: container là gì?');
    expect(reply?.message.message_reference?.channel_id).toBe(sim.channelId);
    expect(reply?.message.type).toBe(19);
    expect(reply?.allowedMentions).toEqual({ parse: [] });
    expect(reply?.message.mentions).toEqual([]); // replied user not pinged: allowed_mentions parse []
    const none = await sim.sendMessage({ content: 'no mention here', timeoutMs: 200 });
    expect(none).toBeNull();
  });

  it('follow-ups, ephemeral defers and with_response', async () => {
    const reply = await sim.slashCommand({ name: 'followup' });
    expect(reply.content).toBe('first');
    const followUpRequest = await sim.waitForRequest(
      (r) => r.interactionId === reply.interactionId && r.route === 'POST /webhooks/:app/:token',
    );
    expect(followUpRequest.query).toMatchObject({ wait: 'true' });
    const record = sim.interactions.find((i) => i.id === reply.interactionId);
    const followUps = record?.followUpIds.map((id) => sim.getMessage(id)?.message);
    expect(followUps?.map((m) => [m?.content, m?.flags])).toEqual([['second', 64]]);
    const secret = await sim.slashCommand({ name: 'secret' });
    expect(secret).toMatchObject({ deferred: true, ephemeral: true, content: 'hidden' });
    const withResponse = await sim.slashCommand({ name: 'withresp' });
    await expect.poll(() => bot.seen.at(-1)).toBe(withResponse.message?.id);
  });

  it('unsupported routes are recorded', async () => {
    await sim.slashCommand({ name: 'unsupported' });
    expect(sim.unknownRoutes.map((r) => r.path)).toContain('/sim/does-not-exist');
    expect(sim.unknownRoutes[0]?.error).toEqual({ code: 0, message: '404: Not Found' });
  });

  it('dropConnection → the client resumes, missed events are replayed, the next command is answered', async () => {
    const resumed = sim.waitForResume();
    sim.dropConnection();
    // Dispatched while the bot is disconnected: buffered, replayed on RESUME (the deadline is short here, so
    // only check it arrives, then check a fresh command after the resume).
    const replayedReply = sim.slashCommand({ name: 'ping' }).catch((e: unknown) => e);
    expect(await resumed).toBeGreaterThanOrEqual(1);
    await replayedReply;
    expect(sim.identifies).toHaveLength(1); // resumed, not re-identified
    const reply = await sim.slashCommand({ name: 'ping' });
    expect(reply.content).toBe('ok');
  });
});

describe('intents', () => {
  it('without MessageContent the bot only sees content that mentions it', async () => {
    const sim = await DiscordSim.start({ strictCommands: false });
    const bot = await startReferenceBot({
      apiBase: sim.apiBase,
      token: sim.token,
      intents: [GatewayIntentBits.GuildMessages],
      register: false,
    });
    try {
      await sim.waitForReady();
      const seen: string[] = [];
      bot.client.on('messageCreate', (m) => {
        if (!m.author.bot) seen.push(m.content);
      });
      const reply = await sim.sendMessage({ content: 'hi', mentionBot: true });
      expect(reply?.content).toBe('pong: hi');
      await sim.sendMessage({ content: 'secret', timeoutMs: 100 });
      await expect.poll(() => seen).toEqual([`<@${sim.bot.id}> hi`, '']);
    } finally {
      await bot.stop();
      await sim.stop();
    }
  });

  it('disallowed privileged intents close the connection with 4014', async () => {
    const sim = await DiscordSim.start({ privilegedIntents: { messageContent: false } });
    const closed = new Promise<number>((resolve) => {
      sim.onEvent((e) => {
        if (e.kind === 'disconnect') resolve(e.code);
      });
    });
    const bot = startReferenceBot({
      apiBase: sim.apiBase,
      token: sim.token,
      intents: [GatewayIntentBits.MessageContent],
      register: false,
    }).catch((e: unknown) => e);
    try {
      expect(await closed).toBe(4014);
      expect(String(await bot)).toMatch(/disallowed intents/i);
    } finally {
      await sim.stop();
    }
  });
});

describe('interaction token lifetime', () => {
  it('edits after the token expired are rejected with 50027', async () => {
    const clock = new ManualClock();
    const sim = await DiscordSim.start({ clock });
    const bot = await startReferenceBot({ apiBase: sim.apiBase, token: sim.token });
    try {
      await sim.waitForReady();
      await sim.waitForCommands(['ping']);
      const reply = await sim.slashCommand({ name: 'ping' });
      const token = sim.interactions.find((i) => i.id === reply.interactionId)?.token;
      const url = `${sim.apiBase}/v10/webhooks/${sim.applicationId}/${token}/messages/%40original`;
      const edit = () =>
        fetch(url, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ content: 'edited' }),
        });
      expect((await edit()).status).toBe(200);
      expect(sim.getMessage(reply.message?.id ?? '')?.message.content).toBe('edited');
      clock.advance(15 * 60_000 + 1);
      const late = await edit();
      expect(late.status).toBe(401);
      expect(await late.json()).toEqual({ code: 50027, message: 'Invalid Webhook Token' });
    } finally {
      await bot.stop();
      await sim.stop();
    }
  });
});

describe('shutdown', () => {
  it('stop() closes the port and leaves no sockets', async () => {
    const sim = await DiscordSim.start();
    const bot = await startReferenceBot({ apiBase: sim.apiBase, token: sim.token, register: false });
    await sim.waitForReady();
    await bot.stop();
    await sim.stop();
    expect(sim.connected).toBe(false);
    await expect(fetch(`${sim.apiBase}/v10/gateway`)).rejects.toThrow();
    await sim.stop(); // idempotent
  });

  it('a command with no gateway session rejects once, and nothing rejects later unhandled', async () => {
    const clock = new ManualClock();
    const sim = await DiscordSim.start({ clock, commandWaitMs: 200 });
    const bot = await startReferenceBot({ apiBase: sim.apiBase, token: sim.token });
    await sim.waitForCommands(['ask']);
    // The session is discarded; the client has not identified again yet.
    sim.invalidateSession(false);
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      await expect(sim.slashCommand({ name: 'ask', options: { question: 'x' } })).rejects.toThrow(
        /no gateway session/,
      );
      clock.advance(3_001);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
      await bot.stop();
      await sim.stop();
    }
  });
});
