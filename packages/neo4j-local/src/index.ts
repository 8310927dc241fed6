/**
 * A real local Neo4j Community 5.26 for development and tests, without Docker: the jars come from Maven
 * Central (pom.xml), a tiny Java launcher (launcher/Neo4jLauncher.java) runs an embedded server with
 * Bolt on 127.0.0.1, and this package starts, reuses and stops it.
 *
 * The package's export surface. Options and defaults live in options.ts, the home directory's files in
 * home.ts, Java/Maven checks and the launcher build in install.ts, Bolt checks in bolt.ts, start/stop/status
 * in server.ts, test leases in leases.ts, and a whole test run holding one in run-with-neo4j.ts.
 */
export { acquireTestNeo4j, type Neo4jConnection, releaseTestNeo4j, type TestLease } from './leases.ts';
export { DEFAULT_HOME, DEFAULT_PORT, type Neo4jLocalOptions, PACKAGE_DIR, REPO_ROOT } from './options.ts';
export { runWithTestNeo4j } from './run-with-neo4j.ts';
export {
  type Neo4jStatus,
  neo4jStatus,
  type StartResult,
  type StopResult,
  startNeo4j,
  stopNeo4j,
} from './server.ts';
