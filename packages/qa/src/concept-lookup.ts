import { type Concept, fold, type GraphStore, type Locale } from '@study-graph/graph';

/**
 * Concepts looked up by what a frontend holds rather than by a question: an option's value, typed
 * text being completed.
 */

/** The concept an option value names: its id (picked from autocomplete) or the best match for typed text. */
export async function resolveConcept(
  store: GraphStore,
  value: string,
  accept: (c: Concept) => boolean = () => true,
): Promise<Concept | null> {
  const byId = await store.getConcept(value.trim());
  if (byId && accept(byId)) return byId;
  return (await findConcepts(store, value, 5)).find(accept) ?? null;
}

/** Concepts whose names or aliases match, best first (diacritics-insensitive); with no text, the first by name. */
export async function findConcepts(store: GraphStore, text: string, limit: number): Promise<Concept[]> {
  if (!fold(text)) return byName(await store.listConcepts(), 'en').slice(0, limit);
  return (await store.searchConcepts(text, limit)).map((h) => h.concept);
}

/** Sorted by name in the locale, as a learner scans a list. */
export function byName(concepts: Concept[], locale: Locale): Concept[] {
  return [...concepts].sort((a, b) => a.name[locale].localeCompare(b.name[locale]));
}
