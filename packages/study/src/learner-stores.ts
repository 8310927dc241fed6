import type { Driver } from 'neo4j-driver';
import { FileStudyStore } from './file-store.ts';
import { Neo4jStudyStore } from './neo4j-store.ts';
import type { StudyStore } from './port.ts';
import { FileSettingsStore } from './settings/file-store.ts';
import { Neo4jSettingsStore } from './settings/neo4j-store.ts';
import type { SettingsStore } from './settings/port.ts';
import { FileSuggestionStore } from './suggestions/file-store.ts';
import { Neo4jSuggestionStore } from './suggestions/neo4j-store.ts';
import type { SuggestionStore } from './suggestions/port.ts';

/** Every store of learners' and servers' data a bot is given. */
export interface LearnerStores {
  study: StudyStore;
  suggestions: SuggestionStore;
  settings: SettingsStore;
}

/**
 * The stores in one place: in the graph's Neo4j, through its driver (one driver, one bookmark
 * manager), or in a data folder of the embedded default.
 */
export function learnerStores(
  place: { driver: Driver; database?: string | undefined } | { dir: string },
): LearnerStores {
  if ('dir' in place) {
    return {
      study: new FileStudyStore(place.dir),
      suggestions: new FileSuggestionStore(place.dir),
      settings: new FileSettingsStore(place.dir),
    };
  }
  const { driver, database } = place;
  return {
    study: new Neo4jStudyStore(driver, database),
    suggestions: new Neo4jSuggestionStore(driver, database),
    settings: new Neo4jSettingsStore(driver, database),
  };
}
