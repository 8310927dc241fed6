import type { BotReply } from '@study-graph/discord-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotOptions } from '../bot.ts';
import { ControlledStore } from '../testing/stores.ts';
import { dockerStore, startTestBot, type TestBot } from '../testing/test-bot.ts';

const vi = 'vi' as const;
const en = 'en-US' as const;

/** Everything visible in a reply, to look for what must never be there. */
function visible(r: BotReply): string {
  return JSON.stringify([r.content, r.embeds, r.components]);
}

/** A bot on a store that can be held or made to fail, started before and stopped after the suite. */
function controlledBot(bot: Partial<BotOptions>): { t: TestBot; controlled: ControlledStore } {
  const suite = {} as { t: TestBot; controlled: ControlledStore };
  beforeAll(async () => {
    suite.controlled = new ControlledStore(await dockerStore());
    suite.t = await startTestBot({ store: suite.controlled.store, bot: { rateLimit: false, ...bot } });
  });
  afterAll(async () => {
    suite.controlled?.release();
    await suite.t?.stop();
  });
  return suite;
}

/** The bot's acknowledgement that it will answer later ("thinking…", callback type 5). */
const deferral = (t: TestBot) =>
  t.sim.waitForRequest(
    (r) => r.route === 'POST /interactions/:id/:token/callback' && (r.body as { type?: number }).type === 5,
  );

describe('bad input', () => {
  let t: TestBot;
  let before: unknown;

  beforeAll(async () => {
    const store = await dockerStore();
    before = await store.stats();
    t = await startTestBot({ store, bot: { rateLimit: false } });
  });

  afterAll(async () => {
    expect(t.sim.rejections).toEqual([]);
    await t?.stop();
  });

  const ask = (question: string, locale: 'vi' | 'en-US' = vi) =>
    t.sim.slashCommand({ name: 'ask', options: { question }, locale, failOnRejection: true });

  it('empty and blank questions get a friendly hint', async () => {
    for (const question of ['', '   ', '\u200b\u200c\u0007\ufeff']) {
      const r = await ask(question);
      expect(r.embeds[0]?.description).toContain('container là gì?');
    }
  });

  it('10,000 characters: a clear "too long" answer, within Discord’s limits', async () => {
    const r = await ask('container là gì '.repeat(700).slice(0, 10_000));
    const embed = r.embeds[0]!;
    expect(embed.description!.length).toBeLessThanOrEqual(4096);
    expect(embed.description).toMatch(/10[.,]?000|dài|long/i);
    expect(embed.title).toBe('Câu hỏi chưa đọc được');
    expect(JSON.stringify(embed).length).toBeLessThan(6000);
  });

  it('@everyone and user mentions: answered, nobody pinged, nothing echoed', async () => {
    const r = await ask(`@everyone @here <@${t.sim.user.id}> container là gì?`);
    expect(r.embeds[0]?.title).toBe('Container');
    expect(r.allowedMentions).toEqual({ parse: [] });
    expect(r.message?.mention_everyone).toBe(false);
    expect(r.message?.mentions).toEqual([]);
    expect(visible(r)).not.toMatch(/@everyone|@here|<@/);
  });

  it('Cypher and markdown injection: answered as text, the graph unchanged, nothing echoed', async () => {
    const cypher = await ask("'; MATCH (n) DETACH DELETE n //", en);
    expect(cypher.embeds[0]?.title).toBe('Not in the notes');
    // Words the notes lack are named one by one; the query itself is never repeated.
    expect(visible(cypher)).not.toContain('DETACH DELETE');
    expect(visible(cypher)).not.toContain('MATCH (n)');
    const markdown = await ask('**x** [click](https://evil.example) `rm -rf` ||spoiler|| container là gì?');
    expect(visible(markdown)).not.toMatch(/evil\.example|rm -rf|\|\|/);
    expect(await t.bot.knowledge.store.stats()).toEqual(before);
  });

  it('emoji only, right-to-left text and control characters', async () => {
    for (const question of ['🐳🚢🐋', 'ما هو الحاوية؟ \u202eniatnoc', 'con\u0000tainer\u0007 là gì?']) {
      const r = await ask(question);
      expect(r.embeds.length + r.content.length).toBeGreaterThan(0);
      expect(r.allowedMentions).toEqual({ parse: [] });
    }
  });

  it('an option that names nothing in the graph gets qa’s answer, not an error', async () => {
    const r = await t.sim.slashCommand({
      name: 'relation',
      options: { from: 'zzzz', to: 'image' },
      locale: en,
    });
    expect(r.embeds[0]?.title).toBe('Not in the notes');
    const d = await t.sim.slashCommand({ name: 'diagram', options: { topic: '@everyone' }, locale: en });
    expect(visible(d)).not.toContain('@everyone');
  });
});

