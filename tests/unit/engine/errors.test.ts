// Bad input throws a RangeError naming function, argument and fault; edge inputs stay finite.

import { describe, expect, it } from 'vitest';
import type { TwoLayerNet } from '@/lib/engine';
import * as engine from '@/lib/engine';

/** Asserts that `run` throws a RangeError whose message is exactly `message` (a string) or matches it. */
function expectRangeError(run: () => unknown, message: string | RegExp): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(RangeError);
  const text = (thrown as RangeError).message;
  if (typeof message === 'string') expect(text).toBe(message);
  else expect(text).toMatch(message);
}

const net: TwoLayerNet = {
  x: [1, 2],
  y: [0, 1],
  W1: [
    [0.1, 0.2],
    [0.3, -0.4],
    [0.5, 0.6],
  ],
  b1: [0, 0, 0],
  W2: [
    [1, 2, 3],
    [4, 5, 6],
  ],
  b2: [0, 0],
  activation: 'tanh',
  loss: 'cross-entropy',
};

describe('bad input throws a RangeError that says what is wrong', () => {
  it('vectors of different lengths', () => {
    expectRangeError(
      () => engine.meanSquaredError([1, 2], [1, 2, 3]),
      'meanSquaredError: target has 2 values but prediction has 3',
    );
    expectRangeError(
      () => engine.meanAbsoluteError([1], [1, 2]),
      'meanAbsoluteError: target has 1 value but prediction has 2',
    );
    expectRangeError(
      () => engine.binaryCrossEntropy([1, 0], [0.5]),
      'binaryCrossEntropy: target has 2 values but probability has 1',
    );
    expectRangeError(
      () => engine.sgdStep([1, 2], [1], { lr: 0.1 }),
      'sgdStep: params has 2 values but grad has 1',
    );
    expectRangeError(
      () => engine.momentumStep([1, 2], [1, 1], [0], { lr: 0.1, momentum: 0.9 }),
      'momentumStep: params has 2 values but velocity has 1',
    );
    expectRangeError(
      () => engine.adamStep([1], [1], { m: [0, 0], v: [0], t: 1 }, { lr: 0.1 }),
      'adamStep: params has 1 value but state.m has 2',
    );
    expectRangeError(
      () => engine.dropout([1, 2], [true], 0.5),
      'dropout: x has 2 values but keep has 1',
    );
  });

  it('empty vectors and matrices', () => {
    expectRangeError(() => engine.softmax([]), 'softmax: z is empty');
    expectRangeError(() => engine.meanSquaredError([], []), 'meanSquaredError: target is empty');
    expectRangeError(() => engine.sgdStep([], [], { lr: 1 }), 'sgdStep: params is empty');
    expectRangeError(() => engine.batchNorm([], [], []), 'batchNorm: x has no rows');
    expectRangeError(() => engine.batchNorm([[]], [], []), 'batchNorm: x row 0 is empty');
  });

  it('non-finite numbers', () => {
    expectRangeError(
      () => engine.sigmoid(Number.NaN),
      'sigmoid: x must be a finite number, got NaN',
    );
    expectRangeError(
      () => engine.tanhDerivative(Number.POSITIVE_INFINITY),
      'tanhDerivative: x must be a finite number, got Infinity',
    );
    expectRangeError(
      () => engine.leakyRelu(1, Number.NaN),
      'leakyRelu: slope must be a finite number, got NaN',
    );
    expectRangeError(
      () => engine.softmax([1, Number.NEGATIVE_INFINITY]),
      'softmax: z[1] must be a finite number, got -Infinity',
    );
    expectRangeError(
      () => engine.adagradStep([1], [Number.NaN], null, { lr: 1 }),
      'adagradStep: grad[0] must be a finite number, got NaN',
    );
    expectRangeError(
      () =>
        engine.twoLayerGradients({
          ...net,
          W2: [
            [1, 2, Number.NaN],
            [4, 5, 6],
          ],
        }),
      'twoLayerGradients: W2[0][2] must be a finite number, got NaN',
    );
  });

  it('ragged matrices and shapes that do not chain', () => {
    expectRangeError(
      () => engine.batchNorm([[1, 2], [3]], [1, 1], [0, 0]),
      'batchNorm: x row 1 has 1 value but x row 0 has 2',
    );
    expectRangeError(
      () => engine.batchNorm([[1, 2]], [1], [0, 0]),
      'batchNorm: gamma has 1 value but x has 2 columns',
    );
    expectRangeError(
      () =>
        engine.categoricalCrossEntropy(
          [[1, 0]],
          [
            [0.5, 0.5],
            [0.5, 0.5],
          ],
        ),
      'categoricalCrossEntropy: probability has 2 rows but target has 1',
    );
    expectRangeError(
      () => engine.categoricalCrossEntropy([[1, 0]], [[0.2, 0.3, 0.5]]),
      'categoricalCrossEntropy: probability has 3 columns but target has 2',
    );
    expectRangeError(
      () => engine.twoLayerGradients({ ...net, x: [1, 2, 3] }),
      'twoLayerGradients: W1 has 2 columns but x has 3 values',
    );
    expectRangeError(
      () => engine.twoLayerGradients({ ...net, b1: [0, 0] }),
      'twoLayerGradients: b1 has 2 values but W1 has 3 rows',
    );
    expectRangeError(
      () => engine.twoLayerGradients({ ...net, W2: [[1, 2]], b2: [0], y: [1] }),
      'twoLayerGradients: W2 has 2 columns but W1 has 3 rows',
    );
    expectRangeError(
      () => engine.twoLayerGradients({ ...net, b2: [0] }),
      'twoLayerGradients: b2 has 1 value but W2 has 2 rows',
    );
    expectRangeError(
      () => engine.twoLayerGradients({ ...net, y: [0, 0, 1] }),
      'twoLayerGradients: y has 3 values but W2 has 2 rows',
    );
    expectRangeError(
      () => engine.twoLayerGradients({ ...net, W1: [[1, 2], [3]] }),
      'twoLayerGradients: W1 row 1 has 1 value but W1 row 0 has 2',
    );
  });

  it('probabilities outside [0, 1]', () => {
    expectRangeError(
      () => engine.binaryCrossEntropy([1], [1.2]),
      'binaryCrossEntropy: probability[0] must be in [0, 1], got 1.2',
    );
    expectRangeError(
      () => engine.binaryCrossEntropy([-0.5], [0.2]),
      'binaryCrossEntropy: target[0] must be in [0, 1], got -0.5',
    );
    expectRangeError(
      () => engine.categoricalCrossEntropy([[0, 1]], [[-0.1, 1.1]]),
      'categoricalCrossEntropy: probability[0][0] must be in [0, 1], got -0.1',
    );
    expectRangeError(
      () => engine.twoLayerGradients({ ...net, y: [2, 0] }),
      'twoLayerGradients: y[0] must be in [0, 1], got 2',
    );
  });

  it('a dropout p outside [0, 1) and a keep mask that is not booleans', () => {
    expectRangeError(() => engine.dropout([1], [true], 1), 'dropout: p must be in [0, 1), got 1');
    expectRangeError(
      () => engine.dropout([1], [true], -0.1),
      'dropout: p must be in [0, 1), got -0.1',
    );
    expectRangeError(
      () => engine.dropout([1], [1] as unknown as boolean[], 0.5),
      'dropout: keep[0] must be true or false, got 1',
    );
  });

  it('a negative learning rate, and decay rates outside [0, 1)', () => {
    expectRangeError(
      () => engine.sgdStep([1], [1], { lr: -0.1 }),
      'sgdStep: hyper.lr must be non-negative, got -0.1',
    );
    expectRangeError(
      () => engine.momentumStep([1], [1], null, { lr: 0.1, momentum: 1 }),
      'momentumStep: hyper.momentum must be in [0, 1), got 1',
    );
    expectRangeError(
      () => engine.emaMomentumStep([1], [1], null, { lr: 0.1, beta: -0.5 }),
      'emaMomentumStep: hyper.beta must be in [0, 1), got -0.5',
    );
    expectRangeError(
      () => engine.rmspropStep([1], [1], null, { lr: 0.1, rho: 1.5 }),
      'rmspropStep: hyper.rho must be in [0, 1), got 1.5',
    );
    expectRangeError(
      () => engine.adamStep([1], [1], null, { lr: 0.1, beta1: 1 }),
      'adamStep: hyper.beta1 must be in [0, 1), got 1',
    );
    expectRangeError(
      () => engine.adamStep([1], [1], null, { lr: 0.1, beta2: -0.001 }),
      'adamStep: hyper.beta2 must be in [0, 1), got -0.001',
    );
    expectRangeError(
      () => engine.adagradStep([1], [1], null, { lr: 0.1, eps: 0 }),
      'adagradStep: hyper.eps must be positive, got 0',
    );
    expectRangeError(
      () => engine.batchNorm([[1]], [1], [0], 0),
      'batchNorm: eps must be positive, got 0',
    );
  });

  it('optimizer state that cannot have come from a step', () => {
    expectRangeError(
      () => engine.adagradStep([1], [1], [-1], { lr: 0.1 }),
      'adagradStep: sumSquares[0] must be non-negative, got -1',
    );
    expectRangeError(
      () => engine.adamStep([1], [1], { m: [0], v: [0], t: 1.5 }, { lr: 0.1 }),
      'adamStep: state.t must be a non-negative integer, got 1.5',
    );
    expectRangeError(
      () => engine.sgdStep([1], [1], null as unknown as { lr: number }),
      'sgdStep: hyper must be an object, got null',
    );
  });

  it('names outside the allowed set', () => {
    expectRangeError(
      () => engine.twoLayerGradients({ ...net, activation: 'gelu' as 'relu' }),
      "twoLayerGradients: activation must be one of 'sigmoid', 'tanh', 'relu', got 'gelu'",
    );
    expectRangeError(
      () => engine.twoLayerGradients({ ...net, loss: 'hinge' as 'mse' }),
      "twoLayerGradients: loss must be one of 'mse', 'cross-entropy', got 'hinge'",
    );
    expectRangeError(
      () => engine.optimizerTrajectory('lion' as 'sgd', [0, 0], 3, { lr: 0.1 }),
      /^optimizerTrajectory: optimizer must be one of 'sgd', .*got 'lion'$/,
    );
    expectRangeError(
      () => engine.optimizerTrajectory('sgd', [0, 0], -1, { lr: 0.1 }),
      'optimizerTrajectory: steps must be a non-negative integer, got -1',
    );
    expectRangeError(
      () => engine.ellipticBowl([1, 2, 3]),
      'ellipticBowl: p must have 2 values (x, y), got 3',
    );
  });
});

