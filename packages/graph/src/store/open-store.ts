import { loadPack } from '../pack/load-pack.ts';
import { readPackId } from '../pack/read-files.ts';
import { MemoryStore } from './memory-store.ts';
import { createDriver, type Neo4jConnection, Neo4jStore } from './neo4j-store.ts';
import type { GraphStore } from './port.ts';

export interface OpenStoreOptions {
  /** The pack folder, e.g. `data/docker`: the embedded store's content and the pack id for Neo4j. */
  packDir: string;
  /** When given, read from Neo4j (loaded with `graph load`); otherwise serve the pack from memory. */
  neo4j?: Neo4jConnection | undefined;
  timeoutMs?: number;
}

/** The backend rule shared by every frontend: Neo4j when configured, the embedded store otherwise. */
export async function openStore(options: OpenStoreOptions): Promise<GraphStore> {
  if (!options.neo4j) return new MemoryStore(await loadPack(options.packDir));
  // Neo4j holds the pack already (`graph load`): only its id is read here.
  const pack = (await readPackId(options.packDir)) ?? (await loadPack(options.packDir)).pack.id;
  const driver = createDriver(options.neo4j);
  return new Neo4jStore(
    driver,
    {
      pack,
      ...(options.neo4j.database ? { database: options.neo4j.database } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    },
    true,
  );
}
