/** What every bot benchmark shares: the questions asked, a bot on the stand-in, and latency figures. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiscordSim } from '@study-graph/discord-sim';
import type { GraphStore } from '@study-graph/graph';
import { FileSettingsStore, FileStudyStore, FileSuggestionStore } from '@study-graph/study';
import { type Bot, startBot } from '../bot.ts';
import type { KnowledgeOptions } from '../knowledge.ts';
import { dockerStore } from '../testing/test-bot.ts';

/** Questions as learners type them, both languages, answered with text only. */
export const TEXT_QUESTIONS = [
  'container là gì?',
  'What is a Docker image?',
  'Dockerfile là gì?',
  'what is runc',
  'cgroups la gi',
  'Explain Docker Hub',
  'Docker daemon quản lý những gì?',
  'What is docker0?',
  'namespaces dùng để làm gì?',
  'which command pauses a container?',
  'What is a volume?',
  'libnetwork là gì?',
  'What does docker run do?',
  'docker stop làm gì?',
  'How do I start a stopped container?',
  'overlay network là gì?',
];

/** Questions whose answers come with a diagram: a realistic mix has some. */
export const DIAGRAM_QUESTIONS = [
  'How does the Docker CLI talk to the daemon?',
  'image và container khác nhau thế nào?',
  'Docker Engine gồm những thành phần nào?',
  'What are the Docker network drivers?',
];

/** One in five questions of the concurrent burst draws a diagram. */
export const MIXED = [...TEXT_QUESTIONS, ...DIAGRAM_QUESTIONS];

/** Drawings: figures and paths, in both languages. */
export const DRAWINGS: { name: string; options: Record<string, string>; locale: 'vi' | 'en-US' }[] = [
  { name: 'diagram', options: { topic: 'view:lifecycle' }, locale: 'vi' },
  { name: 'diagram', options: { topic: 'view:engine-components' }, locale: 'en-US' },
  { name: 'relation', options: { from: 'container', to: 'docker-cli' }, locale: 'vi' },
  { name: 'diagram', options: { topic: 'view:workflow' }, locale: 'vi' },
  { name: 'relation', options: { from: 'image', to: 'registry' }, locale: 'en-US' },
  { name: 'diagram', options: { topic: 'view:docker0' }, locale: 'en-US' },
];

export interface BenchSetup {
  knowledge?: KnowledgeOptions;
  /** Learners in the stand-in's server (default 1). */
  users?: number;
  /** Default: the embedded store on the Docker pack. */
  store?: GraphStore;
  /** Its channel is a study channel, where the bot answers mentions. */
  mentions?: boolean;
}

/** A sim with learners and the bot logged in (no rate limit: one bench user asks hundreds of times). */
export async function withBot<T>(
  setup: BenchSetup,
  run: (sim: DiscordSim, bot: Bot) => Promise<T>,
): Promise<T> {
  const sim = await DiscordSim.start({
    users: Array.from({ length: setup.users ?? 1 }, (_, i) => ({
      username: `learner-${i}`,
      locale: i % 2 ? 'en-US' : 'vi',
    })),
    replyTimeoutMs: 30_000,
  });
  const dataDir = await mkdtemp(join(tmpdir(), 'study-graph-bench-'));
  const bot = await startBot({
    token: sim.token,
    apiUrl: sim.apiBase,
    store: setup.store ?? (await dockerStore()),
    study: new FileStudyStore(dataDir),
    suggestions: new FileSuggestionStore(dataDir),
    settings: new FileSettingsStore(dataDir),
    registerCommands: { guildId: sim.guildId },
    rateLimit: false,
    knowledge: setup.knowledge,
    ...(setup.mentions ? { studyChannelIds: [sim.channelId] } : {}),
  });
  try {
    await sim.waitForCommands(['ask', 'diagram', 'relation']);
    return await run(sim, bot);
  } finally {
    await bot.stop();
    await sim.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
