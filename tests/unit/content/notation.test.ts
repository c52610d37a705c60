// Generated prompts and worked solutions keep the symbols content/FORMAT.md reserves to their meaning.
import { describe, expect, it } from 'vitest';
import { contentTexts, generatorTexts, solutionTex } from './texts';

const SUB = String.raw`(?:_\{?\d\}?)?`;
/** Uses of a reserved letter for something else, each with what the notation section says. */
const MISUSES: { pattern: RegExp; rule: string }[] = [
  {
    pattern: new RegExp(String.raw`(?<![\w\\]|partial\s)a${SUB}\}?\s*=\s*W`),
    rule: '$a$ is an activation, not a pre-activation ($z = Wx + b$)',
  },
  {
    pattern: new RegExp(
      String.raw`(?<![\w\\])z${SUB}\s*=\s*(?:f|\\sigma|\\tanh|\\mathrm\{ReLU\}|\\phi)\s*\(`,
    ),
    rule: '$z$ is a pre-activation, not an activation ($a = f(z)$)',
  },
  {
    pattern: new RegExp(
      String.raw`(?<![\w\\])h${SUB}\s*=\s*(?:f|\\sigma|\\tanh|\\mathrm\{ReLU\}|\\phi)\s*\(`,
    ),
    rule: 'a hidden activation is $a_1$, not $h$',
  },
  {
    pattern: /(?<![\w\\])h_\{?(?:\d|l|L)\b/,
    rule: "a layer's activation is $a_l$, not $h_l$",
  },
  {
    pattern: /(?:pre-activations?|활성화 전)[^$]*\$[^$]*\\partial a_/,
    rule: 'the gradient at the pre-activations is $\\partial L / \\partial z_l$',
  },
  {
    pattern: new RegExp(String.raw`(?<![\w\\])o${SUB}\s*=\s*W`),
    rule: 'an output is $\\hat y$ or $z_2$, not $o$',
  },
  {
    pattern: /\\delta_?\{?[aho]\}?\b/,
    rule: '$\\delta$ is indexed by layer number ($\\delta_1$), as $\\partial L / \\partial z$',
  },
  {
    pattern:
      /\\delta\w*\s*=\s*\\frac\{\\partial L\}\{\\partial (?:a|W|b|\\hat y|o|h)[^}]*\}\s*(?:$|=|,|\\quad|\\qquad)/,
    rule: '$\\delta = \\partial L / \\partial z$',
  },
  {
    pattern: /\\t?frac\{1\}\{n(?:\s*-\s*1)?\}|\(\$n = /,
    rule: 'a mean counts $N$ samples, $B$ in a batch or $K$ outputs, not $n$',
  },
  {
    pattern: /\\mathcal\{L\}/,
    rule: 'the loss is $L$',
  },
  {
    pattern: /\\alpha\s*=\s*[\d.]+\s*\\?\)?\s*(?:로|as the learning rate)|learning rate \$\\alpha/,
    rule: '$\\alpha$ is not a learning rate ($\\eta$)',
  },
];

function misuses(text: string): string[] {
  return MISUSES.filter((m) => m.pattern.test(text)).map((m) => m.rule);
}

describe('notation', () => {
  it('recognizes each misuse the notation section names', () => {
    expect(misuses('$a_1 = W_1 x + b_1$')).toHaveLength(1);
    expect(misuses('$a = W x + b$')).toHaveLength(1);
    expect(misuses('$h = f(a)$')).toHaveLength(1);
    expect(misuses('$o = W_2 h + b_2$')).toHaveLength(1);
    expect(misuses('$z_1 = \\sigma(x)$')).toHaveLength(1);
    expect(misuses('the loss $\\tfrac12\\lVert h_L - y\\rVert^2$')).toHaveLength(1);
    expect(
      misuses("each layer's pre-activations, $\\lVert \\partial L/\\partial a_l \\rVert$"),
    ).toHaveLength(1);
    expect(misuses('층마다 활성화 전 값에 대한 기울기 $\\partial L/\\partial a_l$')).toHaveLength(
      1,
    );
    expect(misuses('\\delta_o = p - y')).toHaveLength(1);
    expect(misuses('\\mathrm{MSE} = \\frac{1}{n} \\sum_i (y_i - \\hat y_i)^2')).toHaveLength(1);
    expect(misuses('s_B^2 = \\frac{1}{n - 1} \\sum_i (x_i - \\mu_B)^2')).toHaveLength(1);
    expect(misuses('Mean ($n = 3$)')).toHaveLength(1);
    expect(misuses('$\\mathcal{L} = -\\sum_k y_k \\ln \\hat y_k$')).toHaveLength(1);
    expect(misuses('\\frac{1}{N} \\sum_i,\\ \\frac{1}{B - 1},\\ \\tfrac{2}{n}')).toEqual([]);
    expect(misuses('\\delta_1 = \\frac{\\partial L}{\\partial a_1}, \\ldots')).toHaveLength(1);
    expect(
      misuses(
        "\\frac{\\partial L}{\\partial a_1} = W_2^\\top \\delta_2, \\delta_1 = \\frac{\\partial L}{\\partial a_1} \\odot f'(z_1)",
      ),
    ).toEqual([]);
    expect(
      misuses(
        '$z_1 = W_1 x + b_1$, $a_1 = \\sigma(z_1)$, $\\delta_2 = \\hat y - y$, $\\hat y = z_2$',
      ),
    ).toEqual([]);
  });

  it('holds in every note and card', () => {
    const texts = [...contentTexts('ko'), ...contentTexts('en')];
    expect(texts.length).toBeGreaterThan(500);
    const found = texts.flatMap(({ where, text }) =>
      misuses(text).map((rule) => `${where}: ${rule}`),
    );
    expect(found).toEqual([]);
  });

  it('holds in every generated prompt, answer format, solution step and diagnosis', () => {
    const texts = [...generatorTexts('ko'), ...generatorTexts('en'), ...solutionTex()];
    expect(texts.length).toBeGreaterThan(500);
    const found = texts.flatMap(({ where, text }) =>
      misuses(text).map((rule) => `${where}: ${rule}`),
    );
    expect(found).toEqual([]);
  });
});
