/** Application command registration: global and guild, bulk overwrite, CRUD. Stored and validated. */
import {
  type APIApplicationCommand,
  ApplicationCommandType,
  ApplicationIntegrationType,
} from 'discord-api-types/v10';
import { snowflake } from '../snowflake.ts';
import { DiscordHttpError, JsonErrorCode } from '../validate/errors.ts';
import { validateCommand, validateCommandList } from '../validate/rules.ts';
import type { Route, SimContext, SimRequest, SimResponse } from './context.ts';

type Body = Record<string, unknown>;

function scope(ctx: SimContext, req: SimRequest): string | null {
  if (req.params.app !== ctx.world.application.id) {
    throw new DiscordHttpError(403, { code: 50001, message: 'Missing Access' });
  }
  const guildId = req.params.guild ?? null;
  if (guildId !== null && !ctx.world.guilds.has(guildId)) {
    throw DiscordHttpError.notFound(JsonErrorCode.UnknownGuild, 'Unknown Guild');
  }
  return guildId;
}

function toCommand(ctx: SimContext, body: Body, guildId: string | null, id: string): APIApplicationCommand {
  const type = (body.type as ApplicationCommandType | undefined) ?? ApplicationCommandType.ChatInput;
  const command = {
    id,
    application_id: ctx.world.application.id,
    version: snowflake(),
    type,
    name: String(body.name),
    name_localizations: (body.name_localizations ?? null) as APIApplicationCommand['name_localizations'],
    description: typeof body.description === 'string' ? body.description : '',
    description_localizations: (body.description_localizations ??
      null) as APIApplicationCommand['description_localizations'],
    default_member_permissions: (body.default_member_permissions ?? null) as string | null,
    nsfw: body.nsfw === true,
    integration_types: (body.integration_types ?? [
      ApplicationIntegrationType.GuildInstall,
    ]) as ApplicationIntegrationType[],
    contexts: (body.contexts ?? null) as APIApplicationCommand['contexts'],
  } as APIApplicationCommand;
  if (Array.isArray(body.options) && body.options.length > 0)
    command.options = body.options as NonNullable<APIApplicationCommand['options']>;
  if (guildId !== null) command.guild_id = guildId;
  return command;
}

function key(guildId: string | null, id: string): string {
  return `${guildId ?? 'global'}:${id}`;
}

function findByName(
  ctx: SimContext,
  guildId: string | null,
  name: unknown,
  type: unknown,
): APIApplicationCommand | undefined {
  const t = type ?? ApplicationCommandType.ChatInput;
  return ctx.store.commandList(guildId).find((c) => c.name === name && c.type === t);
}

function bulkOverwrite(ctx: SimContext, req: SimRequest): SimResponse {
  const guildId = scope(ctx, req);
  const problems = validateCommandList(req.body);
  if (problems.length > 0) throw DiscordHttpError.invalidForm(problems);
  const list = req.body as Body[];
  const next = list.map((body) =>
    toCommand(ctx, body, guildId, findByName(ctx, guildId, body.name, body.type)?.id ?? snowflake()),
  );
  for (const [k, c] of ctx.store.commands) if (c.guildId === guildId) ctx.store.commands.delete(k);
  for (const command of next) ctx.store.commands.set(key(guildId, command.id), { command, guildId });
  ctx.store.emit({ kind: 'commands', guildId });
  return { status: 200, body: next };
}

function create(ctx: SimContext, req: SimRequest): SimResponse {
  const guildId = scope(ctx, req);
  const problems = validateCommand(req.body);
  if (problems.length > 0) throw DiscordHttpError.invalidForm(problems);
  const body = req.body as Body;
  const existing = findByName(ctx, guildId, body.name, body.type);
  const command = toCommand(ctx, body, guildId, existing?.id ?? snowflake());
  ctx.store.commands.set(key(guildId, command.id), { command, guildId });
  ctx.store.emit({ kind: 'commands', guildId });
  return { status: existing ? 200 : 201, body: command };
}

function getOne(ctx: SimContext, req: SimRequest): APIApplicationCommand {
  const guildId = scope(ctx, req);
  const stored = ctx.store.commands.get(key(guildId, req.params.command ?? ''));
  if (!stored)
    throw DiscordHttpError.notFound(JsonErrorCode.UnknownApplicationCommand, 'Unknown application command');
  return stored.command;
}

function edit(ctx: SimContext, req: SimRequest): SimResponse {
  const current = getOne(ctx, req);
  const guildId = current.guild_id ?? null;
  const merged = { ...current, ...(req.body as Body) } as Body;
  const problems = validateCommand(
    Object.fromEntries(
      Object.entries(merged).filter(([k]) => !['application_id', 'version', 'guild_id'].includes(k)),
    ),
  );
  if (problems.length > 0) throw DiscordHttpError.invalidForm(problems);
  const command = toCommand(ctx, merged, guildId, current.id);
  ctx.store.commands.set(key(guildId, command.id), { command, guildId });
  ctx.store.emit({ kind: 'commands', guildId });
  return { status: 200, body: command };
}

function remove(ctx: SimContext, req: SimRequest): SimResponse {
  const current = getOne(ctx, req);
  ctx.store.commands.delete(key(current.guild_id ?? null, current.id));
  ctx.store.emit({ kind: 'commands', guildId: current.guild_id ?? null });
  return { status: 204 };
}

const list = (ctx: SimContext, req: SimRequest): SimResponse => ({
  status: 200,
  body: ctx.store.commandList(scope(ctx, req)),
});

export const commandRoutes: Route[] = [];
for (const base of ['/applications/:app/commands', '/applications/:app/guilds/:guild/commands']) {
  commandRoutes.push(
    { method: 'GET', pattern: base, auth: true, handler: list },
    { method: 'PUT', pattern: base, auth: true, handler: bulkOverwrite },
    { method: 'POST', pattern: base, auth: true, handler: create },
    {
      method: 'GET',
      pattern: `${base}/:command`,
      auth: true,
      handler: (ctx, req) => ({ status: 200, body: getOne(ctx, req) }),
    },
    { method: 'PATCH', pattern: `${base}/:command`, auth: true, handler: edit },
    { method: 'DELETE', pattern: `${base}/:command`, auth: true, handler: remove },
  );
}
