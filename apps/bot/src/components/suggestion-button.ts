import type { Proposal, Suggestion } from '@study-graph/study';
import { type ButtonInteraction, ButtonStyle, ComponentType } from 'discord.js';
import { canModerate } from '../community/moderators.ts';
import type { BotContext } from '../context.ts';
import { notify, type Responded, respond } from '../discord/respond.ts';
import { type Locale, localeOf } from '../format/locale.ts';
import { type ActionRow, type OutgoingMessage, privateCard } from '../format/message.ts';
import { ui } from '../format/strings.ts';
import { DISCORD_LIMITS as L, truncate } from '../format/truncate.ts';
import { type Action, encodeAction } from './custom-id.ts';

/** Suggestions shown at once: one row of buttons each, within Discord's five rows. */
const SHOWN = 5;

/**
 * Approve or Reject clicked in `/pending`: checked again (the member may have lost the right, the
 * suggestion may be decided already); an approval is part of the server's graph from its next
 * interaction on. The list is updated in place, saying what was decided.
 */
export async function onSuggestionButton(
  ix: ButtonInteraction,
  { decision, id, locale }: Extract<Action, { kind: 'suggestion' }>,
  ctx: BotContext,
): Promise<Responded> {
  const guildId = ix.guildId;
  if (!guildId || !canModerate(ix, ctx)) {
    await notify(ix, ui(localeOf(ix.locale)).notModerator);
    return { outcome: 'ok', deferred: false };
  }
  return respond(ix, ctx, 'update', async () => {
    const status = decision === 'approve' ? 'approved' : 'rejected';
    const decided = await ctx.suggestions.decide(guildId, id, status, ix.user.id, Date.now());
    if (decided?.status === 'approved') ctx.community.changed(guildId);
    ctx.logger.info({ suggestion: id, status: decided?.status ?? 'already decided' }, 'suggestion decided');
    const t = ui(locale);
    const note = decided
      ? t.decided(status, await describe(ctx, decided.proposal, locale))
      : t.alreadyDecided;
    return moderationMessage(ctx, guildId, locale, note);
  });
}

/** The server's pending suggestions with their buttons, after what was just decided (if anything). */
export async function moderationMessage(
  ctx: BotContext,
  guildId: string,
  locale: Locale,
  note: string | null,
): Promise<OutgoingMessage> {
  const t = ui(locale);
  const waiting = await ctx.suggestions.pending(guildId, SHOWN);
  const lines = await Promise.all(
    waiting.map(async (s, i) => t.pendingLine(i + 1, await describe(ctx, s.proposal, locale), s.userId)),
  );
  const body = [note, lines.length > 0 ? lines.join('\n\n') : t.pendingNone].filter(Boolean).join('\n\n');
  return {
    ...privateCard(t.pendingTitle, body),
    components: waiting.map((s, i) => buttons(s, i + 1, locale)),
  };
}

function buttons(s: Suggestion, n: number, locale: Locale): ActionRow {
  const t = ui(locale);
  const button = (
    decision: 'approve' | 'reject',
    label: string,
    style: ButtonStyle.Success | ButtonStyle.Danger,
  ) => ({
    type: ComponentType.Button as const,
    style,
    custom_id: encodeAction({ kind: 'suggestion', decision, id: s.id, locale }) ?? '',
    label: truncate(`${label} ${n}`, L.buttonLabel),
  });
  return {
    type: ComponentType.ActionRow,
    components: [
      button('approve', t.approveButton, ButtonStyle.Success),
      button('reject', t.rejectButton, ButtonStyle.Danger),
    ],
  };
}

/** A proposal in words: the graph's names for its concepts, the graph's reading for its relation. */
async function describe(ctx: BotContext, proposal: Proposal, locale: Locale): Promise<string> {
  const ids = Object.values(proposal).filter((v): v is string => typeof v === 'string');
  const [concepts, readings] = await Promise.all([
    Promise.all(ids.map((id) => ctx.knowledge.concept(id))),
    ctx.knowledge.relationReadings(),
  ]);
  const name = (id: string) => concepts.find((c) => c?.id === id)?.name[locale] ?? id;
  const reading = (type: string) => readings.find((r) => r.type === type)?.label[locale] ?? type;
  return ui(locale).proposal(proposal, name, reading);
}
