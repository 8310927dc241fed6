export { FileStudyStore } from './file-store.ts';
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
