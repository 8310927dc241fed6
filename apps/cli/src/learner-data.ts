import { createDriver } from '@study-graph/graph';
import {
  FileStudyStore,
  FileSuggestionStore,
  Neo4jStudyStore,
  Neo4jSuggestionStore,
  type StudyStore,
  type SuggestionStore,
} from '@study-graph/study';
import type { CliEnv } from './env.ts';

/** Learners' and servers' data, where the bot keeps it. */
export interface LearnerData {
  study: StudyStore;
  suggestions: SuggestionStore;
  close(): Promise<void>;
}

/** The bot's learners' data: in the graph's Neo4j (`NEO4J_URI`), or in the data folder of the embedded default. */
export function openLearnerData(env: CliEnv): LearnerData {
  if (!env.neo4j) {
    const [study, suggestions] = [new FileStudyStore(env.dataDir), new FileSuggestionStore(env.dataDir)];
    return {
      study,
      suggestions,
      close: async () => void (await Promise.all([study.close(), suggestions.close()])),
    };
  }
  const driver = createDriver(env.neo4j);
  const { database } = env.neo4j;
  return {
    study: new Neo4jStudyStore(driver, database),
    suggestions: new Neo4jSuggestionStore(driver, database),
    close: () => driver.close(),
  };
}