describe('edge inputs that held-back cases use', () => {
  it('|x| = 800: activations saturate without NaN', () => {
    expect(engine.sigmoid(800)).toBe(1);
    expect(engine.sigmoid(-800)).toBe(0);
    expect(engine.sigmoidDerivative(800)).toBe(0);
    expect(engine.sigmoidDerivative(-800)).toBe(0);
    expect(engine.tanh(800)).toBe(1);
    expect(engine.tanh(-800)).toBe(-1);
    expect(engine.tanhDerivative(800)).toBe(0);
    expect(engine.tanhDerivative(-800)).toBe(0);
    expect(engine.relu(800)).toBe(800);
    expect(engine.leakyRelu(-800)).toBeCloseTo(-8, 12);
    expect(engine.leakyReluDerivative(-800, 0.2)).toBe(0.2);
  });

  it('keeps precision in the tails where 1 - sigmoid(x) would round to 0', () => {
    expect(engine.sigmoid(-50)).toBeCloseTo(1.9287498479639178e-22, 35);
    expect(engine.sigmoidDerivative(50) / Math.exp(-50)).toBeCloseTo(1, 12);
    expect(engine.tanhDerivative(20) / (4 * Math.exp(-40))).toBeCloseTo(1, 12);
  });

  it('softmax of [1000, 1001, 1002] is finite and matches PyTorch', () => {
    const expected = [0.09003057317038045, 0.2447284710547976, 0.6652409557748218];
    engine.softmax([1000, 1001, 1002]).forEach((p, i) => {
      expect(Math.abs(p - expected[i])).toBeLessThanOrEqual(1e-12);
    });
    expect(engine.softmax([-1000, 0, 1000])).toEqual([0, 0, 1]);
  });

  it('BCE clamps each log at -100 before weighting it, as torch.nn.BCELoss does', () => {
    expect(engine.binaryCrossEntropy([1], [0])).toBe(100);
    expect(engine.binaryCrossEntropy([0], [1])).toBe(100);
    expect(engine.binaryCrossEntropy([0], [0])).toBe(0);
    expect(engine.binaryCrossEntropy([1], [1])).toBe(0);
    expect(engine.binaryCrossEntropy([1, 0], [0, 1])).toBe(100);
    expect(engine.binaryCrossEntropy([1, 0, 1], [1, 0, 0.5])).toBeCloseTo(Math.LN2 / 3, 15);
    expect(engine.binaryCrossEntropy([0.5], [0])).toBe(50);
  });

  it("ReLU's derivative at 0 is 0 and leaky ReLU's is the slope", () => {
    expect(engine.reluDerivative(0)).toBe(0);
    expect(engine.reluDerivative(-0)).toBe(0);
    expect(engine.leakyReluDerivative(0)).toBe(0.01);
    expect(engine.leakyReluDerivative(0, 0.3)).toBe(0.3);
  });

  it('categorical cross-entropy with a zero probability on the target class stays finite', () => {
    expect(engine.categoricalCrossEntropy([[1, 0]], [[0, 1]])).toBe(100);
    expect(engine.categoricalCrossEntropy([[0, 1]], [[0, 1]])).toBe(0);
  });

  it('twoLayerGradients stays finite with saturated units and extreme logits', () => {
    const g = engine.twoLayerGradients({
      ...net,
      W1: net.W1.map((row) => row.map((w) => w * 1000)),
      W2: net.W2.map((row) => row.map((w) => w * 1000)),
      activation: 'sigmoid',
    });
    const all = [g.loss, ...g.dW1.flat(), ...g.db1, ...g.dW2.flat(), ...g.db2];
    for (const value of all) expect(Number.isFinite(value)).toBe(true);
  });
});
