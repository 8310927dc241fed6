import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BotReply } from '@study-graph/discord-sim';
import { checkPng } from '@study-graph/discord-sim/png';
import { QuizMaker } from '@study-graph/quiz';
import { FileStudyStore } from '@study-graph/study';
import { ButtonStyle, ComponentType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeAction } from '../components/custom-id.ts';
import { DEFAULT_TIMING } from '../context.ts';
import { ui } from '../format/strings.ts';
import { learnerPlaces } from '../testing/learner-stores.ts';
import { dockerStore, startTestBot, type TestBot } from '../testing/test-bot.ts';

interface Button {
  customId: string;
  label: string;
  style: number;
  disabled: boolean;
}

function buttons(r: BotReply): Button[] {
  return r.components.flatMap((row) =>
    'components' in row
      ? row.components.flatMap((c) =>
          c.type === ComponentType.Button && 'custom_id' in c
            ? [{ customId: c.custom_id, label: c.label ?? '', style: c.style, disabled: c.disabled ?? false }]
            : [],
        )
      : [],
  );
}

/** The id of the choice a button stands for. */
const choiceOf = (b: Button) => {
  const action = decodeAction(b.customId);
  if (action?.kind !== 'quiz') throw new Error(`not a quiz button: ${b.customId}`);
  return action.quiz;
};

/** `/quiz` through a real discord.js client and the local Discord stand-in. */
describe('/quiz', () => {
  let t: TestBot;
  let maker: QuizMaker;
  const [vi, en] = ['vi', 'en-US'] as const;

  beforeAll(async () => {
    t = await startTestBot({ bot: { rateLimit: false } });
    maker = await QuizMaker.build(await dockerStore());
  });

  afterAll(async () => {
    expect(t.sim.rejections).toEqual([]);
    await t?.stop();
  });

  /** The button of the right choice and one of a wrong choice, checked against the graph on the side. */
  const rightAndWrong = (r: BotReply) => {
    const all = buttons(r);
    const right = all.filter((b) => maker.check(choiceOf(b).key, choiceOf(b).choice, 'en')!.correct);
    expect(right).toHaveLength(1);
    return { right: right[0]!, wrong: all.find((b) => b !== right[0])! };
  };

  it('asks a question made from the graph with four choices, in the learner’s language', async () => {
    const asked = await t.sim.slashCommand({ name: 'quiz', locale: vi });
    expect(asked.embeds[0]?.title).toBe('Câu đố');
    expect(asked.embeds[0]?.footer?.text).toBe(ui('vi').quizFooter(5));
    expect(buttons(asked)).toHaveLength(4);
    for (const b of buttons(asked)) expect(choiceOf(b).asker).toBe(t.sim.user.id);
    rightAndWrong(asked);
    const english = await t.sim.slashCommand({
      name: 'quiz',
      locale: en,
      options: { topic: 'concept:docker-pause' },
    });
    expect(english.embeds[0]?.title).toBe('Quiz');
    expect(
      JSON.stringify(choiceOf(buttons(english)[0]!).key) +
        buttons(english)
          .map(choiceOf)
          .map((c) => c.choice),
    ).toContain('docker-pause');
  });

  it('checks the answer against the graph, explains it with its source, draws it, and closes the quiz', async () => {
    const asked = await t.sim.slashCommand({
      name: 'quiz',
      locale: en,
      options: { topic: 'view:lifecycle' },
    });
    const { right } = rightAndWrong(asked);
    const answered = await t.sim.clickButton({ message: asked, customId: right.customId, locale: en });
    expect(answered.message?.id).toBe(asked.message?.id);
    const text = answered.embeds[0]?.description ?? '';
    expect(text).toContain(asked.embeds[0]?.description ?? '?');
    expect(text).toContain(ui('en').quizRight);
    expect(answered.embeds[0]?.footer?.text).toMatch(/lifecycle/i);
    checkPng(answered.files[0]!.data);
    const after = buttons(answered);
    expect(after.every((b) => b.disabled)).toBe(true);
    expect(after.find((b) => b.customId === right.customId)?.style).toBe(ButtonStyle.Success);
  });

  it('says which answer was right after a wrong one', async () => {
    const asked = await t.sim.slashCommand({ name: 'quiz', locale: vi });
    const { right, wrong } = rightAndWrong(asked);
    const answered = await t.sim.clickButton({ message: asked, customId: wrong.customId, locale: vi });
    // Every right answer is named (running → exited: docker stop, and docker kill too).
    const said = answered.embeds[0]?.description ?? '';
    expect(said).toContain(ui('vi').quizWrong('').split('**')[0]!);
    expect(said).toContain(right.label);
    const after = buttons(answered);
    expect(after.find((b) => b.customId === wrong.customId)?.style).toBe(ButtonStyle.Danger);
    expect(after.find((b) => b.customId === right.customId)?.style).toBe(ButtonStyle.Success);
  });

  it('lets only the learner who asked answer; anyone else is told privately and nothing changes', async () => {
    const asked = await t.sim.slashCommand({ name: 'quiz', locale: vi });
    const other = t.sim.users.find((u) => u.id !== t.sim.user.id)!;
    const clicked = await t.sim.clickButton({
      message: asked,
      customId: buttons(asked)[0]!.customId,
      user: other,
    });
    expect(clicked.ephemeral).toBe(true);
    expect(clicked.content).toBe(ui('en').quizNotYours);
    const kept = t.sim.getMessage(asked.message!.id)!.message;
    expect(kept.embeds).toEqual(asked.embeds);
    expect(kept.components).toEqual(asked.components);
  });

  it('refuses a forged answer that names no question of the graph, privately', async () => {
    const channel = await t.bot.client.channels.fetch(t.sim.channelId);
    if (!channel?.isSendable()) throw new Error('the study channel is not writable');
    const customId = `quiz:c:dead:paused:docker-start:${t.sim.user.id}:${Math.floor(Date.now() / 1000).toString(36)}:en`;
    const forged = await channel.send({
      content: 'a quiz',
      components: [
        {
          type: ComponentType.ActionRow,
          components: [
            { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'docker start', customId },
          ],
        },
      ],
    });
    const clicked = await t.sim.clickButton({ message: forged.id, customId });
    expect(clicked.ephemeral).toBe(true);
    expect(clicked.content).toBe(ui('vi').outdated);
    expect(t.sim.getMessage(forged.id)?.message.content).toBe('a quiz');
  });
});

