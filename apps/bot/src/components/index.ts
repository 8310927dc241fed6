import type { ButtonInteraction, ModalSubmitInteraction, StringSelectMenuInteraction } from 'discord.js';
import type { BotContext } from '../context.ts';
import { notify, type Responded, respond } from '../discord/respond.ts';
import { localeOf } from '../format/locale.ts';
import { toMessage } from '../format/message.ts';
import { ui } from '../format/strings.ts';
import { decodeAction, isGraphId } from './custom-id.ts';
import { onDailyButton } from './daily-button.ts';
import { onDiagramButton } from './diagram-button.ts';
import { onFeedbackButton, onReportForm } from './feedback-button.ts';
import { onQuizButton } from './quiz-button.ts';
import { onSuggestionButton } from './suggestion-button.ts';

/** Buttons and the menu: everything they need is in their custom_id (see custom-id.ts). */
export async function onComponent(
  ix: ButtonInteraction | StringSelectMenuInteraction,
  ctx: BotContext,
): Promise<Responded> {
  const action = decodeAction(ix.customId);
  if (ix.isButton() && action?.kind === 'diagram') return onDiagramButton(ix, action, ctx);
  if (ix.isButton() && action?.kind === 'quiz') return onQuizButton(ix, action, ctx);
  if (ix.isButton() && action?.kind === 'daily') return onDailyButton(ix, action, ctx);
  if (ix.isButton() && action?.kind === 'feedback') return onFeedbackButton(ix, action, ctx);
  if (ix.isButton() && action?.kind === 'suggestion') return onSuggestionButton(ix, action, ctx);
  if (ix.isButton() && action?.kind === 'related') {
    // "Liên quan / Related": what the concept connects to, with its neighbourhood drawn, in place.
    return respond(ix, ctx, 'update', async (slow) =>
      toMessage(await ctx.cards.related(action.conceptId, action.locale, slow)),
    );
  }
  const chosen = ix.isStringSelectMenu() ? ix.values[0] : undefined;
  if (action?.kind === 'nearby' && chosen && isGraphId(chosen)) {
    // Walking the graph: the chosen concept replaces the answer, in the message's language.
    return respond(ix, ctx, 'update', async (slow) =>
      toMessage(await ctx.cards.concept(chosen, action.locale, slow)),
    );
  }
  await notify(ix, ui(localeOf(ix.locale)).outdated);
  return { outcome: 'outdated', deferred: false };
}

/** A form sent: only the report of a wrong answer has one. */
export async function onModal(ix: ModalSubmitInteraction, ctx: BotContext): Promise<Responded> {
  const action = decodeAction(ix.customId);
  if (action?.kind === 'feedback' && action.verdict === 'report') return onReportForm(ix, action, ctx);
  await notify(ix, ui(localeOf(ix.locale)).outdated);
  return { outcome: 'outdated', deferred: false };
}
