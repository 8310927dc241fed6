/**
 * A pack N times the size of a real one, for measuring how answering grows with the graph: the real
 * pack's files, plus N - 1 copies of its concepts, relations, views and passages whose names and
 * text use made-up words of their own, so the benchmark's questions still match only the real ones.
 */
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bilingual, Graph } from '@study-graph/graph';
import { stringify } from 'yaml';

const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';

/** A made-up word for a number: "zab", "zaboki", ...; "zq" keeps it apart from real words. */
function madeUpWord(n: number): string {
  let word = 'zq';
  let rest = n;
  do {
    word +=
      CONSONANTS[rest % CONSONANTS.length]! + VOWELS[Math.floor(rest / CONSONANTS.length) % VOWELS.length]!;
    rest = Math.floor(rest / (CONSONANTS.length * VOWELS.length));
  } while (rest > 0);
  return word;
}

/**
 * How many made-up words the copies share: like a language, a bigger pack reuses its words rather
 * than inventing a new one for every place (30,000 is the size of a large real vocabulary).
 */
const MADE_UP_VOCABULARY = 30_000;

/** Text of the same number of words as `like`, every word made up (the same seed, the same text). */
function madeUpText(like: string, seed: number): string {
  return like
    .split(/\s+/)
    .map((_, i) => madeUpWord(((seed * 97 + i) * 2_654_435_761) % MADE_UP_VOCABULARY))
    .join(' ');
}

/** A name no other entry has (names and aliases must lead to one concept only). */
function madeUpName(like: string, seed: number): string {
  return like
    .split(/\s+/)
    .map((_, i) => madeUpWord(MADE_UP_VOCABULARY + seed * 97 + i))
    .join(' ');
}

const madeUp = (like: Bilingual, seed: number, make = madeUpText): Bilingual => ({
  vi: make(like.vi, seed),
  en: make(like.en, seed + 1),
});

/** The entries of copy `k` of the graph: ids prefixed, every name and text made up. */
function copyOf(graph: Graph, k: number) {
  const id = (x: string) => `x${k}-${x}`;
  let seed = k * 100_003;
  const next = () => (seed += 7);
  return {
    concepts: graph.concepts.map((c) => ({
      id: id(c.id),
      kind: c.kind,
      name: madeUp(c.name, next(), madeUpName),
      aliases: {
        vi: c.aliases.vi.map((a) => madeUpName(a, next())),
        en: c.aliases.en.map((a) => madeUpName(a, next())),
      },
      summary: madeUp(c.summary, next()),
      source: c.sources,
    })),
    relations: graph.relations.map((r) => ({
      from: id(r.from),
      to: id(r.to),
      type: r.type,
      ...(r.command ? { command: id(r.command) } : {}),
      ...(r.event ? { event: r.event } : {}),
      ...(r.version ? { version: r.version } : {}),
      ...(r.flow ? { flow: id(r.flow) } : {}),
      ...(r.order ? { order: r.order } : {}),
      source: r.sources,
    })),
    views: graph.views.map((v) => ({
      id: id(v.id),
      title: madeUp(v.title, next(), madeUpName),
      kind: v.kind,
      concepts: v.concepts.map(id),
      ...(v.relationTypes ? { relationTypes: v.relationTypes } : {}),
      direction: v.direction,
      source: v.sources,
    })),
    passages: graph.passages.map((p) => ({
      id: id(p.id),
      text: madeUp(p.text, next()),
      about: p.about.map(id),
      source: p.sources,
    })),
  };
}

/** Writes the scaled pack into a new temporary folder and returns that folder. */
export async function writeScaledPack(packDir: string, graph: Graph, factor: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `pack-x${factor}-`));
  await cp(packDir, dir, { recursive: true });
  for (let k = 1; k < factor; k++) {
    await writeFile(join(dir, `zz-copy-${k}.yaml`), stringify(copyOf(graph, k), { lineWidth: 0 }));
  }
  return dir;
}
