import type { APIEmbed, APIMessageTopLevelComponent } from 'discord.js';

export interface RenderedReply {
  text: string;
  /** custom_ids of the buttons, in the order numbered (b1, b2, ...). */
  buttons: string[];
  /** The menu: its custom_id and values, in the order numbered (s1, s2, ...). */
  menu: { customId: string; values: string[] } | undefined;
}

interface Style {
  bold: (s: string) => string;
  dim: (s: string) => string;
}

const PLAIN: Style = { bold: (s) => s, dim: (s) => s };
const ANSI: Style = { bold: (s) => `\x1b[1m${s}\x1b[22m`, dim: (s) => `\x1b[2m${s}\x1b[22m` };

/**
 * A bot message as terminal text: the embed's title, body and source line, where its pictures
 * were saved, and numbered buttons and menu entries to type (`b1`, `s2`).
 */
export function renderReply(
  message: { content: string; embeds: APIEmbed[]; components: APIMessageTopLevelComponent[] },
  savedFiles: string[],
  color: boolean,
): RenderedReply {
  const s = color ? ANSI : PLAIN;
  const markdown = (text: string) => text.replace(/\*\*(.+?)\*\*/g, (_, b: string) => s.bold(b));
  const lines: string[] = [];
  if (message.content) lines.push(markdown(message.content));
  for (const embed of message.embeds) {
    if (embed.title) lines.push(s.bold(`── ${embed.title} ──`));
    if (embed.description) lines.push(markdown(embed.description));
    for (const field of embed.fields ?? []) lines.push(`${s.bold(field.name)}: ${field.value}`);
    if (embed.footer?.text) lines.push(s.dim(embed.footer.text));
  }
  for (const file of savedFiles) lines.push(`🖼  ${file}`);
  const buttons: string[] = [];
  let menu: RenderedReply['menu'];
  const labels: string[] = [];
  let entries = '';
  for (const row of message.components) {
    if (!('components' in row)) continue;
    for (const c of row.components) {
      if (c.type === 2 && 'custom_id' in c && c.label) {
        buttons.push(c.custom_id);
        labels.push(`[b${buttons.length}] ${c.label}`);
      }
      if (c.type === 3) {
        menu = { customId: c.custom_id, values: c.options.map((o) => o.value) };
        entries =
          `${c.placeholder ?? ''} ${c.options.map((o, i) => `[s${i + 1}] ${o.label}`).join('  ')}`.trim();
      }
    }
  }
  if (labels.length > 0) lines.push(s.dim(labels.join('  ')));
  if (entries) lines.push(s.dim(entries));
  return { text: lines.join('\n'), buttons, menu };
}
