import { SlashCommandBuilder } from 'discord.js';
import { respond } from '../discord/respond.ts';
import { localeOf } from '../format/locale.ts';
import { toMessage } from '../format/message.ts';
import { suggest } from './autocomplete.ts';
import { conceptChoices } from './choices.ts';
import type { Command } from './command.ts';

/** `/relation from to`: how two concepts connect, with the path between them drawn. */
export const relation = {
  data: new SlashCommandBuilder()
    .setName('relation')
    .setNameLocalizations({ vi: 'lien-quan' })
    .setDescription('How two concepts are connected, with a diagram')
    .setDescriptionLocalizations({ vi: 'Hai khái niệm liên quan với nhau thế nào, kèm sơ đồ' })
    .addStringOption((o) =>
      o
        .setName('from')
        .setNameLocalizations({ vi: 'tu' })
        .setDescription('The first concept')
        .setDescriptionLocalizations({ vi: 'Khái niệm thứ nhất' })
        .setRequired(true)
        .setAutocomplete(true),
    )
    .addStringOption((o) =>
      o
        .setName('to')
        .setNameLocalizations({ vi: 'den' })
        .setDescription('The second concept')
        .setDescriptionLocalizations({ vi: 'Khái niệm thứ hai' })
        .setRequired(true)
        .setAutocomplete(true),
    )
    .toJSON(),
  execute(ix, ctx) {
    const from = ix.options.getString('from', true);
    const to = ix.options.getString('to', true);
    return respond(ix, ctx, 'answer', async (slow) =>
      toMessage(await ctx.cards.relation(from, to, localeOf(ix.locale), slow)),
    );
  },
  autocomplete(ix, ctx) {
    return suggest(ix, ctx, (typed) => conceptChoices(ctx.knowledge, typed, localeOf(ix.locale)));
  },
} satisfies Command;
