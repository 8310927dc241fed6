import { fileURLToPath } from 'node:url';
import { loadPack } from '../pack/load-pack.ts';
import { MemoryStore } from './memory-store.ts';
import { describeStoreContract } from './store-contract.ts';

const MINI = fileURLToPath(new URL('../__fixtures__/mini', import.meta.url));

describeStoreContract('MemoryStore', async () => {
  const graph = await loadPack(MINI);
  return { store: new MemoryStore(graph), graph };
});
