/**
 * A small discord.js bot used by this package's tests and by the reference benchmark. It exercises every
 * feature the sim supports. (discord.js is a devDependency: only tests and benches import this file.)
 */
import {
  ActionRowBuilder,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  Routes,
  SlashCommandBuilder,
  StringSelectMenuBuilder,
} from 'discord.js';
import { makePng } from './png.ts';

export const COMMANDS = [
  new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask about a Docker concept')
    .setNameLocalizations({ vi: 'hoi' })
    .setDescriptionLocalizations({ vi: 'Hỏi về một khái niệm Docker' })
    .addStringOption((o) => o.setName('question').setDescription('Your question').setRequired(true)),
  new SlashCommandBuilder().setName('slow').setDescription('Defers, then edits'),
  new SlashCommandBuilder().setName('diagram').setDescription('Replies with a PNG'),
  new SlashCommandBuilder()
    .setName('concept')
    .setDescription('Look up a concept')
    .addStringOption((o) =>
      o.setName('name').setDescription('Concept name').setRequired(true).setAutocomplete(true),
    ),
  new SlashCommandBuilder().setName('long').setDescription('Replies with 2,001 characters'),
  new SlashCommandBuilder().setName('twice').setDescription('Acknowledges twice'),
  new SlashCommandBuilder().setName('late').setDescription('Replies too late'),
  new SlashCommandBuilder().setName('menu').setDescription('Replies with a button and a select menu'),
  new SlashCommandBuilder().setName('ping').setDescription('Replies ok at once'),
  new SlashCommandBuilder().setName('whereami').setDescription('Tells the channel name'),
  new SlashCommandBuilder()
    .setName('count')
    .setDescription('Echo an integer')
    .addIntegerOption((o) => o.setName('n').setDescription('A number').setRequired(true).setMinValue(0)),
  new SlashCommandBuilder().setName('unsupported').setDescription('Calls a route the sim does not know'),
  new SlashCommandBuilder().setName('followup').setDescription('Replies, then follows up ephemerally'),
  new SlashCommandBuilder().setName('withresp').setDescription('Replies with with_response=true'),
  new SlashCommandBuilder().setName('secret').setDescription('Defers ephemerally, then edits'),
].map((c) => c.toJSON());

export interface ReferenceBotOptions {
  apiBase: string;
  token: string;
  /** Extra intents (Guilds is always on). */
  intents?: GatewayIntentBits[];
  /** What /late waits for before it replies (default: 3.1 s of real time, past Discord's deadline). */
  beforeLateReply?: () => void | Promise<void>;
  /** Register the commands on READY (default true). */
  register?: boolean;
  /** Guild to register commands in (default: global). */
  guildId?: string;
}

/** Errors the bot hit while answering (e.g. DiscordAPIError from a rejected reply), for assertions. */
export interface ReferenceBot {
  client: Client;
  errors: Error[];
  /** Values the bot saw for /count (to check option types). */
  seen: unknown[];
  stop(): Promise<void>;
}

