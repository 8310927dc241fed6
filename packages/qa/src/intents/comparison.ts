import type { Subgraph, View } from '@study-graph/graph';
import type { Reply } from '../answer.ts';
import type { Context } from '../context.ts';
import type { Question } from '../question.ts';
import { DESCRIPTIVE } from './facts.ts';

/**
 * "X khác Y thế nào?", "X vs Y": each one's summary, their kinds, what links them, what they share;
 * or, for two figures ("inbound vs outbound"), what each one shows, a flow step by step.
 */
export async function answerComparison(q: Question, ctx: Context): Promise<Reply | null> {
  if (!q.has('comparison')) return null;
  // Figures named by words that also name concepts ("mạng docker0", "mạng internal") are those
  // things compared, by what each is; figures named as such ("inbound vs outbound"), by what they show.
  const namesConcept = (m: Question['views'][number]) =>
    q.concepts.some((c) => c.start === m.start && c.end === m.end);
  const figures = q.views.filter((m) => !namesConcept(m));
  const views = [...new Map(figures.map((m) => [m.id, m.view])).values()];
  if (views.length >= 2) return compareViews(ctx, views[0]!, views[1]!);
  const [a, b] = q.conceptList();
  if (!a || !b) return null;
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
  // Why one differs from the other, when the graph says: first when that is what was asked.
  const reasons = direct.flatMap((r) => (r.reason ? [ctx.t.reason(r.reason[ctx.locale])] : []));
  if (q.has('why')) lines.unshift(...reasons);
  else lines.push(...reasons);
  if (shared.length > 0) lines.push(ctx.t.bothConnectedTo(shared.slice(0, 6).map((id) => ctx.bold(id))));
  return {
    intent: 'comparison',
    concepts: [a, b],
    lines,
    sources: [...new Set([...a.sources, ...b.sources])],
    diagram: { kind: 'comparison', a: a.id, b: b.id },
  };
}

/** Two figures side by side: a flow as its chain of steps, any other figure as what it shows. */
async function compareViews(ctx: Context, a: View, b: View): Promise<Reply> {
  const [ga, gb] = await Promise.all([ctx.view(a.id), ctx.view(b.id)]);
  const shows = (view: View, graph: Subgraph | null) => {
    const steps = (graph?.relations ?? [])
      .filter((r) => r.type === 'FLOW' && r.flow === view.id)
      .sort((x, y) => (x.order ?? 0) - (y.order ?? 0));
    const names =
      steps.length > 0
        ? [steps[0]!.from, ...steps.map((r) => r.to)]
        : (graph?.concepts ?? []).map((c) => c.id);
    return `• **${view.title[ctx.locale]}**: ${names.map((id) => ctx.bold(id)).join(steps.length > 0 ? ' → ' : ', ')}`;
  };
  return {
    intent: 'comparison',
    concepts: [...(ga?.concepts ?? []), ...(gb?.concepts ?? [])],
    lines: [ctx.t.comparisonIntro(a.title[ctx.locale], b.title[ctx.locale]), shows(a, ga), shows(b, gb)],
    sources: [...new Set([...a.sources, ...b.sources])],
    diagram: { kind: 'view', viewId: a.id },
  };
}
