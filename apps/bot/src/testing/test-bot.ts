import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ChannelSeed,
  DiscordSim,
  type DiscordSimOptions,
  type GuildSeed,
  ManualClock,
} from '@study-graph/discord-sim';
import { type Graph, type GraphStore, loadPack, MemoryStore } from '@study-graph/graph';
import { FileSettingsStore, FileStudyStore, FileSuggestionStore } from '@study-graph/study';
import type { DestinationStream } from 'pino';
import { type Bot, type BotOptions, startBot } from '../bot.ts';
import { DEFAULT_TIMING } from '../context.ts';
import { createLogger } from '../logger.ts';

/** The real Docker pack: the bot is tested on the content learners get. */
export const DOCKER_PACK = fileURLToPath(new URL('../../../../data/docker', import.meta.url));

let graph: Promise<Graph> | undefined;

/** The Docker pack, loaded once per test file. */
export function dockerGraph(): Promise<Graph> {
  graph ??= loadPack(DOCKER_PACK);
  return graph;
}

export async function dockerStore(): Promise<MemoryStore> {
  return new MemoryStore(await dockerGraph());
}

/** Log lines the bot wrote, parsed, plus the raw text (to check that no secret is in it). */
export class LogCapture implements DestinationStream {
  readonly lines: string[] = [];
  write(line: string): void {
    this.lines.push(line);
  }
  get records(): Record<string, unknown>[] {
    return this.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  }
  get text(): string {
    return this.lines.join('');
  }
}

/** The Vietnamese study group's server the tests take place in, with these channels (and more as given). */
export function studyGroup(channels: ChannelSeed[], more: Omit<GuildSeed, 'channels'> = {}): GuildSeed {
  return { name: 'Docker học nhóm', locale: 'vi', channels, ...more };
}

export interface TestBot {
  sim: DiscordSim;
  bot: Bot;
  logs: LogCapture;
  stop(): Promise<void>;
}

/**
 * A discord-sim world (a Vietnamese and an English learner, #general and #study) with the bot
 * logged in through a real discord.js client and its commands registered in the guild.
 */
export async function startTestBot(
  options: { store?: GraphStore; sim?: DiscordSimOptions; bot?: Partial<BotOptions> } = {},
): Promise<TestBot> {
  const sim = await DiscordSim.start({
    // Discord's 3 s deadline stands still: a busy test machine never makes an answer late. Whether the
    // bot acknowledges in time is measured by `pnpm bench bot` on real time.
    clock: new ManualClock(),
    users: [
      { username: 'hoc-vien', locale: 'vi' },
      { username: 'learner', locale: 'en-US' },
    ],
    guilds: [studyGroup([{ name: 'general' }, { name: 'study' }])],
    ...options.sim,
  });
  const logs = new LogCapture();
  // Each test bot keeps learners' answers in a folder of its own, deleted when it stops.
  const dataDir = await mkdtemp(join(tmpdir(), 'study-graph-test-'));
  const bot = await startBot({
    token: sim.token,
    apiUrl: sim.apiBase,
    store: options.store ?? (await dockerStore()),
    study: new FileStudyStore(dataDir),
    suggestions: new FileSuggestionStore(dataDir),
    settings: new FileSettingsStore(dataDir),
    logger: createLogger('info', logs),
    registerCommands: { guildId: sim.guildId },
    // A busy machine may take seconds over an answer: only a test about that limit sets a short one.
    timing: { ...DEFAULT_TIMING, answerWithinMs: 60_000 },
    // No background reads of the graph's version: a test that holds or fails the store sees only the bot's.
    knowledge: { pollMs: 0 },
    // No daily questions on the clock: a test posts them with `postDueDailies` and dates of its own.
    dailyCheckMs: 0,
    ...options.bot,
  });
  await sim.waitForCommands(['ask', 'concept', 'relation', 'diagram', 'lifecycle', 'help']);
  return {
    sim,
    bot,
    logs,
    async stop() {
      await bot.stop();
      await sim.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
