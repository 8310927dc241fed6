/**
 * `benchBot()`: the bot's latency through the local Discord stand-in, next to a minimal discord.js
 * bot measured in the same run. `pnpm --filter @study-graph/bot bench` prints it as JSON; the lead
 * wires it into `pnpm bench bot`.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { type BotReply, DiscordSim } from '@study-graph/discord-sim';
import { measureReferenceRoundTrip, type RoundTripStats } from '@study-graph/discord-sim/bench-reference';
import { type Bot, startBot } from './bot.ts';
import { realisticToken, spawnBot } from './testing/process.ts';
import { dockerStore } from './testing/test-bot.ts';

/** Median and p95 of round trips, in ms. */
export interface Latency {
  n: number;
  median: number;
  p95: number;
  max: number;
}

export interface BenchBotOptions {
  /** Measured round trips per kind (default 200 text, 60 diagrams). */
  n?: number;
  diagrams?: number;
  /** Questions asked at once, by as many users (default 200). */
  concurrent?: number;
  /** Process starts timed (default 3). */
  starts?: number;
  /** Receives one progress line per step (default: nothing). */
  log?: (line: string) => void;
}

export interface BenchBotResult {
  /** A discord.js bot that replies "ok" at once: the stand-in's and discord.js's own cost. */
  reference: RoundTripStats;
  /** `/ask`, text answers (no diagram). */
  text: Latency;
  /** `/diagram` and `/relation`, every drawing rendered anew (cache off). */
  diagram: Latency;
  /** The same, drawings served from the bot's cache (the usual case for popular figures). */
  diagramCached: Latency;
  /** `/ask` by as many users at once; one question in five draws a diagram. */
  concurrent: { n: number; errors: number; lost: number; median: number; p95: number; max: number };
  /** Process start to connected and ready, embedded store (median of `starts`). */
  readyMs: number;
  targets: { textP95: 25; diagramP95: 250; concurrentP95: 1000; readyMs: 3000 };
  pass: { text: boolean; diagram: boolean; concurrent: boolean; ready: boolean };
}

