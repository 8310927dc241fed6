import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type AttachmentPayload,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import { type Action, encodeAction } from '../components/custom-id.ts';
import type { Card } from './card.ts';
import type { Locale } from './locale.ts';
import { ui } from './strings.ts';
import { DISCORD_LIMITS as L, truncate } from './truncate.ts';

/** Docker blue for answers, grey when the notes have nothing. */
const COLOURS = { answer: 0x2496ed, 'not-found': 0x99aab5, help: 0x2496ed, notice: 0x99aab5 } as const;

export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/** A message as the bot sends it: reply, edit, update or message reply all take this shape. */
export interface OutgoingMessage {
  content: string;
  embeds: APIEmbed[];
  files: AttachmentPayload[];
  components: ActionRow[];
  ephemeral: boolean;
}

/** An embed of the bot's own (no answer, no buttons): a title and a text, seen by everyone. */
export function publicCard(title: string, body: string): OutgoingMessage {
  return {
    content: '',
    embeds: [
      {
        title: truncate(title, L.embedTitle),
        description: truncate(body, L.embedDescription),
        color: COLOURS.help,
      },
    ],
    files: [],
    components: [],
    ephemeral: false,
  };
}

/** The same, seen only by the person who asked. */
export function privateCard(title: string, body: string): OutgoingMessage {
  return { ...publicCard(title, body), ephemeral: true };
}

/** Turns a card into a message within Discord's limits. */
export function toMessage(card: Card): OutgoingMessage {
  if (card.tone === 'notice') {
    return {
      content: truncate(card.body, L.content),
      embeds: [],
      files: [],
      components: [],
      ephemeral: card.ephemeral ?? false,
    };
  }
  return {
    content: '',
    embeds: [toEmbed(card)],
    files: card.image
      ? [
          {
            attachment: card.image.png,
            name: card.image.fileName,
            description: truncate(card.image.title, L.attachmentDescription),
          },
        ]
      : [],
    components: toComponents(card),
    ephemeral: card.ephemeral ?? false,
  };
}

function toEmbed(card: Card): APIEmbed {
  const title = truncate(card.title, L.embedTitle);
  const footer = card.footer ? truncate(card.footer, L.embedFooter) : undefined;
  // The whole embed must stay under 6,000 characters too, not only each part.
  const room = Math.min(L.embedDescription, L.embedTotal - title.length - (footer?.length ?? 0));
  return {
    ...(title ? { title } : {}),
    description: truncate(card.body, room),
    color: COLOURS[card.tone],
    ...(footer ? { footer: { text: footer } } : {}),
    ...(card.image ? { image: { url: `attachment://${card.image.fileName}` } } : {}),
  };
}

function toComponents(card: Card): ActionRow[] {
  const t = ui(card.locale);
  const rows: ActionRow[] = [];
  const buttons = [
    card.diagram
      ? button({ kind: 'diagram', spec: card.diagram, locale: card.locale }, t.diagramButton, '📊')
      : null,
    card.related
      ? button({ kind: 'related', conceptId: card.related, locale: card.locale }, t.relatedButton, '🔗')
      : null,
  ].filter((b) => b !== null);
  if (buttons.length > 0) rows.push({ type: ComponentType.ActionRow, components: buttons });
  const menu = card.menu;
  const customId = menu && encodeAction({ kind: 'nearby', locale: card.locale });
  if (menu && customId && menu.concepts.length > 0) {
    const seen = new Set<string>();
    const options = menu.concepts
      .filter((c) => c.id.length <= L.selectOptionValue && !seen.has(c.id) && seen.add(c.id))
      .slice(0, L.selectOptions)
      .map((c) => ({ label: truncate(c.name, L.selectOptionLabel), value: c.id }));
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: customId,
          placeholder: truncate(
            menu.kind === 'suggestions' ? t.suggestionsPlaceholder : t.nearbyPlaceholder,
            L.selectPlaceholder,
          ),
          min_values: 1,
          max_values: 1,
          options,
        },
      ],
    });
  }
  if (card.tone === 'answer' || card.tone === 'not-found') rows.push(feedbackRow(card.locale));
  return rows;
}

/** Under every answer: was it right, and a way to say what is wrong. */
function feedbackRow(locale: Locale): ActionRow {
  const t = ui(locale);
  const emoji = { up: '👍', down: '👎', report: '🚩' } as const;
  const buttons = (['up', 'down', 'report'] as const).map((verdict) =>
    button({ kind: 'feedback', verdict, locale }, t.feedbackButtons[verdict], emoji[verdict]),
  );
  return { type: ComponentType.ActionRow, components: buttons.filter((b) => b !== null) };
}

function button(action: Action, label: string, emoji: string) {
  const customId = encodeAction(action);
  if (!customId) return null;
  return {
    type: ComponentType.Button as const,
    style: ButtonStyle.Secondary as const,
    custom_id: customId,
    label: truncate(label, L.buttonLabel),
    emoji: { name: emoji },
  };
}
