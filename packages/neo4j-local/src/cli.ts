/**
 * pnpm db:start | db:stop (root package.json), or: tsx packages/neo4j-local/src/cli.ts start|stop|status
 * The Bolt port comes from NEO4J_LOCAL_PORT (default 7688). `start` prints the Bolt URI on stdout.
 */
import { neo4jStatus, startNeo4j, stopNeo4j } from './index.ts';

const USAGE = 'usage: cli.ts start|stop|status';

function portFromEnv(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`NEO4J_LOCAL_PORT must be a port number from 1 to 65535, not "${value}".`);
  }
  return port;
}

async function main(command: string | undefined): Promise<void> {
  const port = portFromEnv(process.env.NEO4J_LOCAL_PORT);
  switch (command) {
    case 'start': {
      const { uri, reused, pid } = await startNeo4j({ port });
      process.stderr.write(
        reused ? `Neo4j was already running (pid ${pid}).\n` : `Neo4j started (pid ${pid}).\n`,
      );
      process.stdout.write(`${uri}\n`);
      return;
    }
    case 'stop': {
      const { stopped, pid } = await stopNeo4j({ port });
      process.stdout.write(stopped ? `Neo4j stopped (pid ${pid}).\n` : 'Neo4j was not running.\n');
      return;
    }
    case 'status': {
      const s = await neo4jStatus({ port });
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

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`neo4j-local: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
