import { fileURLToPath } from 'node:url';
import { type Neo4jConnection, neo4jConnection } from '@study-graph/graph';
import { z } from 'zod';

/** The repository root, so commands work from any folder `pnpm` runs them in. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const Env = z.object({
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  STUDY_GRAPH_PACK: z.string().default(fileURLToPath(new URL('../../../data/docker', import.meta.url))),
  /** Where the bot keeps learners' data without Neo4j (as the bot reads it). */
  STUDY_GRAPH_DATA: z.string().default(fileURLToPath(new URL('../../../.data', import.meta.url))),
});

export interface CliEnv {
  packDir: string;
  dataDir: string;
  neo4j: Neo4jConnection | undefined;
}

/** The only place the CLI reads `process.env`. */
export function readEnv(env: NodeJS.ProcessEnv = process.env): CliEnv {
  const parsed = Env.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    throw new UsageError(
      `Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
    );
  }
  const e = parsed.data;
  return {
    packDir: e.STUDY_GRAPH_PACK,
    dataDir: e.STUDY_GRAPH_DATA,
    neo4j: neo4jConnection(e),
  };
}

/** A mistake by the person at the terminal: printed as one line, no stack trace, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
