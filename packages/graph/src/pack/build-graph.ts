import type { Concept, Graph, Passage, Relation, View } from '../model/graph.ts';
import type {
  ConceptInput,
  PackMeta,
  PassageInput,
  RelationInput,
  RelationTypeLabel,
  Source,
  ViewInput,
} from '../model/schema.ts';
import { fold } from '../text/fold.ts';
import type { PackProblem } from './pack-error.ts';
import type { ParsedFile } from './read-files.ts';

interface Located<T> {
  item: T;
  file: string;
  line: number;
}

/** The identity of an edge across syncs: two transitions may join the same states by other commands. */
export function relationKey(
  r: Pick<RelationInput, 'from' | 'to' | 'type' | 'command' | 'event' | 'flow'>,
): string {
  const qualifier = r.command ?? r.event ?? r.flow;
  return `${r.from}>${r.type}>${r.to}${qualifier ? `:${qualifier}` : ''}`;
}

/** Merges the files of a pack and checks everything that spans entries: ids, references, aliases. */
export function buildGraph(
  files: ParsedFile[],
  someUnreadable = false,
): { graph: Graph | null; problems: PackProblem[] } {
  const problems: PackProblem[] = [];
  const report = (at: { file: string; line: number }, message: string) =>
    problems.push({ file: at.file, line: at.line, message });

  const metas = files.flatMap((f) =>
    f.data.pack ? [{ item: f.data.pack, file: f.file, line: f.lines.pack }] : [],
  );
  const concepts = collect(files, 'concepts');
  const relations = collect(files, 'relations');
  const views = collect(files, 'views');
  const passages = collect(files, 'passages');
  const invalidIds = new Set(files.flatMap((f) => f.data.invalidIds));

  // A file that could not be read at all may be the one with `pack:`; its own error says enough.
  if (metas.length > 1 || (metas.length === 0 && !someUnreadable)) {
    const at = metas[1] ?? { file: files[0]?.file ?? '(pack)', line: 1 };
    report(at, metas.length === 0 ? 'no file defines `pack:`' : 'more than one file defines `pack:`');
  }
  const meta = metas[0]?.item;
  const sourceIds = new Set(meta?.sources.map((s) => s.id));
  const labels = new Map(meta?.relationTypes.map((t) => [t.type, t]));

  checkUnique(concepts, 'concept', report);
  checkUnique(views, 'view', report);
  checkUnique(passages, 'passage', report);
  if (metas[0])
    checkUnique(
      meta!.sources.map((item) => ({ ...metas[0]!, item })),
      'source',
      report,
    );
  const conceptById = new Map(concepts.map((c) => [c.item.id, c.item]));
  const exists = (id: string) => conceptById.has(id) || invalidIds.has(id);
  checkAliases(concepts, report);
  checkRenames(concepts, conceptById, report);

  const refSources = (at: Located<{ source: string[] }>) => {
    for (const s of at.item.source) if (!sourceIds.has(s)) report(at, `unknown source "${s}"`);
  };
  for (const c of concepts) refSources(c);
  for (const r of relations) {
    refSources(r);
    checkRelation(r, conceptById, exists, labels, report);
  }
  for (const v of views) {
    refSources(v);
    for (const id of v.item.concepts)
      if (!exists(id)) report(v, `view "${v.item.id}" shows unknown concept "${id}"`);
    for (const t of v.item.relationTypes ?? [])
      if (!labels.has(t)) report(v, `relation type ${t} has no label in pack.relationTypes`);
  }
  for (const p of passages) {
    refSources(p);
    for (const id of p.item.about)
      if (!exists(id)) report(p, `passage "${p.item.id}" is about unknown concept "${id}"`);
  }
  checkUnique(
    relations.map((r) => ({ ...r, item: { id: relationKey(r.item) } })),
    'relation',
    report,
  );

  if (problems.length > 0 || !meta) return { graph: null, problems };
  return { graph: assemble(meta, { concepts, relations, views, passages }, labels), problems };
}

