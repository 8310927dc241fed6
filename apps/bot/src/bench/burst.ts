/** `benchBurst()`: `/ask` (or mentions) in bursts, to see that nothing is lost when many ask at once. */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { hundredths, spread } from '@study-graph/measure';
import { MIXED, withBot } from './traffic.ts';

export interface BurstOptions {
  /** Questions asked at once (default 200). */
  burst?: number;
  /** Learners asking them, each asking in turn (default 50). */
  users?: number;
  /** Questions in all, sent burst after burst (default: one burst). */
  total?: number;
  /** Every diagram drawn anew (cache off): the worst case, many different figures asked at once. */
  freshDiagrams?: boolean;
  /** Ask by mentioning the bot in a study channel rather than with `/ask` (lost: no reply in 30 s). */
  mentions?: boolean;
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
  const setup = {
    knowledge: options.freshDiagrams ? { diagramCacheSize: 0 } : {},
    users: options.users ?? 50,
    mentions: options.mentions === true,
  };
  return withBot(setup, async (sim) => {
    const ask = (i: number) => {
      const question = MIXED[i % MIXED.length]!;
      const user = sim.users[i % sim.users.length]!;
      return options.mentions
        ? sim.sendMessage({ content: question, mentionBot: true, user })
        : sim.slashCommand({ name: 'ask', options: { question }, user });
    };
    const times: number[] = [];
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    let sent = 0;
    while (sent < total) {
      const size = Math.min(burst, total - sent);
      const settled = await Promise.allSettled(Array.from({ length: size }, (_, i) => ask(sent + i)));
      for (const s of settled) if (s.status === 'fulfilled' && s.value) times.push(s.value.latencyMs);
      sent += size;
    }
    delay.disable();
    const { median, p95 } = spread(times);
    const loopDelayP99 = hundredths(delay.percentile(99) / 1e6);
    return { sent, answered: times.length, lost: sent - times.length, p50: median, p95, loopDelayP99 };
  });
}
