/**
 * zod schemas for what a bot sends to Discord, with Discord's limits. Each exported schema is checked at
 * compile time against the matching `discord-api-types/v10` type (see the `_Checks` tuple at the end): if
 * discord-api-types renames a field or changes its type, this file stops compiling instead of drifting.
 *
 * The schemas check shapes and per-field limits; rules that span fields (embed total size, button kinds,
 * required-before-optional options, ...) are in `./rules.ts`.
 */
import {
  AllowedMentionsTypes,
  type APIActionRowComponent,
  type APIAllowedMentions,
  type APIApplicationCommandOption,
  type APIApplicationCommandOptionChoice,
  type APIButtonComponent,
  type APICommandAutocompleteInteractionResponseCallbackData,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  type APISelectMenuOption,
  type APIStringSelectComponent,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonStyle,
  ComponentType,
  EmbedType,
  InteractionResponseType,
  type RESTPatchAPIWebhookWithTokenMessageJSONBody,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPostAPIChannelMessageJSONBody,
  type RESTPostAPIWebhookWithTokenJSONBody,
  SelectMenuDefaultValueType,
} from 'discord-api-types/v10';
import { z } from 'zod';
import {
  type AcceptsOnly,
  type Expect,
  int,
  list,
  type NoUnknownKeys,
  snowflakeString,
  text,
} from './zod-helpers.ts';

/** Discord's documented limits, in one place. */
export const Limits = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  selectOptions: 25,
  selectOptionText: 100,
  selectPlaceholder: 150,
  componentsV2Total: 40,
  textDisplayTotal: 4000,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
  commandChoices: 25,
  commandTotalChars: 4000,
  globalChatInputCommands: 100,
  contextMenuCommands: 5,
  attachments: 10,
  allowedMentionIds: 100,
} as const;

// ---- embeds -------------------------------------------------------------------------------------------

const embedMedia = z.object({
  url: z.string(),
  proxy_url: z.string().optional(),
  height: int(0).optional(),
  width: int(0).optional(),
});

export const embedSchema = z.object({
  title: text(Limits.embedTitle).optional(),
  type: z.literal(EmbedType.Rich).optional(),
  description: text(Limits.embedDescription).optional(),
  url: z.string().optional(),
  timestamp: z.string().optional(),
  color: int(0, 0xffffff).optional(),
  footer: z
    .object({
      text: text(Limits.embedFooter, { required: true }),
      icon_url: z.string().optional(),
      proxy_icon_url: z.string().optional(),
    })
    .optional(),
  image: embedMedia.optional(),
  thumbnail: embedMedia.optional(),
  author: z
    .object({
      name: text(Limits.embedAuthorName, { required: true }),
      url: z.string().optional(),
      icon_url: z.string().optional(),
      proxy_icon_url: z.string().optional(),
    })
    .optional(),
  fields: list(
    z.object({
      name: text(Limits.embedFieldName, { required: true }),
      value: text(Limits.embedFieldValue, { required: true }),
      inline: z.boolean().optional(),
    }),
    Limits.embedFields,
  ).optional(),
});

// ---- components ---------------------------------------------------------------------------------------

const emojiSchema = z.object({
  id: snowflakeString.optional(),
  name: z.string().optional(),
  animated: z.boolean().optional(),
});

const customId = text(Limits.customId, { min: 1 });
const componentId = int(0, 2_147_483_647).optional();

const customIdButton = z.object({
  type: z.literal(ComponentType.Button),
  id: componentId,
  style: z.union([
    z.literal(ButtonStyle.Primary),
    z.literal(ButtonStyle.Secondary),
    z.literal(ButtonStyle.Success),
    z.literal(ButtonStyle.Danger),
  ]),
  custom_id: customId,
  label: text(Limits.buttonLabel).optional(),
  emoji: emojiSchema.optional(),
  disabled: z.boolean().optional(),
});

const linkButton = z.object({
  type: z.literal(ComponentType.Button),
  id: componentId,
  style: z.literal(ButtonStyle.Link),
  url: text(512, { min: 1 }),
  label: text(Limits.buttonLabel).optional(),
  emoji: emojiSchema.optional(),
  disabled: z.boolean().optional(),
});

const premiumButton = z.object({
  type: z.literal(ComponentType.Button),
  id: componentId,
  style: z.literal(ButtonStyle.Premium),
  sku_id: snowflakeString,
  disabled: z.boolean().optional(),
});

export const buttonSchema = z.discriminatedUnion('style', [customIdButton, linkButton, premiumButton]);

