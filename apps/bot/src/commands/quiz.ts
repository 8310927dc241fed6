import type { QuizMaker } from '@study-graph/quiz';
import { SlashCommandBuilder } from 'discord.js';
import type { BotContext } from '../context.ts';
import { respond } from '../discord/respond.ts';
import { noticeCard } from '../format/card.ts';
import { type Locale, localeOf } from '../format/locale.ts';
import { type OutgoingMessage, toMessage } from '../format/message.ts';
import { quizMessage } from '../format/quiz.ts';
import { ui } from '../format/strings.ts';
import { suggest } from './autocomplete.ts';
import { topicChoices } from './choices.ts';
import type { Command } from './command.ts';

/** Questions tried before giving up on one whose buttons fit Discord's limits. */
const ATTEMPTS = 5;

/** `/quiz [topic]`: a multiple-choice question made from the graph, for the learner who asked. */
export const quiz = {
  data: new SlashCommandBuilder()
    .setName('quiz')
    .setNameLocalizations({ vi: 'do-vui' })
    .setDescription('A multiple-choice question made from the notes')
    .setDescriptionLocalizations({ vi: 'Một câu đố trắc nghiệm tạo từ ghi chép' })
    .addStringOption((o) =>
      o
        .setName('topic')
        .setNameLocalizations({ vi: 'chu-de' })
        .setDescription('A figure or a concept to be asked about (type a few letters to pick one)')
        .setDescriptionLocalizations({ vi: 'Một hình hoặc một khái niệm để hỏi (gõ vài chữ để chọn)' })
        .setAutocomplete(true),
    )
    .toJSON(),
  execute(ix, ctx) {
    const locale = localeOf(ix.locale);
    const topic = ix.options.getString('topic');
    return respond(ix, ctx, 'reply', async () => {
      const [maker, id] = await Promise.all([
        ctx.knowledge.quizzes(),
        topic ? topicId(ctx, topic) : undefined,
      ]);
      return ask(maker, id, ix.user.id, Math.round(ctx.timing.quizMs / 60_000), locale);
    });
  },
  autocomplete(ix, ctx) {
    return suggest(ix, ctx, (typed) => topicChoices(ctx.knowledge, typed, localeOf(ix.locale)));
  },
} satisfies Command;

/** A question whose buttons fit, or a private note that the notes ask nothing on the topic. */
function ask(
  maker: QuizMaker,
  topic: string | null | undefined,
  asker: string,
  minutes: number,
  locale: Locale,
): OutgoingMessage {
  const askedAt = Math.floor(Date.now() / 1000);
  for (let i = 0; topic !== null && i < ATTEMPTS; i++) {
    const made = maker.make(locale, { topic: topic ?? undefined });
    const message = made && quizMessage(made, asker, askedAt, minutes, locale);
    if (message) return message;
    if (!made) break;
  }
  return toMessage({ ...noticeCard(locale, ui(locale).quizNone), ephemeral: true });
}

/** The figure or concept a topic option names (picked from autocomplete, or typed); null when none. */
async function topicId(ctx: BotContext, topic: string): Promise<string | null> {
  const viewId = topic.startsWith('view:') ? topic.slice(5) : topic.trim();
  if ((await ctx.knowledge.views()).some((v) => v.id === viewId)) return viewId;
  return (await ctx.knowledge.resolveConcept(topic.replace(/^concept:/, '')))?.id ?? null;
}
