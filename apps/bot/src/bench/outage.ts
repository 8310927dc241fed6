/**
 * `benchOutage()`: questions flow while the database hangs, then dies and is started again. Every
 * reply is counted as an answer, "unavailable", a generic error or lost; the time to recover is
 * how long after the database answers again the first question sent after that is answered.
 */
import type { DiscordSim } from '@study-graph/discord-sim';
import type { GraphStore } from '@study-graph/graph';
import { ui } from '../format/strings.ts';
import { MIXED, withBot } from './traffic.ts';

/** The database under test, as the caller runs it. */
export interface DatabaseControl {
  /** A store on it, holding the pack the questions are about. */
  store: GraphStore;
  /** The server stops answering but keeps its connections (SIGSTOP). */
  hang(): Promise<void>;
  /** It answers again (SIGCONT). */
  resume(): Promise<void>;
  /** The server dies (SIGKILL). */
  kill(): Promise<void>;
  /** Starts it again; resolves once it answers. */
  restart(): Promise<void>;
}

export interface OutageOptions {
  /** How long the database hangs (default 8 s). */
  hangMs?: number;
  /** One question every this many ms (default 200). */
  everyMs?: number;
  /**
   * Steady traffic before, between and after the outages; by default long enough to ask every
   * question once, so that the outages meet a server that has answered each kind of question before,
   * as a deployed one has.
   */
  steadyMs?: number;
}

type Kind = 'answered' | 'unavailable' | 'generic' | 'lost';

export interface PhaseCounts {
  sent: number;
  answered: number;
  unavailable: number;
  generic: number;
  lost: number;
  /** From the database answering again to the first answer to a question sent after that, in ms. */
  recoveryMs: number | null;
}

export interface OutageResult {
  hang: PhaseCounts & { hungMs: number };
  kill: PhaseCounts & { downMs: number };
}

interface Asked {
  sentAt: number;
  doneAt: number;
  kind: Kind;
}

const UNAVAILABLE = new Set([ui('vi').unavailable, ui('en').unavailable]);

export async function benchOutage(db: DatabaseControl, options: OutageOptions = {}): Promise<OutageResult> {
  const hangMs = options.hangMs ?? 8_000;
  const everyMs = options.everyMs ?? 200;
  const steadyMs = options.steadyMs ?? (MIXED.length + 5) * everyMs;
  return withBot({ users: 10, store: db.store }, async (sim) => {
    const flow = new Flow(sim, everyMs);
    await sleep(steadyMs);
    const hangAt = performance.now();
    await db.hang();
    await sleep(hangMs);
    await db.resume();
    const resumedAt = performance.now();
    await flow.untilAnswerSentAfter(resumedAt);
    await sleep(steadyMs);
    const killAt = performance.now();
    await db.kill();
    await db.restart();
    const upAt = performance.now();
    await flow.untilAnswerSentAfter(upAt);
    await sleep(steadyMs);
    const asked = await flow.stop();
    return {
      hang: { ...counts(asked, hangAt, killAt, resumedAt), hungMs: Math.round(resumedAt - hangAt) },
      kill: {
        ...counts(asked, killAt, Number.POSITIVE_INFINITY, upAt),
        downMs: Math.round(upAt - killAt),
      },
    };
  });
}

/** `/ask` at a steady pace from ten learners in turn, each reply sorted by kind as it comes. */
class Flow {
  readonly #asked: Asked[] = [];
  readonly #pending = new Set<Promise<void>>();
  readonly #timer: NodeJS.Timeout;
  #n = 0;

  constructor(
    private readonly sim: DiscordSim,
    everyMs: number,
  ) {
    this.#timer = setInterval(() => this.#send(), everyMs);
  }

  #send(): void {
    const i = this.#n++;
    const sentAt = performance.now();
    const done = this.sim
      .slashCommand({
        name: 'ask',
        options: { question: MIXED[i % MIXED.length]! },
        user: this.sim.users[i % this.sim.users.length]!,
      })
      .then(
        (reply): Kind =>
          reply.embeds.length > 0 ? 'answered' : UNAVAILABLE.has(reply.content) ? 'unavailable' : 'generic',
        (): Kind => 'lost',
      )
      .then((kind) => {
        this.#asked.push({ sentAt, doneAt: performance.now(), kind });
        this.#pending.delete(done);
      });
    this.#pending.add(done);
  }

  /** Waits for an answer to a question sent after `at`, a minute at most (the figures then say none came). */
  async untilAnswerSentAfter(at: number): Promise<void> {
    const giveUpAt = performance.now() + 60_000;
    while (!this.#asked.some((a) => a.kind === 'answered' && a.sentAt >= at) && performance.now() < giveUpAt)
      await sleep(20);
  }

  async stop(): Promise<Asked[]> {
    clearInterval(this.#timer);
    await Promise.all(this.#pending);
    return this.#asked;
  }
}

/** The questions sent in [from, to), and how soon after `upAt` one of them was answered. */
function counts(asked: Asked[], from: number, to: number, upAt: number): PhaseCounts {
  const inPhase = asked.filter((a) => a.sentAt >= from && a.sentAt < to);
  const of = (kind: Kind) => inPhase.filter((a) => a.kind === kind).length;
  const firstAnswer = Math.min(
    ...inPhase.filter((a) => a.kind === 'answered' && a.sentAt >= upAt).map((a) => a.doneAt),
  );
  return {
    sent: inPhase.length,
    answered: of('answered'),
    unavailable: of('unavailable'),
    generic: of('generic'),
    lost: of('lost'),
    recoveryMs: Number.isFinite(firstAnswer) ? Math.round(firstAnswer - upAt) : null,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
