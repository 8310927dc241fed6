export { FileStudyStore } from './file-store.ts';
export { Neo4jStudyStore } from './neo4j-store.ts';
export type { BoardEntry, Progress, QuizAnswer, SectionProgress, StudyStore } from './port.ts';
