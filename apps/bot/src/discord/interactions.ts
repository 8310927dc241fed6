import type { Interaction } from 'discord.js';
import { COMMANDS } from '../commands/index.ts';
import { onComponent, onModal } from '../components/index.ts';
import type { BotContext } from '../context.ts';
import { localeOf } from '../format/locale.ts';
import { ui } from '../format/strings.ts';
import { notify, type Responded } from './respond.ts';
import { speakServerLanguage } from './server-language.ts';

/**
 * Routes one interaction to its command or component and writes one log line with its latency.
 * Never throws: a failing handler is logged and the next interaction is served as usual.
 */
export async function onInteraction(ix: Interaction, ctx: BotContext, closing: () => boolean): Promise<void> {
  const started = performance.now();
  const fields = {
    interaction: ix.id,
    kind: ix.isAutocomplete()
      ? 'autocomplete'
      : ix.isChatInputCommand()
        ? 'command'
        : ix.isModalSubmit()
          ? 'form'
          : 'component',
    command: ix.isCommand() || ix.isAutocomplete() ? ix.commandName : undefined,
    user: ix.user.id,
    locale: localeOf(ix.locale),
  };
  try {
    // The server's own graph, with what its study group added; not waited for once known.
    const served = ctx.community.contextFor(ctx, ix.guildId);
    const result = await route(ix, served instanceof Promise ? await served : served, closing);
    const latencyMs = ms(started);
    ctx.logger.info({ ...fields, ...result, latencyMs }, 'interaction');
    ctx.metrics.handled(fields.command ?? fields.kind, result?.outcome ?? 'ok', latencyMs);
  } catch (error) {
    const latencyMs = ms(started);
    ctx.logger.error({ ...fields, err: error, latencyMs }, 'interaction failed');
    ctx.metrics.handled(fields.command ?? fields.kind, 'error', latencyMs);
  }
}

async function route(ix: Interaction, ctx: BotContext, closing: () => boolean): Promise<Responded | null> {
  // Not waited for when the server's settings are known: see CommunityGraphs.contextFor.
  const speaking = speakServerLanguage(ix, ctx);
  if (speaking) await speaking;
  if (ix.isAutocomplete()) {
    await COMMANDS.get(ix.commandName)?.autocomplete?.(ix, ctx);
    return null;
  }
  if (!ix.isChatInputCommand() && !ix.isButton() && !ix.isStringSelectMenu() && !ix.isModalSubmit())
    return null;
  const t = ui(localeOf(ix.locale));
  if (closing()) {
    await notify(ix, t.shuttingDown);
    return { outcome: 'closing', deferred: false };
  }
  const verdict = ctx.limiter?.take(ix.user.id) ?? { ok: true };
  if (!verdict.ok) {
    // An interaction must be answered, so every refusal gets the (private) polite note.
    await notify(ix, t.rateLimited(Math.ceil(verdict.retryAfterMs / 1000)));
    return { outcome: 'rate-limited', deferred: false };
  }
  if (ix.isChatInputCommand()) {
    const command = COMMANDS.get(ix.commandName);
    if (!command) {
      await notify(ix, t.outdated);
      return { outcome: 'outdated', deferred: false };
    }
    return command.execute(ix, ctx);
  }
  return ix.isModalSubmit() ? onModal(ix, ctx) : onComponent(ix, ctx);
}

function ms(since: number): number {
  return Math.round((performance.now() - since) * 100) / 100;
}
