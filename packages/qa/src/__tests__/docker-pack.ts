import { fileURLToPath } from 'node:url';
import { type Graph, loadPack, MemoryStore } from '@study-graph/graph';

/** The real Docker pack: answering is tested on the content learners get. */
export const DOCKER_PACK = fileURLToPath(new URL('../../../../data/docker', import.meta.url));
export const QUESTION_SET = fileURLToPath(
  new URL('../../../../data/eval/docker-questions.yaml', import.meta.url),
);

let cached: Graph | undefined;
export async function dockerGraph(): Promise<Graph> {
  cached ??= await loadPack(DOCKER_PACK);
  return cached;
}

export async function dockerStore(): Promise<MemoryStore> {
  return new MemoryStore(await dockerGraph());
}
