/**
 * The checks Discord makes on what a bot sends: shapes and lengths through the zod schemas, plus the rules
 * that span several fields. Every function answers a list of {@link FieldProblem}s (empty = accepted).
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonStyle,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  Locale,
  MessageFlags,
} from 'discord-api-types/v10';
import type { FieldProblem } from './errors.ts';
import { lengthProblem } from './errors.ts';
import {
  applicationCommandSchema,
  autocompleteDataSchema,
  callbackMessageDataSchema,
  channelMessageSchema,
  interactionCallbackSchema,
  Limits,
  v2ComponentsSchema,
  webhookEditSchema,
  webhookExecuteSchema,
} from './schemas.ts';
import { check, codePointLength } from './zod-helpers.ts';

type Path = (string | number)[];
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Which endpoint a message body was sent to; each has its own schema. */
export type MessageEndpoint = 'channel' | 'webhook' | 'webhook-edit' | 'callback';

const messageSchemas = {
  channel: channelMessageSchema,
  webhook: webhookExecuteSchema,
  'webhook-edit': webhookEditSchema,
  callback: callbackMessageDataSchema,
} as const;

/** Flags an interaction response or follow-up may set. */
const RESPONSE_FLAGS =
  MessageFlags.Ephemeral |
  MessageFlags.SuppressEmbeds |
  MessageFlags.SuppressNotifications |
  MessageFlags.IsComponentsV2;

/**
 * Check a message body (channel message, webhook execute/edit, or callback `data`).
 * Emptiness (code 50006) is not checked here: see {@link isEmptyMessage}.
 */
export function validateMessage(body: unknown, endpoint: MessageEndpoint, prefix: Path = []): FieldProblem[] {
  if (!isObj(body)) {
    return [
      { path: prefix, code: 'MODEL_TYPE_CONVERT', message: 'Only dictionaries may be used in a ModelType' },
    ];
  }
  const flags = typeof body.flags === 'number' ? body.flags : 0;
  const v2 = (flags & MessageFlags.IsComponentsV2) !== 0;
  const problems: FieldProblem[] = [];
  const schema = messageSchemas[endpoint];
  if (v2) {
    problems.push(...check(schema, { ...body, components: undefined }, prefix));
    if (body.components != null)
      problems.push(...check(v2ComponentsSchema, body.components, [...prefix, 'components']));
    problems.push(...v2Rules(body, prefix));
  } else {
    problems.push(...check(schema, body, prefix));
  }
  problems.push(...embedTotalRule(body, prefix));
  problems.push(...componentRules(arr(body.components), [...prefix, 'components']));
  problems.push(...allowedMentionsRule(body.allowed_mentions, [...prefix, 'allowed_mentions']));
  if ((endpoint === 'callback' || endpoint === 'webhook') && (flags & ~RESPONSE_FLAGS) !== 0) {
    problems.push({
      path: [...prefix, 'flags'],
      code: 'MESSAGE_FLAGS_INVALID',
      message: 'Invalid flags for this message',
    });
  }
  return problems;
}

/** Discord refuses to post a message without content, embeds, components, files, stickers or poll (50006). */
export function isEmptyMessage(body: unknown, fileCount: number): boolean {
  if (!isObj(body)) return fileCount === 0;
  const hasContent = typeof body.content === 'string' && body.content.trim().length > 0;
  return (
    !hasContent &&
    arr(body.embeds).length === 0 &&
    arr(body.components).length === 0 &&
    arr(body.sticker_ids).length === 0 &&
    body.poll == null &&
    fileCount === 0
  );
}

/** The 6,000-character cap over all embeds of one message. */
export function embedSize(embeds: unknown[]): number {
  let total = 0;
  for (const e of embeds) {
    if (!isObj(e)) continue;
    total += codePointLength(str(e.title)) + codePointLength(str(e.description));
    if (isObj(e.footer)) total += codePointLength(str(e.footer.text));
    if (isObj(e.author)) total += codePointLength(str(e.author.name));
    for (const f of arr(e.fields))
      if (isObj(f)) total += codePointLength(str(f.name)) + codePointLength(str(f.value));
  }
  return total;
}

