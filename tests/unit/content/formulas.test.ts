// Every TeX formula in every concept body and card face renders with KaTeX without an error.
import katex from 'katex';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { loadConcepts } from '@/lib/content';

type Node = {
  type: string;
  value?: string;
  children?: Node[];
  position?: { start: { offset?: number } };
};
type Formula = { tex: string; displayMode: boolean; strayDisplay: boolean };

const parser = unified().use(remarkParse).use(remarkMath);

/**
 * The inline (`$...$`) and display (`$$...$$`) formulas of a Markdown text. A one-line `$$x$$`
 * is display math when it is a paragraph of its own (lib/content/render.ts does the same);
 * inside a sentence it would show inline, so it is marked as stray.
 */
function formulas(markdown: string): Formula[] {
  const out: Formula[] = [];
  const walk = (node: Node, parent?: Node): void => {
    if (node.type === 'math')
      out.push({ tex: node.value ?? '', displayMode: true, strayDisplay: false });
    if (node.type === 'inlineMath') {
      const doubled = markdown.startsWith('$$', node.position?.start.offset ?? 0);
      const alone = parent?.type === 'paragraph' && parent.children?.length === 1;
      out.push({
        tex: node.value ?? '',
        displayMode: doubled && alone,
        strayDisplay: doubled && !alone,
      });
    }
    for (const child of node.children ?? []) walk(child, node);
  };
  walk(parser.parse(markdown) as Node);
  return out;
}

describe('formulas', () => {
  const concepts = loadConcepts();
  const texts = concepts.flatMap((c) =>
    (['ko', 'en'] as const).flatMap((lang) => [
      { where: `${c.slug} title.${lang}`, text: c.title[lang] },
      { where: `${c.slug} body.${lang}`, text: c.body[lang] },
      ...c.cards.flatMap((card) => [
        { where: `${card.id} front.${lang}`, text: card.front[lang] },
        { where: `${card.id} back.${lang}`, text: card.back[lang] },
      ]),
    ]),
  );

  it('finds formulas in the notes', () => {
    const count = texts.reduce((n, t) => n + formulas(t.text).length, 0);
    expect(count).toBeGreaterThan(100);
  });

  it('renders every formula with throwOnError: true', () => {
    const failures: string[] = [];
    for (const { where, text } of texts) {
      for (const { tex, displayMode } of formulas(text)) {
        try {
          katex.renderToString(tex, { throwOnError: true, displayMode });
        } catch (e) {
          failures.push(`${where}: ${tex}: ${(e as Error).message}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('has no $$...$$ inside a sentence (it would render inline)', () => {
    const stray = texts.flatMap(({ where, text }) =>
      formulas(text)
        .filter((f) => f.strayDisplay)
        .map((f) => `${where}: ${f.tex}`),
    );
    expect(stray).toEqual([]);
  });

  it('leaves no unparsed dollar signs (an unclosed $ would show as text)', () => {
    const failures: string[] = [];
    for (const { where, text } of texts) {
      const tree = parser.parse(text) as Node;
      const walk = (node: Node): void => {
        if (node.type === 'text' && node.value?.includes('$'))
          failures.push(`${where}: ${node.value}`);
        for (const child of node.children ?? []) walk(child);
      };
      walk(tree);
    }
    expect(failures).toEqual([]);
  });
});
