import { SlashCommandBuilder } from 'discord.js';
import { respond } from '../discord/respond.ts';
import { localeOf } from '../format/locale.ts';
import { toMessage } from '../format/message.ts';
import { suggest } from './autocomplete.ts';
import { conceptChoices } from './choices.ts';
import type { Command } from './command.ts';

/** `/concept name`: a concept's definition and connections; the name autocompletes from the graph. */
export const concept = {
  data: new SlashCommandBuilder()
    .setName('concept')
    .setNameLocalizations({ vi: 'khai-niem' })
    .setDescription('Look up a concept in the knowledge graph')
    .setDescriptionLocalizations({ vi: 'Tra một khái niệm trong sơ đồ kiến thức' })
    .addStringOption((o) =>
      o
        .setName('name')
        .setNameLocalizations({ vi: 'ten' })
        .setDescription('The concept (type a few letters to pick one)')
        .setDescriptionLocalizations({ vi: 'Tên khái niệm (gõ vài chữ để chọn)' })
        .setRequired(true)
        .setAutocomplete(true),
    )
    .toJSON(),
  execute(ix, ctx) {
    const name = ix.options.getString('name', true);
    return respond(ix, ctx, 'answer', async (slow) =>
      toMessage(await ctx.cards.concept(name, localeOf(ix.locale), slow)),
    );
  },
  autocomplete(ix, ctx) {
    return suggest(ix, ctx, (typed) => conceptChoices(ctx.knowledge, typed, localeOf(ix.locale)));
  },
} satisfies Command;