describe.each(learnerPlaces('progress'))('/progress, /leaderboard and /forget-me, kept %s', (_, place) => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ bot: { rateLimit: false, ...(await place())() } });
  });
  afterAll(async () => {
    expect(t.sim.rejections).toEqual([]);
    await t?.stop();
  });

  /** A quiz asked and answered by a learner: right or wrong as asked. */
  async function answer(user: string, right: boolean): Promise<void> {
    const maker = await QuizMaker.build(await dockerStore());
    const asked = await t.sim.slashCommand({
      name: 'quiz',
      locale: 'vi',
      user,
      options: { topic: 'view:lifecycle' },
    });
    const pick = buttons(asked).find(
      (b) => maker.check(choiceOf(b).key, choiceOf(b).choice, 'vi')!.correct === right,
    )!;
    await t.sim.clickButton({ message: asked, customId: pick.customId, user });
  }

  it('shows a learner what they got right by section, privately; the board ranks the server; forget-me deletes it all', async () => {
    const [hocVien, learner] = t.sim.users.map((u) => u.id);
    const before = await t.sim.slashCommand({ name: 'progress', locale: 'vi', user: hocVien });
    expect(before.ephemeral).toBe(true);
    expect(before.embeds[0]?.description).toBe(ui('vi').progressNone);
    expect(before.files).toEqual([]);

    await answer(hocVien!, true);
    await answer(hocVien!, false);
    await answer(learner!, true);
    await answer(learner!, true);
    const progress = await t.sim.slashCommand({ name: 'progress', locale: 'vi', user: hocVien });
    expect(progress.ephemeral).toBe(true);
    expect(progress.embeds[0]?.description).toContain('Trạng thái và chu trình của một container');
    expect(progress.embeds[0]?.description).toContain(ui('vi').progressTotal(1, 2));
    // The chart beside the text: a whole PNG, shown as the embed's image.
    expect(progress.files.map((f) => f.name)).toEqual(['progress.png']);
    const chart = checkPng(progress.files[0]!.data);
    expect(chart.width).toBeGreaterThanOrEqual(400);
    expect(chart.height).toBeGreaterThanOrEqual(150);
    expect(progress.embeds[0]?.image?.url).toBe('attachment://progress.png');

    const board = await t.sim.slashCommand({ name: 'leaderboard', locale: 'en-US', user: hocVien });
    expect(board.ephemeral).toBe(false);
    const text = board.embeds[0]?.description ?? '';
    expect(text).toContain(ui('en').boardLine(1, `<@${learner}>`, 2, 2));
    expect(text).toContain(ui('en').boardLine(2, `<@${hocVien}>`, 1, 2));
    expect(board.allowedMentions?.parse ?? []).toEqual([]);

    const forgot = await t.sim.slashCommand({ name: 'forget-me', locale: 'vi', user: hocVien });
    expect(forgot.ephemeral).toBe(true);
    expect(forgot.embeds[0]?.description).toBe(ui('vi').forgotten(2));
    const after = await t.sim.slashCommand({ name: 'progress', locale: 'vi', user: hocVien });
    expect(after.embeds[0]?.description).toBe(ui('vi').progressNone);
    const boardAfter = await t.sim.slashCommand({ name: 'leaderboard', locale: 'en-US', user: learner });
    expect(boardAfter.embeds[0]?.description).not.toContain(hocVien);
  });
});

