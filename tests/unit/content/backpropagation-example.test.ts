// The worked example of the backpropagation note: every number agrees with lib/engine.
import { describe, expect, it } from 'vitest';
import { loadConcepts } from '@/lib/content';
import * as engine from '@/lib/engine';

const concept = loadConcepts().find((c) => c.slug === 'backpropagation');
if (!concept) throw new Error('no backpropagation concept');

// The example's network, as the note states it.
const net = {
  x: [1.5],
  W1: [[0.4]],
  b1: [0.2],
  W2: [[0.5]],
  b2: [0.1],
  y: [1],
  activation: 'sigmoid' as const,
  loss: 'mse' as const,
};
const { z1, a1, z2 } = engine.twoLayerForward(net);
const g = engine.twoLayerGradients(net);
const sigmaPrime = engine.activationDerivative(z1, 'sigmoid')[0];

/** What the note writes before `\approx`, and the engine's value of it. */
const stated: Array<[string, number]> = [
  ['a_1 = \\sigma(0.8)', a1[0]],
  ['\\hat y = z_2 = 0.5\\, a_1 + 0.1', z2[0]],
  ['L = (\\hat y - y)^2', g.loss],
  ['\\delta_2 = 2(\\hat y - y)', g.db2[0]],
  ['\\partial L / \\partial W_2 = \\delta_2 a_1', g.dW2[0][0]],
  ['\\partial L / \\partial a_1 = W_2 \\delta_2', engine.transposeTimes(net.W2, g.db2)[0]],
  ["\\sigma'(z_1) = a_1(1 - a_1)", sigmaPrime],
  ['\\delta_1', g.db1[0]],
  ['\\partial L / \\partial W_1 = \\delta_1 x', g.dW1[0][0]],
  [
    '\\leftarrow W_1 - \\eta\\, \\partial L / \\partial W_1',
    engine.sgdMatrixStep(net.W1, g.dW1, { lr: 0.1 })[0][0],
  ],
];

/** The number written right after `<label> \approx `. */
function numberAfter(text: string, label: string): number {
  const at = text.indexOf(`${label} \\approx `);
  expect(at, `"${label} \\approx" in the note`).toBeGreaterThanOrEqual(0);
  const match = /^-?\d+(\.\d+)?/.exec(text.slice(at + label.length + 9));
  if (!match) throw new Error(`no number after ${label}`);
  return Number(match[0]);
}

/** Written to 4 significant figures: within half a unit of the 4th figure. */
function expectFourFigures(written: number, exact: number) {
  const unit = 10 ** (Math.floor(Math.log10(Math.abs(exact))) - 3);
  expect(Math.abs(written - exact)).toBeLessThanOrEqual(unit / 2 + 1e-12);
}

describe('the backpropagation note', () => {
  it('starts from z1 = 0.8', () => {
    expect(z1[0]).toBeCloseTo(0.8, 12);
  });

  it.each(['ko', 'en'] as const)(
    'states every worked value as the engine computes it (%s)',
    (lang) => {
      for (const [label, exact] of stated) {
        expectFourFigures(numberAfter(concept.body[lang], label), exact);
      }
    },
  );

  it.each(['ko', 'en'] as const)(
    'states the loss convention once: a mean with no ½ (%s)',
    (lang) => {
      expect(concept.body[lang]).toContain('L = \\frac{1}{K} \\sum_k (\\hat y_k - y_k)^2');
      expect(concept.body[lang]).toContain(
        '\\frac{\\partial L}{\\partial \\hat y} = \\frac{2}{K}(\\hat y - y)',
      );
      expect(concept.body[lang]).not.toMatch(/\\tfrac12\s*\(/);
    },
  );
});
