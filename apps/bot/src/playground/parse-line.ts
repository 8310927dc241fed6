import type { APIApplicationCommand, APIApplicationCommandOption } from 'discord.js';

/** What a line typed in the playground asks for. */
export type PlaygroundInput =
  | { kind: 'empty' }
  | { kind: 'quit' }
  | { kind: 'message'; text: string }
  | { kind: 'click'; index: number }
  | { kind: 'select'; index: number }
  | { kind: 'command'; name: string; subcommand?: string; options: Record<string, string | number> }
  | { kind: 'unknown-command'; name: string };

type Option = APIApplicationCommandOption & { autocomplete?: boolean };

/**
 * Reads one line: `/command [subcommand] ...` (English or Vietnamese names; options as
 * `name:value`, or values in order separated by `,` or `|`), `b1` / `s2` to press a button or pick a menu entry
 * of the last reply, `/quit`, or anything else: a question to the bot in the study channel.
 */
export function parseLine(line: string, commands: readonly APIApplicationCommand[]): PlaygroundInput {
  const text = line.trim();
  if (!text) return { kind: 'empty' };
  if (/^\/(quit|exit)$/i.test(text)) return { kind: 'quit' };
  const pick = /^([bs])(\d{1,2})$/i.exec(text);
  if (pick) return { kind: pick[1]!.toLowerCase() === 'b' ? 'click' : 'select', index: Number(pick[2]) };
  if (!text.startsWith('/')) return { kind: 'message', text };
  const [, typedName = '', rest = ''] = /^\/(\S+)\s*(.*)$/s.exec(text) ?? [];
  const command = commands.find((c) => isNamed(c, typedName));
  if (!command) return { kind: 'unknown-command', name: typedName };
  const options = (command.options ?? []) as Option[];
  const [, typedSub = '', subRest = ''] = /^(\S*)\s*(.*)$/s.exec(rest) ?? [];
  const subcommand = options.find((o) => o.type === 1 && isNamed(o, typedSub));
  if (options.some((o) => o.type === 1) && !subcommand)
    return { kind: 'unknown-command', name: `${typedName} ${typedSub}`.trim() };
  if (!subcommand) return { kind: 'command', name: command.name, options: parseOptions(rest, options) };
  const subOptions = ('options' in subcommand ? (subcommand.options ?? []) : []) as Option[];
  return {
    kind: 'command',
    name: command.name,
    subcommand: subcommand.name,
    options: parseOptions(subRest, subOptions),
  };
}

/** Whether a command or subcommand goes by this name, in English or Vietnamese. */
function isNamed(
  c: { name: string; name_localizations?: Record<string, string | null> | null },
  typed: string,
) {
  const name = typed.toLowerCase();
  return c.name === name || c.name_localizations?.vi === name;
}

function parseOptions(rest: string, options: Option[]): Record<string, string | number> {
  const named = (key: string) => options.find((o) => o.name === key || o.name_localizations?.vi === key);
  const values: Record<string, string | number> = {};
  // `from:container to:image` — a value runs until the next `name:`.
  const keyed = [...rest.matchAll(/(?:^|\s)([\p{L}\d_-]+):/gu)].filter((m) => named(m[1]!));
  if (keyed.length > 0) {
    keyed.forEach((m, i) => {
      const start = m.index + m[0].length;
      const end = keyed[i + 1]?.index ?? rest.length;
      values[named(m[1]!)!.name] = rest.slice(start, end).trim();
    });
  } else if (rest.trim()) {
    const parts = options.length > 1 ? rest.split(/\s*[,|]\s*/) : [rest];
    parts.forEach((part, i) => {
      const option = options[i];
      if (option && part.trim()) values[option.name] = part.trim();
    });
  }
  for (const o of options) {
    const v = values[o.name];
    // Integer options (depth) take numbers.
    if (o.type === 4 && typeof v === 'string') values[o.name] = Number.parseInt(v, 10);
  }
  return values;
}
