/**
 * Writes the words of the Docker CLI's own reference: its commands and their subcommands, as
 * `docker --help` lists them. Flags are left out: their words are a sentence's ("local", "action").
 * Coverage reads a question word that is one of these, and that the notes never use, as a Docker
 * feature the notes don't cover ("docker secret", "scale a service").
 *
 *   tsx packages/qa/scripts/docker-cli-words.ts > packages/qa/src/reference/docker-cli-words.json
 */
import { execFileSync } from 'node:child_process';

const help = (args: string[]) =>
  execFileSync('docker', [...args, '--help'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

/** The commands a help text lists under its "...Commands:" headings. */
function commandsOf(args: string[]): string[] {
  const commands: string[] = [];
  let inCommands = false;
  for (const line of help(args).split('\n')) {
    if (/^[A-Z][A-Za-z ]*:\s*$/.test(line)) inCommands = line.includes('Commands');
    const command = /^ {2}([a-z][a-z0-9-]*) {2,}/.exec(line);
    if (inCommands && command) commands.push(command[1]!);
  }
  return commands;
}

const top = commandsOf([]);
const names = [...top, ...top.flatMap((command) => commandsOf([command]))];
const words = new Set(names.flatMap((n) => n.split('-')).filter((w) => w.length >= 2));
// "Docker version 28.2.2, build e6534b4": the client's own, no daemon needed.
const version = execFileSync('docker', ['--version'], { encoding: 'utf8' }).trim();
console.log(JSON.stringify({ source: `docker --help of ${version}`, words: [...words].sort() }));
