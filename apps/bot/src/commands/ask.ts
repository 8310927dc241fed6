import { SlashCommandBuilder } from 'discord.js';
import { respond } from '../discord/respond.ts';
import { localeOf } from '../format/locale.ts';
import { toMessage } from '../format/message.ts';
import type { Command } from './command.ts';

/** `/ask question`: any question, answered by qa in the question's language. */
export const ask = {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setNameLocalizations({ vi: 'hoi' })
    .setDescription('Ask a question about Docker, in English or Vietnamese')
    .setDescriptionLocalizations({ vi: 'Hỏi một câu về Docker, bằng tiếng Việt hoặc tiếng Anh' })
    .addStringOption((o) =>
      o
        .setName('question')
        .setNameLocalizations({ vi: 'cau-hoi' })
        .setDescription('Your question, e.g. what is a container?')
        .setDescriptionLocalizations({ vi: 'Câu hỏi của bạn, ví dụ: container là gì?' })
        .setRequired(true),
    )
    .toJSON(),
  execute(ix, ctx) {
    const question = ix.options.getString('question', true);
    ctx.asked.remember(ix.id, question);
    return respond(ix, ctx, 'answer', async (slow) =>
      toMessage(
        await ctx.cards.question(question, localeOf(ix.locale), slow, {
          channelId: ix.channelId,
          userId: ix.user.id,
        }),
      ),
    );
  },
} satisfies Command;
