import type { DiagramSpec } from '@study-graph/graph';
import { isLocale, type Locale } from '../format/locale.ts';
import { DISCORD_LIMITS } from '../format/truncate.ts';

/**
 * What a button or menu does, written into its custom_id so that it works without any state kept
 * by the bot, also after a restart:
 *
 *   diagram:view:<viewId>:<locale>            draw a figure
 *   diagram:lifecycle[:from:<id>][:to:<id>]:<locale>   the container lifecycle, moves picked out
 *   diagram:concept:<id>[:2]:<locale>         draw a concept's neighbourhood (depth 1, or 2)
 *   diagram:path:<from>:<to>:<locale>         draw how two concepts connect
 *   diagram:compare:<a>:<b>:<locale>          draw two concepts side by side
 *   related:<conceptId>:<locale>              show what a concept connects to
 *   nearby:<locale>                           menu: the chosen value is a concept id
 */
export type Action =
  | { kind: 'diagram'; spec: DiagramSpec; locale: Locale }
  | { kind: 'related'; conceptId: string; locale: Locale }
  | { kind: 'nearby'; locale: Locale };

/** Concept and view ids are kebab-case: nothing in them can break the `:` format. */
const ID = /^[a-z0-9][a-z0-9-]{0,47}$/;

export function isGraphId(value: string): boolean {
  return ID.test(value);
}

function specParts(spec: DiagramSpec): string[] {
  switch (spec.kind) {
    case 'view':
      return ['view', spec.viewId];
    case 'lifecycle':
      return ['lifecycle', ...(spec.from ? ['from', spec.from] : []), ...(spec.to ? ['to', spec.to] : [])];
    case 'neighbourhood':
      return spec.depth === 2 ? ['concept', spec.conceptId, '2'] : ['concept', spec.conceptId];
    case 'path':
      return ['path', spec.from, spec.to];
    case 'comparison':
      return ['compare', spec.a, spec.b];
  }
}

/** The custom_id of an action, or null when it would not fit Discord's 100 characters. */
export function encodeAction(action: Action): string | null {
  const parts =
    action.kind === 'diagram'
      ? ['diagram', ...specParts(action.spec)]
      : action.kind === 'related'
        ? ['related', action.conceptId]
        : ['nearby'];
  const id = [...parts, action.locale].join(':');
  return id.length <= DISCORD_LIMITS.customId ? id : null;
}

/** Reads a custom_id back; null for anything not written by {@link encodeAction} (an old version, a forgery). */
export function decodeAction(customId: string): Action | null {
  const parts = customId.split(':');
  const locale = parts.pop();
  if (!isLocale(locale)) return null;
  const [kind, ...rest] = parts;
  if (!rest.every(isGraphId)) return null;
  if (kind === 'nearby' && rest.length === 0) return { kind, locale };
  if (kind === 'related' && rest.length === 1) return { kind, conceptId: rest[0]!, locale };
  if (kind !== 'diagram') return null;
  const spec = decodeSpec(rest);
  return spec ? { kind, spec, locale } : null;
}

function decodeSpec([what, a, b, ...extra]: string[]): DiagramSpec | null {
  if (what === 'lifecycle') return decodeLifecycle([a, b, ...extra].filter((p) => p !== undefined));
  if (extra.length > 0) return null;
  if (what === 'view' && a && b === undefined) return { kind: 'view', viewId: a };
  if (what === 'concept' && a && (b === undefined || b === '2')) {
    return { kind: 'neighbourhood', conceptId: a, depth: b === '2' ? 2 : 1 };
  }
  if (what === 'path' && a && b) return { kind: 'path', from: a, to: b };
  if (what === 'compare' && a && b) return { kind: 'comparison', a, b };
  return null;
}

/** `[from <id>] [to <id>]`, in that order, each at most once. */
function decodeLifecycle(parts: string[]): DiagramSpec | null {
  const spec: { kind: 'lifecycle'; from?: string; to?: string } = { kind: 'lifecycle' };
  for (let i = 0; i < parts.length; i += 2) {
    const [role, id] = [parts[i], parts[i + 1]];
    if (!id || (role !== 'from' && role !== 'to') || spec[role] || (role === 'from' && spec.to)) return null;
    spec[role] = id;
  }
  return spec;
}
