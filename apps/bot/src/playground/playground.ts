import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { type BotMessage, type BotReply, DiscordSim, type ReplyFile } from '@study-graph/discord-sim';
import type { GraphStore } from '@study-graph/graph';
import type { SettingsStore, StudyStore, SuggestionStore } from '@study-graph/study';
import { type Bot, startBot } from '../bot.ts';
import type { Logger } from '../logger.ts';
import { parseLine } from './parse-line.ts';
import { type RenderedReply, renderReply } from './render-text.ts';

export interface PlaygroundOptions {
  store: GraphStore;
  /** Where the learner's quiz answers are kept. */
  study: StudyStore;
  /** Where suggestions are kept: the playground's learner moderates their own channel. */
  suggestions: SuggestionStore;
  /** Where the server's settings and the learner's streaks are kept. */
  settings: SettingsStore;
  logger: Logger;
  input: Readable;
  output: Writable;
  /** Where diagrams are saved. */
  outDir: string;
  /** A person at a terminal: prompt, colours, a greeting. Otherwise one message per line, replies only. */
  interactive: boolean;
  /** Ends the conversation (Ctrl+C, SIGTERM): the bot then stops as it does on Discord. */
  signal?: AbortSignal | undefined;
}

/**
 * The same learner, server and channel in every run, so what was kept in one (quiz answers,
 * cards, settings, suggestions) is theirs again in the next.
 */
const PLAYGROUND = {
  user: '1000000000000000001',
  guild: '1000000000000000002',
  channel: '1000000000000000003',
} as const;

const GREETING = [
  'Study Graph — kênh học tập cục bộ / local study channel (discord-sim).',
  'Gõ câu hỏi (ví dụ: container là gì?) hoặc lệnh: /help, /concept image, /relation container, image,',
  '/diagram lifecycle, /lifecycle exited, running. b1/s1: bấm nút / chọn trong menu. /quit: thoát.',
].join('\n');

/**
 * The bot against a local Discord stand-in, with the terminal as a study channel: each line is a
 * message mentioning the bot, a slash command or a click; each reply is printed as text, and its
 * diagrams saved as PNG files whose paths are printed. Same bot, same code paths as on Discord.
 */
export async function runPlayground(options: PlaygroundOptions): Promise<void> {
  const sim = await DiscordSim.start({
    users: [{ id: PLAYGROUND.user, username: 'ban-hoc', locale: 'vi' }],
    guilds: [
      {
        id: PLAYGROUND.guild,
        name: 'Study Graph (local)',
        locale: 'vi',
        channels: [{ id: PLAYGROUND.channel, name: 'hoc-docker' }],
      },
    ],
    replyTimeoutMs: 15_000,
  });
  let bot: Bot | undefined;
  try {
    bot = await startBot({
      token: sim.token,
      apiUrl: sim.apiBase,
      store: options.store,
      study: options.study,
      suggestions: options.suggestions,
      settings: options.settings,
      logger: options.logger,
      studyChannelIds: [sim.channelId],
      registerCommands: { guildId: sim.guildId },
      // One person at a keyboard (or a pasted list of questions) is not abuse.
      rateLimit: false,
      // No Discord deadline in a terminal: on a busy machine the first drawing (a drawing thread
      // starting, fonts and Graphviz loading) may take seconds, and an answer beats "unavailable".
      timing: { answerWithinMs: 30_000 },
    });
    await converse(sim, options);
  } finally {
    await bot?.stop();
    if (!bot) await options.store.close();
    await sim.stop();
  }
}