export const selectOptionSchema = z.object({
  label: text(Limits.selectOptionText, { min: 1 }),
  value: text(Limits.selectOptionText, { min: 1 }),
  description: text(Limits.selectOptionText).optional(),
  emoji: emojiSchema.optional(),
  default: z.boolean().optional(),
});

const selectBase = {
  id: componentId,
  custom_id: customId,
  placeholder: text(Limits.selectPlaceholder).optional(),
  min_values: int(0, Limits.selectOptions).optional(),
  max_values: int(1, Limits.selectOptions).optional(),
  disabled: z.boolean().optional(),
  required: z.boolean().optional(),
};

export const stringSelectSchema = z.object({
  type: z.literal(ComponentType.StringSelect),
  ...selectBase,
  options: list(selectOptionSchema, Limits.selectOptions, 1),
});

const defaultValue = <T extends SelectMenuDefaultValueType>(type: T) =>
  z.object({ id: snowflakeString, type: z.literal(type) });

const userSelect = z.object({
  type: z.literal(ComponentType.UserSelect),
  ...selectBase,
  default_values: list(defaultValue(SelectMenuDefaultValueType.User), Limits.selectOptions).optional(),
});
const roleSelect = z.object({
  type: z.literal(ComponentType.RoleSelect),
  ...selectBase,
  default_values: list(defaultValue(SelectMenuDefaultValueType.Role), Limits.selectOptions).optional(),
});
const mentionableSelect = z.object({
  type: z.literal(ComponentType.MentionableSelect),
  ...selectBase,
  default_values: list(
    z.union([defaultValue(SelectMenuDefaultValueType.User), defaultValue(SelectMenuDefaultValueType.Role)]),
    Limits.selectOptions,
  ).optional(),
});
const channelSelect = z.object({
  type: z.literal(ComponentType.ChannelSelect),
  ...selectBase,
  channel_types: z.array(int(0)).optional(),
  default_values: list(defaultValue(SelectMenuDefaultValueType.Channel), Limits.selectOptions).optional(),
});

/** Anything that may sit in a message's action row. */
export const rowComponentSchema = z.union([
  buttonSchema,
  stringSelectSchema,
  userSelect,
  roleSelect,
  mentionableSelect,
  channelSelect,
]);

export const actionRowSchema = z.object({
  type: z.literal(ComponentType.ActionRow),
  id: componentId,
  components: list(rowComponentSchema, Limits.buttonsPerRow, 1),
});

/** Top-level components of a classic message: at most 5 action rows. */
export const classicComponentsSchema = list(actionRowSchema, Limits.actionRows);

/**
 * Top-level components of a Components V2 message (flag `IS_COMPONENTS_V2`): action rows are checked fully,
 * the layout components (section, text display, container, ...) only for their shape; the 40-component and
 * 4,000-character caps are checked in `rules.ts`.
 */
export const v2ComponentsSchema = list(
  z.union([
    actionRowSchema,
    z
      .object({
        type: z.union([9, 10, 11, 12, 13, 14, 17].map((t) => z.literal(t))) as unknown as z.ZodNumber,
      })
      .loose(),
  ]),
  Limits.componentsV2Total,
);

// ---- message payloads ---------------------------------------------------------------------------------

export const allowedMentionsSchema = z.object({
  parse: z.array(z.enum(AllowedMentionsTypes)).optional(),
  roles: list(snowflakeString, Limits.allowedMentionIds).optional(),
  users: list(snowflakeString, Limits.allowedMentionIds).optional(),
  replied_user: z.boolean().optional(),
});

/** discord.js sends `null` for unset attachment fields (`description: null`); Discord treats that as absent. */
const withoutNulls = (v: unknown) =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null))
    : v;

const attachmentRef = z.preprocess(
  withoutNulls,
  z.object({
    id: z.union([snowflakeString, int(0)]),
    filename: z.string().optional(),
    title: z.string().optional(),
    description: text(1024).optional(),
    duration_secs: z.number().optional(),
    waveform: z.string().optional(),
    is_remix: z.boolean().optional(),
  }),
);

const messageReference = z.object({
  message_id: snowflakeString,
  channel_id: snowflakeString.optional(),
  guild_id: snowflakeString.optional(),
  fail_if_not_exists: z.boolean().optional(),
  type: int(0, 1).optional(),
});

const pollSchema = z.object({
  question: z.object({ text: text(300, { min: 1 }) }),
  answers: list(z.object({ poll_media: z.object({ text: text(55, { min: 1 }) }) }), 10, 1),
  duration: int(1, 768).optional(),
  allow_multiselect: z.boolean().optional(),
  layout_type: int(1, 1).optional(),
});