function embedTotalRule(body: Obj, prefix: Path): FieldProblem[] {
  const size = embedSize(arr(body.embeds));
  return size > Limits.embedTotal
    ? [
        {
          path: [...prefix, 'embeds'],
          code: 'MAX_EMBED_SIZE_EXCEEDED',
          message: `Embed size exceeds maximum size of ${Limits.embedTotal}`,
        },
      ]
    : [];
}

function allowedMentionsRule(am: unknown, path: Path): FieldProblem[] {
  if (!isObj(am)) return [];
  const parse = arr(am.parse);
  const out: FieldProblem[] = [];
  for (const kind of ['users', 'roles'] as const) {
    if (parse.includes(kind) && arr(am[kind]).length > 0) {
      out.push({
        path,
        code: 'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
        message: `parse:["${kind}"] and ${kind}: [ids] are mutually exclusive.`,
      });
    }
  }
  return out;
}

/** Walk every component (rows, their children, V2 containers, section accessories). */
function* walkComponents(components: unknown[], path: Path): Generator<[Obj, Path]> {
  for (const [i, c] of components.entries()) {
    if (!isObj(c)) continue;
    const p = [...path, i];
    yield [c, p];
    if (Array.isArray(c.components)) yield* walkComponents(c.components, [...p, 'components']);
    if (isObj(c.accessory)) yield [c.accessory, [...p, 'accessory']];
  }
}

const SELECT_TYPES: ReadonlySet<unknown> = new Set([
  ComponentType.StringSelect,
  ComponentType.UserSelect,
  ComponentType.RoleSelect,
  ComponentType.MentionableSelect,
  ComponentType.ChannelSelect,
]);

function componentRules(components: unknown[], path: Path): FieldProblem[] {
  const out: FieldProblem[] = [];
  const seen = new Map<string, Path>();
  for (const [c, p] of walkComponents(components, path)) {
    if (typeof c.custom_id === 'string') {
      if (seen.has(c.custom_id)) {
        out.push({
          path: [...p, 'custom_id'],
          code: 'COMPONENT_CUSTOM_ID_DUPLICATED',
          message: 'Component custom id cannot be duplicated',
        });
      }
      seen.set(c.custom_id, p);
    }
    if (c.type === ComponentType.ActionRow) {
      const children = arr(c.components).filter(isObj);
      if (children.some((x) => SELECT_TYPES.has(x.type)) && children.length > 1) {
        out.push({
          path: [...p, 'components'],
          code: 'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
          message: 'The specified component exceeds the maximum width',
        });
      }
    }
    if (c.type === ComponentType.Button) {
      if (c.style === ButtonStyle.Link && c.custom_id !== undefined) {
        out.push({
          path: [...p, 'custom_id'],
          code: 'BUTTON_COMPONENT_CUSTOM_ID_INVALID',
          message: 'A link button cannot have a custom_id',
        });
      }
      if (c.style !== ButtonStyle.Link && c.url !== undefined) {
        out.push({
          path: [...p, 'url'],
          code: 'BUTTON_COMPONENT_URL_INVALID',
          message: 'Only link buttons can have a url',
        });
      }
      if (c.style !== ButtonStyle.Premium && c.label === undefined && c.emoji === undefined) {
        out.push({
          path: [...p, 'label'],
          code: 'BUTTON_COMPONENT_LABEL_OR_EMOJI_REQUIRED',
          message: 'A button needs a label or an emoji',
        });
      }
    }
    if (c.type === ComponentType.StringSelect) {
      const options = arr(c.options).filter(isObj);
      const values = new Set<unknown>();
      for (const [i, o] of options.entries()) {
        if (values.has(o.value)) {
          out.push({
            path: [...p, 'options', i, 'value'],
            code: 'SELECT_COMPONENT_OPTION_VALUE_DUPLICATED',
            message: 'Select menu option values must be unique',
          });
        }
        values.add(o.value);
      }
      const max = typeof c.max_values === 'number' ? c.max_values : 1;
      if (max > options.length && options.length > 0) {
        out.push({
          path: [...p, 'max_values'],
          code: 'SELECT_COMPONENT_MAX_VALUES_TOO_LARGE',
          message: `max_values must be ${options.length} or less (the number of options)`,
        });
      }
    }
    if (SELECT_TYPES.has(c.type)) {
      const min = typeof c.min_values === 'number' ? c.min_values : 1;
      const max = typeof c.max_values === 'number' ? c.max_values : 1;
      if (min > max) {
        out.push({
          path: [...p, 'min_values'],
          code: 'SELECT_COMPONENT_MIN_VALUES_TOO_LARGE',
          message: 'min_values must be less than or equal to max_values',
        });
      }
    }
  }
  return out;
}

