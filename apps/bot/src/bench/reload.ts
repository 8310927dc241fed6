/**
 * `benchReload()`: the built bot on a Neo4j of its own, asked the same question over and over by
 * different learners, while `graph load` changes that concept's summary `loads` times. For each
 * load: how long from the load's commit to the first answer with the new summary, and how many
 * answers the old graph gave in between. The reference is the poll interval (`GRAPH_POLL_MS`).
 */
import { DiscordSim, ManualClock } from '@study-graph/discord-sim';
import { syncPack } from '@study-graph/graph';
import { hundredths, spread } from '@study-graph/measure';
import { deployCommands } from '../deploy-commands.ts';
import { realisticToken, spawnBot } from '../testing/process.ts';
import { build } from './build.ts';
import { withLocalNeo4j } from './local-neo4j.ts';

/** The concept whose summary each load changes, and the question that shows it. */
const CONCEPT = { id: 'ipam', question: 'IPAM là gì?' };
/** Learners taking turns, so no one reaches the rate limit. */
const LEARNERS = 60;
/** A question every this many ms while waiting. */
const EVERY_MS = 100;

export interface ReloadResult {
  pollMs: number;
  loads: number;
  /** From each load's commit to the first answer from the new graph, in ms. */
  pickupMs: number[];
  medianMs: number;
  /** Answers from the old graph after each load, before the new one showed. */
  oldAnswers: number[];
}

export async function benchReload(loads: number, pollMs: number): Promise<ReloadResult> {
  build();
  return withLocalNeo4j(async ({ uri, driver, graph }) => {
    const load = (summary: string | null) =>
      syncPack(driver, {
        ...graph,
        concepts: graph.concepts.map((c) =>
          c.id === CONCEPT.id && summary ? { ...c, summary: { vi: summary, en: summary } } : c,
        ),
      });
    const applicationId = '1310000000000000003';
    const token = realisticToken(applicationId);
    const sim = await DiscordSim.start({
      clock: new ManualClock(),
      token,
      bot: { id: applicationId },
      users: Array.from({ length: LEARNERS }, (_, i) => ({
        username: `learner-${i}`,
        locale: 'vi' as const,
      })),
    });
    await deployCommands({ token, applicationId, apiUrl: sim.apiBase });
    const bot = spawnBot(
      {
        DISCORD_TOKEN: token,
        DISCORD_APPLICATION_ID: applicationId,
        DISCORD_API_URL: sim.apiBase,
        NEO4J_URI: uri,
        GRAPH_POLL_MS: String(pollMs),
      },
      undefined,
      'built',
    );
    let turn = 0;
    const answer = async () => {
      const reply = await sim.slashCommand({
        name: 'ask',
        options: { question: CONCEPT.question },
        user: sim.users[turn++ % LEARNERS]!,
      });
      if (!reply.embeds[0]) throw new Error(`no answer: ${reply.content}`);
      return reply.embeds[0].description ?? '';
    };
    try {
      await sim.waitForReady(60_000);
      const pickupMs: number[] = [];
      const oldAnswers: number[] = [];
      for (let i = 1; i <= loads; i++) {
        const summary = `Bản tóm tắt mới số ${i}.`;
        // At a random moment of the poll's cycle: right after a pickup, the next poll is a whole interval away.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * pollMs));
        await load(summary);
        const loadedAt = performance.now();
        let old = 0;
        while (!(await answer()).includes(summary)) {
          old++;
          await new Promise((resolve) => setTimeout(resolve, EVERY_MS));
        }
        pickupMs.push(hundredths(performance.now() - loadedAt));
        oldAnswers.push(old);
      }
      return { pollMs, loads, pickupMs, medianMs: hundredths(spread(pickupMs).median), oldAnswers };
    } finally {
      bot.child.kill('SIGTERM');
      await bot.exited;
      await sim.stop();
      await load(null);
    }
  });
}
