/**
 * `pnpm --filter @study-graph/bot deploy-commands`: registers the slash commands (names,
 * descriptions and options in English and Vietnamese) with Discord. With DISCORD_GUILD_ID in one
 * server, where changes show at once (for testing); otherwise globally, for every server the bot is in.
 */
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { commandData } from './commands/index.ts';
import { ConfigError, readEnv } from './env.ts';

export interface DeployOptions {
  token: string;
  applicationId: string;
  /** One server; absent: global. */
  guildId?: string | undefined;
  /** REST base (default Discord's). */
  apiUrl?: string | undefined;
}

/** Replaces the application's commands (global or in one guild) with this bot's; returns their names. */
export async function deployCommands(options: DeployOptions): Promise<string[]> {
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const registered = (await rest.put(route, { body: commandData() })) as { name: string }[];
  return registered.map((c) => c.name);
}

async function main(): Promise<number> {
  let env: ReturnType<typeof readEnv>;
  try {
    env = readEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (!env.discord) {
    process.stderr.write(
      'deploy-commands needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example).\n',
    );
    return 2;
  }
  const names = await deployCommands(env.discord);
  const where = env.discord.guildId
    ? `in guild ${env.discord.guildId}`
    : 'globally (may take a while to show)';
  process.stdout.write(
    `Registered ${names.length} commands ${where}: ${names.map((n) => `/${n}`).join(' ')}\n`,
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
