import { createDriver } from '@study-graph/graph';
import { type LearnerStores, learnerStores } from '@study-graph/study';
import type { CliEnv } from './env.ts';

/** Learners' and servers' data, where the bot keeps it, and how to let go of it. */
export type LearnerData = LearnerStores & { close(): Promise<void> };

/** The bot's learners' data: in the graph's Neo4j (`NEO4J_URI`), or in the data folder of the embedded default. */
export function openLearnerData(env: CliEnv): LearnerData {
  if (!env.neo4j) {
    const stores = learnerStores({ dir: env.dataDir });
    const close = async () => void (await Promise.all(Object.values(stores).map((s) => s.close())));
    return { ...stores, close };
  }
  const driver = createDriver(env.neo4j);
  return { ...learnerStores({ driver, database: env.neo4j.database }), close: () => driver.close() };
}