async function converse(sim: DiscordSim, options: PlaygroundOptions): Promise<void> {
  const { output, interactive } = options;
  const print = (text: string) => output.write(`${text}\n`);
  const lines = createInterface({
    input: options.input,
    terminal: false,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  let last: { message: BotMessage | BotReply; rendered: RenderedReply } | undefined;
  /** A form the bot opened (a report): the next lines fill its text inputs, one each. */
  let form: { opened: BotReply; inputs: string[]; fields: Record<string, string> } | undefined;
  let saved = 0;
  if (interactive) {
    print(GREETING);
    output.write('> ');
  }

  const show = async (reply: BotMessage | BotReply | null) => {
    if (!reply) return print('(không có trả lời / no reply)');
    if ('modal' in reply && reply.modal) {
      form = { opened: reply, inputs: textInputs(reply.modal.components), fields: {} };
      return print(`── ${reply.modal.title} ──\n${formPrompt(reply.modal.components, form.inputs[0])}`);
    }
    const files = await Promise.all(reply.files.map((f) => save(f, options.outDir, ++saved)));
    const rendered = renderReply(reply, files, interactive);
    // A private note (thanks, a refusal) keeps the buttons of the message before it in reach.
    if (!last || rendered.buttons.length > 0 || rendered.menu || reply.files.length > 0)
      last = { message: reply, rendered };
    print(rendered.text);
  };

  /** One line of a form typed; sent once every input has its line. */
  const fill = async (line: string) => {
    if (!form) return;
    form.fields[form.inputs[Object.keys(form.fields).length]!] = line;
    const next = form.inputs[Object.keys(form.fields).length];
    if (next) return print(formPrompt(form.opened.modal!.components, next));
    const { opened, fields } = form;
    form = undefined;
    await show(await sim.submitModal({ opened, fields, locale: 'vi' }));
  };

  for await (const line of lines) {
    const input = parseLine(line, sim.commands);
    try {
      if (form) {
        await fill(line.trim());
        if (interactive) output.write('> ');
        continue;
      }
      switch (input.kind) {
        case 'empty':
          break;
        case 'quit':
          return;
        case 'message':
          await show(await sim.sendMessage({ content: input.text, mentionBot: true, timeoutMs: 15_000 }));
          break;
        case 'command':
          await show(
            await sim.slashCommand({
              name: input.name,
              subcommand: input.subcommand,
              options: await complete(sim, input),
              locale: 'vi',
            }),
          );
          break;
        case 'click': {
          const customId = last?.rendered.buttons[input.index - 1];
          if (!last || !customId) print('(không có nút này / no such button)');
          else await show(await sim.clickButton({ message: last.message, customId, locale: 'vi' }));
          break;
        }
        case 'select': {
          const menu = last?.rendered.menu;
          const value = menu?.values[input.index - 1];
          if (!last || !menu || !value) print('(không có mục này / no such entry)');
          else
            await show(
              await sim.selectMenu({
                message: last.message,
                customId: menu.customId,
                values: [value],
                locale: 'vi',
              }),
            );
          break;
        }
        case 'unknown-command':
          print(`(lệnh không có / unknown command; ${sim.commands.map((c) => `/${c.name}`).join(' ')})`);
          break;
      }
    } catch (error) {
      print(`(lỗi / error: ${error instanceof Error ? error.message : String(error)})`);
    }
    if (interactive) output.write('> ');
  }
}

/**
 * Options with autocomplete are filled the way a Discord user fills them: what is typed is sent
 * to the bot's autocomplete and the first suggestion is taken (as typed when there is none).
 */
async function complete(
  sim: DiscordSim,
  input: Extract<ReturnType<typeof parseLine>, { kind: 'command' }>,
): Promise<Record<string, string | number>> {
  const command = sim.commands.find((c) => c.name === input.name);
  const sub = command?.options?.find((o) => o.type === 1 && o.name === input.subcommand);
  const options = sub && 'options' in sub ? (sub.options ?? []) : (command?.options ?? []);
  const values = { ...input.options };
  for (const option of options) {
    const typed = values[option.name];
    if (typeof typed !== 'string' || !('autocomplete' in option) || !option.autocomplete) continue;
    const { choices } = await sim.autocomplete({
      command: input.name,
      subcommand: input.subcommand,
      focused: { name: option.name, value: typed },
      locale: 'vi',
    });
    const first = choices[0]?.value;
    if (first !== undefined) values[option.name] = first;
  }
  return values;
}

type ModalRows = NonNullable<BotReply['modal']>['components'];

/** The custom_ids of a modal's text inputs, in order. */
function textInputs(rows: ModalRows): string[] {
  return rows.flatMap((row) =>
    'components' in row ? row.components.flatMap((c) => ('custom_id' in c ? [c.custom_id] : [])) : [],
  );
}

/** What a text input asks, to be answered on one line. */
function formPrompt(rows: ModalRows, id: string | undefined): string {
  for (const row of rows)
    for (const c of 'components' in row ? row.components : [])
      if ('custom_id' in c && c.custom_id === id && 'label' in c) return `${c.label} (một dòng / one line)`;
  return '(một dòng / one line)';
}

async function save(file: ReplyFile, dir: string, n: number): Promise<string> {
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, `${String(n).padStart(3, '0')}-${path.basename(file.name)}`);
  await writeFile(target, file.data);
  return target;
}
