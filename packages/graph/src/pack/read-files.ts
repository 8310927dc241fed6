import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import jsyaml from 'js-yaml';
import { isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { z } from 'zod';
import {
  ConceptEntry,
  type ConceptInput,
  PackMeta,
  PassageEntry,
  type PassageInput,
  RelationEntry,
  type RelationInput,
  ViewEntry,
  type ViewInput,
} from '../model/schema.ts';
import type { PackProblem } from './pack-error.ts';

/** The valid entries of one file; invalid ones are reported and left out. */
export interface PackFileData {
  pack?: PackMeta;
  concepts: ConceptInput[];
  relations: RelationInput[];
  views: ViewInput[];
  passages: PassageInput[];
  /** Ids of entries that failed validation: they exist, so references to them are not also errors. */
  invalidIds: string[];
}

/** A parsed file plus a way to find the line of any path inside it. */
export interface ParsedFile {
  file: string;
  data: PackFileData;
  /** Line of each kept entry, by section, in the same order. */
  lines: { pack: number; concepts: number[]; relations: number[]; views: number[]; passages: number[] };
}

const SECTIONS = {
  concepts: ConceptEntry,
  relations: RelationEntry,
  views: ViewEntry,
  passages: PassageEntry,
} as const;

/** The largest pack file read: `data/docker`'s largest is about 60 KB. */
export const MAX_FILE_BYTES = 2_000_000;

/**
 * Reads and schema-checks every `*.yaml` of a pack folder, collecting problems instead of throwing.
 * `lines: false` reads several times faster but knows no line numbers (every line is 0): for a first
 * pass, to be read again with lines only when there is a problem to report.
 */
export async function readPackFiles(
  dir: string,
  displayRoot: string,
  { lines = true }: { lines?: boolean } = {},
): Promise<{ files: ParsedFile[]; problems: PackProblem[]; unreadable: number }> {
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  const files: ParsedFile[] = [];
  const problems: PackProblem[] = [];
  if (names.length === 0)
    problems.push({ file: relative(displayRoot, dir) || dir, line: 0, message: 'no YAML files' });
  for (const name of names) {
    const file = relative(displayRoot, join(dir, name));
    const bytes = (await stat(join(dir, name))).size;
    if (bytes > MAX_FILE_BYTES) {
      const size = (n: number) => `${n.toLocaleString('en-US')} bytes`;
      problems.push({
        file,
        line: 0,
        message: `is ${size(bytes)}, over the ${size(MAX_FILE_BYTES)} a pack file may be`,
      });
      continue;
    }
    const text = await readFile(join(dir, name), 'utf8');
    const parsed = lines ? parseFile(file, text, problems) : parseFast(file, text, problems);
    if (parsed) files.push(parsed);
  }
  return { files, problems, unreadable: names.length - files.length };
}

/**
 * The pack's id alone, from the file that holds its `pack:` metadata: what a store on Neo4j
 * needs, without reading and checking the whole pack. Undefined when no file has a valid one.
 */
export async function readPackId(dir: string): Promise<string | undefined> {
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  for (const name of names) {
    const text = await readFile(join(dir, name), 'utf8');
    if (!/^pack:/m.test(text)) continue;
    const id = PackMeta.shape.id.safeParse(
      (jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }) as { pack?: { id?: unknown } })?.pack?.id,
    );
    if (id.success) return id.data;
  }
  return undefined;
}

function parseFile(file: string, text: string, problems: PackProblem[]): ParsedFile | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    for (const e of doc.errors)
      problems.push({ file, line: lineAt(e.pos[0]), message: e.message.split('\n')[0]! });
    return null;
  }
  const lineOf = (path: readonly PropertyKey[]) => lineAt(nearestNode(doc.contents, path)?.range?.[0] ?? 0);
  return checkFile(file, doc.toJS() ?? {}, lineOf, problems);
}

/** The same checks on a faster parser's result, without line numbers. */
function parseFast(file: string, text: string, problems: PackProblem[]): ParsedFile | null {
  let data: unknown;
  try {
    data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    problems.push({ file, line: 0, message: (error as Error).message.split('\n')[0]! });
    return null;
  }
  return checkFile(file, data ?? {}, () => 0, problems);
}

function checkFile(
  file: string,
  content: unknown,
  lineOf: (path: readonly PropertyKey[]) => number,
  problems: PackProblem[],
): ParsedFile | null {
  const fail = (path: PropertyKey[], issues: z.core.$ZodIssue[]) => {
    for (const issue of issues) {
      const at = [...path, ...issue.path];
      problems.push({ file, line: lineOf(at), message: describeIssue(at, issue) });
    }
  };
  const shape = PackFileShape.safeParse(content);
  if (!shape.success) {
    fail([], shape.error.issues);
    return null;
  }
  // Entries are validated one by one so that one bad entry does not hide problems elsewhere.
  const data: PackFileData = { concepts: [], relations: [], views: [], passages: [], invalidIds: [] };
  const lines: ParsedFile['lines'] = {
    pack: lineOf(['pack']),
    concepts: [],
    relations: [],
    views: [],
    passages: [],
  };
  if (shape.data.pack !== undefined) {
    const meta = PackMeta.safeParse(shape.data.pack);
    if (meta.success) data.pack = meta.data;
    else fail(['pack'], meta.error.issues);
  }
  for (const key of ['concepts', 'relations', 'views', 'passages'] as const) {
    shape.data[key]?.forEach((entry, i) => {
      const parsed = SECTIONS[key].safeParse(entry);
      if (parsed.success) {
        (data[key] as unknown[]).push(parsed.data);
        lines[key].push(lineOf([key, i]));
      } else {
        fail([key, i], parsed.error.issues);
        const id = (entry as { id?: unknown } | null)?.id;
        if (typeof id === 'string') data.invalidIds.push(id);
      }
    });
  }
  return { file, data, lines };
}

const PackFileShape = z
  .object({
    pack: z.unknown().optional(),
    concepts: z.array(z.unknown()).optional(),
    relations: z.array(z.unknown()).optional(),
    views: z.array(z.unknown()).optional(),
    passages: z.array(z.unknown()).optional(),
  })
  .strict();

/** The deepest node that exists along a path (a missing key points at its parent). */
function nearestNode(root: unknown, path: readonly PropertyKey[]): Node | undefined {
  let node = root as Node | undefined;
  for (const key of path) {
    const next = isMap(node) || isSeq(node) ? (node.get(key as never, true) as Node | undefined) : undefined;
    if (!next) break;
    node = next;
  }
  return node;
}

function describeIssue(path: PropertyKey[], issue: z.core.$ZodIssue): string {
  const where = path.map(String).join('.');
  const last = path.at(-1);
  if (
    issue.code === 'invalid_type' &&
    (last === 'vi' || last === 'en') &&
    issue.message.includes('undefined')
  ) {
    return `missing ${last === 'vi' ? 'Vietnamese' : 'English'} translation of ${path.slice(0, -1).map(String).join('.')}`;
  }
  return where ? `${where}: ${issue.message}` : issue.message;
}
