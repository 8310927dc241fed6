/**
 * Docker's own features, as its CLI reference describes them (`reference/docker-cli.json`, written
 * from `docker --help`): every command, and every option of `docker run`, with what it does. A
 * how-to question made of words the notes do use ("copy a file out of a container", "đổi DNS
 * server cho container") may still ask for a feature the notes never describe. When a feature of
 * the reference that the graph has no concept for fits the question better than every concept of
 * the graph, and does what none of its commands does, the question asks for that feature.
 */
import { fold } from '@study-graph/graph';
import { eng } from 'stopword';
import { VIETNAMESE_SYLLABLE } from './coverage.ts';
import type { Lexicon } from './lexicon.ts';
import type { Question } from './question.ts';
import reference from './reference/docker-cli.json' with { type: 'json' };
import viEnTerms from './reference/vi-en-terms.json' with { type: 'json' };
import { englishStem } from './stem.ts';

interface Feature {
  /** As the CLI writes it: "docker cp", "docker run --dns". */
  name: string;
  stems: Set<string>;
}

/** Words of the reference that say nothing of what a feature does. */
const GENERIC = new Set([...eng, 'docker', 'one', 'more', 'new', 'default', 'given', 'specified', 'set']);

/** Learners' words for what the reference says otherwise: "delete" an image is to "remove" it. */
const REFERENCE_WORD = new Map([['delet', 'remov']]);

/** A word's English stem, its plural taken off first: the reference's "files" is the learner's "file". */
const stemOf = (word: string) => {
  const stem = englishStem(word.length > 3 && /[^s]s$/.test(word) ? word.slice(0, -1) : word);
  return REFERENCE_WORD.get(stem) ?? stem;
};

/** The stems of a text's words that say what something does. */
function stemsOf(text: string): Set<string> {
  return new Set(
    fold(text)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 2 && !GENERIC.has(w))
      .map(stemOf),
  );
}

/** Vietnamese terms, folded, longest first, with their English words. */
const TERMS = Object.entries(viEnTerms.terms)
  .map(([vi, en]) => ({ words: fold(vi).split(' '), en }))
  .sort((a, b) => b.words.length - a.words.length);

const SHORT_NO = new Set(['ko', 'k', 'kh', 'hok', 'hong', 'kg']);

/** The English words of the Vietnamese terms a question uses where it names nothing of the graph. */
function englishTerms(q: Question): string[] {
  const linked = q.linkedTokens();
  // Chat shorthand for "không" ("ko dùng") is the word it stands for.
  const tokens = q.tokens.map((t) => (SHORT_NO.has(t) ? 'khong' : t));
  const used = tokens.map(() => false);
  const found: string[] = [];
  for (const { words, en } of TERMS)
    for (let i = 0; i + words.length <= tokens.length; i++) {
      const span = words.map((_, k) => i + k);
      if (span.some((j) => used[j] || linked[j] || tokens[j] !== words[j - i])) continue;
      // "image không dùng nữa" is unused; "không dùng registry", before a thing named, is its verb.
      if (/ed$/.test(en) && linked[i + words.length]) continue;
      for (const j of span) used[j] = true;
      found.push(en);
    }
  return found;
}

/** "Manage images": a group of commands, which does nothing itself. */
const isGroup = (description: string) => /^Manage\b/.test(description);

/**
 * The groups whose commands are also at the top: "docker container rm" is "docker rm". Not "docker
 * image rm" (that is "docker rmi"), nor the network and volume groups: "docker volume create" makes
 * a volume, not a container.
 */
const GROUPED = /^docker (builder|container|system|image(?! rm$)) /;

/** The CLI's commands, folded as a question's words are, the longest first: "docker network create" before "docker network". */
const COMMANDS_LONGEST_FIRST = reference.commands
  .map((c) => ({ name: c.name, folded: ` ${fold(c.name)} ` }))
  .sort((a, b) => b.name.length - a.name.length);

/** Every command's flags, as its help lists them: "-v, --volumes". */
const FLAGS: Record<string, string[]> = reference.flags;

/** A command-line flag as typed in a question: "-v", "--volume" (not the "-" of "multi-host"). */
const FLAG = /(?<![\p{L}\p{N}-])--?[a-z][a-z-]*/gu;

