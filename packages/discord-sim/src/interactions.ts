/**
 * Build the INTERACTION_CREATE payloads a real Discord client would cause: typed `discord-api-types` interaction
 * objects with snowflake ids, tokens, locale, member with permissions, channel object and typed options.
 */
import {
  type APIApplicationCommand,
  type APIApplicationCommandAutocompleteGuildInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIApplicationCommandOption,
  type APIChatInputApplicationCommandGuildInteraction,
  type APIInteractionDataResolved,
  type APIMessage,
  type APIMessageComponentGuildInteraction,
  type APIModalSubmitGuildInteraction,
  type APITextChannel,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  type Locale,
} from 'discord-api-types/v10';
import { BOT_ROLE_PERMISSIONS, interactionMember, type SimGuild, type SimWorld } from './model/world.ts';
import { randomToken, snowflake } from './snowflake.ts';

/** A value for a command option, as a test writes it. Ids for user/channel/role/mentionable options. */
export type OptionValue = string | number | boolean;

/** Where and by whom an interaction happens. */
export interface InteractionSource {
  world: SimWorld;
  guild: SimGuild;
  channel: APITextChannel;
  userId: string;
  locale: Locale | `${Locale}`;
}

/** Discord's attachment size limit sent with interactions (10 MiB). */
export const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

function base(src: InteractionSource) {
  return {
    id: snowflake(),
    application_id: src.world.application.id,
    token: randomToken('aW50ZXJhY3Rpb246'),
    version: 1 as const,
    guild_id: src.guild.id,
    guild: { id: src.guild.id, locale: src.guild.locale as Locale, features: [] },
    channel: src.channel,
    channel_id: src.channel.id,
    member: interactionMember(src.world, src.guild, src.userId),
    app_permissions: BOT_ROLE_PERMISSIONS.toString(),
    locale: src.locale as Locale,
    guild_locale: src.guild.locale as Locale,
    entitlements: [],
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: src.guild.id },
    context: InteractionContextType.Guild,
    attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
  };
}

/** An error in how a test invoked a command (Discord's client would not let a user do it). */
export class InvocationError extends Error {
  override name = 'InvocationError';
}

interface BuiltOptions {
  options: APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommand>[];
  resolved: APIInteractionDataResolved;
}

function addResolved(
  src: InteractionSource,
  resolved: APIInteractionDataResolved,
  type: ApplicationCommandOptionType,
  id: string,
): void {
  const { world, guild } = src;
  const user = id === world.bot.id ? world.bot : world.users.get(id)?.user;
  const role = guild.roles.find((r) => r.id === id);
  const channel = guild.channels.find((c) => c.id === id);
  const addUser = () => {
    if (!user) return false;
    resolved.users = { ...resolved.users, [id]: user };
    const { user: _u, ...member } = interactionMember(world, guild, id);
    resolved.members = { ...resolved.members, [id]: member };
    return true;
  };
  const addRole = () => {
    if (!role) return false;
    resolved.roles = { ...resolved.roles, [id]: role };
    return true;
  };
  let ok = false;
  if (type === ApplicationCommandOptionType.User) ok = addUser();
  else if (type === ApplicationCommandOptionType.Role) ok = addRole();
  else if (type === ApplicationCommandOptionType.Mentionable) ok = addUser() || addRole();
  else if (type === ApplicationCommandOptionType.Channel && channel) {
    resolved.channels = {
      ...resolved.channels,
      [id]: { id, type: channel.type, name: channel.name, permissions: BOT_ROLE_PERMISSIONS.toString() },
    };
    ok = true;
  }
  if (!ok) throw new InvocationError(`No user/role/channel with id ${id} in the sim`);
}