function v2Rules(body: Obj, prefix: Path): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const field of ['content', 'embeds', 'poll', 'sticker_ids'] as const) {
    const v = body[field];
    if (v != null && !(Array.isArray(v) && v.length === 0) && v !== '') {
      out.push({
        path: [...prefix, field],
        code: 'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2',
        message:
          "The 'content', 'embeds', 'sticker_ids', and 'poll' fields cannot be used when using MessageFlags.IS_COMPONENTS_V2",
      });
    }
  }
  let count = 0;
  let textTotal = 0;
  for (const [c] of walkComponents(arr(body.components), [])) {
    count++;
    if (c.type === ComponentType.TextDisplay) textTotal += codePointLength(str(c.content));
  }
  if (count > Limits.componentsV2Total) {
    out.push({
      path: [...prefix, 'components'],
      code: 'COMPONENTS_MAX_EXCEEDED',
      message: `Must be ${Limits.componentsV2Total} or fewer in total.`,
    });
  }
  if (textTotal > Limits.textDisplayTotal) {
    out.push({
      path: [...prefix, 'components'],
      code: 'MAX_TEXT_DISPLAY_SIZE_EXCEEDED',
      message: `Text display content exceeds maximum size of ${Limits.textDisplayTotal}`,
    });
  }
  return out;
}

// ---- interaction callbacks ----------------------------------------------------------------------------

/** Callback types Discord accepts for each interaction type. */
export const AllowedCallbackTypes: Readonly<Record<number, readonly InteractionResponseType[]>> = {
  [InteractionType.ApplicationCommand]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.Modal,
    InteractionResponseType.PremiumRequired,
    InteractionResponseType.LaunchActivity,
  ],
  [InteractionType.MessageComponent]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.Modal,
    InteractionResponseType.PremiumRequired,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [
    InteractionResponseType.ApplicationCommandAutocompleteResult,
  ],
  [InteractionType.ModalSubmit]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
  ],
};

