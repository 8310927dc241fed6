/**
 * pnpm db:start | db:stop (root package.json), or: tsx packages/neo4j-local/src/cli.ts start|stop|status
 * The Bolt port comes from NEO4J_LOCAL_PORT (default 7688), the home from NEO4J_LOCAL_HOME (default
 * <repo>/.neo4j). `start` prints the Bolt URI on stdout.
 * `with -- COMMAND [ARGS...]` runs COMMAND holding a test lease (what `pnpm test` does).
 */
import { neo4jStatus, runWithTestNeo4j, startNeo4j, stopNeo4j } from './index.ts';

const USAGE = 'usage: cli.ts start|stop|status|with -- COMMAND [ARGS...]';

function portFromEnv(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`NEO4J_LOCAL_PORT must be a port number from 1 to 65535, not "${value}".`);
  }
  return port;
}

async function main(command: string | undefined, rest: string[]): Promise<void> {
  const where = {
    port: portFromEnv(process.env.NEO4J_LOCAL_PORT),
    home: process.env.NEO4J_LOCAL_HOME || undefined,
  };
  switch (command) {
    case 'with': {
      const argv = rest[0] === '--' ? rest.slice(1) : rest;
      // On CI the home is new each run, so a class-data archive would cost time and never be used.
      const options = { ...where, classDataSharing: !process.env.CI };
      process.exitCode = await runWithTestNeo4j(argv, process.env, options);
      return;
    }
    case 'start': {
      const { uri, reused, pid } = await startNeo4j(where);
      process.stderr.write(
        reused ? `Neo4j was already running (pid ${pid}).\n` : `Neo4j started (pid ${pid}).\n`,
      );
      process.stdout.write(`${uri}\n`);
      return;
    }
    case 'stop': {
      const { stopped, pid } = await stopNeo4j(where);
      process.stdout.write(stopped ? `Neo4j stopped (pid ${pid}).\n` : 'Neo4j was not running.\n');
      return;
    }
    case 'status': {
      const s = await neo4jStatus(where);
      if (!s.running) {
        process.stdout.write(`Neo4j is not running (home ${s.home}).\n`);
        process.exitCode = 3;
        return;
      }
      process.stdout.write(
        `Neo4j is running on ${s.uri} (pid ${s.pid}, started by ${s.startedBy}, ` +
          `Bolt ${s.boltAnswers ? 'answers' : 'does not answer'}, ${s.leases} test lease(s), log ${s.logFile}).\n`,
      );
      return;
    }
    default:
      throw new Error(`Unknown command "${command ?? ''}" (${USAGE}).`);
  }
}

main(process.argv[2], process.argv.slice(3)).catch((error: unknown) => {
  process.stderr.write(`neo4j-local: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
