import type { Concept, Relation } from '@study-graph/graph';
import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import type { Question } from '../question.ts';

/**
 * "Daemon lấy image từ đâu về?", "If I docker run an image I don't have, where does it come from?":
 * where the things named come from, as the graph says it: their edges whose label says "from"
 * ("pulls images from"), and those of the commands that produce them ("docker pull downloads the
 * image from"), to something the question does not name.
 */
export async function answerSource(q: Question, ctx: Context): Promise<Reply | null> {
  // "từ đâu về đâu", "where … and where does it end up": the whole way, which the flows and paths tell.
  const text = ` ${q.tokens.join(' ')} `;
  if (!q.has('source') || WHERE_TO.some((p) => text.includes(` ${p} `))) return null;
  const named = q.conceptList();
  const ids = new Set(named.map((c) => c.id));
  const found: Relation[] = [];
  for (const c of named) {
    const makers = (await ctx.relationsOf(c.id, ['PRODUCES']))
      .filter((r) => r.to === c.id)
      .map((r) => r.from);
    for (const id of [c.id, ...makers])
      for (const r of await ctx.relationsOf(id))
        if (r.from === id && FROM.test(r.label.en) && !ids.has(r.to) && !found.includes(r)) found.push(r);
  }
  if (found.length === 0) return null;
  const sources = [...new Set(found.map((r) => r.to))].flatMap((id) => ctx.lexicon.concepts.get(id) ?? []);
  // What comes: the last thing named that is not a command ("lấy image từ đâu").
  const thing = named.filter((c) => c.kind !== 'command').at(-1) ?? named[0]!;
  return {
    intent: 'relation',
    concepts: [...named, ...sources] as Concept[],
    lines: [
      ctx.t.sourceIntro(ctx.name(thing)),
      ...found.slice(0, MAX_EDGES).map((r) => `• ${ctx.relationLine(r)}`),
      ...sources.slice(0, MAX_EDGES).map((c) => `${ctx.bold(c)}: ${ctx.summary(c, false)}`),
    ],
    sources: [...new Set(found.flatMap((r) => r.sources))],
    diagram: null,
  };
}

/** A label that says where something comes from: "pulls images from", "downloads the image from". */
const FROM = /\bfrom\b/;
const MAX_EDGES = 4;
const WHERE_TO = ['ve dau', 'den dau', 'toi dau', 'di dau', 'end up', 'ends up', 'where to'];
