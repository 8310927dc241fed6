import type { StudyStore, SuggestionStore } from '@study-graph/study';
import type { AskedQuestions } from './asked.ts';
import type { Cards } from './cards.ts';
import type { CommunityGraphs } from './community/community-graphs.ts';
import type { Knowledge } from './knowledge.ts';
import type { Logger } from './logger.ts';
import type { BotMetrics } from './metrics.ts';
import type { RateLimiter } from './rate-limit.ts';
import type { GuildSettingsCache } from './servers/guild-settings.ts';
import type { WorkQueue } from './work-queue.ts';

/** Deadlines for answering an interaction. */
export interface Timing {
  /**
   * Work still running after this long is acknowledged first (deferred) and the answer edited in
   * later, well inside Discord's 3 s. A diagram not drawn yet is deferred before drawing, whatever this says.
   */
  deferAfterMs: number;
  /** Past this, the reply says the knowledge base is unavailable instead of waiting on. */
  answerWithinMs: number;
  /** How long a quiz can be answered. */
  quizMs: number;
}

export const DEFAULT_TIMING: Timing = { deferAfterMs: 1_000, answerWithinMs: 4_000, quizMs: 5 * 60_000 };

/** What every handler gets: the knowledge, the card builder, logging and limits. */
export interface BotContext {
  knowledge: Knowledge;
  cards: Cards;
  logger: Logger;
  /** Null when rate limiting is off (benchmarks). */
  limiter: RateLimiter | null;
  timing: Timing;
  /** Every answer's work, in turn across servers and learners. */
  queue: WorkQueue;
  /** Channels where mentions are answered, from the bot's configuration (servers may add theirs). */
  studyChannelIds: ReadonlySet<string>;
  /** Whether the bot reads messages (Message Content): without, no mention is answered anywhere. */
  readsMessages: boolean;
  /** Each server's settings (language, study channels, private replies, daily question) and streaks. */
  settings: GuildSettingsCache;
  metrics: BotMetrics;
  /** Learners' quiz answers, for their progress and the server's board; their feedback on answers. */
  study: StudyStore;
  /** Recent questions, for the feedback on their answers. */
  asked: AskedQuestions;
  /** Servers' suggestions to their graph, and their moderation. */
  suggestions: SuggestionStore;
  /** Each server's graph with its approved suggestions; a handler's context already holds its server's. */
  community: CommunityGraphs;
  /** Roles whose members moderate suggestions, besides those who can manage the server. */
  moderatorRoleIds: ReadonlySet<string>;
}
