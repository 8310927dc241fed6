import { OverlayStore } from '@study-graph/graph';
import { additionsOf, type SuggestionStore } from '@study-graph/study';
import { Cards } from '../cards.ts';
import type { BotContext } from '../context.ts';
import { within } from '../discord/respond.ts';
import type { Knowledge } from '../knowledge.ts';
import type { Logger } from '../logger.ts';

/** A server's own graph: the knowledge and cards every handler reads there. */
type OwnGraph = Pick<BotContext, 'knowledge' | 'cards'>;

/**
 * Longest wait for a server's approved suggestions before its interaction is served from the
 * shared graph: the wait comes before the interaction is acknowledged.
 */
const READ_WITHIN_MS = 500;

/**
 * Each server's graph: the shared one, with what its study group added (approved suggestions) laid
 * over it. Made on a server's first interaction and kept, made again after an approval there or a
 * reload of the shared graph. A server with nothing approved is served the shared graph itself.
 */
export class CommunityGraphs {
  readonly #byGuild = new Map<string, Promise<OwnGraph | null>>();
  /** The graphs made, by server: served without waiting (see `contextFor`). */
  readonly #made = new Map<string, OwnGraph | null>();

  constructor(
    private readonly base: Knowledge,
    private readonly suggestions: SuggestionStore,
    private readonly logger: Logger,
  ) {}

  /**
   * The context a server's interaction is served with: its own graph, when it has one. Once made,
   * it is given at once, not as a promise: under a burst, every wait before an interaction reaches
   * the work queue lets the others pile up first, and then all are deferred at once.
   */
  contextFor(ctx: BotContext, guildId: string | null): BotContext | Promise<BotContext> {
    if (!guildId) return ctx;
    const made = this.#made.get(guildId);
    if (made !== undefined) return made ? { ...ctx, ...made } : ctx;
    return this.#firstContextFor(ctx, guildId);
  }

  async #firstContextFor(ctx: BotContext, guildId: string): Promise<BotContext> {
    const own = await within(this.#graphOf(guildId), READ_WITHIN_MS).catch((error: unknown) => {
      this.logger.warn({ err: error, guild: guildId }, 'community graph not read: the shared graph answers');
      return null;
    });
    return own ? { ...ctx, ...own } : ctx;
  }

  /** A suggestion was approved on a server: its graph is made again on its next interaction. */
  changed(guildId: string): void {
    this.#byGuild.delete(guildId);
    this.#made.delete(guildId);
  }

  /** The shared graph was reloaded: every server's graph is made again from it. */
  clear(): void {
    this.#byGuild.clear();
    this.#made.clear();
  }

  #graphOf(guildId: string): Promise<OwnGraph | null> {
    let own = this.#byGuild.get(guildId);
    if (!own) {
      own = this.#make(guildId);
      this.#byGuild.set(guildId, own);
      own.then(
        (made) => this.#byGuild.get(guildId) === own && this.#made.set(guildId, made),
        () => undefined,
      );
      // A failed read is not kept: the next interaction tries again.
      own.catch(() => this.#byGuild.get(guildId) === own && this.#byGuild.delete(guildId));
    }
    return own;
  }

  async #make(guildId: string): Promise<OwnGraph | null> {
    const approved = await this.suggestions.approved(guildId);
    if (approved.length === 0) return null;
    const [readings, concepts] = await Promise.all([this.base.relationReadings(), this.base.allConcepts()]);
    const additions = additionsOf(approved, readings, new Set(concepts.map((c) => c.id)));
    const knowledge = this.base.over(new OverlayStore(this.base.store, additions));
    return { knowledge, cards: new Cards(knowledge) };
  }
}
