/**
 * What a start needs on disk before the JVM can run: a Java 17+ JDK, the Neo4j jars (fetched once with
 * Maven from pom.xml into lib/), the launcher compiled into target/neo4j-launcher.jar, and the JVM
 * arguments for class-data sharing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { withLock } from './lock.ts';
import { PACKAGE_DIR, type Resolved, say } from './options.ts';

const LAUNCHER_SOURCE = path.join(PACKAGE_DIR, 'launcher', 'Neo4jLauncher.java');
const TARGET_DIR = path.join(PACKAGE_DIR, 'target');
export const LAUNCHER_JAR = path.join(TARGET_DIR, 'neo4j-launcher.jar');
const COMPLETE_MARKER = '.complete';

/** Checks that `java` runs and is 17 or newer; returns its version line (part of the CDS archive key). */
export function checkJava(r: Resolved): string {
  const result = spawnSync(r.java, ['-version'], { encoding: 'utf8' });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new Error(
        `Java was not found (no "${r.java}" command on the PATH), and the local Neo4j needs a Java 17+ JDK.`,
      );
    }
    throw new Error(`Running "${r.java} -version" failed (${result.error.message}).`);
  }
  const text = `${result.stderr}${result.stdout}`;
  const version = /version "(\d+)(?:\.\d+)*[^"]*"/.exec(text);
  const major = version ? Number(version[1]) : Number.NaN;
  if (!(major >= 17)) {
    throw new Error(
      `The local Neo4j needs Java 17 or newer, but "${r.java}" is ${version?.[0] ?? 'unknown'}.`,
    );
  }
  return text.split('\n').slice(0, 3).join(' ').trim();
}

/** A short key (16 hex digits of SHA-256) for a list of strings. */
export function sha256(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Downloads the Neo4j jars into libDir with Maven unless a complete copy for this pom.xml is there. */
export async function ensureJars(r: Resolved): Promise<string> {
  const pomHash = sha256(fs.readFileSync(path.join(PACKAGE_DIR, 'pom.xml'), 'utf8'));
  const marker = path.join(r.libDir, COMPLETE_MARKER);
  const jarCount = () => {
    try {
      return fs.readdirSync(r.libDir).filter((f) => f.endsWith('.jar')).length;
    } catch {
      return 0;
    }
  };
  // Complete = fetched for this very pom.xml, and no jar deleted since.
  const done = () =>
    fs.existsSync(marker) && fs.readFileSync(marker, 'utf8').trim() === `${pomHash} ${jarCount()}`;
  if (done()) return pomHash;
  await withLock(path.join(TARGET_DIR, 'build.lock'), async () => {
    if (done()) return;
    // Start from no jars, so none of an older version lingers on the classpath.
    fs.mkdirSync(r.libDir, { recursive: true });
    for (const f of fs.readdirSync(r.libDir)) if (f.endsWith('.jar')) fs.rmSync(path.join(r.libDir, f));
    const mavenLog = path.join(TARGET_DIR, 'maven.log');
    say(r, `fetching the Neo4j jars with Maven into ${r.libDir} (first run only; log: ${mavenLog})`);
    const out = fs.openSync(mavenLog, 'w');
    try {
      const args = ['-B', '-q', 'dependency:copy-dependencies', `-DoutputDirectory=${r.libDir}`];
      const code = await new Promise<number | null>((resolve, reject) => {
        const child = spawn(r.mvn, args, { cwd: PACKAGE_DIR, stdio: ['ignore', out, out] });
        child.once('error', reject);
        child.once('exit', (exitCode) => resolve(exitCode));
      }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') {
          throw new Error(
            `Maven was not found (no "${r.mvn}" command on the PATH), and it is needed once to fetch the Neo4j jars.`,
          );
        }
        throw error;
      });
      if (code !== 0) {
        throw new Error(`Maven could not fetch the Neo4j jars (exit code ${code}); see ${mavenLog}.`);
      }
    } finally {
      fs.closeSync(out);
    }
    fs.writeFileSync(marker, `${pomHash} ${jarCount()}\n`);
  });
  return pomHash;
}

/** Compiles the launcher into target/neo4j-launcher.jar (a jar, so the JVM may archive it) when it changed. */
export async function ensureLauncher(r: Resolved, jarsKey: string): Promise<string> {
  const key = sha256(fs.readFileSync(LAUNCHER_SOURCE, 'utf8'), jarsKey, r.libDir);
  const stamp = `${LAUNCHER_JAR}.key`;
  const done = () =>
    fs.existsSync(LAUNCHER_JAR) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === key;
  if (done()) return key;
  await withLock(path.join(TARGET_DIR, 'build.lock'), async () => {
    if (done()) return;
    const classes = path.join(TARGET_DIR, 'launcher-classes');
    fs.rmSync(classes, { recursive: true, force: true });
    const classpath = fs
      .readdirSync(r.libDir)
      .filter((f) => f.endsWith('.jar'))
      .map((f) => path.join(r.libDir, f))
      .join(path.delimiter);
    // javac and jar through the `java` command itself, so a JDK's `java` is all that is needed.
    const javac = ['-m', 'jdk.compiler/com.sun.tools.javac.Main', '-nowarn', '-cp', classpath];
    run(r.java, [...javac, '-d', classes, LAUNCHER_SOURCE], 'compile the Neo4j launcher (a JDK is needed)');
    const tmpJar = `${LAUNCHER_JAR}.${process.pid}.tmp`;
    run(
      r.java,
      ['-m', 'jdk.jartool/sun.tools.jar.Main', '--create', '--file', tmpJar, '-C', classes, '.'],
      'package the Neo4j launcher',
    );
    fs.renameSync(tmpJar, LAUNCHER_JAR);
    fs.writeFileSync(stamp, key);
  });
  return key;
}

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    const detail = (result.stderr || result.error?.message || '').trim().split('\n')[0];
    throw new Error(`Could not ${what}: ${detail}.`);
  }
}

/**
 * JVM class-data sharing: one run writes an archive of the classes it loaded when it exits (costing a few
 * seconds once), later runs map it and start about a second sooner. A brand-new home (no data/ yet, as
 * on CI) skips it: only a home that is being reused gets the archive, on its second start.
 */
export function cdsArgs(home: string, key: string): { args: string[]; dump?: string | undefined } {
  const dir = path.join(home, 'cds');
  const archive = path.join(dir, `${key}.jsa`);
  if (fs.existsSync(`${archive}.ok`) && fs.existsSync(archive)) {
    return { args: [`-XX:SharedArchiveFile=${archive}`, '-Xlog:cds=off', '-Xlog:cds+dynamic=off'] };
  }
  if (!fs.existsSync(path.join(home, 'data'))) return { args: [] };
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return {
    args: [`-XX:ArchiveClassesAtExit=${archive}`, '-Xlog:cds=off', '-Xlog:cds+dynamic=off'],
    dump: archive,
  };
}
