import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { drawDiagram } from '@study-graph/diagram';
import { type DiagramSpec, fold, type GraphStore, type Locale, openStore } from '@study-graph/graph';
import { diagramFileName } from '../diagram-files.ts';
import { type CliEnv, UsageError } from '../env.ts';
import type { Io } from '../io.ts';

export const DIAGRAM_USAGE = `Usage: pnpm diagram TOPIC [-o FILE] [--lang vi|en] [--depth 1|2] [--to OTHER | --compare OTHER]
       pnpm diagram --all -o DIR [--lang vi|en]
  TOPIC is a view (lifecycle, cnm, docker0, ...), or a concept (its neighbourhood).
  The output format follows FILE's extension: .png (default), .svg, .dot or .mmd (Mermaid).`;

/** Finds a concept by id, name or alias; the best search hit when nothing matches exactly. */
async function conceptId(store: GraphStore, text: string): Promise<string> {
  if (await store.getConcept(text)) return text;
  const [hit] = await store.searchConcepts(text, 1);
  if (!hit || hit.score < 0.6)
    throw new UsageError(`No view or concept called "${text}". Try: pnpm graph stats`);
  return hit.concept.id;
}

/** A view by id, title or alias; else a concept with --to / --compare / --depth. */
async function specFor(
  store: GraphStore,
  topic: string,
  v: Record<string, string | boolean | undefined>,
): Promise<DiagramSpec> {
  const views = await store.listViews();
  const wanted = fold(topic);
  const view = views.find(
    (x) =>
      x.id === topic ||
      [x.title.vi, x.title.en, ...x.aliases.vi, ...x.aliases.en].some((n) => fold(n) === wanted),
  );
  if (view && !v.to && !v.compare)
    return view.kind === 'lifecycle' ? { kind: 'lifecycle' } : { kind: 'view', viewId: view.id };
  const id = await conceptId(store, topic);
  if (typeof v.to === 'string') return { kind: 'path', from: id, to: await conceptId(store, v.to) };
  if (typeof v.compare === 'string')
    return { kind: 'comparison', a: id, b: await conceptId(store, v.compare) };
  const depth = Number(v.depth ?? 1);
  if (depth !== 1 && depth !== 2) throw new UsageError('--depth must be 1 or 2');
  return { kind: 'neighbourhood', conceptId: id, depth };
}

async function write(store: GraphStore, spec: DiagramSpec, locale: Locale, file: string): Promise<string> {
  const drawn = await drawDiagram(store, spec, locale);
  if (!drawn) throw new UsageError('Nothing to draw for that topic.');
  const ext = extname(file).toLowerCase();
  const body =
    { '.svg': drawn.svg, '.dot': drawn.dot, '.gv': drawn.dot, '.mmd': drawn.mermaid }[ext] ?? drawn.png;
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, body);
  return `${file}  (${drawn.title}; ${drawn.nodes} concepts${ext === '.png' || !ext ? `, ${drawn.width}x${drawn.height} px` : ''})`;
}

/** `pnpm diagram`: one view or concept to a file, or every view to a folder. */
export async function diagramCommand(args: string[], env: CliEnv, io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      lang: { type: 'string', default: 'en' },
      depth: { type: 'string' },
      to: { type: 'string' },
      compare: { type: 'string' },
      all: { type: 'boolean', default: false },
    },
  });
  const locale = values.lang;
  if (locale !== 'vi' && locale !== 'en') throw new UsageError('--lang must be vi or en');
  if (!values.all && positionals.length === 0) throw new UsageError(DIAGRAM_USAGE);
  const store = await openStore({ packDir: env.packDir, neo4j: env.neo4j });
  try {
    if (values.all) {
      const dir = values.out ?? 'out';
      for (const view of await store.listViews()) {
        const spec: DiagramSpec = { kind: 'view', viewId: view.id };
        io.out(await write(store, spec, locale, join(dir, diagramFileName(spec, locale))));
      }
      return 0;
    }
    const spec = await specFor(store, positionals.join(' '), values);
    io.out(await write(store, spec, locale, values.out ?? diagramFileName(spec, locale)));
    return 0;
  } finally {
    await store.close();
  }
}
