// Rendered notes for assistive technology: heading levels under the page title, English terms in Korean text, MathML kept.
import { describe, expect, it } from 'vitest';
import { renderInline, renderMarkdown, renderTex } from '@/lib/content';

describe('heading levels', () => {
  it('a note written with ### sections gets h2 sections under the page h1', () => {
    const html = renderMarkdown('Intro.\n\n### Use\n\nText.\n\n### Pitfalls\n\nMore.');
    expect(html).toContain('<h2>Use</h2>');
    expect(html).toContain('<h2>Pitfalls</h2>');
    expect(html).not.toMatch(/<h[13-6]>/);
  });

  it('levels keep their order and lose their gaps', () => {
    const html = renderMarkdown('# Top\n\n#### Deep\n\n## Middle\n\n#### Deep again');
    expect(html).toContain('<h2>Top</h2>');
    expect(html).toContain('<h3>Middle</h3>');
    expect(html).toContain('<h4>Deep</h4>');
    expect(html).toContain('<h4>Deep again</h4>');
  });
});

describe('language of parts', () => {
  it('marks English words inside Korean text', () => {
    expect(renderInline('시그모이드(sigmoid) 함수와 Leaky ReLU 함수')).toBe(
      '시그모이드(<span lang="en">sigmoid</span>) 함수와 <span lang="en">Leaky ReLU</span> 함수',
    );
  });

  it('leaves math, code and English-only text alone', () => {
    const korean = renderInline('값은 $x + y$ 이고 `relu` 코드');
    expect(korean).not.toContain('<span lang="en">x');
    expect(korean).toContain('<code>relu</code>');
    expect(renderInline('The sigmoid squashes')).toBe('The sigmoid squashes');
  });
});

describe('math for screen readers', () => {
  it('KaTeX output keeps its MathML in notes and in single formulas', () => {
    expect(renderMarkdown('$$\\sigma(x)$$')).toContain(
      '<math xmlns="http://www.w3.org/1998/Math/MathML"',
    );
    expect(renderTex('\\frac{1}{2}', false)).toContain('<annotation encoding="application/x-tex">');
    expect(renderTex('\\frac{1}{2}', false)).toContain('<mfrac>');
  });
});
