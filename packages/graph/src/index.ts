export { exportCypher, exportGraphml, exportJson } from './export/export-pack.ts';
export type * from './model/diagram-spec.ts';
export type * from './model/graph.ts';
export { lifecycleRoute, statePath, usualFirst } from './model/lifecycle-route.ts';
export * from './model/schema.ts';
export { relationKey } from './pack/build-graph.ts';
export { checkPack, loadPack, type PackCheck } from './pack/load-pack.ts';
export { formatProblem, PackError, type PackProblem } from './pack/pack-error.ts';
export { MemoryStore } from './store/memory-store.ts';
export {
  createDriver,
  type Neo4jConnection,
  type Neo4jSettings,
  Neo4jStore,
  type Neo4jStoreOptions,
  neo4jConnection,
} from './store/neo4j-store.ts';
export { type OpenStoreOptions, openStore } from './store/open-store.ts';
export { type GraphAdditions, OverlayStore } from './store/overlay-store.ts';
export type * from './store/port.ts';
export { asStoreOutage, type StoreFailure, StoreUnavailableError } from './store/store-unavailable.ts';
export {
  CommunityDataError,
  type CommunityLink,
  ensureSchema,
  type SyncCounts,
  type SyncOptions,
  type SyncReport,
  syncPack,
} from './sync/sync-pack.ts';
export { fold, foldOnce } from './text/fold.ts';
export { memoized } from './text/memo.ts';