/** Drops keys whose value is undefined, so optional fields are absent rather than undefined. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function collect<K extends 'concepts' | 'relations' | 'views' | 'passages'>(
  files: ParsedFile[],
  key: K,
): Located<ParsedFile['data'][K][number]>[] {
  return files.flatMap((f) =>
    (f.data[key] as ParsedFile['data'][K][number][]).map((item, i) => ({
      item,
      file: f.file,
      line: f.lines[key][i]!,
    })),
  );
}

type Report = (at: { file: string; line: number }, message: string) => void;

function checkUnique(entries: Located<{ id: string }>[], what: string, report: Report): void {
  const seen = new Map<string, Located<{ id: string }>>();
  for (const e of entries) {
    const first = seen.get(e.item.id);
    if (first)
      report(e, `duplicate ${what} id "${e.item.id}" (first defined at ${first.file}:${first.line})`);
    else seen.set(e.item.id, e);
  }
}

/** A name or alias must lead to one concept only, or a question could not tell them apart. */
function checkAliases(concepts: Located<ConceptInput>[], report: Report): void {
  const owner = new Map<string, string>();
  for (const c of concepts) {
    const { name, aliases, id } = c.item;
    const terms = new Set([name.vi, name.en, ...aliases.vi, ...aliases.en].map(fold));
    for (const term of terms) {
      const other = owner.get(term);
      if (other && other !== id)
        report(c, `alias "${term}" of "${id}" is already a name or alias of "${other}"`);
      else owner.set(term, id);
    }
  }
}

function checkRelation(
  r: Located<RelationInput>,
  conceptById: Map<string, ConceptInput>,
  exists: (id: string) => boolean,
  labels: Map<string, RelationTypeLabel>,
  report: Report,
): void {
  const { from, to, type, command } = r.item;
  if (!exists(from)) report(r, `relation ${type} from unknown concept "${from}"`);
  if (!exists(to)) report(r, `relation ${type} to unknown concept "${to}"`);
  if (!labels.has(type)) report(r, `relation type ${type} has no label in pack.relationTypes`);
  if (command && conceptById.has(command) && conceptById.get(command)?.kind !== 'command') {
    report(r, `relation ${type} names "${command}" as its command, which is not a command concept`);
  } else if (command && !exists(command)) {
    report(r, `relation ${type} names unknown command "${command}"`);
  }
}

interface Entries {
  concepts: Located<ConceptInput>[];
  relations: Located<RelationInput>[];
  views: Located<ViewInput>[];
  passages: Located<PassageInput>[];
}

function assemble(
  meta: PackMeta,
  { concepts, relations, views, passages }: Entries,
  labels: Map<string, RelationTypeLabel>,
): Graph {
  const toConcept = ({ source, renamedFrom: _, ...c }: ConceptInput) =>
    defined({ ...c, sources: source }) as Concept;
  const renames = concepts.flatMap((c) =>
    (c.item.renamedFrom ?? []).map((from) => ({ from, to: c.item.id })),
  );
  const toRelation = ({ source, label, ...r }: RelationInput) => {
    const typeLabel = labels.get(r.type)!;
    const { label: typeText, inverse } = typeLabel;
    return defined({
      key: relationKey(r),
      ...r,
      label: label ?? typeText,
      inverse,
      sources: source,
    }) as Relation;
  };
  const toView = ({ source, ...v }: ViewInput) => defined({ ...v, sources: source }) as View;
  const toPassage = ({ source, ...p }: PassageInput): Passage => ({ ...p, sources: source });
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    pack: { id: meta.id, title: meta.title, ...(meta.description ? { description: meta.description } : {}) },
    sources: [...meta.sources].sort(byId) as Source[],
    concepts: concepts.map((c) => toConcept(c.item)).sort(byId),
    relations: relations
      .map((r) => toRelation(r.item))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    views: views.map((v) => toView(v.item)).sort(byId),
    passages: passages.map((p) => toPassage(p.item)).sort(byId),
    ...(renames.length > 0 ? { renames } : {}),
  };
}

/** An old id names no concept of the pack any more, and one concept at most. */
function checkRenames(
  concepts: Located<ConceptInput>[],
  byId: Map<string, ConceptInput>,
  report: Report,
): void {
  const renamedTo = new Map<string, string>();
  for (const c of concepts)
    for (const old of c.item.renamedFrom ?? []) {
      if (byId.has(old))
        report(c, `concept "${c.item.id}" is renamed from "${old}", which is still a concept`);
      else if (renamedTo.has(old))
        report(c, `"${old}" is renamed to both "${renamedTo.get(old)}" and "${c.item.id}"`);
      renamedTo.set(old, c.item.id);
    }
}
