import { type Concept, fold, type Locale, type View } from '@study-graph/graph';
import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import { DISCORD_LIMITS as L, truncate } from '../format/truncate.ts';
import type { Knowledge } from '../knowledge.ts';

export type Choice = ApplicationCommandOptionChoiceData<string>;

/** A concept as an autocomplete choice: its name in the locale, its id as the value. */
export function conceptChoice(c: Concept, locale: Locale, prefix = ''): Choice {
  return { name: truncate(c.name[locale], L.choiceName), value: `${prefix}${c.id}` };
}

function viewChoice(v: View, locale: Locale): Choice {
  return { name: truncate(`🖼️ ${v.title[locale]}`, L.choiceName), value: `view:${v.id}` };
}

/** Concepts matching what is typed (diacritics-insensitive), at most 25. */
export async function conceptChoices(
  knowledge: Knowledge,
  typed: string,
  locale: Locale,
  filter: (c: Concept) => boolean = () => true,
): Promise<Choice[]> {
  const found = fold(typed)
    ? (await knowledge.searchConcepts(typed, 50)).filter(filter)
    : (await knowledge.allConcepts()).filter(filter).sort(byName(locale));
  return found.slice(0, L.choices).map((c) => conceptChoice(c, locale));
}

/** Figures first (there are few, and they are what people draw), then concepts. */
export async function topicChoices(knowledge: Knowledge, typed: string, locale: Locale): Promise<Choice[]> {
  const q = fold(typed);
  const views = (await knowledge.views()).filter(
    (v) =>
      !q || [v.id, v.title.vi, v.title.en, ...v.aliases.vi, ...v.aliases.en].some((s) => fold(s).includes(q)),
  );
  const concepts = q ? await knowledge.searchConcepts(typed, L.choices) : [];
  // A concept named exactly as typed comes first: "container" is Container before the figures
  // that mention containers (the first suggestion is the one a hurried learner takes).
  const named = (c: Concept) =>
    [c.id, c.name.vi, c.name.en, ...c.aliases.vi, ...c.aliases.en].some((s) => fold(s) === q);
  return [
    ...concepts.filter(named).map((c) => conceptChoice(c, locale, 'concept:')),
    ...views.slice(0, q ? 10 : L.choices).map((v) => viewChoice(v, locale)),
    ...concepts.filter((c) => !named(c)).map((c) => conceptChoice(c, locale, 'concept:')),
  ].slice(0, L.choices);
}

const byName = (locale: Locale) => (a: Concept, b: Concept) => a.name[locale].localeCompare(b.name[locale]);