function basicOption(
  src: InteractionSource,
  def: APIApplicationCommandOption | undefined,
  name: string,
  raw: OptionValue,
  focused: boolean,
  resolved: APIInteractionDataResolved,
): APIApplicationCommandInteractionDataBasicOption<InteractionType.ApplicationCommand> {
  const type = def?.type ?? ApplicationCommandOptionType.String;
  const extra = focused ? { focused: true } : {};
  if (def && 'choices' in def && def.choices && def.choices.length > 0 && !focused) {
    if (!def.choices.some((c) => c.value === raw || String(c.value) === String(raw))) {
      throw new InvocationError(`"${String(raw)}" is not one of the choices of option "${name}"`);
    }
  }
  switch (type) {
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number: {
      if (focused)
        return {
          name,
          type,
          value: String(raw),
          focused: true,
        } as unknown as APIApplicationCommandInteractionDataBasicOption<InteractionType.ApplicationCommand>;
      const value = Number(raw);
      if (
        !Number.isFinite(value) ||
        (type === ApplicationCommandOptionType.Integer && !Number.isInteger(value))
      ) {
        throw new InvocationError(
          `Option "${name}" needs ${type === ApplicationCommandOptionType.Integer ? 'an integer' : 'a number'}, got ${String(raw)}`,
        );
      }
      if (def && 'min_value' in def && def.min_value !== undefined && value < def.min_value)
        throw new InvocationError(`Option "${name}" must be ≥ ${def.min_value}`);
      if (def && 'max_value' in def && def.max_value !== undefined && value > def.max_value)
        throw new InvocationError(`Option "${name}" must be ≤ ${def.max_value}`);
      return type === ApplicationCommandOptionType.Integer
        ? { name, type, value, ...extra }
        : { name, type, value, ...extra };
    }
    case ApplicationCommandOptionType.Boolean:
      return { name, type, value: raw === true || raw === 'true' };
    case ApplicationCommandOptionType.User:
    case ApplicationCommandOptionType.Channel:
    case ApplicationCommandOptionType.Role:
    case ApplicationCommandOptionType.Mentionable:
      addResolved(src, resolved, type, String(raw));
      return {
        name,
        type,
        value: String(raw),
      } as APIApplicationCommandInteractionDataBasicOption<InteractionType.ApplicationCommand>;
    case ApplicationCommandOptionType.Attachment:
      throw new InvocationError(`Attachment options are not simulated (option "${name}")`);
    default: {
      const value = String(raw);
      if (
        def &&
        'min_length' in def &&
        def.min_length !== undefined &&
        [...value].length < def.min_length &&
        !focused
      )
        throw new InvocationError(`Option "${name}" must be at least ${def.min_length} characters`);
      if (def && 'max_length' in def && def.max_length !== undefined && [...value].length > def.max_length)
        throw new InvocationError(`Option "${name}" must be at most ${def.max_length} characters`);
      return { name, type: ApplicationCommandOptionType.String, value, ...extra };
    }
  }
}

/**
 * Turn `{ question: 'container là gì?' }` into typed interaction options, using the registered definition to pick
 * option types (string by default). Checks what Discord's client would enforce: unknown options, required
 * options, choices, number ranges and lengths.
 */
export function buildOptions(
  src: InteractionSource,
  command: APIApplicationCommand | undefined,
  values: Record<string, OptionValue>,
  path: { group?: string; subcommand?: string },
  focused?: string,
): BuiltOptions {
  const resolved: APIInteractionDataResolved = {};
  let defs = command?.options;
  const strict = command !== undefined;
  const findDef = (
    list: APIApplicationCommandOption[] | undefined,
    name: string,
    types?: ApplicationCommandOptionType[],
  ) => list?.find((o) => o.name === name && (!types || types.includes(o.type)));
  let groupDef: APIApplicationCommandOption | undefined;
  let subDef: APIApplicationCommandOption | undefined;
  if (path.group !== undefined) {
    groupDef = findDef(defs, path.group, [ApplicationCommandOptionType.SubcommandGroup]);
    if (strict && !groupDef)
      throw new InvocationError(`/${command.name} has no sub-command group "${path.group}"`);
    defs =
      groupDef && 'options' in groupDef
        ? (groupDef.options as APIApplicationCommandOption[] | undefined)
        : undefined;
  }
  if (path.subcommand !== undefined) {
    subDef = findDef(defs, path.subcommand, [ApplicationCommandOptionType.Subcommand]);
    if (strict && !subDef)
      throw new InvocationError(`/${command.name} has no sub-command "${path.subcommand}"`);
    defs =
      subDef && 'options' in subDef
        ? (subDef.options as APIApplicationCommandOption[] | undefined)
        : undefined;
  } else if (
    strict &&
    defs?.some(
      (o) =>
        o.type === ApplicationCommandOptionType.Subcommand ||
        o.type === ApplicationCommandOptionType.SubcommandGroup,
    )
  ) {
    throw new InvocationError(`/${command.name} needs a sub-command`);
  }
  const basics: APIApplicationCommandInteractionDataBasicOption<InteractionType.ApplicationCommand>[] = [];
  for (const [name, raw] of Object.entries(values)) {
    const def = findDef(defs, name);
    if (strict && !def) throw new InvocationError(`/${command.name} has no option "${name}"`);
    basics.push(basicOption(src, def, name, raw, name === focused, resolved));
  }
  if (strict && focused === undefined) {
    for (const d of defs ?? []) {
      if ('required' in d && d.required && !(d.name in values))
        throw new InvocationError(`Option "${d.name}" of /${command.name} is required`);
    }
  }
  let options: APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommand>[] = basics;
  if (path.subcommand !== undefined) {
    options = [{ name: path.subcommand, type: ApplicationCommandOptionType.Subcommand, options: basics }];
  }
  if (path.group !== undefined && path.subcommand !== undefined) {
    options = [
      {
        name: path.group,
        type: ApplicationCommandOptionType.SubcommandGroup,
        options: [{ name: path.subcommand, type: ApplicationCommandOptionType.Subcommand, options: basics }],
      },
    ];
  }
  return { options, resolved };
}

