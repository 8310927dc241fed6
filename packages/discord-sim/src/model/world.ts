/**
 * The simulated Discord world: the bot user and its application, guilds with channels and roles, and the human
 * users the harness plays. Builders here produce the exact `discord-api-types` objects Discord would send.
 */
import {
  type APIApplication,
  type APIGuildMember,
  type APIInteractionGuildMember,
  type APIRole,
  type APITextChannel,
  type APIUser,
  ApplicationFlags,
  type ChannelFlags,
  ChannelType,
  type GatewayGuildCreateDispatchData,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  type GuildMemberFlags,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  PermissionFlagsBits,
  type RoleFlags,
  type UserFlags,
} from 'discord-api-types/v10';
import { snowflake } from '../snowflake.ts';

/** A locale given either as the enum or its string value (`'vi'`, `'en-US'`, ...). */
export type LocaleString = `${Locale}`;

/** A human user the sim can play. */
export interface UserSeed {
  id?: string;
  username: string;
  globalName?: string;
  /** The user's client locale, sent as `locale` in their interactions. Default `en-US`. */
  locale?: LocaleString;
}

/** A text channel to create in a guild. */
export interface ChannelSeed {
  id?: string;
  name: string;
  topic?: string;
}

/** A guild to create. The bot is a member of every guild. */
export interface GuildSeed {
  id?: string;
  name?: string;
  /** `preferred_locale`, sent as `guild_locale` in interactions. Default `en-US`. */
  locale?: LocaleString;
  /** Text channels. Default: `general` and `study`. */
  channels?: ChannelSeed[];
  /** Roles beside @everyone and the bot's, with the users (by username) who hold them. */
  roles?: RoleSeed[];
}

/** A role of a guild: its permissions are added to @everyone's for its members. */
export interface RoleSeed {
  id?: string;
  name: string;
  permissions?: bigint;
  members: string[];
}

/** The permissions everyone has in the sim's guilds. */
export const EVERYONE_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.ChangeNickname;

/** Extra permissions of the bot's managed role. */
export const BOT_ROLE_PERMISSIONS =
  EVERYONE_PERMISSIONS | PermissionFlagsBits.ManageMessages | PermissionFlagsBits.ManageThreads;

export interface SimUser {
  user: APIUser;
  locale: LocaleString;
}

export interface SimGuild {
  id: string;
  name: string;
  locale: LocaleString;
  ownerId: string;
  createdAt: string;
  roles: APIRole[];
  botRoleId: string;
  channels: APITextChannel[];
  /** Member user ids, the bot included. */
  memberIds: string[];
  /** The seeded roles each user holds, by user id. */
  memberRoles: Map<string, string[]>;
}

export interface SimWorld {
  bot: APIUser;
  application: Pick<
    APIApplication,
    'id' | 'flags' | 'name' | 'description' | 'bot_public' | 'bot_require_code_grant' | 'verify_key' | 'icon'
  >;
  users: Map<string, SimUser>;
  guilds: Map<string, SimGuild>;
  /** channel id → guild id */
  channelGuild: Map<string, string>;
}

export function makeUser(seed: {
  id?: string;
  username: string;
  globalName?: string;
  bot?: boolean;
}): APIUser {
  const user: APIUser = {
    id: seed.id ?? snowflake(),
    username: seed.username,
    discriminator: '0',
    global_name: seed.globalName ?? seed.username,
    avatar: null,
    public_flags: 0 as UserFlags,
    flags: 0 as UserFlags,
  };
  if (seed.bot) user.bot = true;
  return user;
}

export interface WorldOptions {
  bot?: { id?: string; username?: string };
  applicationId?: string;
  guilds?: GuildSeed[];
  users?: UserSeed[];
}

