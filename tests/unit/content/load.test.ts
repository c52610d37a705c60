// The real concept files: all of them load, in both languages, with enough cards.
import { describe, expect, it } from 'vitest';
import {
  conceptsByTopic,
  EXERCISE_IDS,
  getConcept,
  loadConcepts,
  renderInline,
  renderMarkdown,
  TOPICS,
} from '@/lib/content';

const concepts = loadConcepts();

describe('loadConcepts (content/concepts)', () => {
  it('loads the 27 concepts of the notes and 4 added ones, sorted by order 1..31', () => {
    expect(concepts).toHaveLength(31);
    expect(concepts.map((c) => c.order)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
  });

  it('gives every concept a title and a body in both languages', () => {
    for (const c of concepts) {
      for (const lang of ['ko', 'en'] as const) {
        expect(c.title[lang].trim(), `${c.slug} title.${lang}`).not.toBe('');
        expect(c.body[lang].trim().length, `${c.slug} body.${lang}`).toBeGreaterThan(100);
      }
    }
  });

  it('has more than 100 cards, at least 3 per concept, each in both languages', () => {
    const total = concepts.reduce((n, c) => n + c.cards.length, 0);
    expect(total).toBeGreaterThan(100);
    for (const c of concepts) {
      expect(c.cards.length, c.slug).toBeGreaterThanOrEqual(3);
      for (const card of c.cards) {
        for (const lang of ['ko', 'en'] as const) {
          expect(card.front[lang].trim(), `${card.id} front.${lang}`).not.toBe('');
          expect(card.back[lang].trim(), `${card.id} back.${lang}`).not.toBe('');
        }
      }
    }
  });

  it('turns cloze cards into a blank front and a bold back that render as such', () => {
    const cloze = concepts.flatMap((c) => c.cards).filter((c) => c.kind === 'cloze');
    expect(cloze.length).toBeGreaterThan(0);
    for (const card of cloze) {
      for (const lang of ['ko', 'en'] as const) {
        expect(card.front[lang], `${card.id} front.${lang}`).toContain('[...]');
        const html = renderInline(card.back[lang]);
        expect(html, `${card.id} back.${lang}: ${card.back[lang]}`).toContain('<strong>');
        expect(html, `${card.id} back.${lang}: ${card.back[lang]}`).not.toContain('**');
      }
    }
  });

  it('renders every body and card face without stray Markdown emphasis markers', () => {
    const failures: string[] = [];
    for (const c of concepts) {
      for (const lang of ['ko', 'en'] as const) {
        const faces = [
          { where: `${c.slug} body.${lang}`, html: renderMarkdown(c.body[lang]) },
          ...c.cards.flatMap((card) => [
            { where: `${card.id} front.${lang}`, html: renderInline(card.front[lang]) },
            { where: `${card.id} back.${lang}`, html: renderInline(card.back[lang]) },
          ]),
        ];
        for (const { where, html } of faces) {
          // KaTeX output holds no `**`; outside math, `**` means emphasis that did not parse
          if (html.includes('**')) failures.push(where);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('links only to known exercises, existing concepts and valid topics', () => {
    const slugs = new Set(concepts.map((c) => c.slug));
    for (const c of concepts) {
      expect(TOPICS).toContain(c.topic);
      for (const e of c.exercises) expect(EXERCISE_IDS).toContain(e);
      for (const r of c.related) expect(slugs.has(r), `${c.slug} -> ${r}`).toBe(true);
    }
  });

  it('caches the default directory and looks concepts up by slug and topic', () => {
    expect(loadConcepts()).toBe(concepts);
    expect(getConcept('sigmoid')?.figure).toBe('activation-plot');
    expect(getConcept('no-such-concept')).toBeUndefined();
    const groups = conceptsByTopic();
    expect(groups.map((g) => g.topic)).toEqual(
      TOPICS.filter((t) => groups.some((g) => g.topic === t)),
    );
    expect(groups.flatMap((g) => g.concepts)).toHaveLength(concepts.length);
  });
});