/** Fields common to every way a bot can post a message. */
const messageFields = {
  content: text(Limits.content).optional(),
  tts: z.boolean().optional(),
  embeds: list(embedSchema, Limits.embeds).optional(),
  allowed_mentions: allowedMentionsSchema.optional(),
  components: classicComponentsSchema.optional(),
  flags: int(0).optional(),
  attachments: list(attachmentRef, Limits.attachments).optional(),
  poll: pollSchema.optional(),
};

/** `POST /channels/{id}/messages` body. */
export const channelMessageSchema = z.object({
  ...messageFields,
  nonce: z.union([z.string().max(25), z.number()]).optional(),
  enforce_nonce: z.boolean().optional(),
  message_reference: messageReference.optional(),
  sticker_ids: list(snowflakeString, 3).optional(),
});

/** `POST /webhooks/{app}/{token}` body (interaction follow-ups). */
export const webhookExecuteSchema = z.object({
  ...messageFields,
  username: text(80).optional(),
  avatar_url: z.string().optional(),
  thread_name: z.string().optional(),
  applied_tags: z.array(snowflakeString).optional(),
});

/** `PATCH /webhooks/{app}/{token}/messages/{id}` body: every field may also be `null` (= clear). */
export const webhookEditSchema = z.object({
  content: text(Limits.content).nullable().optional(),
  embeds: list(embedSchema, Limits.embeds).nullable().optional(),
  allowed_mentions: allowedMentionsSchema.nullable().optional(),
  components: classicComponentsSchema.nullable().optional(),
  flags: int(0).nullable().optional(),
  attachments: list(attachmentRef, Limits.attachments).optional(),
  poll: pollSchema.optional(),
});

/** `data` of callback types 4 (CHANNEL_MESSAGE_WITH_SOURCE) and 7 (UPDATE_MESSAGE). */
export const callbackMessageDataSchema = z.object({ ...messageFields });

// ---- autocomplete -------------------------------------------------------------------------------------

const localizationMap = z.record(z.string(), z.string().nullable());

export const choiceSchema = z.object({
  name: text(Limits.choiceName, { min: 1 }),
  name_localizations: localizationMap.nullable().optional(),
  value: z.union([text(Limits.choiceValue), z.number()]),
});

export const autocompleteDataSchema = z.object({
  choices: list(choiceSchema, Limits.autocompleteChoices).optional(),
});

// ---- interaction callback -----------------------------------------------------------------------------

const modalDataSchema = z.object({
  custom_id: customId,
  title: text(45, { min: 1 }),
  components: list(z.object({ type: int(1) }).loose(), 5, 1),
});

/** The envelope of `POST /interactions/{id}/{token}/callback`. */
export const interactionCallbackSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal(InteractionResponseType.Pong) }),
  z.object({
    type: z.literal(InteractionResponseType.ChannelMessageWithSource),
    data: callbackMessageDataSchema,
  }),
  z.object({
    type: z.literal(InteractionResponseType.DeferredChannelMessageWithSource),
    data: z.object({ flags: int(0).optional() }).optional(),
  }),
  z.object({ type: z.literal(InteractionResponseType.DeferredMessageUpdate) }),
  z.object({
    type: z.literal(InteractionResponseType.UpdateMessage),
    data: callbackMessageDataSchema.optional(),
  }),
  z.object({
    type: z.literal(InteractionResponseType.ApplicationCommandAutocompleteResult),
    data: autocompleteDataSchema,
  }),
  z.object({ type: z.literal(InteractionResponseType.Modal), data: modalDataSchema }),
  z.object({ type: z.literal(InteractionResponseType.PremiumRequired) }),
  z.object({ type: z.literal(InteractionResponseType.LaunchActivity) }),
]);

// ---- application commands -----------------------------------------------------------------------------

/** One option of an application command (recursive: sub-commands hold options). */
export interface CommandOptionInput {
  type: ApplicationCommandOptionType;
  name: string;
  name_localizations?: Record<string, string | null> | null | undefined;
  description: string;
  description_localizations?: Record<string, string | null> | null | undefined;
  required?: boolean | undefined;
  choices?:
    | {
        name: string;
        name_localizations?: Record<string, string | null> | null | undefined;
        value: string | number;
      }[]
    | undefined;
  options?: CommandOptionInput[] | undefined;
  channel_types?: number[] | undefined;
  min_value?: number | undefined;
  max_value?: number | undefined;
  min_length?: number | undefined;
  max_length?: number | undefined;
  autocomplete?: boolean | undefined;
}

