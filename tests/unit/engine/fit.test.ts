// Training on fixed features and per-layer gradient norms, against closed forms and finite differences.
import { describe, expect, it } from 'vitest';
import { cosineFeatures, fitLinearModel, layerDeltaNorms, layerGradientNorms } from '@/lib/engine';

describe('fitLinearModel', () => {
  it('follows the closed form of gradient descent on one feature', () => {
    // With phi = 1 the weight is w_t = y (1 - (1 - 2 lr)^t), so the loss is (y (1 - 2 lr)^t)^2.
    const y = 3;
    const lr = 0.1;
    const run = fitLinearModel([[1]], [y], [[1]], [y + 1], { lr, epochs: 5 });
    // One loss of each kind per epoch.
    expect(run.train).toHaveLength(5);
    expect(run.validation).toHaveLength(5);
    run.train.forEach((loss, i) => {
      expect(loss).toBeCloseTo((y * (1 - 2 * lr) ** (i + 1)) ** 2, 12);
    });
    run.validation.forEach((loss, i) => {
      const w = y * (1 - (1 - 2 * lr) ** (i + 1));
      expect(loss).toBeCloseTo((w - (y + 1)) ** 2, 12);
    });
  });

  it('reaches the least-squares fit on well-posed data', () => {
    const xs = [-1, -0.5, 0, 0.5, 1];
    const X = xs.map((x) => [1, x]);
    const ys = xs.map((x) => 2 - 3 * x);
    const run = fitLinearModel(X, ys, X, ys, { lr: 0.3, epochs: 300 });
    expect(run.weights[0]).toBeCloseTo(2, 8);
    expect(run.weights[1]).toBeCloseTo(-3, 8);
    expect(run.train[299]).toBeLessThan(1e-15);
  });

  it('refuses shapes that do not match', () => {
    expect(() => fitLinearModel([[1, 2]], [1, 2], [[1, 2]], [1], { lr: 0.1, epochs: 1 })).toThrow(
      /trainY has 2 values for 1 rows/,
    );
    expect(() => fitLinearModel([[1, 2]], [1], [[1]], [1], { lr: 0.1, epochs: 1 })).toThrow(
      /valX has 1 columns/,
    );
  });
});

describe('cosineFeatures', () => {
  it('damps higher frequencies', () => {
    const phi = cosineFeatures(0.3, 4, 0.5);
    expect(phi).toHaveLength(5);
    expect(phi[2]).toBeCloseTo(Math.cos(Math.PI * 1.3) / 2, 12);
    expect(() => cosineFeatures(0, -1)).toThrow(/K must be/);
  });
});

describe('layerGradientNorms', () => {
  /** The loss of the stack, for finite differences. */
  function loss(weights: number[][][], x: number[], y: number[], f: (z: number) => number) {
    let h = x;
    for (const W of weights) h = W.map((row) => f(row.reduce((s, w, j) => s + w * h[j], 0)));
    return 0.5 * h.reduce((s, v, i) => s + (v - y[i]) ** 2, 0);
  }

  it.each([
    ['tanh', Math.tanh],
    ['sigmoid', (z: number) => 1 / (1 + Math.exp(-z))],
  ] as const)('matches finite differences with %s', (activation, f) => {
    const weights = [
      [
        [0.5, -0.3],
        [0.8, 0.1],
        [-0.4, 0.9],
      ],
      [
        [0.2, -0.7, 0.5],
        [1.1, 0.3, -0.2],
      ],
      [[0.6, -0.9]],
    ];
    const x = [0.7, -1.2];
    const y = [0.25];
    const norms = layerGradientNorms(weights, x, y, activation);
    const h = 1e-6;
    weights.forEach((W, l) => {
      let sum = 0;
      W.forEach((row, i) => {
        row.forEach((_, j) => {
          const plus = structuredClone(weights);
          const minus = structuredClone(weights);
          plus[l][i][j] += h;
          minus[l][i][j] -= h;
          const g = (loss(plus, x, y, f) - loss(minus, x, y, f)) / (2 * h);
          sum += g * g;
        });
      });
      expect(norms[l]).toBeCloseTo(Math.sqrt(sum), 7);
    });
  });

  it.each([
    ['tanh', Math.tanh],
    ['relu', (z: number) => Math.max(0, z)],
  ] as const)(
    'gives the pre-activation gradients that finite differences imply, with %s',
    (activation, f) => {
      // dL/dW_l = delta_l h_{l-1}^T, so delta_l = (dL/dW_l) h_{l-1} / |h_{l-1}|^2.
      const weights = [
        [
          [0.5, -0.3],
          [0.8, 0.1],
        ],
        [
          [1.2, -0.7],
          [0.4, 0.9],
        ],
        [[0.6, 0.8]],
      ];
      const x = [0.7, -1.2];
      const y = [-0.5];
      const hs = [x];
      for (const W of weights) {
        const h = hs[hs.length - 1];
        hs.push(W.map((row) => f(row.reduce((s, w, j) => s + w * h[j], 0))));
      }
      const norms = layerDeltaNorms(weights, x, y, activation);
      const eps = 1e-6;
      weights.forEach((W, l) => {
        const below = hs[l];
        const size = below.reduce((s, v) => s + v * v, 0);
        const delta = W.map((row, i) =>
          row.reduce((acc, _, j) => {
            const plus = structuredClone(weights);
            const minus = structuredClone(weights);
            plus[l][i][j] += eps;
            minus[l][i][j] -= eps;
            const g = (loss(plus, x, y, f) - loss(minus, x, y, f)) / (2 * eps);
            return acc + (g * below[j]) / size;
          }, 0),
        );
        expect(norms[l]).toBeCloseTo(Math.hypot(...delta), 7);
      });
    },
  );

  it('refuses layers that do not chain', () => {
    expect(() => layerDeltaNorms([[[1]]], [1, 2], [0], 'tanh')).toThrow(/has 1 columns/);
    expect(() => layerGradientNorms([[[1, 2]]], [1], [0], 'relu')).toThrow(/has 2 columns/);
    expect(() => layerGradientNorms([[[1]]], [1], [0, 1], 'relu')).toThrow(/y has 2 values/);
  });
});