/** Build the sim's world from seeds (defaults: one guild "Study Graph" with #general and #study, one user "learner"). */
export function createWorld(opts: WorldOptions = {}): SimWorld {
  const botId = opts.bot?.id ?? snowflake();
  const bot = makeUser({ id: botId, username: opts.bot?.username ?? 'study-bot', bot: true });
  const application = {
    id: opts.applicationId ?? botId,
    name: bot.username,
    description: 'Simulated application',
    icon: null,
    bot_public: true,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags: ApplicationFlags.GatewayMessageContentLimited | ApplicationFlags.ApplicationCommandBadge,
  };
  const users = new Map<string, SimUser>();
  for (const seed of opts.users ?? [{ username: 'learner', locale: Locale.EnglishUS }]) {
    const user = makeUser(seed);
    users.set(user.id, { user, locale: seed.locale ?? Locale.EnglishUS });
  }
  const firstUser = [...users.values()][0];
  const guilds = new Map<string, SimGuild>();
  const channelGuild = new Map<string, string>();
  const seeds = opts.guilds ?? [{}];
  const now = Date.now();
  for (const [i, seed] of seeds.entries()) {
    // Guilds made a millisecond apart, as if created over time: their ids spread over the shards.
    const id = seed.id ?? snowflake(now - (seeds.length - i));
    const botRoleId = snowflake();
    const roles: APIRole[] = [
      makeRole(id, '@everyone', EVERYONE_PERMISSIONS, 0),
      {
        ...makeRole(botRoleId, bot.username, BOT_ROLE_PERMISSIONS, 1),
        managed: true,
        tags: { bot_id: bot.id },
      },
    ];
    const channels = (seed.channels ?? [{ name: 'general' }, { name: 'study' }]).map(
      (c, position): APITextChannel => ({
        id: c.id ?? snowflake(),
        type: ChannelType.GuildText,
        guild_id: id,
        name: c.name,
        position,
        topic: c.topic ?? null,
        nsfw: false,
        parent_id: null,
        permission_overwrites: [],
        rate_limit_per_user: 0,
        last_message_id: null,
        last_pin_timestamp: null,
        flags: 0 as ChannelFlags,
      }),
    );
    for (const c of channels) channelGuild.set(c.id, id);
    const memberRoles = new Map<string, string[]>();
    for (const [position, r] of (seed.roles ?? []).entries()) {
      const role = makeRole(r.id ?? snowflake(), r.name, r.permissions ?? 0n, position + 2);
      roles.push(role);
      for (const u of users.values())
        if (r.members.includes(u.user.username))
          memberRoles.set(u.user.id, [...(memberRoles.get(u.user.id) ?? []), role.id]);
    }
    guilds.set(id, {
      id,
      name: seed.name ?? 'Study Graph',
      locale: seed.locale ?? Locale.EnglishUS,
      ownerId: firstUser?.user.id ?? bot.id,
      createdAt: new Date().toISOString(),
      roles,
      botRoleId,
      channels,
      memberIds: [bot.id, ...users.keys()],
      memberRoles,
    });
  }
  return { bot, application, users, guilds, channelGuild };
}

function makeRole(id: string, name: string, permissions: bigint, position: number): APIRole {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: permissions.toString(),
    managed: false,
    mentionable: false,
    flags: 0 as RoleFlags,
  };
}

/** A guild member object for `userId` (the bot gets its managed role). */
export function memberOf(
  world: SimWorld,
  guild: SimGuild,
  userId: string,
): APIGuildMember & { user: APIUser } {
  const user = userId === world.bot.id ? world.bot : world.users.get(userId)?.user;
  if (!user) throw new Error(`Unknown user ${userId}`);
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles: userId === world.bot.id ? [guild.botRoleId] : (guild.memberRoles.get(userId) ?? []),
    joined_at: guild.createdAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
}

/** Permissions of a member: everyone's and their roles', the bot role's for the bot; the owner has all. */
export function permissionsOf(world: SimWorld, guild: SimGuild, userId: string): bigint {
  if (userId === guild.ownerId) return PermissionFlagsBits.Administrator | BOT_ROLE_PERMISSIONS;
  if (userId === world.bot.id) return BOT_ROLE_PERMISSIONS;
  const held = new Set(guild.memberRoles.get(userId) ?? []);
  return guild.roles
    .filter((r) => held.has(r.id))
    .reduce((all, r) => all | BigInt(r.permissions), EVERYONE_PERMISSIONS);
}

/** The member object carried by interactions (with `permissions`). */
export function interactionMember(
  world: SimWorld,
  guild: SimGuild,
  userId: string,
): APIInteractionGuildMember {
  return { ...memberOf(world, guild, userId), permissions: permissionsOf(world, guild, userId).toString() };
}

/** The GUILD_CREATE payload discord.js needs to cache the guild, its channels, roles and members. */
export function guildCreatePayload(world: SimWorld, guild: SimGuild): GatewayGuildCreateDispatchData {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    region: 'us-west',
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: guild.roles,
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: guild.channels[0]?.id ?? null,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
    rules_channel_id: null,
    max_presences: null,
    max_members: 500_000,
    vanity_url_code: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    preferred_locale: guild.locale as Locale,
    public_updates_channel_id: null,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    approximate_member_count: guild.memberIds.length,
    approximate_presence_count: 0,
    nsfw_level: GuildNSFWLevel.Default,
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    hub_type: null,
    incidents_data: null,
    joined_at: guild.createdAt,
    large: false,
    unavailable: false,
    member_count: guild.memberIds.length,
    voice_states: [],
    members: guild.memberIds.map((id) => memberOf(world, guild, id)),
    channels: guild.channels,
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
