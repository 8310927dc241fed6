import type { DiagramSpec } from '@study-graph/graph';
import type { Answer } from '@study-graph/qa';
import type { DrawnImage } from '../knowledge.ts';
import type { Locale } from './locale.ts';
import { ui } from './strings.ts';

/** A named concept, as a menu entry or an answer's focus. */
export interface ConceptRef {
  id: string;
  name: string;
}

/**
 * One reply, independent of Discord: what the embed says, the picture, and which buttons and menu
 * to offer. Built by `cards.ts`, turned into a Discord message by `message.ts`, and printed as text
 * by the playground (through the real message).
 */
export interface Card {
  locale: Locale;
  title: string;
  /** Markdown. */
  body: string;
  /** The answer's sources, one line. */
  footer?: string | undefined;
  /** `notice`: a one-line message instead of an answer (sent as plain text). */
  tone: 'answer' | 'not-found' | 'help' | 'notice';
  image?: (DrawnImage & { fileName: string }) | undefined;
  /** The "Diagram" button draws this (absent: no button). */
  diagram?: DiagramSpec | undefined;
  /** The "Related" button shows this concept's connections (absent: no button). */
  related?: string | undefined;
  /** The menu: concepts to walk to, or what the question may have meant. */
  menu?: { kind: 'nearby' | 'suggestions'; concepts: ConceptRef[] } | undefined;
  /** Seen only by the person who asked. */
  ephemeral?: boolean | undefined;
}

/**
 * `qa` ends every answer with its sources on the last line ("Nguồn: …" / "Source: …"): that line
 * becomes the embed footer, the rest the description.
 */
export function splitSources(answer: Answer): { body: string; footer: string | undefined } {
  const at = answer.answer.lastIndexOf('\n');
  if (answer.sources.length === 0 || at < 0) return { body: answer.answer, footer: undefined };
  return { body: answer.answer.slice(0, at), footer: answer.answer.slice(at + 1) };
}

/** A file name for a drawing: ASCII, from the spec, so the same diagram always has the same name. */
export function imageFileName(spec: DiagramSpec): string {
  const parts =
    spec.kind === 'view'
      ? ['view', spec.viewId]
      : spec.kind === 'lifecycle'
        ? ['lifecycle']
        : spec.kind === 'neighbourhood'
          ? ['concept', spec.conceptId, ...(spec.depth === 2 ? ['2'] : [])]
          : spec.kind === 'path'
            ? ['path', spec.from, spec.to]
            : ['compare', spec.a, spec.b];
  return `${
    parts
      .join('-')
      .replace(/[^a-z0-9-]/g, '')
      .slice(0, 80) || 'diagram'
  }.png`;
}

export interface CardParts {
  answer: Answer;
  spec: DiagramSpec | null;
  drawn: DrawnImage | null;
  focus: ConceptRef | undefined;
  nearby: ConceptRef[];
  /** Whether this card already is the "related" view of its focus. */
  showsRelated: boolean;
}

/** The card of an answer: title from the drawing or the concept, buttons for what is not shown yet. */
export function answerCard({ answer, spec, drawn, focus, nearby, showsRelated }: CardParts): Card {
  const t = ui(answer.locale);
  const { body, footer } = splitSources(answer);
  const image = drawn && spec ? { ...drawn, fileName: imageFileName(spec) } : undefined;
  const diagram = image ? undefined : (answer.diagram ?? (focus && neighbourhood(focus.id)));
  return {
    locale: answer.locale,
    title:
      image?.title ??
      (answer.found ? focus?.name : undefined) ??
      (answer.found ? t.defaultTitle : answer.intent === 'invalid' ? t.invalidTitle : t.notFoundTitle),
    body,
    footer,
    tone: answer.found ? 'answer' : 'not-found',
    image,
    diagram,
    related: focus && !showsRelated ? focus.id : undefined,
    menu:
      answer.suggestions.length > 0
        ? { kind: 'suggestions', concepts: answer.suggestions }
        : nearby.length > 0
          ? { kind: 'nearby', concepts: nearby }
          : undefined,
  };
}

function neighbourhood(conceptId: string): DiagramSpec {
  return { kind: 'neighbourhood', conceptId, depth: 1 };
}

/** A short notice in place of an answer (unavailable, rate limited, ...). */
export function noticeCard(locale: Locale, text: string): Card {
  return { locale, title: '', body: text, tone: 'notice', ephemeral: true };
}