/** Check `POST /interactions/{id}/{token}/callback` for an interaction of `interactionType`. */
export function validateCallback(body: unknown, interactionType: InteractionType): FieldProblem[] {
  if (!isObj(body)) {
    return [
      { path: [], code: 'MODEL_TYPE_CONVERT', message: 'Only dictionaries may be used in a ModelType' },
    ];
  }
  if (body.type === undefined)
    return [{ path: ['type'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }];
  const allowed = AllowedCallbackTypes[interactionType] ?? [];
  if (!allowed.includes(body.type as InteractionResponseType)) {
    return [
      { path: ['type'], code: 'BASE_TYPE_CHOICES', message: `Value must be one of {${allowed.join(', ')}}.` },
    ];
  }
  switch (body.type) {
    case InteractionResponseType.ChannelMessageWithSource:
      if (body.data === undefined)
        return [{ path: ['data'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }];
      return validateMessage(body.data, 'callback', ['data']);
    case InteractionResponseType.UpdateMessage:
      return body.data === undefined ? [] : validateMessage(body.data, 'callback', ['data']);
    case InteractionResponseType.ApplicationCommandAutocompleteResult: {
      if (body.data === undefined)
        return [{ path: ['data'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }];
      const problems = check(autocompleteDataSchema, body.data, ['data']);
      const choices = isObj(body.data) ? arr(body.data.choices) : [];
      for (const [i, c] of choices.entries()) {
        if (isObj(c) && isObj(c.name_localizations))
          problems.push(
            ...localizationProblems(
              c.name_localizations,
              ['data', 'choices', i, 'name_localizations'],
              1,
              Limits.choiceName,
            ),
          );
      }
      return problems;
    }
    default:
      return check(interactionCallbackSchema, body);
  }
}

// ---- application commands -----------------------------------------------------------------------------

const LOCALES: ReadonlySet<string> = new Set(Object.values(Locale));

/** Discord's naming rule for chat-input commands and all options (unicode-aware). */
export const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Is `name` a valid chat-input command or option name (pattern, and lowercase where a lowercase form exists)? */
export function isValidChatInputName(name: string): boolean {
  return CHAT_INPUT_NAME.test(name) && name === name.toLowerCase();
}

function localizationProblems(map: Obj, path: Path, min: number, max: number): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const [locale, value] of Object.entries(map)) {
    if (!LOCALES.has(locale)) {
      out.push({
        path: [...path, locale],
        code: 'BASE_TYPE_CHOICES',
        message: `Value must be one of {${[...LOCALES].join(', ')}}.`,
      });
      continue;
    }
    if (value === null) continue;
    const p = lengthProblem([...path, locale], codePointLength(str(value)), min, max);
    if (p) out.push(p);
  }
  return out;
}

function nameProblems(name: unknown, path: Path, chatInput: boolean): FieldProblem[] {
  const n = str(name);
  const lp = lengthProblem(path, codePointLength(n), 1, Limits.commandName);
  if (lp) return [lp];
  if (chatInput && !isValidChatInputName(n)) {
    return [{ path, code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' }];
  }
  return [];
}

function nameLocalizationProblems(
  map: unknown,
  path: Path,
  chatInput: boolean,
  perLocale: boolean,
): FieldProblem[] {
  if (!isObj(map)) return [];
  const out = localizationProblems(map, path, 1, Limits.commandName);
  if (out.length > 0 || !chatInput) return out;
  for (const [locale, value] of Object.entries(map)) {
    if (typeof value === 'string' && !isValidChatInputName(value)) {
      out.push({
        path: perLocale ? [...path, locale] : path,
        code: 'APPLICATION_COMMAND_INVALID_NAME',
        message: 'Command name is invalid',
      });
      if (!perLocale) break;
    }
  }
  return out;
}

const BASIC_TYPES_WITH_CHOICES: ReadonlySet<unknown> = new Set([
  ApplicationCommandOptionType.String,
  ApplicationCommandOptionType.Integer,
  ApplicationCommandOptionType.Number,
]);

/** Characters that count towards the 4,000-character cap of one command (default locale). */
function optionChars(options: unknown[]): number {
  let n = 0;
  for (const o of options) {
    if (!isObj(o)) continue;
    n += codePointLength(str(o.name)) + codePointLength(str(o.description));
    for (const c of arr(o.choices)) {
      if (isObj(c))
        n += codePointLength(str(c.name)) + (typeof c.value === 'string' ? codePointLength(c.value) : 0);
    }
    n += optionChars(arr(o.options));
  }
  return n;
}

function optionRules(options: unknown[], path: Path, level: 'top' | 'group' | 'subcommand'): FieldProblem[] {
  const out: FieldProblem[] = [];
  const names = new Set<string>();
  let sawOptional = false;
  const isSub = (t: unknown) =>
    t === ApplicationCommandOptionType.Subcommand || t === ApplicationCommandOptionType.SubcommandGroup;
  const kinds = new Set(options.filter(isObj).map((o) => isSub(o.type)));
  if (kinds.size > 1) {
    out.push({
      path,
      code: 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
      message: 'Sub-command and sub-command group option types are mutually exclusive to all other types',
    });
  }
  for (const [i, o] of options.entries()) {
    if (!isObj(o)) continue;
    const p = [...path, i];
    out.push(...nameProblems(o.name, [...p, 'name'], true));
    out.push(...nameLocalizationProblems(o.name_localizations, [...p, 'name_localizations'], true, true));
    const dp = lengthProblem(
      [...p, 'description'],
      codePointLength(str(o.description)),
      1,
      Limits.commandDescription,
    );
    if (dp) out.push(dp);
    if (isObj(o.description_localizations)) {
      out.push(
        ...localizationProblems(
          o.description_localizations,
          [...p, 'description_localizations'],
          1,
          Limits.commandDescription,
        ),
      );
    }
    const name = str(o.name);
    if (names.has(name)) {
      out.push({
        path: [...p, 'name'],
        code: 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS',
        message: `Option name ${name} is already used in these options`,
      });
    }
    names.add(name);
    if (o.type === ApplicationCommandOptionType.SubcommandGroup && level !== 'top') {
      out.push({
        path: [...p, 'type'],
        code: 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
        message: 'Sub-command groups can only be nested at the top level',
      });
    }
    if (o.type === ApplicationCommandOptionType.Subcommand && level === 'subcommand') {
      out.push({
        path: [...p, 'type'],
        code: 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
        message: 'Sub-commands cannot be nested in sub-commands',
      });
    }
    if (level === 'group' && o.type !== ApplicationCommandOptionType.Subcommand) {
      out.push({
        path: [...p, 'type'],
        code: 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
        message: 'Sub-command groups can only contain sub-commands',
      });
    }
    if (!isSub(o.type)) {
      if (o.required === true && sawOptional) {
        out.push({
          path: [...p, 'required'],
          code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
          message: 'Required options must be placed before non-required options',
        });
      }
      if (o.required !== true) sawOptional = true;
    }
    const choices = arr(o.choices);
    if (choices.length > 0) {
      if (!BASIC_TYPES_WITH_CHOICES.has(o.type)) {
        out.push({
          path: [...p, 'choices'],
          code: 'APPLICATION_COMMAND_OPTION_CHOICES_INVALID',
          message: 'Only string, integer and number options can have choices',
        });
      }
      if (o.autocomplete === true) {
        out.push({
          path: [...p, 'autocomplete'],
          code: 'APPLICATION_COMMAND_AUTOCOMPLETE_INVALID',
          message: 'Autocomplete cannot be enabled on options with choices',
        });
      }
      for (const [ci, c] of choices.entries()) {
        if (!isObj(c)) continue;
        const want = o.type === ApplicationCommandOptionType.String ? 'string' : 'number';
        if (
          typeof c.value !== want ||
          (o.type === ApplicationCommandOptionType.Integer && !Number.isInteger(c.value))
        ) {
          out.push({
            path: [...p, 'choices', ci, 'value'],
            code: want === 'string' ? 'STRING_TYPE_CONVERT' : 'NUMBER_TYPE_COERCE',
            message: `Choice value does not match the option type ${String(o.type)}`,
          });
        }
        if (isObj(c.name_localizations)) {
          out.push(
            ...localizationProblems(
              c.name_localizations,
              [...p, 'choices', ci, 'name_localizations'],
              1,
              Limits.choiceName,
            ),
          );
        }
      }
    }
    if (o.autocomplete === true && !BASIC_TYPES_WITH_CHOICES.has(o.type)) {
      out.push({
        path: [...p, 'autocomplete'],
        code: 'APPLICATION_COMMAND_AUTOCOMPLETE_INVALID',
        message: 'Only string, integer and number options can autocomplete',
      });
    }
    const nested = arr(o.options);
    if (nested.length > 0 && !isSub(o.type)) {
      out.push({
        path: [...p, 'options'],
        code: 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
        message: 'Only sub-commands and groups can have options',
      });
    }
    if (o.type === ApplicationCommandOptionType.SubcommandGroup)
      out.push(...optionRules(nested, [...p, 'options'], 'group'));
    if (o.type === ApplicationCommandOptionType.Subcommand)
      out.push(...optionRules(nested, [...p, 'options'], 'subcommand'));
  }
  return out;
}

/** Check one application command body (POST/PATCH) at `path`. */
export function validateCommand(body: unknown, path: Path = []): FieldProblem[] {
  const problems = check(applicationCommandSchema, body, path);
  if (!isObj(body)) return problems;
  const type = body.type ?? ApplicationCommandType.ChatInput;
  const chatInput =
    type === ApplicationCommandType.ChatInput || type === ApplicationCommandType.PrimaryEntryPoint;
  problems.push(...nameProblems(body.name, [...path, 'name'], chatInput));
  problems.push(
    ...nameLocalizationProblems(body.name_localizations, [...path, 'name_localizations'], chatInput, false),
  );
  if (chatInput) {
    const dp = lengthProblem(
      [...path, 'description'],
      codePointLength(str(body.description)),
      1,
      Limits.commandDescription,
    );
    if (dp) problems.push(dp);
  }
  if (isObj(body.description_localizations)) {
    problems.push(
      ...localizationProblems(
        body.description_localizations,
        [...path, 'description_localizations'],
        1,
        Limits.commandDescription,
      ),
    );
  }
  const options = arr(body.options);
  if (options.length > 0 && !chatInput) {
    problems.push({
      path: [...path, 'options'],
      code: 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
      message: 'Only chat input commands can have options',
    });
  }
  problems.push(...optionRules(options, [...path, 'options'], 'top'));
  const total =
    codePointLength(str(body.name)) + codePointLength(str(body.description)) + optionChars(options);
  if (total > Limits.commandTotalChars) {
    problems.push({
      path,
      code: 'APPLICATION_COMMAND_TOO_LARGE',
      message: `Command exceeds maximum size (${Limits.commandTotalChars})`,
    });
  }
  return problems;
}

/** Check a bulk overwrite (`PUT .../commands`) body. */
export function validateCommandList(body: unknown): FieldProblem[] {
  if (!Array.isArray(body)) {
    return [{ path: [], code: 'LIST_TYPE_CONVERT', message: 'Only iterables may be used in a ListType' }];
  }
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const counts = new Map<unknown, number>();
  for (const [i, c] of body.entries()) {
    problems.push(...validateCommand(c, [i]));
    if (!isObj(c)) continue;
    const type = c.type ?? ApplicationCommandType.ChatInput;
    counts.set(type, (counts.get(type) ?? 0) + 1);
    const key = `${String(type)}:${str(c.name)}`;
    if (seen.has(key)) {
      problems.push({
        path: [i, 'name'],
        code: 'APPLICATION_COMMANDS_DUPLICATE_NAME',
        message: `Application command names must be unique (${str(c.name)})`,
      });
    }
    seen.add(key);
  }
  const caps: [unknown, number][] = [
    [ApplicationCommandType.ChatInput, Limits.globalChatInputCommands],
    [ApplicationCommandType.User, Limits.contextMenuCommands],
    [ApplicationCommandType.Message, Limits.contextMenuCommands],
  ];
  for (const [type, cap] of caps) {
    if ((counts.get(type) ?? 0) > cap) {
      problems.push({
        path: [],
        code: 'BASE_TYPE_MAX_LENGTH',
        message: `Must be ${cap} or fewer in length.`,
      });
    }
  }
  return problems;
}
