import { loadPack, MemoryStore, formatProblem, checkPack } from '@study-graph/graph';
const { graph, problems } = await checkPack('../../data/docker');
console.log('problems', problems.length, problems.slice(0, 5).map((p) => formatProblem(p)));
if (graph) {
  const store = new MemoryStore(graph);
  console.log(await store.stats());
  for (const v of await store.listViews()) {
    const vg = await store.view(v.id);
    console.log(v.id, v.kind, v.direction, vg?.concepts.length, vg?.relations.length, '|', v.title.en);
  }
}
