import type { BotReply } from '@study-graph/discord-sim';
import { snowflake } from '@study-graph/discord-sim';
import type { LearnerStores } from '@study-graph/study';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../format/strings.ts';
import { learnerPlaces } from '../testing/learner-stores.ts';
import { startTestBot, studyGroup, type TestBot } from '../testing/test-bot.ts';

/** A second server, to see that one server's additions stay its own. */
const OTHER_CHANNEL = '1200000000000000011';

/** The moderators' role: its members decide suggestions without managing the server. */
const MODERATORS = '1200000000000000021';

/** The custom ids of a reply's buttons, by label. */
function buttons(r: BotReply): Record<string, string> {
  return Object.fromEntries(
    r.components.flatMap((row) =>
      'components' in row
        ? row.components.flatMap((c) => ('custom_id' in c && 'label' in c ? [[c.label, c.custom_id]] : []))
        : [],
    ),
  );
}

describe.each(learnerPlaces('suggestions'))('suggestions and their moderation, kept %s', (_, place) => {
  let t: TestBot;
  let open: () => LearnerStores;
  let stores: LearnerStores;
  let moderator: string;
  let member: string;
  // A server id of this run's own: suggestions kept by an earlier run are another server's.
  const guild = snowflake();
  const start = () =>
    startTestBot({
      sim: {
        users: [
          { username: 'hoc-vien', locale: 'vi' },
          { username: 'learner', locale: 'en-US' },
          { username: 'dieu-hanh', locale: 'vi' },
        ],
        guilds: [
          studyGroup([{ name: 'general' }], {
            id: guild,
            roles: [{ id: MODERATORS, name: 'Điều hành', members: ['dieu-hanh'] }],
          }),
          { name: 'Another group', locale: 'en-US', channels: [{ id: OTHER_CHANNEL, name: 'general' }] },
        ],
      },
      bot: { rateLimit: false, registerCommands: {}, moderatorRoleIds: [MODERATORS], ...stores },
    });
  const ask = (question: string, channelId?: string) =>
    t.sim.slashCommand({ name: 'ask', locale: 'en-US', user: member, channelId, options: { question } });

  beforeAll(async () => {
    open = await place();
    stores = open();
    t = await start();
    // The first user owns the servers (and so manages them); the second is a member.
    [moderator, member] = t.sim.users.map((u) => u.id) as [string, string];
  });

  afterAll(async () => {
    expect(t.sim.rejections).toEqual([]);
    await t?.stop();
  });

  it('takes a member’s suggestion privately, and keeps it waiting', async () => {
    expect((await ask('what is Docker Compose?')).embeds[0]?.title).toBe(ui('en').notFoundTitle);
    const sent = await t.sim.slashCommand({
      name: 'suggest',
      subcommand: 'concept',
      locale: 'en-US',
      user: member,
      options: {
        name: 'Docker Compose',
        kind: 'tool',
        summary: 'Docker Compose runs an application of several containers from one YAML file.',
        related: 'docker-engine',
        relation: 'USES',
      },
    });
    expect(sent.ephemeral).toBe(true);
    expect(sent.content).toBe(ui('en').suggestThanks);
    expect((await ask('what is Docker Compose?')).embeds[0]?.title).toBe(ui('en').notFoundTitle);
  });

  it('refuses a suggestion that cannot join the graph, and keeps nothing', async () => {
    const refused = async (subcommand: string, options: Record<string, string>) =>
      (await t.sim.slashCommand({ name: 'suggest', subcommand, locale: 'vi', user: member, options }))
        .content;
    expect(await refused('relation', { from: 'container', type: 'LIKES', to: 'image' })).toBe(
      ui('vi').suggestProblem({ kind: 'unknown-type' }),
    );
    expect(await refused('alias', { concept: 'no-such-thing', alias: 'x' })).toBe(
      ui('vi').suggestProblem({ kind: 'unknown-concept' }),
    );
    expect(await refused('concept', { name: 'container', kind: 'object', summary: 's' })).toBe(
      ui('vi').suggestProblem({ kind: 'exists', name: 'Container' }),
    );
    expect(await stores.suggestions.pending(t.sim.guildId, 10)).toHaveLength(1);
  });

  it('lets only a member who manages the server see and decide suggestions', async () => {
    const refused = await t.sim.slashCommand({ name: 'pending', locale: 'en-US', user: member });
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toBe(ui('en').notModerator);
    const list = await t.sim.slashCommand({ name: 'pending', locale: 'vi', user: moderator });
    expect(list.ephemeral).toBe(true);
    expect(list.embeds[0]?.description).toContain('Docker Compose');
    expect(list.embeds[0]?.description).toContain(`<@${member}>`);
    expect(Object.keys(buttons(list))).toEqual(['Duyệt 1', 'Từ chối 1']);
    const click = await t.sim.clickButton({
      message: list,
      customId: buttons(list)['Duyệt 1']!,
      user: member,
    });
    expect(click.content).toBe(ui('en').notModerator);
    expect(await stores.suggestions.pending(t.sim.guildId, 10)).toHaveLength(1);
  });

  it('makes an approved suggestion part of that server’s graph at once, marked as the group’s', async () => {
    const list = await t.sim.slashCommand({ name: 'pending', locale: 'vi', user: moderator });
    const approved = await t.sim.clickButton({
      message: list,
      customId: buttons(list)['Duyệt 1']!,
      user: moderator,
    });
    expect(approved.embeds[0]?.description).toContain('✅');
    expect(approved.embeds[0]?.description).toContain(ui('vi').pendingNone);
    expect(approved.components).toEqual([]);

    const answer = await ask('what is Docker Compose?');
    expect(answer.embeds[0]?.title).toBe('Docker Compose');
    expect(answer.embeds[0]?.description).toContain('runs an application of several containers');
    expect(answer.embeds[0]?.footer?.text).toContain('Added by the study group (approved)');
    const path = await t.sim.slashCommand({
      name: 'relation',
      locale: 'en-US',
      user: member,
      options: { from: 'Docker Compose', to: 'Docker daemon' },
    });
    expect(path.embeds[0]?.description).toContain('Docker Compose');
    expect(path.files).toHaveLength(1);
    // Another server's graph is its own.
    expect((await ask('what is Docker Compose?', OTHER_CHANNEL)).embeds[0]?.title).toBe(
      ui('en').notFoundTitle,
    );
  });

  it('keeps a rejected suggestion out, and an alias in, after the bot restarts', async () => {
    await t.sim.slashCommand({
      name: 'suggest',
      subcommand: 'alias',
      locale: 'vi',
      user: member,
      options: { concept: 'container', alias: 'thùng hàng số' },
    });
    await t.sim.slashCommand({
      name: 'suggest',
      subcommand: 'correction',
      locale: 'en-US',
      user: member,
      options: { concept: 'image', summary: 'An image is a kind of cheese.' },
    });
    // A member of the moderators' role decides too.
    const holder = t.sim.users.find((u) => u.username === 'dieu-hanh')!.id;
    const list = await t.sim.slashCommand({ name: 'pending', locale: 'en-US', user: holder });
    const first = await t.sim.clickButton({
      message: list,
      customId: buttons(list)['Approve 1']!,
      user: holder,
    });
    const second = await t.sim.clickButton({
      message: first,
      customId: buttons(first)['Reject 1']!,
      user: holder,
    });
    expect(second.embeds[0]?.description).toContain('❌');

    await t.stop();
    stores = open();
    t = await start();
    [moderator, member] = t.sim.users.map((u) => u.id) as [string, string];
    const alias = await t.sim.slashCommand({
      name: 'ask',
      locale: 'vi',
      user: member,
      options: { question: 'thùng hàng số là gì?' },
    });
    expect(alias.embeds[0]?.title).toBe('Container');
    const image = await ask('what is a Docker image?');
    expect(image.embeds[0]?.description).not.toContain('cheese');
  });
});