/** Kinds of thing that are a way of doing something: a command to run, a driver to pick. */
const HOW_KINDS = new Set(['command', 'driver']);

export class DockerFeatures {
  readonly #uncovered: Feature[];
  /** The CLI's groups the graph has no concept for ("docker context"): written out, they are asked for. */
  readonly #uncoveredGroups: Set<string>;
  /** What each concept of the graph is and does, in the same stems, and the concepts by stem. */
  readonly #concepts = new Map<string, Set<string>>();
  readonly #conceptsSaying = new Map<string, string[]>();
  /** What each command of the graph (or a flag it names: "-p") says: what the notes tell one to do. */
  readonly #doers: Set<string>[] = [];
  /** The concepts that tell how to do something: commands, drivers, and those whose summary writes a command out. */
  readonly #tellsHow = new Set<string>();
  /** The commands and drivers of the graph: the ways to do something. */
  readonly #ways = new Set<string>();
  /** How telling each stem is: the fewer features and concepts say it, the more. */
  readonly #weight = new Map<string, number>();
  /** Whether the graph has one of a command's flags ("-v, --volumes" of docker rm). */
  readonly #flagCovered: (command: string, flags: string[]) => boolean;

  constructor(lexicon: Lexicon) {
    const known = (name: string) => lexicon.exact.has(fold(name));
    const commands = reference.commands
      .filter((c) => !isGroup(c.description))
      .map((c) => ({
        name: c.name,
        covered: known(c.name) || known(c.name.replace(GROUPED, 'docker ')),
        stems: stemsOf(`${c.name} ${c.description}`),
      }));
    // A flag the graph writes beside its command ("`-d` chạy nền" in docker run's summary, "docker
    // run -p" in the published port's) is covered; docker rm's `-v` is not docker run's.
    const texts = [...lexicon.concepts.values()].flatMap((c) => [
      c.summary.vi,
      c.summary.en,
      ...c.aliases.vi,
      ...c.aliases.en,
      ...(c.syntax ? [c.syntax] : []),
    ]);
    // Once per command: every one of docker run's options asks about the same texts.
    const written = new Map<string, Set<string>>();
    const writtenWith = (command: string) => {
      let flags = written.get(command);
      if (!flags) {
        flags = new Set(texts.filter((t) => t.includes(command)).flatMap((t) => t.match(FLAG) ?? []));
        written.set(command, flags);
      }
      return flags;
    };
    this.#flagCovered = (command, flags) => {
      const writtenFlags = writtenWith(command);
      return flags.some((flag) => known(flag) || writtenFlags.has(flag));
    };
    const options = reference.runOptions.map((o) => ({
      name: `docker run ${o.name.split(', ').at(-1)}`,
      covered: this.#flagCovered('docker run', o.name.split(', ')),
      stems: stemsOf(`${o.name} ${o.description}`),
    }));
    this.#uncovered = [...commands, ...options].filter((f) => !f.covered);
    this.#uncoveredGroups = new Set(
      reference.commands.filter((c) => isGroup(c.description) && !known(c.name)).map((c) => c.name),
    );
    // The graph in the reference's language: a question is held against both in the same words.
    for (const c of lexicon.concepts.values()) {
      const stems = stemsOf([c.name.en, ...c.aliases.en, c.summary.en].join(' '));
      this.#concepts.set(c.id, stems);
      for (const s of stems) {
        const ids = this.#conceptsSaying.get(s);
        if (ids) ids.push(c.id);
        else this.#conceptsSaying.set(s, [c.id]);
      }
      if (c.kind === 'command' || c.aliases.en.some((a) => a.startsWith('-'))) this.#doers.push(stems);
      if (HOW_KINDS.has(c.kind) || /`(docker |-)/.test(c.summary.en)) this.#tellsHow.add(c.id);
      if (HOW_KINDS.has(c.kind)) this.#ways.add(c.id);
    }
    // Weighed over every feature of the reference, covered or not: what the graph covers changes no weight.
    const all = [...[...commands, ...options].map((f) => f.stems), ...this.#concepts.values()];
    const counts = new Map<string, number>();
    for (const stems of all) for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
    for (const [s, n] of counts) this.#weight.set(s, Math.log(all.length / n));
  }

  /**
   * A flag typed as such ("bằng -v", "docker network create --subnet") that the notes don't cover:
   * the option of the command the question writes out, or of docker run when it writes none.
   */
  flagged(q: Question): string | null {
    const typed = new Set(q.text.display.match(FLAG) ?? []);
    if (typed.size === 0) return null;
    const command = this.#writtenCommand(q) ?? 'docker run';
    for (const option of FLAGS[command] ?? []) {
      const flags = option.split(', ');
      if (flags.some((f) => typed.has(f)) && !this.#flagCovered(command, flags))
        return `${command} ${flags.at(-1)}`;
    }
    return null;
  }

  /** The longest command of the CLI the question writes out, covered or not. */
  #writtenCommand(q: Question): string | undefined {
    const text = ` ${q.tokens.join(' ')} `;
    return COMMANDS_LONGEST_FIRST.find((c) => text.includes(c.folded))?.name;
  }

  /**
   * The command of the Docker CLI the question writes out ("docker swarm init", "docker stats")
   * that the notes don't cover, the longest one; null when none.
   */
  written(q: Question): string | null {
    const command = this.#writtenCommand(q);
    if (command === undefined) return null;
    return this.#uncovered.some((f) => f.name === command) || this.#uncoveredGroups.has(command)
      ? command
      : null;
  }

  /**
   * The feature a how-to question asks for that the notes don't cover: it shares more of the
   * question's words than any concept of the graph, among them a word of what the learner wants done
   * that the answer found (`answered`) does not say, and no command of the graph says all of them.
   */
  asked(q: Question, answered: string): string | null {
    // A Vietnamese question meets the English reference in its English words ("copy file") and in
    // its terms' English ones ("biến môi trường"); its other words ("máy") would pass for English ("may").
    const english = (w: string) => q.locale === 'en' || !VIETNAMESE_SYLLABLE.test(w);
    const doing = stemsOf([...q.contentWords().filter(english), ...englishTerms(q)].join(' '));
    const named = q.tokens.filter((w, i) => q.linkedTokens()[i] && english(w));
    const asked = new Set([...doing, ...stemsOf(named.join(' '))]);
    const said = stemsOf(answered);
    const shared = (stems: Set<string>) =>
      [...stems].reduce((sum, s) => sum + (asked.has(s) ? this.#weight.get(s)! : 0), 0);
    // What the notes offer for it: the concepts that say its words ("own MAC address" is macvlan's)
    // and tell how to do something; an event's "exceeding its memory limit" sets no limit.
    const offered = new Set(
      [...asked].flatMap((s) => this.#conceptsSaying.get(s) ?? []).filter((id) => this.#tellsHow.has(id)),
    );
    const fit = (ways: boolean) =>
      Math.max(
        0,
        ...[...offered]
          .filter((id) => this.#ways.has(id) === ways)
          .map((id) => shared(this.#concepts.get(id)!)),
      );
    const [byWays, byOthers] = [fit(true), fit(false)];
    let most = Math.max(byWays, byOthers);
    let found: Feature | null = null;
    for (const feature of this.#uncovered) {
      const n = shared(feature.stems);
      // As many words in common, the feature that says fewer others ("--memory", not "--kernel-memory").
      const tied = found !== null && n === most && feature.stems.size < found.stems.size;
      // Saying every word asked ("remove … images"), it wins a tie with what is no way to do it, whose
      // summary says the same words of other things ("created from an image", "removed").
      const saysAll =
        found === null && [...asked].every((s) => feature.stems.has(s)) && n > byWays && n >= byOthers;
      const common = [...feature.stems].filter((s) => asked.has(s));
      // One word in common ("dev" of "/dev/shm") is a coincidence, not a feature asked for.
      if ((n <= most && !tied && !saysAll) || common.length < 2) continue;
      // Done to what the question names: "remove" is docker rm's word, but not "remove an image".
      const done = this.#doers.some((stems) => common.every((s) => stems.has(s)));
      const own = !done && common.some((s) => doing.has(s) && !said.has(s));
      if (own) [found, most] = [feature, n];
    }
    return found?.name ?? null;
  }
}
