import { SlashCommandBuilder } from 'discord.js';
import { asReply } from '../discord/send.ts';
import { localeOf } from '../format/locale.ts';
import { toMessage } from '../format/message.ts';
import type { Command } from './command.ts';

/** `/help`: the commands and buttons, for the person who asked. */
export const help = {
  data: new SlashCommandBuilder()
    .setName('help')
    .setNameLocalizations({ vi: 'tro-giup' })
    .setDescription('How to use this bot')
    .setDescriptionLocalizations({ vi: 'Cách dùng bot' })
    .toJSON(),
  async execute(ix, ctx) {
    const card = ctx.cards.help(localeOf(ix.locale), ctx.readsMessages);
    await ix.reply(asReply(toMessage(card)));
    return { outcome: 'ok', deferred: false };
  },
} satisfies Command;
