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

/**
 * What a topic names: first whatever is named exactly as typed (a figure before a concept), then
 * the figures that mention it (there are few, and they are what people draw), then concepts. So
 * "container" is Container before the networking figure, and "vòng đời" the lifecycle figure.
 */
export async function topicChoices(knowledge: Knowledge, typed: string, locale: Locale): Promise<Choice[]> {
  const q = fold(typed);
  const names = (v: View) => [v.id, v.title.vi, v.title.en, ...v.aliases.vi, ...v.aliases.en];
  const views = (await knowledge.views()).filter((v) => !q || names(v).some((s) => fold(s).includes(q)));
  const concepts = q ? await knowledge.searchConcepts(typed, L.choices) : [];
  const exact = (words: string[]) => q !== '' && words.some((s) => fold(s) === q);
  const named = (c: Concept) => exact([c.id, c.name.vi, c.name.en, ...c.aliases.vi, ...c.aliases.en]);
  const view = (v: View) => viewChoice(v, locale);
  const concept = (c: Concept) => conceptChoice(c, locale, 'concept:');
  return [
    ...views.filter((v) => exact(names(v))).map(view),
    ...concepts.filter(named).map(concept),
    ...views
      .filter((v) => !exact(names(v)))
      .slice(0, q ? 10 : L.choices)
      .map(view),
    ...concepts.filter((c) => !named(c)).map(concept),
  ].slice(0, L.choices);
}

const byName = (locale: Locale) => (a: Concept, b: Concept) => a.name[locale].localeCompare(b.name[locale]);
