import { SlashCommandBuilder } from 'discord.js';
import { respond } from '../discord/respond.ts';
import { localeOf } from '../format/locale.ts';
import { toMessage } from '../format/message.ts';
import { suggest } from './autocomplete.ts';
import { conceptChoices } from './choices.ts';
import type { Command } from './command.ts';

/** `/lifecycle [from] [to]`: the container states, or how to get from one to another, with the state diagram. */
export const lifecycle = {
  data: new SlashCommandBuilder()
    .setName('lifecycle')
    .setNameLocalizations({ vi: 'vong-doi' })
    .setDescription('The container lifecycle: its states and how to move between them')
    .setDescriptionLocalizations({ vi: 'Vòng đời container: các trạng thái và cách chuyển giữa chúng' })
    .addStringOption((o) =>
      o
        .setName('from')
        .setNameLocalizations({ vi: 'tu' })
        .setDescription('The state to start from')
        .setDescriptionLocalizations({ vi: 'Trạng thái bắt đầu' })
        .setAutocomplete(true),
    )
    .addStringOption((o) =>
      o
        .setName('to')
        .setNameLocalizations({ vi: 'den' })
        .setDescription('The state to reach')
        .setDescriptionLocalizations({ vi: 'Trạng thái muốn tới' })
        .setAutocomplete(true),
    )
    .toJSON(),
  execute(ix, ctx) {
    const from = ix.options.getString('from');
    const to = ix.options.getString('to');
    return respond(ix, ctx, 'answer', async (slow) =>
      toMessage(await ctx.cards.lifecycle(from, to, localeOf(ix.locale), slow)),
    );
  },
  autocomplete(ix, ctx) {
    return suggest(ix, ctx, (typed) =>
      conceptChoices(ctx.knowledge, typed, localeOf(ix.locale), (c) => c.kind === 'state'),
    );
  },
} satisfies Command;
