import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import type { Question } from '../question.ts';
import { DESCRIPTIVE } from './facts.ts';

/** "X khác Y thế nào?", "X vs Y": each one's summary, their kinds, what links them, what they share. */
export async function answerComparison(q: Question, ctx: Context): Promise<Reply | null> {
  const [a, b] = q.conceptList();
  if (!a || !b || !q.has('comparison')) return null;
  const [relA, relB] = await Promise.all([
    ctx.relationsOf(a.id, DESCRIPTIVE),
    ctx.relationsOf(b.id, DESCRIPTIVE),
  ]);
  const others = (id: string, rels: typeof relA) => new Set(rels.map((r) => (r.from === id ? r.to : r.from)));
  const fromB = others(b.id, relB);
  const shared = [...others(a.id, relA)].filter((id) => fromB.has(id) && id !== a.id && id !== b.id);
  const direct = relA.filter((r) => r.from === b.id || r.to === b.id);
  const lines = [
    ctx.t.comparisonIntro(ctx.name(a), ctx.name(b)),
    `• **${ctx.name(a)}**: ${ctx.summary(a)}`,
    `• **${ctx.name(b)}**: ${ctx.summary(b)}`,
  ];
  if (a.kind !== b.kind)
    lines.push(ctx.t.kindsDiffer(ctx.name(a), ctx.t.kind[a.kind], ctx.name(b), ctx.t.kind[b.kind]));
  for (const r of direct) lines.push(ctx.t.directly(ctx.relationLine(r)));
  if (shared.length > 0) lines.push(ctx.t.bothConnectedTo(shared.slice(0, 6).map((id) => ctx.bold(id))));
  return {
    intent: 'comparison',
    concepts: [a, b],
    lines,
    sources: [...new Set([...a.sources, ...b.sources])],
    diagram: { kind: 'comparison', a: a.id, b: b.id },
  };
}