export const commandOptionSchema: z.ZodType<CommandOptionInput> = z.lazy(() =>
  z.object({
    type: z.enum(ApplicationCommandOptionType),
    name: z.string(),
    name_localizations: localizationMap.nullable().optional(),
    description: z.string(),
    description_localizations: localizationMap.nullable().optional(),
    required: z.boolean().optional(),
    choices: list(
      z.object({
        name: text(Limits.choiceName, { min: 1 }),
        name_localizations: localizationMap.nullable().optional(),
        value: z.union([text(Limits.choiceValue), z.number()]),
      }),
      Limits.commandChoices,
    ).optional(),
    options: list(commandOptionSchema, Limits.commandOptions).optional(),
    channel_types: z.array(int(0)).optional(),
    min_value: z.number().optional(),
    max_value: z.number().optional(),
    min_length: int(0, 6000).optional(),
    max_length: int(1, 6000).optional(),
    autocomplete: z.boolean().optional(),
  }),
);

export const applicationCommandSchema = z.object({
  id: snowflakeString.optional(),
  type: z.enum(ApplicationCommandType).optional(),
  name: z.string(),
  name_localizations: localizationMap.nullable().optional(),
  description: z.string().optional(),
  description_localizations: localizationMap.nullable().optional(),
  options: list(commandOptionSchema, Limits.commandOptions).optional(),
  default_member_permissions: z.string().nullable().optional(),
  dm_permission: z.boolean().nullable().optional(),
  default_permission: z.boolean().optional(),
  nsfw: z.boolean().optional(),
  integration_types: z.array(int(0, 1)).optional(),
  contexts: z.array(int(0, 2)).nullable().optional(),
  handler: int(1, 2).optional(),
});

/** `PUT /applications/{app}/commands` (bulk overwrite) body. */
export const bulkCommandsSchema = z.array(applicationCommandSchema);

// ---- compile-time checks against discord-api-types ----------------------------------------------------

type MessageActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;
type CallbackData = APIInteractionResponseCallbackData;

/** Each entry fails to compile if the schema and discord-api-types disagree. Not used at run time. */
export type _Checks = [
  Expect<AcceptsOnly<z.infer<typeof embedSchema>, APIEmbed>>,
  Expect<NoUnknownKeys<z.infer<typeof embedSchema>, APIEmbed>>,
  Expect<AcceptsOnly<z.infer<typeof buttonSchema>, APIButtonComponent>>,
  Expect<NoUnknownKeys<z.infer<typeof buttonSchema>, APIButtonComponent>>,
  Expect<AcceptsOnly<z.infer<typeof stringSelectSchema>, APIStringSelectComponent>>,
  Expect<NoUnknownKeys<z.infer<typeof stringSelectSchema>, APIStringSelectComponent>>,
  Expect<AcceptsOnly<z.infer<typeof selectOptionSchema>, APISelectMenuOption>>,
  Expect<AcceptsOnly<z.infer<typeof actionRowSchema>, MessageActionRow>>,
  Expect<NoUnknownKeys<z.infer<typeof actionRowSchema>, MessageActionRow>>,
  Expect<AcceptsOnly<z.infer<typeof allowedMentionsSchema>, APIAllowedMentions>>,
  Expect<AcceptsOnly<z.infer<typeof choiceSchema>, APIApplicationCommandOptionChoice>>,
  Expect<
    AcceptsOnly<z.infer<typeof autocompleteDataSchema>, APICommandAutocompleteInteractionResponseCallbackData>
  >,
  Expect<AcceptsOnly<z.infer<typeof callbackMessageDataSchema>, CallbackData>>,
  Expect<NoUnknownKeys<z.infer<typeof callbackMessageDataSchema>, CallbackData>>,
  Expect<NoUnknownKeys<z.infer<typeof channelMessageSchema>, RESTPostAPIChannelMessageJSONBody>>,
  Expect<NoUnknownKeys<z.infer<typeof webhookExecuteSchema>, RESTPostAPIWebhookWithTokenJSONBody>>,
  Expect<NoUnknownKeys<z.infer<typeof webhookEditSchema>, RESTPatchAPIWebhookWithTokenMessageJSONBody>>,
  Expect<NoUnknownKeys<z.infer<typeof interactionCallbackSchema>, APIInteractionResponse>>,
  Expect<
    AcceptsOnly<
      Exclude<z.infer<typeof interactionCallbackSchema>, { type: InteractionResponseType.Modal }>,
      APIInteractionResponse
    >
  >,
  Expect<NoUnknownKeys<CommandOptionInput, APIApplicationCommandOption>>,
  Expect<
    NoUnknownKeys<
      z.infer<typeof applicationCommandSchema>,
      RESTPostAPIApplicationCommandsJSONBody | { id: string }
    >
  >,
];
