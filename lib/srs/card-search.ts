// Text search over the study items, built once per process from the content: a card matches when its
// text in either language contains the query, ignoring case and spacing (Korean is often spaced freely).
import { loadConcepts } from '../content';
import { generators } from '../exercises';

export interface SearchEntry {
  kind: 'concept' | 'skill';
  itemId: string;
  /** The concept the item belongs to (a skill belongs to every concept that practises it). */
  concepts: string[];
  /** Question, answer and concept title in Korean and English, normalized. */
  text: string;
}

/** Lower case, Unicode NFC, no whitespace: "시그모이드 함수" and "시그모이드함수" compare equal. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/gu, '');
}

let index: SearchEntry[] | undefined;

/** Every item's searchable text (built on first use). */
export function searchIndex(): SearchEntry[] {
  if (index) return index;
  const entries: SearchEntry[] = [];
  const skillConcepts = new Map<string, string[]>();
  for (const concept of loadConcepts()) {
    for (const card of concept.cards) {
      entries.push({
        kind: 'concept',
        itemId: card.id,
        concepts: [concept.slug],
        text: normalizeForSearch(
          [
            card.front.ko,
            card.back.ko,
            card.front.en,
            card.back.en,
            concept.title.ko,
            concept.title.en,
          ].join(' '),
        ),
      });
    }
    for (const id of concept.exercises) {
      skillConcepts.set(id, [...(skillConcepts.get(id) ?? []), concept.slug]);
    }
  }
  for (const generator of generators) {
    entries.push({
      kind: 'skill',
      itemId: generator.id,
      concepts: skillConcepts.get(generator.id) ?? [],
      text: normalizeForSearch(`${generator.id} ${generator.title.ko} ${generator.title.en}`),
    });
  }
  index = entries;
  return entries;
}

/**
 * The items whose text contains the query and that belong to the concept, when one is given.
 * Returns null when neither narrows the search (every item matches).
 */
export function matchingItems(
  query: string,
  concept: string | undefined,
): { concept: string[]; skill: string[] } | null {
  const needle = normalizeForSearch(query);
  if (!needle && !concept) return null;
  const found = { concept: [] as string[], skill: [] as string[] };
  for (const entry of searchIndex()) {
    if (concept && !entry.concepts.includes(concept)) continue;
    if (needle && !entry.text.includes(needle)) continue;
    found[entry.kind].push(entry.itemId);
  }
  return found;
}
