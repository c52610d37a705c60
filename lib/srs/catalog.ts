// Everything a learner can review: every concept card, and every exercise generator as a skill.
import { type Concept, loadConcepts } from '../content';
import { type Generator, generators } from '../exercises';

export type ItemKind = 'concept' | 'skill';

export interface StudyItem {
  kind: ItemKind;
  itemId: string;
  topic: string;
  /** Order of introduction: the order of the notes, a skill right after the first concept that uses it. */
  position: number;
}

export type ResolvedItem =
  | { kind: 'concept'; concept: Concept; card: Concept['cards'][number] }
  | { kind: 'skill'; generator: Generator };

let cachedItems: StudyItem[] | undefined;
let cachedIndex: Map<string, ResolvedItem> | undefined;

function build(): void {
  const items: StudyItem[] = [];
  const index = new Map<string, ResolvedItem>();
  const concepts = loadConcepts();
  const skillPosition = new Map<string, number>();
  for (const concept of concepts) {
    concept.cards.forEach((card, i) => {
      items.push({
        kind: 'concept',
        itemId: card.id,
        topic: concept.topic,
        position: concept.order * 100 + i,
      });
      index.set(`concept:${card.id}`, { kind: 'concept', concept, card });
    });
    for (const id of concept.exercises) {
      if (!skillPosition.has(id)) skillPosition.set(id, concept.order * 100 + 50);
    }
  }
  generators.forEach((generator, i) => {
    const position = skillPosition.get(generator.id) ?? 10_000 + i;
    items.push({ kind: 'skill', itemId: generator.id, topic: generator.topic, position });
    index.set(`skill:${generator.id}`, { kind: 'skill', generator });
  });
  cachedItems = items.sort((a, b) => a.position - b.position);
  cachedIndex = index;
}

/** Every reviewable item, in the order new cards are introduced. */
export function studyItems(): StudyItem[] {
  if (!cachedItems) build();
  return cachedItems as StudyItem[];
}

/**
 * The content behind a card row. A copy of an item (an id with a `#n` suffix, as large generated
 * profiles use) shares the item's content.
 */
export function resolveItem(kind: string, itemId: string): ResolvedItem | undefined {
  if (!cachedIndex) build();
  const baseId = itemId.split('#')[0];
  return cachedIndex?.get(`${kind}:${baseId}`);
}
