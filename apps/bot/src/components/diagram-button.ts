import type { APIEmbed, ButtonInteraction } from 'discord.js';
import type { BotContext } from '../context.ts';
import { OutdatedActionError, type Responded, respond } from '../discord/respond.ts';
import { imageFileName } from '../format/card.ts';
import type { ActionRow, OutgoingMessage } from '../format/message.ts';
import { DISCORD_LIMITS, truncate } from '../format/truncate.ts';
import type { Action } from './custom-id.ts';

/**
 * "Sơ đồ / Diagram": adds the drawing to the answer in place. The answer's text is taken from the
 * message itself, so the button works without the bot remembering anything.
 */
export function onDiagramButton(
  ix: ButtonInteraction,
  action: Extract<Action, { kind: 'diagram' }>,
  ctx: BotContext,
): Promise<Responded> {
  return respond(ix, ctx, 'update', async (slow) => {
    if (!ctx.knowledge.isDrawn(action.spec, action.locale)) await slow();
    const drawn = await ctx.knowledge.draw(action.spec, action.locale);
    const components = withoutButton(ix);
    const [embed]: APIEmbed[] = ix.message.embeds.map((e) => e.toJSON());
    // The figure is gone from the graph, or the id was never one: the clicker is told, privately.
    if (!drawn) throw new OutdatedActionError(`nothing to draw for ${ix.customId}`);
    const fileName = imageFileName(action.spec);
    return {
      ...current(ix),
      embeds: [
        {
          ...(embed ?? { title: truncate(drawn.title, DISCORD_LIMITS.embedTitle) }),
          image: { url: `attachment://${fileName}` },
        },
      ],
      files: [
        {
          attachment: drawn.png,
          name: fileName,
          description: truncate(drawn.title, DISCORD_LIMITS.attachmentDescription),
        },
      ],
      components,
    };
  });
}

function current(ix: ButtonInteraction): OutgoingMessage {
  return { content: ix.message.content, embeds: [], files: [], components: [], ephemeral: false };
}

/** The message's rows minus the clicked button (the drawing is there now); empty rows dropped. */
function withoutButton(ix: ButtonInteraction): ActionRow[] {
  return ix.message.components.flatMap((row) => {
    const json = row.toJSON() as ActionRow;
    if (!('components' in json)) return [];
    const kept = json.components.filter((c) => !('custom_id' in c) || c.custom_id !== ix.customId);
    return kept.length > 0 ? [{ ...json, components: kept }] : [];
  });
}
