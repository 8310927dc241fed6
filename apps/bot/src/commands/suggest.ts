import { randomBytes } from 'node:crypto';
import { CONCEPT_KINDS, fold } from '@study-graph/graph';
import {
  SlashCommandBuilder,
  type SlashCommandStringOption,
  type SlashCommandSubcommandBuilder,
} from 'discord.js';
import { checkProposal, isSuggestable, type TypedProposal } from '../community/check-proposal.ts';
import type { BotContext } from '../context.ts';
import { respond } from '../discord/respond.ts';
import { noticeCard } from '../format/card.ts';
import { type Locale, localeOf } from '../format/locale.ts';
import { toMessage } from '../format/message.ts';
import { ui } from '../format/strings.ts';
import { DISCORD_LIMITS as L, truncate } from '../format/truncate.ts';
import { suggest as autocomplete } from './autocomplete.ts';
import { type Choice, conceptChoices } from './choices.ts';
import type { Command } from './command.ts';

type Texts = [name: string, vi: string, description: string, viDescription: string];

/** A string option with its names and descriptions in both languages. */
function text(o: SlashCommandStringOption, [name, vi, description, viDescription]: Texts, max?: number) {
  o.setName(name).setNameLocalizations({ vi }).setDescription(description);
  o.setDescriptionLocalizations({ vi: viDescription });
  return max ? o.setMaxLength(max) : o;
}

const CONCEPT: Texts = [
  'concept',
  'khai-niem',
  'A concept of the graph (type to pick)',
  'Một khái niệm (gõ để chọn)',
];

function subcommand(s: SlashCommandSubcommandBuilder, [name, vi, description, viDescription]: Texts) {
  return s
    .setName(name)
    .setNameLocalizations({ vi })
    .setDescription(description)
    .setDescriptionLocalizations({ vi: viDescription });
}

/**
 * `/suggest concept|alias|relation|correction`: proposes an addition to this server's graph; it
 * waits for a moderator (`/pending`). Concepts are picked by autocomplete and checked against the
 * graph, so a suggestion that could not join it is refused at once, privately.
 */
