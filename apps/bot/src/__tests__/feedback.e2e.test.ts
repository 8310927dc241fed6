import type { BotReply } from '@study-graph/discord-sim';
import type { StudyStore } from '@study-graph/study';
import { ButtonStyle, ComponentType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeAction } from '../components/custom-id.ts';
import { ui } from '../format/strings.ts';
import { learnerPlaces } from '../testing/learner-stores.ts';
import { startTestBot, studyGroup, type TestBot } from '../testing/test-bot.ts';

/** The feedback buttons under a reply, by verdict. */
function feedbackButtons(r: Pick<BotReply, 'components'>): Record<string, string> {
  const ids = r.components.flatMap((row) =>
    'components' in row ? row.components.flatMap((c) => ('custom_id' in c ? [c.custom_id] : [])) : [],
  );
  return Object.fromEntries(
    ids.flatMap((id) => {
      const action = decodeAction(id);
      return action?.kind === 'feedback' ? [[action.verdict, id]] : [];
    }),
  );
}

/** Where mentions are answered. */
const STUDY_CHANNEL = '1100000000000000001';

describe.each(learnerPlaces('feedback'))('feedback on answers, kept %s', (_, place) => {
  let t: TestBot;
  let study: StudyStore;
  const since = Date.now();

  beforeAll(async () => {
    const stores = (await place())();
    study = stores.study;
    t = await startTestBot({
      sim: {
        guilds: [studyGroup([{ id: STUDY_CHANNEL, name: 'study' }])],
      },
      bot: { rateLimit: false, ...stores, studyChannelIds: [STUDY_CHANNEL] },
    });
  });

  afterAll(async () => {
    expect(t.sim.rejections).toEqual([]);
    await t?.stop();
  });

  /** What the store holds about one message. */
  const kept = async (messageId: string) =>
    (await study.feedback(since)).filter((f) => f.messageId === messageId);

  it('offers 👍, 👎 and report under every answer, in its language', async () => {
    const answer = await t.sim.slashCommand({
      name: 'ask',
      locale: 'vi',
      options: { question: 'Container là gì?' },
    });
    expect(Object.keys(feedbackButtons(answer)).sort()).toEqual(['down', 'report', 'up']);
    const labels = answer.components.flatMap((row) =>
      'components' in row
        ? row.components.flatMap((c) =>
            c.type === ComponentType.Button && 'custom_id' in c ? [c.label] : [],
          )
        : [],
    );
    expect(labels).toEqual(expect.arrayContaining(Object.values(ui('vi').feedbackButtons)));
    const concept = await t.sim.slashCommand({
      name: 'concept',
      locale: 'en-US',
      options: { name: 'docker0' },
    });
    expect(Object.keys(feedbackButtons(concept)).sort()).toEqual(['down', 'report', 'up']);
  });

  it('keeps a vote on a mention’s answer with the question asked, not the mention', async () => {
    const answer = await t.sim.sendMessage({
      content: 'docker0 là gì?',
      mentionBot: true,
      channelId: STUDY_CHANNEL,
    });
    expect(answer).not.toBeNull();
    await t.sim.clickButton({ message: answer!.message, customId: feedbackButtons(answer!).down! });
    const [vote] = await kept(answer!.message.id);
    expect(vote).toMatchObject({ kind: 'down', question: 'docker0 là gì?', locale: 'vi' });
  });

  it('keeps each learner’s last vote with the question, the answer and the graph’s version', async () => {
    const answer = await t.sim.slashCommand({
      name: 'ask',
      locale: 'vi',
      options: { question: 'Container là gì?' },
    });
    const messageId = answer.message!.id;
    const [ana, ben] = t.sim.users.map((u) => u.id);
    const down = await t.sim.clickButton({
      message: answer,
      customId: feedbackButtons(answer).down!,
      user: ana,
    });
    expect(down.ephemeral).toBe(true);
    expect(down.content).toBe(ui('vi').feedbackThanks.down);
    await t.sim.clickButton({ message: answer, customId: feedbackButtons(answer).up!, user: ana });
    const up = await t.sim.clickButton({ message: answer, customId: feedbackButtons(answer).up!, user: ben });
    expect(up.content).toBe(ui('en').feedbackThanks.up);
    // The answer itself is left as it was, for everyone.
    expect(t.sim.getMessage(messageId)?.message.embeds).toEqual(answer.embeds);

    const votes = await kept(messageId);
    expect(votes.map((f) => [f.userId, f.kind])).toEqual([
      [ana, 'up'],
      [ben, 'up'],
    ]);
    expect(votes[0]).toMatchObject({
      guildId: t.sim.guildId,
      question: 'Container là gì?',
      comment: null,
      locale: 'vi',
      graphVersion: await t.bot.knowledge.store.packVersion(),
    });
    expect(votes[0]?.answer).toContain(answer.embeds[0]!.description!);
    expect(votes[0]?.answer).toContain(answer.embeds[0]!.footer!.text);
  });

  it('takes a report through a form, in the learner’s language, and keeps its comment', async () => {
    const answer = await t.sim.slashCommand({
      name: 'ask',
      locale: 'en-US',
      options: { question: 'which command takes a container from paused to running?' },
    });
    const opened = await t.sim.clickButton({
      message: answer,
      customId: feedbackButtons(answer).report!,
      locale: 'en-US',
    });
    expect(opened.modal?.title).toBe(ui('en').reportTitle);
    const sent = await t.sim.submitModal({
      opened,
      locale: 'en-US',
      fields: { comment: '  It should say docker unpause.  ' },
    });
    expect(sent.ephemeral).toBe(true);
    expect(sent.content).toBe(ui('en').feedbackThanks.report);
    const [report] = await kept(answer.message!.id);
    expect(report).toMatchObject({
      kind: 'report',
      question: 'which command takes a container from paused to running?',
      comment: 'It should say docker unpause.',
      locale: 'en',
    });
  });

  it('tells the clicker when the button is on no answer, and keeps nothing', async () => {
    const channel = await t.bot.client.channels.fetch(t.sim.channelId);
    if (!channel?.isSendable()) throw new Error('the study channel is not writable');
    const customId = 'feedback:down:vi';
    const forged = await channel.send({
      content: 'no answer here',
      components: [
        {
          type: ComponentType.ActionRow,
          components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, label: '👎', customId }],
        },
      ],
    });
    const clicked = await t.sim.clickButton({ message: forged.id, customId });
    expect(clicked.ephemeral).toBe(true);
    expect(clicked.content).toBe(ui('vi').outdated);
    expect(await kept(forged.id)).toEqual([]);
  });
});
