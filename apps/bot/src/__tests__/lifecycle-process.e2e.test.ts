import { DiscordSim, ManualClock } from '@study-graph/discord-sim';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands } from '../deploy-commands.ts';
import { type BotProcess, realisticToken, spawnBot } from '../testing/process.ts';
import { ControlledStore } from '../testing/stores.ts';
import { dockerStore, startTestBot } from '../testing/test-bot.ts';

describe('shutdown, in process', () => {
  it('finishes the answer in flight, refuses new work politely, closes the gateway and the store', async () => {
    const controlled = new ControlledStore(await dockerStore());
    const t = await startTestBot({ store: controlled.store, bot: { rateLimit: false } });
    try {
      const held = controlled.hold();
      const inFlight = t.sim.slashCommand({
        name: 'ask',
        options: { question: 'container là gì?' },
        locale: 'vi',
      });
      await held;
      const stopped = t.bot.stop();
      const late = await t.sim.slashCommand({
        name: 'ask',
        options: { question: 'image là gì?' },
        locale: 'en-US',
      });
      expect(late.content).toBe('The bot is restarting, please try again in a moment.');
      controlled.release();
      expect((await inFlight).embeds[0]?.title).toBe('Container');
      await stopped;
      expect(t.sim.connected).toBe(false);
      expect(controlled.closed).toBe(true);
      await t.bot.stop(); // twice is fine
    } finally {
      controlled.release();
      await t.sim.stop();
    }
  });
});

describe('the bot process (pnpm start with DISCORD_TOKEN)', () => {
  const applicationId = '1310000000000000001';
  const token = realisticToken(applicationId);
  let sim: DiscordSim;
  let proc: BotProcess | undefined;

  beforeAll(async () => {
    sim = await DiscordSim.start({
      clock: new ManualClock(),
      token,
      bot: { id: applicationId },
      users: [{ username: 'hoc-vien', locale: 'vi' }],
    });
  });

  afterEach(async () => {
    if (proc && proc.child.exitCode === null) {
      proc.child.kill('SIGKILL');
      await proc.exited;
    }
    proc = undefined;
  });

  afterAll(async () => {
    await sim?.stop();
  });

  it('deploy-commands registers the commands in one guild, or globally', async () => {
    const options = { token, applicationId, apiUrl: sim.apiBase };
    const names = [
      'ask',
      'concept',
      'relation',
      'diagram',
      'lifecycle',
      'quiz',
      'review',
      'progress',
      'leaderboard',
      'streak',
      'suggest',
      'pending',
      'forget-me',
      'settings',
      'help',
    ];
    expect(await deployCommands({ ...options, guildId: sim.guildId })).toHaveLength(names.length);
    expect(await deployCommands(options)).toEqual(names);
    expect(sim.commands).toHaveLength(2 * names.length);
    expect(sim.rejections).toEqual([]);
  });

  it('runs against Discord, answers, and on SIGTERM finishes in-flight work and exits 0', async () => {
    proc = spawnBot({
      DISCORD_TOKEN: token,
      DISCORD_APPLICATION_ID: applicationId,
      DISCORD_API_URL: sim.apiBase,
      LOG_LEVEL: 'info',
    });
    await sim.waitForReady(30_000);
    const r = await sim.slashCommand({ name: 'ask', options: { question: 'container là gì?' } });
    expect(r.embeds[0]?.title).toBe('Container');

    // A diagram is deferred first: once acknowledged it is in flight, then the signal comes.
    const drawing = sim.slashCommand({
      name: 'diagram',
      options: { topic: 'view:lifecycle' },
      locale: 'en-US',
    });
    await sim.waitForRequest(
      (q) => q.route === 'POST /interactions/:id/:token/callback' && (q.body as { type?: number }).type === 5,
      10_000,
    );
    proc.child.kill('SIGTERM');
    const answer = await drawing;
    expect(answer.files[0]?.name).toBe('lifecycle.png');
    expect(await proc.exited).toBe(0);
    expect(sim.connected).toBe(false);

    const logs = proc
      .stderr()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['ready', 'interaction', 'shutting down']));
    expect(proc.stderr()).not.toContain(token);
    expect(proc.stdout()).toBe('');
  });

  it('refuses to start on a bad configuration, naming every problem once and no value', async () => {
    proc = spawnBot({
      DISCORD_TOKEN: 'not-a-token',
      STUDY_CHANNEL_IDS: '123,general',
      NEO4J_URI: 'http://localhost:7474',
      LOG_LEVEL: 'loud',
    });
    expect(await proc.exited).toBe(2);
    const message = proc.stderr();
    for (const name of [
      'DISCORD_TOKEN',
      'DISCORD_APPLICATION_ID',
      'STUDY_CHANNEL_IDS',
      'NEO4J_URI',
      'LOG_LEVEL',
    ]) {
      expect(message).toContain(name);
    }
    expect(message).not.toContain('not-a-token');
    expect(message).not.toContain('general');
  });
});
