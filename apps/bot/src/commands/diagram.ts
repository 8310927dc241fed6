import { SlashCommandBuilder } from 'discord.js';
import { respond } from '../discord/respond.ts';
import { localeOf } from '../format/locale.ts';
import { toMessage } from '../format/message.ts';
import { suggest } from './autocomplete.ts';
import { topicChoices } from './choices.ts';
import type { Command } from './command.ts';

/** `/diagram topic [depth]`: a figure of the notes, or the neighbourhood of a concept, as a PNG. */
export const diagram = {
  data: new SlashCommandBuilder()
    .setName('diagram')
    .setNameLocalizations({ vi: 'so-do' })
    .setDescription('Draw a figure of the notes, or the concepts around one concept')
    .setDescriptionLocalizations({ vi: 'Vẽ một hình trong ghi chép, hoặc các khái niệm quanh một khái niệm' })
    .addStringOption((o) =>
      o
        .setName('topic')
        .setNameLocalizations({ vi: 'chu-de' })
        .setDescription('A figure or a concept (type a few letters to pick one)')
        .setDescriptionLocalizations({ vi: 'Một hình hoặc một khái niệm (gõ vài chữ để chọn)' })
        .setRequired(true)
        .setAutocomplete(true),
    )
    .addIntegerOption((o) =>
      o
        .setName('depth')
        .setNameLocalizations({ vi: 'do-sau' })
        .setDescription('For a concept: how many steps around it (1 or 2)')
        .setDescriptionLocalizations({ vi: 'Với một khái niệm: vẽ bao nhiêu bước xung quanh (1 hoặc 2)' })
        .addChoices({ name: '1', value: 1 }, { name: '2', value: 2 }),
    )
    .toJSON(),
  execute(ix, ctx) {
    const topic = ix.options.getString('topic', true);
    const depth = ix.options.getInteger('depth') === 2 ? 2 : 1;
    // Deferred before drawing (not when the drawing is cached): see Cards.
    return respond(ix, ctx, 'answer', async (slow) =>
      toMessage(await ctx.cards.diagram(topic, depth, localeOf(ix.locale), slow)),
    );
  },
  autocomplete(ix, ctx) {
    return suggest(ix, ctx, (typed) => topicChoices(ctx.knowledge, typed, localeOf(ix.locale)));
  },
} satisfies Command;
