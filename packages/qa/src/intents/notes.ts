import type { Passage } from '@study-graph/graph';
import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import type { Question } from '../question.ts';
import { englishStem } from '../stem.ts';
import { viewSpec } from './diagram.ts';

/**
 * How many passages the full-text index is asked for: enough that the sentence chosen does not
 * depend on which engine (Lucene, MiniSearch) ranks which passage first.
 */
const HITS = 30;

/** A passage of this many sentences at most is quoted whole for a "why". */
const WHOLE_REASON_SENTENCES = 2;

/**
 * "Tại sao cần NAT?", or a question in words the graph's names do not use: the sentence of the notes
 * that shares most words with the question, found through the full-text index, quoted with its
 * source. Which passage the index ranks first does not matter; the words the sentence shares do.
 */
export async function answerFromNotes(q: Question, ctx: Context): Promise<Reply | null> {
  const words = new Set(
    [...q.contentWords(), ...q.tokens.filter((_, i) => q.linkedTokens()[i])].map(englishStem),
  );
  if (words.size === 0) return null;
  // A thing named counts once more where the sentence names it by any of its names ("tự chạy lại"
  // is the restart policy's, and the sentence says "restart policy").
  const names = q
    .conceptList()
    .map((c) => (ctx.lexicon.namesOf.get(c.id) ?? []).map((n) => n.split(' ').map(englishStem)));
  const hits = await ctx.store.searchPassages(q.text.display, HITS);
  let best: { passage: Passage; sentence: string; shared: number } | null = null;
  for (const { passage } of [...hits].sort((a, b) => (a.passage.id < b.passage.id ? -1 : 1))) {
    for (const { sentence, stems } of ctx.lexicon.sentencesOf(passage, ctx.locale)) {
      const naming = names.filter((forms) => forms.some((ws) => ws.every((w) => stems.has(w)))).length;
      const shared = [...stems].filter((w) => words.has(w)).length + naming;
      if (shared >= 2 && (!best || shared > best.shared)) best = { passage, sentence, shared };
    }
  }
  if (!best) return null;
  const named = new Set(q.conceptList().map((c) => c.id));
  const about = best.passage.about.filter((id) => named.has(id));
  // The figure the passage comes from, drawn beside the quote.
  const figures = best.passage.sources.flatMap((s) => ctx.lexicon.viewsOfSource.get(s) ?? []);
  // Asked about that figure ("workflow diễn ra thế nào"), the whole passage on it is the answer:
  // its clauses are the figure's steps or parts, and one of them alone leaves the rest out.
  const aboutFigure = q.views.some((v) => figures.some((f) => f.id === v.id));
  // Asked why, a short passage is the reason whole: the fact and its example ("web front end truy
  // cập được từ ngoài, database chỉ trong mạng internal").
  const sentences = ctx.lexicon.sentencesOf(best.passage, ctx.locale).length;
  const whole = aboutFigure || (q.has('why') && sentences <= WHOLE_REASON_SENTENCES);
  return {
    intent: 'notes',
    concepts: about.flatMap((id) => ctx.lexicon.concepts.get(id) ?? []),
    lines: [ctx.t.fromNotes(whole ? best.passage.text[ctx.locale] : best.sentence)],
    sources: best.passage.sources,
    diagram: figures[0] ? viewSpec(figures[0]) : null,
  };
}
