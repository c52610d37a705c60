// The Anki package read back with an independent reader (anki-reader, on sql.js): notes, fields,
// note types, cloze deletions, MathJax delimiters and tags.
import { readAnkiPackage } from 'anki-reader';
import { describe, expect, it } from 'vitest';
import { ankiCloze, ankiHtml } from '@/lib/anki/fields';
import { loadConcepts } from '@/lib/content';
import { exportAnkiPackage } from '@/lib/study/anki-export';

const now = new Date('2026-11-26T10:00:00Z');

async function read(lang: 'ko' | 'en' | 'both') {
  const { bytes } = await exportAnkiPackage({ lang }, now);
  const { collection } = await readAnkiPackage(new Blob([Buffer.from(bytes)]));
  const decks = Object.values(collection.getDecks()).filter((deck) => deck.getName() !== 'Default');
  const cards = decks.flatMap((deck) => Object.values(deck.getCards()));
  return { collection, decks, cards };
}

describe('ankiHtml', () => {
  it('writes inline math as \\(…\\) and display math as \\[…\\], escaping what HTML needs', () => {
    expect(ankiHtml('Range $(0, 1)$ and $a<b$')).toBe('Range \\((0, 1)\\) and \\(a&#x3C;b\\)');
    expect(ankiHtml('$$\n\\sum_i x_i\n$$')).toBe('\\[\\sum_i x_i\\]');
  });

  it('keeps TeX braces apart inside a cloze deletion, where Anki would end it at }}', () => {
    expect(ankiCloze('The sigmoid: $\\sigma(x) =$ ', '$\\frac{1}{1+e^{-x}}$', '')).toBe(
      'The sigmoid: \\(\\sigma(x) =\\) {{c1::\\(\\frac{1}{1+e^{-x} }\\)}}',
    );
  });
});

describe('the .apkg', () => {
  it('holds one note per concept card, basic and cloze, in English', async () => {
    const { decks, cards, collection } = await read('en');
    const concepts = loadConcepts();
    const expected = concepts.flatMap((concept) => concept.cards);
    expect(decks.map((deck) => deck.getName())).toEqual(['Backprop (English)']);
    expect(cards).toHaveLength(expected.length);
    const models = Object.values(collection.getModels()).map(
      (model) => model.getRawModel?.() ?? model,
    );
    expect(models).toHaveLength(2);

    const byFront = new Map(cards.map((card) => [card.getOrderedFields()[0], card]));
    // A basic card: question and answer fields, with MathJax delimiters.
    const range = byFront.get('What is the range of the sigmoid?');
    expect(range).toBeDefined();
    expect(range?.getOrderedFields()[1]).toContain(
      '\\((0, 1)\\): every output lies strictly between 0 and 1.',
    );
    expect(range?.getModel().getName()).toBe('Backprop Basic');
    // A cloze card: the hidden part is deletion c1.
    const cloze = cards.find((card) => card.getOrderedFields()[0].startsWith('The sigmoid: '));
    expect(cloze?.getOrderedFields()[0]).toBe(
      'The sigmoid: \\(\\sigma(x) =\\) {{c1::\\(\\frac{1}{1+e^{-x} }\\)}}',
    );
    expect(cloze?.getModel().getName()).toBe('Backprop Cloze');
    const clozeCount = cards.filter((card) => card.getOrderedFields()[0].includes('{{c1::')).length;
    expect(clozeCount).toBe(expected.filter((card) => card.kind === 'cloze').length);
  });

  it('tags each note with its topic and concept, and writes both languages when asked', async () => {
    const { cards, collection } = await read('both');
    const db = collection.getRawCollection();
    const [row] = db.exec(
      "SELECT tags, flds FROM notes WHERE flds LIKE '%시그모이드 함수의 출력 범위%'",
    )[0].values;
    expect(String(row[0]).trim().split(' ')).toEqual([
      'backprop',
      'backprop::topic::activations',
      'backprop::concept::sigmoid',
    ]);
    expect(String(row[1])).toContain('What is the range of the sigmoid');
    expect(cards.length).toBe(loadConcepts().flatMap((concept) => concept.cards).length);
  });
});
