// The cloze parser and the Markdown/TeX renderer.
import { describe, expect, it } from 'vitest';
import { clozeFaces, parseCloze, renderInline, renderMarkdown, renderTex } from '@/lib/content';

describe('parseCloze', () => {
  it('closes a hidden formula at the right }} despite TeX braces', () => {
    expect(parseCloze('The sigmoid: $\\sigma(x) =$ {{$\\frac{1}{1+e^{-x}}$}}')).toEqual({
      before: 'The sigmoid: $\\sigma(x) =$ ',
      hidden: '$\\frac{1}{1+e^{-x}}$',
      after: '',
    });
  });

  it('rejects no, two, empty or unclosed hidden parts', () => {
    expect(parseCloze('plain')).toMatch(/found none/);
    expect(parseCloze('{{a}} and {{b}}')).toMatch(/found more/);
    expect(parseCloze('{{ }}')).toMatch(/empty/);
    expect(parseCloze('{{open')).toMatch(/never closed/);
  });

  it('makes a blank front and a bold back', () => {
    expect(clozeFaces('ReLU is {{the most used}} activation.')).toEqual({
      front: 'ReLU is [...] activation.',
      back: 'ReLU is **the most used** activation.',
    });
  });
});

describe('render', () => {
  it('renders Markdown with inline and display TeX through KaTeX', () => {
    const html = renderMarkdown(
      'Sigmoid $\\sigma(0) = 0.5$.\n\n$$\\sigma(x) = \\frac{1}{1+e^{-x}}$$',
    );
    expect(html).toContain('class="katex"');
    expect(html).toContain('katex-display');
    const fenced = renderMarkdown('$$\nx^2\n$$');
    expect(fenced).toContain('katex-display');
    expect(renderMarkdown('a $$x^2$$ b')).not.toContain('katex-display');
    expect(renderMarkdown('| a | b |\n| - | - |\n| 1 | 2 |')).toContain('<table>');
  });

  it('strips the outer paragraph of a single-paragraph inline text only', () => {
    expect(renderInline('**bold** text')).toBe('<strong>bold</strong> text');
    expect(renderInline('one\n\ntwo')).toBe('<p>one</p>\n<p>two</p>');
  });

  it('renders a formula and does not throw on bad TeX', () => {
    expect(renderTex('x^2', false)).toContain('class="katex"');
    expect(renderTex('x^2', true)).toContain('katex-display');
    expect(() => renderTex('\\frac{', false)).not.toThrow();
  });
});