describe('rate limiting', () => {
  let t: TestBot;

  beforeAll(async () => {
    t = await startTestBot({ bot: { rateLimit: { max: 3, windowMs: 60_000 } } });
  });

  afterAll(async () => {
    await t?.stop();
  });

  it('refuses a fourth request in the window, politely and privately; others are still served', async () => {
    const [learner, other] = t.sim.users;
    for (let i = 0; i < 3; i++) {
      const r = await t.sim.slashCommand({
        name: 'ask',
        options: { question: 'image là gì?' },
        user: learner,
        locale: vi,
      });
      expect(r.embeds[0]?.title).toBe('Docker image');
    }
    const refused = await t.sim.slashCommand({
      name: 'ask',
      options: { question: 'image là gì?' },
      user: learner,
      locale: vi,
    });
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toMatch(/Bạn hỏi hơi nhanh đó 🙂 Chờ khoảng \d+ giây/);
    expect(refused.embeds).toEqual([]);
    const clicked = await t.sim.slashCommand({ name: 'help', user: learner, locale: en });
    expect(clicked.content).toMatch(/asking a little fast/);
    const served = await t.sim.slashCommand({
      name: 'ask',
      options: { question: 'image là gì?' },
      user: other,
      locale: en,
    });
    expect(served.embeds[0]?.title).toBe('Docker image');
    expect(t.logs.records.filter((r) => r.outcome === 'rate-limited')).toHaveLength(2);
  });
});

describe("Discord's own failures", () => {
  let t: TestBot;

  beforeAll(async () => {
    t = await startTestBot({ bot: { rateLimit: false } });
  });

  afterAll(async () => {
    await t?.stop();
  });

  it('rate limits (global and per route) and server errors are retried: nothing is lost', async () => {
    const callback = 'POST /interactions/:id/:token/callback';
    const failures = () =>
      t.sim.recorded.filter((r) => r.route === callback && r.status >= 400).map((r) => r.status);
    const ask = async (question: string, locale: typeof vi | typeof en) =>
      (await t.sim.slashCommand({ name: 'ask', options: { question }, locale })).embeds[0]?.title;
    t.sim.injectFault({ route: callback, status: 429, retryAfterMs: 50, global: true });
    t.sim.injectFault({ route: callback, status: 502 });
    expect(await ask('container là gì?', vi)).toBe('Container');
    expect(failures()).toEqual([429, 502]);
    t.sim.injectFault({ route: callback, status: 429, retryAfterMs: 50 });
    t.sim.injectFault({ route: callback, status: 503 });
    expect(await ask('image là gì?', en)).toBe('Docker image');
    expect(failures()).toEqual([429, 502, 429, 503]);
    expect(t.logs.records.filter((r) => r.msg === 'interaction failed')).toEqual([]);
  });
});

describe('more questions than the bot works on at once', () => {
  // The timer would defer only after a minute: what acknowledges here is the queue.
  const suite = controlledBot({
    queue: { concurrency: 1, maxWaiting: 1 },
    timing: { deferAfterMs: 60_000, answerWithinMs: 30_000 },
  });

  it('acknowledges at once what has to wait, answers it in turn, and says "busy" past the bound', async () => {
    const { t, controlled } = suite;
    const held = controlled.hold();
    const running = t.sim.slashCommand({
      name: 'ask',
      options: { question: 'container là gì?' },
      locale: vi,
    });
    await held;
    const waiting = t.sim.slashCommand({ name: 'ask', options: { question: 'image là gì?' }, locale: en });
    const ack = await deferral(t);
    expect(ack.rejected).toBe(false);
    const refused = await t.sim.slashCommand({
      name: 'ask',
      options: { question: 'what is runc' },
      locale: en,
    });
    expect(refused.content).toBe('Lots of questions at once right now: please ask again in a few seconds.');
    expect(refused.ephemeral).toBe(true);
    controlled.release();
    const [first, second] = await Promise.all([running, waiting]);
    expect(first.embeds[0]?.title).toBe('Container');
    expect(second).toMatchObject({ deferred: true });
    expect(second.embeds[0]?.title).toBe('Docker image');
  });
});

