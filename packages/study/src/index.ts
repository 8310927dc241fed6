export { FileStudyStore } from './file-store.ts';
export { type LearnerStores, learnerStores } from './learner-stores.ts';
export { Neo4jStudyStore } from './neo4j-store.ts';
export type {
  BoardEntry,
  Feedback,
  FeedbackKind,
  Progress,
  QuizAnswer,
  ReviewCard,
  SectionProgress,
  StudyStore,
} from './port.ts';
export { nextCard } from './schedule.ts';
export { FileSettingsStore } from './settings/file-store.ts';
export { Neo4jSettingsStore } from './settings/neo4j-store.ts';
export {
  DEFAULT_TIME_ZONE,
  defaultSettings,
  type GuildSettings,
  type ServerLanguage,
  type SettingsStore,
  type Streak,
} from './settings/port.ts';
export { dayBefore, standingStreak } from './settings/streak.ts';
export { additionsOf, COMMUNITY_SOURCE, communityConceptId } from './suggestions/additions.ts';
export { FileSuggestionStore } from './suggestions/file-store.ts';
export { Neo4jSuggestionStore } from './suggestions/neo4j-store.ts';
export {
  Proposal,
  type Suggestion,
  type SuggestionStatus,
  type SuggestionStore,
} from './suggestions/port.ts';
