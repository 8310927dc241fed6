import type { QuizMaker } from '@study-graph/quiz';
import type { GuildSettings } from '@study-graph/study';
import type { Client } from 'discord.js';
import type { BotContext } from '../context.ts';
import { asMessageReply } from '../discord/send.ts';
import { dailyMessage } from '../format/daily.ts';
import { type Locale, localeOf } from '../format/locale.ts';
import type { OutgoingMessage } from '../format/message.ts';
import { localTime } from './local-time.ts';

/** Questions tried before giving up on one whose buttons fit Discord's limits. */
const ATTEMPTS = 5;

/**
 * Posts each server's question of the day, in the servers this process serves (its shard's): once
 * the hour set has come in the server's time zone, and once a day, whatever restarts or other
 * processes there are, since the day is claimed in the store before the question is posted.
 */
export class DailyQuestions {
  #timer: NodeJS.Timeout | undefined;
  #looking: Promise<unknown> | undefined;

  constructor(
    private readonly client: Client<true>,
    private readonly ctx: BotContext,
  ) {}

  /** Looks every `everyMs` (0: never, and tests call `postDueDailies` with their own dates). */
  start(everyMs: number): void {
    if (everyMs <= 0) return;
    this.#timer = setInterval(() => {
      // A look still under way (a slow store) is not doubled.
      this.#looking ??= this.postDueDailies(new Date())
        .catch((error: unknown) => this.ctx.logger.warn({ err: error }, 'daily questions not looked at'))
        .finally(() => {
          this.#looking = undefined;
        });
    }, everyMs);
    // The timer alone never keeps the process running.
    this.#timer.unref();
  }

  /** No more looks; resolves once the one under way is done. */
  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.#looking;
  }

  /**
   * Posts the day's question where it is due at `now`: in each server of this process with a daily
   * channel, whose hour has come in its time zone and whose question of that day is not posted yet.
   * A server that fails is logged and the others go on. Resolves with the servers posted in.
   */
  async postDueDailies(now: Date): Promise<string[]> {
    const posted: string[] = [];
    for (const settings of await this.ctx.settings.store.dailyServers()) {
      if (!this.client.guilds.cache.has(settings.guildId)) continue;
      try {
        if (await this.#postIfDue(settings, now)) posted.push(settings.guildId);
      } catch (error) {
        this.ctx.logger.warn({ err: error, guild: settings.guildId }, 'daily question not posted');
      }
    }
    return posted;
  }

  async #postIfDue(settings: GuildSettings, now: Date): Promise<boolean> {
    const { guildId, dailyChannelId, dailyHour, lastDailyOn } = settings;
    const { day, hour } = localTime(now, settings.timeZone);
    if (!dailyChannelId || hour < dailyHour || (lastDailyOn !== null && lastDailyOn >= day)) return false;
    const channel = await this.client.channels.fetch(dailyChannelId);
    if (!channel || channel.isDMBased() || channel.guildId !== guildId || !channel.isSendable())
      throw new Error('the daily question channel is gone, or is not a text channel of the server');
    const guild = this.client.guilds.cache.get(guildId);
    const locale = settings.language ?? localeOf(guild?.preferredLocale);
    const message = makeQuestion(await this.ctx.knowledge.quizzes(), day, locale);
    if (!message) throw new Error('no question of the graph fits in buttons');
    // Claimed before it is posted: a crash in between loses that day's question, but a restart, or
    // another process serving the server, never posts a second one. A failed post is not tried again.
    if (!(await this.ctx.settings.store.claimDaily(guildId, day))) return false;
    this.ctx.settings.posted(guildId, day);
    await channel.send(asMessageReply(message));
    this.ctx.logger.info({ guild: guildId, day }, 'daily question posted');
    return true;
  }
}

function makeQuestion(maker: QuizMaker, day: string, locale: Locale): OutgoingMessage | null {
  for (let i = 0; i < ATTEMPTS; i++) {
    const quiz = maker.make(locale);
    const message = quiz && dailyMessage(quiz, day, locale);
    if (message) return message;
    if (!quiz) return null;
  }
  return null;
}
