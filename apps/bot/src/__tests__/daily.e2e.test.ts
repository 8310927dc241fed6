import { type DiscordSimOptions, snowflake } from '@study-graph/discord-sim';
import { QuizMaker } from '@study-graph/quiz';
import type { LearnerStores } from '@study-graph/study';
import type { APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeAction } from '../components/custom-id.ts';
import { serverUi } from '../format/server-strings.ts';
import { ui } from '../format/strings.ts';
import { learnerPlaces } from '../testing/learner-stores.ts';
import { dockerStore, startTestBot, studyGroup, type TestBot } from '../testing/test-bot.ts';

const places = learnerPlaces('daily');

/** 09:00 in Bangkok (UTC+7) on a day of March 2025, plus minutes. */
const at = (day: number, minutes = 0) => new Date(Date.UTC(2025, 2, day, 2, minutes));

describe.each(places)('the question of the day, kept %s', (_, place) => {
  let open: () => LearnerStores;
  let t: TestBot;
  let maker: QuizMaker;
  // Ids of this run's own: suites on one database never see each other's servers and learners.
  const [guild, general, daily] = [snowflake(), snowflake(), snowflake()];
  const [ana, binh] = [snowflake(), snowflake()];
  const sim: DiscordSimOptions = {
    users: [
      { id: ana, username: 'hoc-vien', locale: 'vi' },
      { id: binh, username: 'learner', locale: 'en-US' },
    ],
    guilds: [
      studyGroup(
        [
          { id: general, name: 'general' },
          { id: daily, name: 'hoi-dap' },
        ],
        { id: guild },
      ),
    ],
  };
  const start = () => startTestBot({ sim, bot: { rateLimit: false, ...open() } });

  beforeAll(async () => {
    open = await place();
    t = await start();
    maker = await QuizMaker.build(await dockerStore());
  });

  afterAll(async () => {
    expect(t.sim.rejections).toEqual([]);
    await t?.stop();
  });

  /** The daily questions in the channel, oldest first (not the private answers to clicks). */
  const posted = () =>
    t.sim
      .channelMessages(daily)
      .filter((m) => m.interactionId === undefined)
      .map((m) => m.message);

  /** A daily question's buttons: their ids, and whether each choice is right. */
  const choices = (message: APIMessage) =>
    (message.components ?? []).flatMap((row) =>
      ('components' in row ? row.components : []).flatMap((c) => {
        const action = 'custom_id' in c ? decodeAction(c.custom_id) : null;
        if (!('custom_id' in c) || action?.kind !== 'daily') return [];
        const right = maker.check(action.daily.key, action.daily.choice, 'en')?.correct;
        return [{ customId: c.custom_id, right }];
      }),
    );

  /** The button of a right choice, or of a wrong one. */
  const choice = (message: APIMessage, right: boolean) =>
    choices(message).find((c) => c.right === right)!.customId;

  const answer = (message: APIMessage, user: string, right: boolean) =>
    t.sim.clickButton({ message: message.id, customId: choice(message, right), user });

  it('posts once a day in the server’s zone, from the hour set', async () => {
    const set = await t.sim.slashCommand({
      name: 'settings',
      subcommand: 'daily',
      user: ana,
      options: { channel: daily, hour: 9, 'time-zone': 'asia/bangkok' },
    });
    expect(set.embeds[0]?.description).toContain(`<#${daily}>`);
    expect(set.embeds[0]?.description).toContain('09:00 (Asia/Bangkok)');

    expect(await t.bot.postDueDailies(at(10, -1))).toEqual([]);
    expect(posted()).toEqual([]);
    expect(await t.bot.postDueDailies(at(10))).toEqual([guild]);
    expect(await t.bot.postDueDailies(at(10, 30))).toEqual([]);
    // 23:59 there: still the 10th.
    expect(await t.bot.postDueDailies(new Date(Date.UTC(2025, 2, 10, 16, 59)))).toEqual([]);
    const [question] = posted();
    expect(posted()).toHaveLength(1);
    // In the server's language, for everyone: four choices, nobody's in particular.
    expect(question?.embeds[0]?.title).toBe(`${serverUi('vi').dailyTitle} · 2025-03-10`);
    expect(question?.embeds[0]?.footer?.text).toBe(serverUi('vi').dailyFooter);
    expect(choices(question!).map((c) => c.right)).toEqual(
      expect.arrayContaining([true, false, false, false]),
    );
    expect(choices(question!)).toHaveLength(4);
  });

  it('answers each learner privately, once, and leaves the question open for the others', async () => {
    const [question] = posted();
    const right = await answer(question!, ana, true);
    expect(right.ephemeral).toBe(true);
    expect(right.embeds[0]?.description).toContain(ui('vi').quizRight);
    expect(right.embeds[0]?.description).toContain(serverUi('vi').dailyStreak(1, 1));
    const wrong = await answer(question!, binh, false);
    expect(wrong.ephemeral).toBe(true);
    expect(wrong.embeds[0]?.description).toContain(ui('en').quizWrong('').split('**')[0]!);
    expect(wrong.embeds[0]?.description).toContain(serverUi('en').dailyStreak(0, 0));
    const again = await answer(question!, ana, false);
    expect(again.ephemeral).toBe(true);
    expect(again.content).toBe(serverUi('vi').dailyAlready);
    const kept = t.sim.getMessage(question!.id)!.message;
    expect(kept.components).toEqual(question!.components);
    expect(kept.embeds).toEqual(question!.embeds);
  });

  it('grows a streak on days in a row, closes yesterday’s question, and starts again after a missed day', async () => {
    expect(await t.bot.postDueDailies(at(11, 5))).toEqual([guild]);
    const [first, second] = posted();
    const late = await answer(first!, binh, true);
    expect(late.content).toBe(serverUi('en').dailyOver);
    const two = await answer(second!, ana, true);
    expect(two.embeds[0]?.description).toContain(serverUi('vi').dailyStreak(2, 2));

    // The 12th is posted and missed; the 13th starts again.
    expect(await t.bot.postDueDailies(at(12))).toEqual([guild]);
    expect(await t.bot.postDueDailies(at(13))).toEqual([guild]);
    const one = await answer(posted()[3]!, ana, true);
    expect(one.embeds[0]?.description).toContain(serverUi('vi').dailyStreak(1, 2));
  });

  it('counts daily answers in progress and on the board like quiz answers', async () => {
    const progress = await t.sim.slashCommand({ name: 'progress', locale: 'vi', user: ana });
    expect(progress.embeds[0]?.description).toContain(ui('vi').progressTotal(3, 3));
    const board = await t.sim.slashCommand({ name: 'leaderboard', locale: 'en-US', user: binh });
    expect(board.embeds[0]?.description).toContain(ui('en').boardLine(1, `<@${ana}>`, 3, 3));
    expect(board.embeds[0]?.description).toContain(ui('en').boardLine(2, `<@${binh}>`, 0, 1));
  });

  it('keeps settings and streaks across a restart, and posts no day twice', async () => {
    expect(t.sim.rejections).toEqual([]);
    await t.stop();
    t = await start();
    const shown = await t.sim.slashCommand({
      name: 'settings',
      subcommand: 'show',
      user: ana,
      locale: 'en-US',
    });
    expect(shown.embeds[0]?.description).toContain(`in <#${daily}>, from 09:00 (Asia/Bangkok)`);
    const streak = await t.sim.slashCommand({ name: 'streak', user: ana });
    expect(streak.ephemeral).toBe(true);
    expect(streak.embeds[0]?.description).toContain('Dài nhất: **2** ngày.');
    expect(streak.embeds[0]?.description).toContain('Bạn đã trả lời câu hỏi hôm nay.');
    expect(await t.bot.postDueDailies(at(13, 45))).toEqual([]);
    expect(posted()).toEqual([]);
    expect(await t.bot.postDueDailies(at(14))).toEqual([guild]);
    const other = await t.sim.slashCommand({ name: 'streak', user: binh });
    expect(other.embeds[0]?.description).toContain('You have not answered today’s question yet.');
  });

  it('forgets a learner’s streaks with the rest of what is kept about them', async () => {
    await t.sim.slashCommand({ name: 'forget-me', user: ana });
    const streak = await t.sim.slashCommand({ name: 'streak', user: ana, locale: 'en-US' });
    expect(streak.embeds[0]?.description).toBe(serverUi('en').streakBody(0, 0, false));
  });
});