describe('/review', () => {
  it('asks again the weakest question that is due; says when nothing is', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'review-'));
    const study = new FileStudyStore(dir);
    const t = await startTestBot({ bot: { rateLimit: false, study } });
    try {
      const user = t.sim.user.id;
      const none = await t.sim.slashCommand({ name: 'review', locale: 'vi' });
      expect(none.ephemeral).toBe(true);
      expect(none.embeds[0]?.description).toBe(ui('vi').reviewNone(false));

      // Answered once, wrong: due again in a minute, not now.
      const asked = await t.sim.slashCommand({ name: 'quiz', locale: 'vi' });
      const maker = await QuizMaker.build(await dockerStore());
      const wrong = buttons(asked).find(
        (b) => !maker.check(choiceOf(b).key, choiceOf(b).choice, 'vi')!.correct,
      )!;
      await t.sim.clickButton({ message: asked, customId: wrong.customId });
      const card = await study.card(user, JSON.stringify(choiceOf(wrong).key));
      expect(card!.due).toBeGreaterThan(Date.now());
      const notYet = await t.sim.slashCommand({ name: 'review', locale: 'vi' });
      expect(notYet.embeds[0]?.description).toBe(ui('vi').reviewNone(true));

      // Two cards due: the weaker one is asked.
      const weak = { kind: 'command', from: 'paused', to: 'running' } as const;
      const strong = { kind: 'command', from: 'running', to: 'paused' } as const;
      await study.saveCard(user, {
        question: JSON.stringify(strong),
        due: Date.now() - 1_000,
        stability: 9,
        fsrs: '{}',
      });
      await study.saveCard(user, {
        question: JSON.stringify(weak),
        due: Date.now() - 1_000,
        stability: 0.5,
        fsrs: '{}',
      });
      const review = await t.sim.slashCommand({ name: 'review', locale: 'en-US' });
      expect(buttons(review)).toHaveLength(4);
      expect(buttons(review).map((b) => choiceOf(b).key)).toEqual(Array(4).fill(weak));
    } finally {
      await t.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('/quiz, once its time is up', () => {
  it('tells the learner the quiz expired', async () => {
    const t = await startTestBot({
      bot: { rateLimit: false, timing: { ...DEFAULT_TIMING, answerWithinMs: 60_000, quizMs: 0 } },
    });
    try {
      const asked = await t.sim.slashCommand({ name: 'quiz', locale: 'vi' });
      const clicked = await t.sim.clickButton({ message: asked, customId: buttons(asked)[0]!.customId });
      expect(clicked.ephemeral).toBe(true);
      expect(clicked.content).toBe(ui('vi').quizExpired);
    } finally {
      await t.stop();
    }
  });
});