describe('slow graph, failing handler, dropped gateway', () => {
  const suite = controlledBot({ timing: { deferAfterMs: 50, answerWithinMs: 30_000 } });

  it('acknowledges first (defers) when the answer takes long, then edits the answer in', async () => {
    const held = suite.controlled.hold();
    const pending = suite.t.sim.slashCommand({
      name: 'ask',
      options: { question: 'container là gì?' },
      locale: vi,
    });
    await held;
    const ack = await deferral(suite.t);
    expect(ack.rejected).toBe(false);
    suite.controlled.release();
    const r = await pending;
    expect(r.deferred).toBe(true);
    expect(r.embeds[0]?.title).toBe('Container');
    expect(r.allowedMentions).toEqual({ parse: [] });
  });

  it('an error in a handler becomes an apology; the next question is answered as usual', async () => {
    suite.controlled.failWith = new TypeError('a bug');
    const failed = await suite.t.sim.slashCommand({
      name: 'ask',
      options: { question: 'image là gì?' },
      locale: en,
    });
    expect(failed.content).toBe('Sorry, something went wrong while answering that. Please try again.');
    expect(failed.ephemeral).toBe(true);
    const first = await suite.t.sim.slashCommand({
      name: 'concept',
      options: { name: 'volume' },
      locale: en,
    });
    expect(first.content).toContain('Sorry');
    suite.controlled.failWith = undefined;
    const ok = await suite.t.sim.slashCommand({
      name: 'ask',
      options: { question: 'image là gì?' },
      locale: en,
    });
    expect(ok.embeds[0]?.title).toBe('Docker image');
    expect(suite.t.logs.records.some((r) => r.msg === 'handler failed')).toBe(true);
  });

  it('a failed click tells the clicker and leaves the message as it was', async () => {
    const first = await suite.t.sim.slashCommand({
      name: 'concept',
      options: { name: 'volume' },
      locale: vi,
    });
    suite.controlled.failWith = new TypeError('a bug');
    const clicked = await suite.t.sim.selectMenu({
      message: first,
      customId: 'nearby:vi',
      values: ['container'],
    });
    suite.controlled.failWith = undefined;
    expect(clicked.content).toContain('Xin lỗi');
    expect(suite.t.sim.getMessage(first.message!.id)?.message.embeds[0]?.title).toBe('Docker volume');
  });

  it('resumes after the gateway connection drops and keeps answering', async () => {
    const resumed = suite.t.sim.waitForResume();
    suite.t.sim.dropConnection();
    await resumed;
    const r = await suite.t.sim.slashCommand({
      name: 'ask',
      options: { question: 'image là gì?' },
      locale: vi,
    });
    expect(r.embeds[0]?.title).toBe('Docker image');
    // Also after an abnormal close code.
    const again = suite.t.sim.waitForResume();
    suite.t.sim.dropConnection({ code: 4000 });
    await again;
    const r2 = await suite.t.sim.slashCommand({ name: 'lifecycle', locale: en });
    expect(r2.files).toHaveLength(1);
  });

  it('logs one JSON line per interaction with its latency, and no secret', () => {
    const lines = suite.t.logs.records.filter((r) => r.msg === 'interaction');
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) {
      expect(typeof line.latencyMs).toBe('number');
      expect(line.outcome).toBeDefined();
    }
    expect(suite.t.logs.text).not.toContain(suite.t.sim.token);
    for (const ix of suite.t.sim.interactions) expect(suite.t.logs.text).not.toContain(ix.token);
    // Questions are not logged either (people write names and more in them).
    expect(suite.t.logs.text).not.toContain('là gì');
  });
});
