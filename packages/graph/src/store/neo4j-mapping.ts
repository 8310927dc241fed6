import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Concept, Passage, Relation, View } from '../model/graph.ts';
import { ConceptKind, RelationType, type Source } from '../model/schema.ts';
import { searchKeys } from './ordering.ts';

/**
 * Neo4j properties cannot hold maps, so bilingual fields are flattened (`nameVi`, `nameEn`) on the
 * way in and parsed back with zod on the way out.
 */
type Props = Record<string, string | number | string[]>;

function clean(props: Record<string, string | number | string[] | undefined>): Props {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)) as Props;
}

/** Adds `pack` and a content `hash`, so a sync can tell unchanged entries without writing. */
function withHash(pack: string, props: Props): Props {
  const body = JSON.stringify(Object.entries(props).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { ...props, pack, hash: createHash('sha1').update(body).digest('hex') };
}

export function conceptProps(pack: string, c: Concept): Props {
  return withHash(
    pack,
    clean({
      id: c.id,
      kind: c.kind,
      nameVi: c.name.vi,
      nameEn: c.name.en,
      aliasesVi: c.aliases.vi,
      aliasesEn: c.aliases.en,
      summaryVi: c.summary.vi,
      summaryEn: c.summary.en,
      syntax: c.syntax,
      sources: c.sources,
      searchKeys: searchKeys(c),
      // One string for the text index that serves `CONTAINS` (a list property cannot be indexed).
      searchText: searchKeys(c).join('\n'),
    }),
  );
}

export function relationProps(pack: string, r: Relation): Props {
  return withHash(
    pack,
    clean({
      key: r.key,
      labelVi: r.label.vi,
      labelEn: r.label.en,
      inverseVi: r.inverse.vi,
      inverseEn: r.inverse.en,
      command: r.command,
      event: r.event,
      noteVi: r.note?.vi,
      noteEn: r.note?.en,
      reasonVi: r.reason?.vi,
      reasonEn: r.reason?.en,
      version: r.version,
      flow: r.flow,
      step: r.order,
      sources: r.sources,
    }),
  );
}

export function viewProps(pack: string, v: View): Props {
  return withHash(
    pack,
    clean({
      id: v.id,
      kind: v.kind,
      titleVi: v.title.vi,
      titleEn: v.title.en,
      aliasesVi: v.aliases.vi,
      aliasesEn: v.aliases.en,
      concepts: v.concepts,
      relationTypes: v.relationTypes,
      direction: v.direction,
      sources: v.sources,
    }),
  );
}

export function passageProps(pack: string, p: Passage): Props {
  return withHash(
    pack,
    clean({ id: p.id, textVi: p.text.vi, textEn: p.text.en, about: p.about, sources: p.sources }),
  );
}

export function sourceProps(pack: string, s: Source): Props {
  return withHash(
    pack,
    clean({ id: s.id, sectionVi: s.section.vi, sectionEn: s.section.en, figure: s.figure, file: s.file }),
  );
}

const text = z.string();
const list = z.array(z.string());
const bi = (vi: string | undefined, en: string | undefined) => (vi && en ? { vi, en } : undefined);

export const ConceptRow = z
  .object({
    id: text,
    kind: ConceptKind,
    nameVi: text,
    nameEn: text,
    aliasesVi: list.default([]),
    aliasesEn: list.default([]),
    summaryVi: text,
    summaryEn: text,
    syntax: text.optional(),
    sources: list,
  })
  .transform(
    (p): Concept => ({
      id: p.id,
      kind: p.kind,
      name: { vi: p.nameVi, en: p.nameEn },
      aliases: { vi: p.aliasesVi, en: p.aliasesEn },
      summary: { vi: p.summaryVi, en: p.summaryEn },
      ...(p.syntax !== undefined ? { syntax: p.syntax } : {}),
      sources: p.sources,
    }),
  );

export const RelationRow = z
  .object({
    from: text,
    to: text,
    type: RelationType,
    props: z.object({
      key: text,
      labelVi: text,
      labelEn: text,
      inverseVi: text,
      inverseEn: text,
      command: text.optional(),
      event: text.optional(),
      noteVi: text.optional(),
      noteEn: text.optional(),
      reasonVi: text.optional(),
      reasonEn: text.optional(),
      version: text.optional(),
      flow: text.optional(),
      step: z.number().optional(),
      sources: list,
    }),
  })
  .transform(({ from, to, type, props: p }): Relation => {
    const note = bi(p.noteVi, p.noteEn);
    const reason = bi(p.reasonVi, p.reasonEn);
    return {
      key: p.key,
      from,
      to,
      type,
      label: { vi: p.labelVi, en: p.labelEn },
      inverse: { vi: p.inverseVi, en: p.inverseEn },
      ...(p.command !== undefined ? { command: p.command } : {}),
      ...(p.event !== undefined ? { event: p.event } : {}),
      ...(note ? { note } : {}),
      ...(reason ? { reason } : {}),
      ...(p.version !== undefined ? { version: p.version } : {}),
      ...(p.flow !== undefined ? { flow: p.flow } : {}),
      ...(p.step !== undefined ? { order: p.step } : {}),
      sources: p.sources,
    };
  });

export const ViewRow = z
  .object({
    id: text,
    kind: z.enum(['figure', 'lifecycle', 'flow']),
    titleVi: text,
    titleEn: text,
    aliasesVi: list.default([]),
    aliasesEn: list.default([]),
    concepts: list,
    relationTypes: z.array(RelationType).optional(),
    direction: z.enum(['LR', 'TB']),
    sources: list,
  })
  .transform(
    (p): View => ({
      id: p.id,
      title: { vi: p.titleVi, en: p.titleEn },
      aliases: { vi: p.aliasesVi, en: p.aliasesEn },
      kind: p.kind,
      concepts: p.concepts,
      ...(p.relationTypes ? { relationTypes: p.relationTypes } : {}),
      direction: p.direction,
      sources: p.sources,
    }),
  );

export const SourceRow = z
  .object({
    id: text,
    sectionVi: text,
    sectionEn: text,
    figure: z.number().optional(),
    file: text.optional(),
  })
  .transform(
    (p): Source => ({
      id: p.id,
      section: { vi: p.sectionVi, en: p.sectionEn },
      ...(p.figure !== undefined ? { figure: p.figure } : {}),
      ...(p.file !== undefined ? { file: p.file } : {}),
    }),
  );

export const PassageRow = z
  .object({ id: text, textVi: text, textEn: text, about: list, sources: list })
  .transform(
    (p): Passage => ({ id: p.id, text: { vi: p.textVi, en: p.textEn }, about: p.about, sources: p.sources }),
  );
