import { loadPack, MemoryStore } from '@study-graph/graph';
import { additionsOf } from '@study-graph/study';
import { stringify } from 'yaml';
import { type CliEnv, REPO_ROOT } from '../env.ts';
import type { Io } from '../io.ts';
import { openLearnerData } from '../learner-data.ts';

/**
 * `pnpm graph export --community [--guild ID]`: the suggestions moderators approved (on one server,
 * or on all), as pack YAML on stdout: new concepts and relations as pack entries, changes to the
 * pack's own concepts (aliases, summaries) as comments naming what to change where. For a
 * maintainer to review, translate and give sources, then merge into `data/`.
 */
export async function exportCommunity(
  env: CliEnv,
  io: Io,
  packDir: string,
  guild: string | null,
): Promise<number> {
  const data = openLearnerData(env);
  const approved = await data.suggestions.approved(guild).finally(() => data.close());
  const graph = await loadPack(packDir, REPO_ROOT);
  const store = new MemoryStore(graph);
  const additions = additionsOf(
    approved,
    await store.relationReadings(),
    new Set(graph.concepts.map((c) => c.id)),
  );
  const concepts = additions.concepts.map(({ id, kind, name, aliases, summary }) => ({
    id,
    kind,
    name,
    aliases,
    summary,
    source: additions.source.id,
  }));
  const relations = additions.relations.map(({ from, to, type }) => ({
    from,
    to,
    type,
    source: additions.source.id,
  }));
  const changes = [
    ...additions.aliases.map(
      (a) => `# ${a.conceptId}: add to aliases.${a.locale}: ${JSON.stringify(a.alias)}`,
    ),
    ...additions.summaries.map((s) => `# ${s.conceptId}: summary.${s.locale}: ${JSON.stringify(s.summary)}`),
  ];
  io.out(
    [
      `# ${approved.length} approved suggestions${guild ? ` of server ${guild}` : ''}, as pack entries. Each new`,
      '# concept reads the same in both languages and cites the source "community": translate it,',
      `# give it a section of the notes (or add "${additions.source.id}" to pack.yaml), then merge it into data/.`,
      stringify({ concepts, relations }).trimEnd(),
      ...(changes.length > 0 ? ['', "# Changes to the pack's own concepts:", ...changes] : []),
    ].join('\n'),
  );
  return 0;
}