/** A slash-command interaction (type 2, data.type 1). */
export function chatInputInteraction(
  src: InteractionSource,
  command: APIApplicationCommand | undefined,
  name: string,
  built: BuiltOptions,
): APIChatInputApplicationCommandGuildInteraction {
  const data: APIChatInputApplicationCommandGuildInteraction['data'] = {
    id: command?.id ?? snowflake(),
    name,
    type: ApplicationCommandType.ChatInput,
  };
  if (command?.guild_id) data.guild_id = command.guild_id;
  if (built.options.length > 0) data.options = built.options;
  if (Object.keys(built.resolved).length > 0) data.resolved = built.resolved;
  return { ...base(src), type: InteractionType.ApplicationCommand, data };
}

/** An autocomplete interaction (type 4) with one focused option. */
export function autocompleteInteraction(
  src: InteractionSource,
  command: APIApplicationCommand | undefined,
  name: string,
  built: BuiltOptions,
): APIApplicationCommandAutocompleteGuildInteraction {
  const data = {
    id: command?.id ?? snowflake(),
    name,
    type: ApplicationCommandType.ChatInput,
    options: built.options,
    ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
  } as APIApplicationCommandAutocompleteGuildInteraction['data'];
  return { ...base(src), type: InteractionType.ApplicationCommandAutocomplete, data };
}

/** A button click (type 3, component_type 2) on `message`. */
export function buttonInteraction(
  src: InteractionSource,
  message: APIMessage,
  customId: string,
): APIMessageComponentGuildInteraction {
  return {
    ...base(src),
    type: InteractionType.MessageComponent,
    data: { custom_id: customId, component_type: ComponentType.Button },
    message,
  };
}

/** A string select choice (type 3, component_type 3) on `message`. */
export function stringSelectInteraction(
  src: InteractionSource,
  message: APIMessage,
  customId: string,
  values: string[],
): APIMessageComponentGuildInteraction {
  return {
    ...base(src),
    type: InteractionType.MessageComponent,
    data: { custom_id: customId, component_type: ComponentType.StringSelect, values },
    message,
  };
}

/** A modal's form sent (type 5): each text input's value; `message` when a component opened the modal. */
export function modalSubmitInteraction(
  src: InteractionSource,
  customId: string,
  values: Record<string, string>,
  message: APIMessage | undefined,
): APIModalSubmitGuildInteraction {
  return {
    ...base(src),
    type: InteractionType.ModalSubmit,
    data: {
      custom_id: customId,
      components: Object.entries(values).map(([id, value]) => ({
        type: ComponentType.ActionRow,
        components: [{ type: ComponentType.TextInput, custom_id: id, value }],
      })),
    },
    ...(message ? { message } : {}),
  };
}
