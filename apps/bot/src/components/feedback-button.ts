import type { FeedbackKind } from '@study-graph/study';
import {
  ActionRowBuilder,
  type APIEmbed,
  type ButtonInteraction,
  type Message,
  ModalBuilder,
  type ModalSubmitInteraction,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import type { BotContext } from '../context.ts';
import { notify, type Responded, respond } from '../discord/respond.ts';
import { noticeCard } from '../format/card.ts';
import { type Locale, localeOf } from '../format/locale.ts';
import { toMessage } from '../format/message.ts';
import { ui } from '../format/strings.ts';
import { type Action, encodeAction } from './custom-id.ts';

/** The report's one field. */
const COMMENT = 'comment';
const COMMENT_MAX = 1000;

type FeedbackAction = Extract<Action, { kind: 'feedback' }>;

/** 👍 or 👎 is kept at once; 🚩 opens a form for the comment, kept when it is sent. */
export async function onFeedbackButton(
  ix: ButtonInteraction,
  action: FeedbackAction,
  ctx: BotContext,
): Promise<Responded> {
  if (action.verdict !== 'report') return keep(ix, action, null, ctx);
  await ix.showModal(reportForm(action.locale));
  return { outcome: 'ok', deferred: false };
}

/** The report's form sent: kept with its comment. */
export function onReportForm(
  ix: ModalSubmitInteraction,
  action: FeedbackAction,
  ctx: BotContext,
): Promise<Responded> {
  return keep(ix, action, ix.fields.getTextInputValue(COMMENT).trim(), ctx);
}

/**
 * Keeps the learner's word with the question, the answer as the message shows it, and the graph's
 * version it came from; thanks them privately.
 */
async function keep(
  ix: ButtonInteraction | ModalSubmitInteraction,
  { verdict, locale }: FeedbackAction,
  comment: string | null,
  ctx: BotContext,
): Promise<Responded> {
  const message = ix.message;
  const embed = message?.embeds[0]?.toJSON();
  if (!message || !embed) {
    await notify(ix, ui(localeOf(ix.locale)).outdated);
    return { outcome: 'outdated', deferred: false };
  }
  return respond(ix, ctx, 'private', async () => {
    await ctx.study.giveFeedback({
      userId: ix.user.id,
      guildId: ix.guildId,
      messageId: message.id,
      kind: verdict,
      question: questionOf(message, ctx) ?? embed.title ?? '',
      answer: answerOf(embed),
      comment,
      graphVersion: ctx.knowledge.version,
      locale,
      at: Date.now(),
    });
    // Thanked in the clicker's own language; the answer's is kept with the feedback.
    const theirs = localeOf(ix.locale);
    return toMessage(noticeCard(theirs, ui(theirs).feedbackThanks[verdict]));
  });
}

/**
 * The question a message answers: a `/ask`'s (its interaction) or a mention's (the message it
 * replies to), while the bot still holds it. A command's answer, or an old one, is known by its title.
 */
function questionOf(message: Message, ctx: BotContext): string | undefined {
  return ctx.asked.question(message.interactionMetadata?.id ?? message.reference?.messageId);
}

/** The answer as shown: its text and its sources line. */
function answerOf(embed: APIEmbed): string {
  return [embed.description, embed.footer?.text].filter(Boolean).join('\n');
}

function reportForm(locale: Locale): ModalBuilder {
  const t = ui(locale);
  const verdict: FeedbackKind = 'report';
  const comment = new TextInputBuilder()
    .setCustomId(COMMENT)
    .setLabel(t.reportLabel)
    .setPlaceholder(t.reportPlaceholder)
    .setStyle(TextInputStyle.Paragraph)
    .setRequired(true)
    .setMaxLength(COMMENT_MAX);
  return new ModalBuilder()
    .setCustomId(encodeAction({ kind: 'feedback', verdict, locale }) ?? '')
    .setTitle(t.reportTitle)
    .addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(comment));
}
