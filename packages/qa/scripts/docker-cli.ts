/**
 * Writes the Docker CLI's own reference, as its help lists it: every command and subcommand with
 * its one-line description, the options of `docker run` with theirs, and the flags of every command.
 * Coverage reads it to tell a Docker feature the notes don't cover ("copy files out of a
 * container" is `docker cp`) from one they do.
 *
 *   tsx packages/qa/scripts/docker-cli.ts > packages/qa/src/reference/docker-cli.json
 */
import { execFileSync } from 'node:child_process';

const help = (args: string[]) =>
  execFileSync('docker', [...args, '--help'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

interface Entry {
  name: string;
  description: string;
}

/** The commands a help text lists under its "...Commands:" headings, with their descriptions. */
function commandsOf(args: string[]): Entry[] {
  const commands: Entry[] = [];
  let inCommands = false;
  for (const line of help(args).split('\n')) {
    if (/^[A-Z][A-Za-z ]*:\s*$/.test(line)) inCommands = line.includes('Commands');
    const command = /^ {2}([a-z][a-z0-9-]*)\*? {2,}(.+)$/.exec(line);
    if (inCommands && command)
      commands.push({ name: [...args, command[1]!].join(' '), description: command[2]!.trim() });
  }
  return commands;
}

/** The options of a command, each flag with its description (continued over the lines below it). */
function optionsOf(args: string[]): Entry[] {
  const options: Entry[] = [];
  for (const line of help(args).split('\n')) {
    const option = /^ {2,6}(-\w, )?(--[a-z0-9-]+)( [a-z0-9]+)? {2,}(.+)$/.exec(line);
    const more = /^ {20,}(\S.*)$/.exec(line);
    if (option)
      options.push({
        name: [option[1]?.slice(0, 2), option[2]].filter(Boolean).join(', '),
        description: option[4]!.trim(),
      });
    else if (more && options.length > 0) options.at(-1)!.description += ` ${more[1]!.trim()}`;
  }
  return options;
}

const top = commandsOf([]);
const commands = [...top, ...top.flatMap((c) => commandsOf([c.name]))].map((c) => ({
  ...c,
  name: `docker ${c.name}`,
}));
// "Docker version 28.2.2, build e6534b4": the client's own, no daemon needed.
const version = execFileSync('docker', ['--version'], { encoding: 'utf8' }).trim();
// Every command's flags (a command with subcommands has none of its own worth listing).
const leaves = commands.filter((c) => !commands.some((d) => d.name.startsWith(`${c.name} `)));
const flags = Object.fromEntries(
  leaves.map((c) => [c.name, optionsOf(c.name.split(' ').slice(1)).map((o) => o.name)]),
);
console.log(
  JSON.stringify(
    { source: `docker --help of ${version}`, commands, runOptions: optionsOf(['run']), flags },
    null,
    2,
  ),
);
