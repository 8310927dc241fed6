/** Gateway discovery, the current user and application, users and guilds. */

import { memberOf } from '../model/world.ts';
import { DiscordHttpError, JsonErrorCode } from '../validate/errors.ts';
import type { Route, SimContext } from './context.ts';

function gatewayUrl(ctx: SimContext): string {
  return `${ctx.baseUrl.replace(/^http/, 'ws')}/gateway`;
}

function guildOf(ctx: SimContext, id: string | undefined) {
  const guild = id ? ctx.world.guilds.get(id) : undefined;
  if (!guild) throw DiscordHttpError.notFound(JsonErrorCode.UnknownGuild, 'Unknown Guild');
  return guild;
}

function application(ctx: SimContext) {
  const owner = [...ctx.world.users.values()][0]?.user ?? ctx.world.bot;
  return {
    ...ctx.world.application,
    flags_new: String(ctx.world.application.flags),
    bot: ctx.world.bot,
    owner,
    team: null,
    summary: '',
    rpc_origins: [],
    tags: [],
    approximate_guild_count: ctx.world.guilds.size,
    integration_types_config: { '0': {} },
  };
}

export const miscRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/gateway/bot',
    auth: true,
    handler: (ctx) => ({
      status: 200,
      body: {
        url: gatewayUrl(ctx),
        shards: ctx.gateway.recommendedShards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
      },
    }),
  },
  {
    method: 'GET',
    pattern: '/gateway',
    auth: false,
    handler: (ctx) => ({ status: 200, body: { url: gatewayUrl(ctx) } }),
  },
  {
    method: 'GET',
    pattern: '/users/@me',
    auth: true,
    handler: (ctx) => ({ status: 200, body: ctx.world.bot }),
  },
  {
    method: 'GET',
    pattern: '/users/:user',
    auth: true,
    handler: (ctx, req) => {
      const id = req.params.user;
      const user = id === ctx.world.bot.id ? ctx.world.bot : id ? ctx.world.users.get(id)?.user : undefined;
      if (!user) throw DiscordHttpError.notFound(JsonErrorCode.UnknownUser, 'Unknown User');
      return { status: 200, body: user };
    },
  },
  {
    method: 'GET',
    pattern: '/applications/@me',
    auth: true,
    handler: (ctx) => ({ status: 200, body: application(ctx) }),
  },
  {
    method: 'GET',
    pattern: '/oauth2/applications/@me',
    auth: true,
    handler: (ctx) => ({ status: 200, body: application(ctx) }),
  },
  {
    method: 'GET',
    pattern: '/guilds/:guild',
    auth: true,
    handler: (ctx, req) => {
      const g = guildOf(ctx, req.params.guild);
      return {
        status: 200,
        body: {
          id: g.id,
          name: g.name,
          owner_id: g.ownerId,
          roles: g.roles,
          preferred_locale: g.locale,
          features: [],
          emojis: [],
          stickers: [],
        },
      };
    },
  },
  {
    method: 'GET',
    pattern: '/guilds/:guild/channels',
    auth: true,
    handler: (ctx, req) => ({ status: 200, body: guildOf(ctx, req.params.guild).channels }),
  },
  {
    method: 'GET',
    pattern: '/guilds/:guild/roles',
    auth: true,
    handler: (ctx, req) => ({ status: 200, body: guildOf(ctx, req.params.guild).roles }),
  },
  {
    method: 'GET',
    pattern: '/guilds/:guild/members/:user',
    auth: true,
    handler: (ctx, req) => {
      const g = guildOf(ctx, req.params.guild);
      if (!req.params.user || !g.memberIds.includes(req.params.user)) {
        throw DiscordHttpError.notFound(10007, 'Unknown Member');
      }
      return { status: 200, body: memberOf(ctx.world, g, req.params.user) };
    },
  },
];