/** Questions as learners type them, both languages, answered with text only. */
const TEXT_QUESTIONS = [
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
const DIAGRAM_QUESTIONS = [
  'How does the Docker CLI talk to the daemon?',
  'image và container khác nhau thế nào?',
  'Docker Engine gồm những thành phần nào?',
  'What are the Docker network drivers?',
];

/** One in five questions of the concurrent burst draws a diagram. */
const MIXED = [...TEXT_QUESTIONS, ...DIAGRAM_QUESTIONS];

/** Drawings: figures and paths, in both languages. */
const DRAWINGS: { name: string; options: Record<string, string>; locale: 'vi' | 'en-US' }[] = [
  { name: 'diagram', options: { topic: 'view:lifecycle' }, locale: 'vi' },
  { name: 'diagram', options: { topic: 'view:engine-components' }, locale: 'en-US' },
  { name: 'relation', options: { from: 'container', to: 'docker-cli' }, locale: 'vi' },
  { name: 'diagram', options: { topic: 'view:workflow' }, locale: 'vi' },
  { name: 'relation', options: { from: 'image', to: 'registry' }, locale: 'en-US' },
  { name: 'diagram', options: { topic: 'view:docker0' }, locale: 'en-US' },
];

const TARGETS = { textP95: 25, diagramP95: 250, concurrentP95: 1000, readyMs: 3000 } as const;

/** Runs the whole benchmark (about a minute) and returns the numbers. */
export async function benchBot(options: BenchBotOptions = {}): Promise<BenchBotResult> {
  const log = options.log ?? (() => undefined);
  const n = options.n ?? 200;
  log('reference bot…');
  const reference = await measureReferenceRoundTrip(n);

  log('text and diagram round trips…');
  const cold = await withBot({ diagramCacheSize: 0 }, async (sim) => {
    const text = await sequential(n, 20, async (i) => {
      const reply = await sim.slashCommand({
        name: 'ask',
        options: { question: TEXT_QUESTIONS[i % TEXT_QUESTIONS.length]! },
        locale: 'vi',
      });
      if (reply.files.length > 0) throw new Error('a "text" question was answered with a diagram');
      return reply;
    });
    const diagram = await sequential(options.diagrams ?? 60, DRAWINGS.length, (i) =>
      sim.slashCommand(DRAWINGS[i % DRAWINGS.length]!),
    );
    return { text, diagram };
  });
  const diagramCached = await withBot({}, (sim) =>
    sequential(options.diagrams ?? 60, DRAWINGS.length, (i) =>
      sim.slashCommand(DRAWINGS[i % DRAWINGS.length]!),
    ),
  );

  log('concurrent questions…');
  const concurrent = await withBot(
    {},
    (sim) => atOnce(sim, options.concurrent ?? 200),
    options.concurrent ?? 200,
  );

  log('process ready time…');
  const readyMs = await readyTime(options.starts ?? 3);

  const result = {
    reference,
    text: cold.text,
    diagram: cold.diagram,
    diagramCached,
    concurrent,
    readyMs,
    targets: TARGETS,
    pass: {
      text: cold.text.p95 < TARGETS.textP95,
      diagram: cold.diagram.p95 < TARGETS.diagramP95,
      concurrent: concurrent.errors === 0 && concurrent.lost === 0 && concurrent.p95 < TARGETS.concurrentP95,
      ready: readyMs < TARGETS.readyMs,
    },
  };
  return result;
}

/** A sim with `users` learners and the bot logged in (no rate limit: one bench user asks hundreds of times). */
async function withBot<T>(
  knowledge: { diagramCacheSize?: number },
  run: (sim: DiscordSim, bot: Bot) => Promise<T>,
  users = 1,
): Promise<T> {
  const sim = await DiscordSim.start({
    users: Array.from({ length: users }, (_, i) => ({
      username: `learner-${i}`,
      locale: i % 2 ? 'en-US' : 'vi',
    })),
    replyTimeoutMs: 30_000,
  });
  const bot = await startBot({
    token: sim.token,
    apiUrl: sim.apiBase,
    store: await dockerStore(),
    registerCommands: { guildId: sim.guildId },
    rateLimit: false,
    knowledge,
  });
  try {
    await sim.waitForCommands(['ask', 'diagram', 'relation']);
    return await run(sim, bot);
  } finally {
    await bot.stop();
    await sim.stop();
  }
}

async function sequential(
  n: number,
  warmup: number,
  call: (i: number) => Promise<BotReply>,
): Promise<Latency> {
  const times: number[] = [];
  for (let i = 0; i < warmup + n; i++) {
    const reply = await call(i);
    if (reply.embeds.length === 0) throw new Error(`no answer: ${reply.content}`);
    if (i >= warmup) times.push(reply.latencyMs);
  }
  return latency(times);
}

/** Every user asks at once; a reply that never comes is lost, a notice instead of an answer an error. */
async function atOnce(sim: DiscordSim, count: number): Promise<BenchBotResult['concurrent']> {
  const settled = await Promise.allSettled(
    sim.users
      .slice(0, count)
      .map((user, i) =>
        sim.slashCommand({ name: 'ask', options: { question: MIXED[i % MIXED.length]! }, user }),
      ),
  );
  const replies = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const lost = settled.length - replies.length;
  const errors = replies.filter((r) => r.embeds.length === 0).length + sim.rejections.length;
  const { median, p95, max } = latency(replies.map((r) => r.latencyMs));
  return { n: count, errors, lost, median, p95, max };
}

export interface BurstOptions {
  /** Questions asked at once (default 200). */
  burst?: number;
  /** Learners asking them, each asking in turn (default 50). */
  users?: number;
  /** Questions in all, sent burst after burst (default: one burst). */
  total?: number;
  /** Every diagram drawn anew (cache off): the worst case, many different figures asked at once. */
  freshDiagrams?: boolean;
}

export interface BurstResult {
  sent: number;
  answered: number;
  /** "The application did not respond": no acknowledgement within Discord's 3 s. */
  lost: number;
  /** Round trip of the answered, in ms. */
  p50: number;
  p95: number;
  /** How late the event loop ran (bot and stand-in share it), p99 in ms: drawing must not stall it. */
  loopDelayP99: number;
}

/**
 * `/ask` in bursts: `burst` questions at once from `users` learners (a fifth of them draw a
 * diagram), the next burst once the last is settled, until `total` are sent. Rate limits off: the
 * point is what the bot does when the questions do come.
 */
export async function benchBurst(options: BurstOptions = {}): Promise<BurstResult> {
  const burst = options.burst ?? 200;
  const total = options.total ?? burst;
  return withBot(
    options.freshDiagrams ? { diagramCacheSize: 0 } : {},
    async (sim) => {
      const times: number[] = [];
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      let sent = 0;
      while (sent < total) {
        const size = Math.min(burst, total - sent);
        const settled = await Promise.allSettled(
          Array.from({ length: size }, (_, i) =>
            sim.slashCommand({
              name: 'ask',
              options: { question: MIXED[(sent + i) % MIXED.length]! },
              user: sim.users[(sent + i) % sim.users.length]!,
            }),
          ),
        );
        for (const s of settled) if (s.status === 'fulfilled') times.push(s.value.latencyMs);
        sent += size;
      }
      delay.disable();
      const { median, p95 } = latency(times);
      const loopDelayP99 = round(delay.percentile(99) / 1e6);
      return { sent, answered: times.length, lost: sent - times.length, p50: median, p95, loopDelayP99 };
    },
    options.users ?? 50,
  );
}

/** `node --import tsx src/index.ts` with a token, to the bot being connected and ready. */
async function readyTime(starts: number): Promise<number> {
  const applicationId = '1310000000000000001';
  const token = realisticToken(applicationId);
  const times: number[] = [];
  for (let i = 0; i < starts; i++) {
    const sim = await DiscordSim.start({ token, bot: { id: applicationId } });
    const started = performance.now();
    const proc = spawnBot({
      DISCORD_TOKEN: token,
      DISCORD_APPLICATION_ID: applicationId,
      DISCORD_API_URL: sim.apiBase,
    });
    try {
      await sim.waitForReady(30_000);
      times.push(performance.now() - started);
    } finally {
      proc.child.kill('SIGTERM');
      await proc.exited;
      await sim.stop();
    }
  }
  return round(latency(times).median);
}

function latency(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  return {
    n: sorted.length,
    median: round(at(0.5)),
    p95: round(at(0.95)),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchBot({ log: (line) => process.stderr.write(`${line}\n`) }).then(
    (result) => {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
