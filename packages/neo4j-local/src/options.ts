/** Defaults, where the package lives, and the options every entry point takes (resolved in one place). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_PORT = 7688;
export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
export const REPO_ROOT = findRepoRoot(PACKAGE_DIR);
export const DEFAULT_HOME = path.join(REPO_ROOT, '.neo4j');

export interface Neo4jLocalOptions {
  /** Bolt port on 127.0.0.1 (default 7688, so a developer's own Neo4j on 7687 is left alone). */
  port?: number | undefined;
  /** Directory for the database, logs, pid file and leases (default `<repo root>/.neo4j`). */
  home?: string | undefined;
  /** Print no progress messages on stderr. */
  quiet?: boolean | undefined;
  /** The `java` command (name on the PATH or a path); Java 17+ with its compiler, i.e. a JDK. */
  javaCommand?: string | undefined;
  /** The `mvn` command, used only when the jars are not there yet. */
  mvnCommand?: string | undefined;
  /** Where the Maven-resolved jars live (default `packages/neo4j-local/lib`). */
  libDir?: string | undefined;
  /** How long to wait for Bolt to answer (default 120 s). */
  startTimeoutMs?: number | undefined;
  /** Maximum JVM heap, as for -Xmx (default `1g`). */
  maxHeap?: string | undefined;
  /** Neo4j page cache in MiB (default 64). */
  pageCacheMb?: number | undefined;
  /**
   * JVM class-data sharing (default true): the second start of a home writes an archive of the loaded
   * classes into it when it stops (a few seconds, once); later starts map it and come up about a second
   * sooner. Turn it off where the home never outlives one run (CI).
   */
  classDataSharing?: boolean | undefined;
}

/** Neo4jLocalOptions with every default filled in and the paths made absolute. */
export interface Resolved {
  port: number;
  home: string;
  quiet: boolean;
  java: string;
  mvn: string;
  libDir: string;
  startTimeoutMs: number;
  maxHeap: string;
  pageCacheMb: number;
  classDataSharing: boolean;
}

/** Fills in the defaults; throws when the port is not a port. */
export function resolveOptions(options: Neo4jLocalOptions = {}): Resolved {
  const port = options.port ?? DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`The Neo4j port must be a whole number from 1 to 65535, not ${String(port)}.`);
  }
  return {
    port,
    home: path.resolve(options.home ?? DEFAULT_HOME),
    quiet: options.quiet ?? false,
    java: options.javaCommand ?? 'java',
    mvn: options.mvnCommand ?? 'mvn',
    libDir: path.resolve(options.libDir ?? path.join(PACKAGE_DIR, 'lib')),
    startTimeoutMs: options.startTimeoutMs ?? 120_000,
    maxHeap: options.maxHeap ?? '1g',
    pageCacheMb: options.pageCacheMb ?? 64,
    classDataSharing: options.classDataSharing ?? true,
  };
}

function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '../..');
  }
}

/** A progress message on stderr, unless the options say quiet. */
export function say(r: Resolved, message: string): void {
  if (!r.quiet) process.stderr.write(`[neo4j-local] ${message}\n`);
}