export const suggest = {
  data: new SlashCommandBuilder()
    .setName('suggest')
    .setNameLocalizations({ vi: 'de-xuat' })
    .setDescription("Suggest an addition to this server's graph, for a moderator to approve")
    .setDescriptionLocalizations({ vi: 'Đề xuất bổ sung cho sơ đồ của server, chờ người điều hành duyệt' })
    .addSubcommand((s) =>
      subcommand(s, ['concept', 'khai-niem', 'A new concept', 'Một khái niệm mới'])
        .addStringOption((o) => text(o, ['name', 'ten', 'Its name', 'Tên của nó'], 80).setRequired(true))
        .addStringOption((o) =>
          text(
            o,
            ['summary', 'tom-tat', 'What it is, in a sentence or two', 'Nó là gì, trong một hai câu'],
            1000,
          ).setRequired(true),
        )
        .addStringOption((o) =>
          text(o, ['kind', 'loai', 'What kind of thing it is', 'Nó thuộc loại gì'])
            .setRequired(true)
            .addChoices(CONCEPT_KINDS.map((k) => ({ name: k, value: k }))),
        )
        .addStringOption((o) =>
          text(o, [
            'related',
            'lien-quan',
            'A concept it relates to (type to pick)',
            'Khái niệm liên quan (gõ để chọn)',
          ]).setAutocomplete(true),
        )
        .addStringOption((o) =>
          text(o, [
            'relation',
            'quan-he',
            'How it relates to that concept',
            'Nó liên quan tới khái niệm đó thế nào',
          ]).setAutocomplete(true),
        ),
    )
    .addSubcommand((s) =>
      subcommand(s, ['alias', 'ten-goi', 'Another name for a concept', 'Một tên gọi khác của khái niệm'])
        .addStringOption((o) => text(o, CONCEPT).setRequired(true).setAutocomplete(true))
        .addStringOption((o) =>
          text(o, ['alias', 'ten-khac', 'The other name', 'Tên gọi khác'], 80).setRequired(true),
        ),
    )
    .addSubcommand((s) =>
      subcommand(s, [
        'relation',
        'quan-he',
        'A relation between two concepts',
        'Một quan hệ giữa hai khái niệm',
      ])
        .addStringOption((o) =>
          text(o, ['from', 'tu', 'The first concept (type to pick)', 'Khái niệm thứ nhất (gõ để chọn)'])
            .setRequired(true)
            .setAutocomplete(true),
        )
        .addStringOption((o) =>
          text(o, [
            'type',
            'loai',
            'How the first relates to the second',
            'Khái niệm thứ nhất liên quan tới thứ hai thế nào',
          ])
            .setRequired(true)
            .setAutocomplete(true),
        )
        .addStringOption((o) =>
          text(o, ['to', 'toi', 'The second concept (type to pick)', 'Khái niệm thứ hai (gõ để chọn)'])
            .setRequired(true)
            .setAutocomplete(true),
        ),
    )
    .addSubcommand((s) =>
      subcommand(s, [
        'correction',
        'sua',
        'A better summary of a concept',
        'Một tóm tắt đúng hơn cho khái niệm',
      ])
        .addStringOption((o) => text(o, CONCEPT).setRequired(true).setAutocomplete(true))
        .addStringOption((o) =>
          text(
            o,
            ['summary', 'tom-tat', 'The summary as it should read', 'Tóm tắt như nó nên là'],
            1000,
          ).setRequired(true),
        ),
    )
    .toJSON(),
  execute(ix, ctx) {
    const locale = localeOf(ix.locale);
    const t = ui(locale);
    const get = (name: string) => ix.options.getString(name);
    const typed = typedProposal(ix.options.getSubcommand(), (name) => get(name) ?? '', get);
    return respond(ix, ctx, 'private', async () => {
      if (!ix.guildId || !typed) return toMessage(noticeCard(locale, t.serverOnly));
      const checked = await checkProposal(typed, ctx.knowledge, locale);
      if ('problem' in checked) return toMessage(noticeCard(locale, t.suggestProblem(checked.problem)));
      await ctx.suggestions.propose({
        id: randomBytes(5).toString('hex'),
        guildId: ix.guildId,
        userId: ix.user.id,
        locale,
        proposal: checked.proposal,
        status: 'pending',
        at: Date.now(),
        decidedBy: null,
        decidedAt: null,
      });
      return toMessage(noticeCard(locale, t.suggestThanks));
    });
  },
  autocomplete(ix, ctx) {
    const locale = localeOf(ix.locale);
    return autocomplete(ix, ctx, (typed, option) =>
      option === 'relation' || option === 'type'
        ? relationChoices(ctx, typed, locale)
        : conceptChoices(ctx.knowledge, typed, locale),
    );
  },
} satisfies Command;

/** The subcommand's options as a typed proposal; null for a subcommand this version does not know. */
function typedProposal(
  subcommand: string,
  required: (name: string) => string,
  optional: (name: string) => string | null,
): TypedProposal | null {
  switch (subcommand) {
    case 'concept':
      return {
        kind: 'concept',
        name: required('name'),
        conceptKind: required('kind'),
        summary: required('summary'),
        related: optional('related'),
        relation: optional('relation'),
      };
    case 'alias':
      return { kind: 'alias', concept: required('concept'), alias: required('alias') };
    case 'relation':
      return { kind: 'relation', from: required('from'), type: required('type'), to: required('to') };
    case 'correction':
      return { kind: 'correction', concept: required('concept'), summary: required('summary') };
    default:
      return null;
  }
}

/** The relation types the graph reads, by their reading in the locale. */
async function relationChoices(ctx: BotContext, typed: string, locale: Locale): Promise<Choice[]> {
  const q = fold(typed);
  return (await ctx.knowledge.relationReadings())
    .filter((r) => isSuggestable(r.type))
    .filter((r) => !q || fold(`${r.label[locale]} ${r.type}`).includes(q))
    .slice(0, L.choices)
    .map((r) => ({ name: truncate(`${r.label[locale]} (${r.type})`, L.choiceName), value: r.type }));
}