/** Start the reference bot and log it in; resolves after login (not necessarily after command registration). */
export async function startReferenceBot(opts: ReferenceBotOptions): Promise<ReferenceBot> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, ...(opts.intents ?? [])],
    rest: { api: opts.apiBase },
    allowedMentions: { parse: [] },
  });
  const errors: Error[] = [];
  const seen: unknown[] = [];
  const record = (e: unknown) => errors.push(e instanceof Error ? e : new Error(String(e)));

  client.once(Events.ClientReady, async (c) => {
    if (opts.register === false) return;
    try {
      if (opts.guildId) await c.application.commands.set(COMMANDS, opts.guildId);
      else await c.application.commands.set(COMMANDS);
    } catch (e) {
      record(e);
    }
  });

  client.on(Events.InteractionCreate, (interaction) => {
    handle(interaction).catch(record);
  });

  client.on(Events.MessageCreate, (message) => {
    onMessage(message).catch(record);
  });

  async function onMessage(message: Message): Promise<void> {
    if (message.author.bot || !client.user) return;
    if (!message.mentions.users.has(client.user.id)) return;
    const text = message.content.replace(/<@!?\d+>/g, '').trim();
    await message.reply({ content: `pong: ${text || '(no content)'}` });
  }

  async function handle(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) {
      const typed = interaction.options.getFocused();
      const n = typed === 'many' ? 26 : 25;
      await interaction.respond(
        Array.from({ length: n }, (_, i) => ({ name: `${typed} ${i}`, value: `${typed}-${i}` })),
      );
      return;
    }
    if (interaction.isButton()) {
      await interaction.update({
        content: `clicked ${interaction.customId} (${interaction.locale})`,
        components: [],
      });
      return;
    }
    if (interaction.isStringSelectMenu()) {
      await interaction.update({ content: `chose ${interaction.values.join(',')}` });
      return;
    }
    if (!interaction.isChatInputCommand()) return;
    switch (interaction.commandName) {
      case 'ping':
        await interaction.reply('ok');
        return;
      case 'ask': {
        const q = interaction.options.getString('question', true);
        const embed = new EmbedBuilder()
          .setTitle(interaction.locale === 'vi' ? 'Container (vùng chứa)' : 'Container')
          .setDescription(`Q: ${q}`)
          .addFields({ name: 'Locale', value: `${interaction.locale}/${interaction.guildLocale}` })
          .setFooter({ text: 'study-graph' });
        await interaction.reply({ embeds: [embed], allowedMentions: { parse: [] } });
        return;
      }
      case 'slow':
        await interaction.deferReply();
        await new Promise((r) => setTimeout(r, 30));
        await interaction.editReply({ content: 'done after defer' });
        return;
      case 'diagram': {
        const png = makePng(64, 48);
        await interaction.reply({
          content: 'diagram',
          files: [new AttachmentBuilder(png, { name: 'graph.png' })],
        });
        return;
      }
      case 'long':
        await interaction.reply('x'.repeat(2001));
        return;
      case 'twice':
        await interaction.reply('first');
        // discord.js refuses a second reply locally, so go around it to hit the API like a buggy bot would.
        await client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
          body: { type: 4, data: { content: 'second' } },
          auth: false,
        });
        return;
      case 'late':
        await (opts.beforeLateReply ?? (() => new Promise((r) => setTimeout(r, 3_100))))();
        await interaction.reply('too late');
        return;
      case 'menu': {
        const row1 = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId('more').setLabel('More').setStyle(ButtonStyle.Primary),
        );
        const row2 = new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(
          new StringSelectMenuBuilder()
            .setCustomId('pick')
            .setPlaceholder('Pick a concept')
            .addOptions({ label: 'Image', value: 'image' }, { label: 'Volume', value: 'volume' }),
        );
        await interaction.reply({ content: 'menu', components: [row1, row2] });
        return;
      }
      case 'whereami':
        await interaction.reply(
          `#${interaction.channel && 'name' in interaction.channel ? interaction.channel.name : '?'} in ${interaction.guild?.name ?? '?'}`,
        );
        return;
      case 'count': {
        const n = interaction.options.getInteger('n', true);
        seen.push(n);
        await interaction.reply(`${typeof n}:${n}`);
        return;
      }
      case 'unsupported':
        await interaction.deferReply();
        await client.rest.get('/sim/does-not-exist' as `/${string}`).catch(() => undefined);
        await interaction.editReply('tried');
        return;
      case 'followup':
        await interaction.reply('first');
        await interaction.followUp({ content: 'second', flags: MessageFlags.Ephemeral });
        return;
      case 'withresp': {
        const response = await interaction.reply({ content: 'with response', withResponse: true });
        seen.push(response.resource?.message?.id);
        return;
      }
      case 'secret':
        await interaction.deferReply({ flags: MessageFlags.Ephemeral });
        await interaction.editReply('hidden');
        return;
      default:
        await interaction.reply('unknown command');
    }
  }

  await client.login(opts.token);
  return {
    client,
    errors,
    seen,
    stop: async () => {
      await client.destroy();
    },
  };
}
