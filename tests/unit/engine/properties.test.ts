// Mathematical properties of the engine checked on random inputs with fast-check.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adagradStep,
  adamStep,
  batchNorm,
  binaryCrossEntropy,
  emaMomentumStep,
  leakyRelu,
  leakyReluDerivative,
  momentumStep,
  relu,
  reluDerivative,
  rmspropStep,
  sgdStep,
  sigmoid,
  sigmoidDerivative,
  softmax,
  type TwoLayerNet,
  tanh,
  tanhDerivative,
  twoLayerGradients,
  type Vector,
} from '@/lib/engine';

const real = (max: number) => fc.double({ min: -max, max, noNaN: true });
const vector = (max: number, minLength = 1, maxLength = 8) =>
  fc.array(real(max), { minLength, maxLength });
const close = (a: number, b: number, tol: number) =>
  Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

describe('softmax', () => {
  it('is a probability vector that sums to 1, even for logits of size 1000', () => {
    fc.assert(
      fc.property(vector(1000, 1, 20), (z) => {
        const p = softmax(z);
        expect(p).toHaveLength(z.length);
        for (const pi of p) expect(pi >= 0 && pi <= 1).toBe(true);
        expect(Math.abs(p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
      }),
    );
  });

  it('is unchanged when the same constant is added to every logit', () => {
    fc.assert(
      fc.property(vector(50, 1, 10), real(500), (z, c) => {
        const shifted = softmax(z.map((zi) => zi + c));
        expect(shifted).toHaveLength(z.length);
        softmax(z).forEach((pi, i) => {
          expect(Math.abs(shifted[i] - pi)).toBeLessThan(1e-9);
        });
      }),
    );
  });
});

describe('sigmoid', () => {
  it('satisfies sigmoid(-x) = 1 - sigmoid(x) and stays in [0, 1]', () => {
    fc.assert(
      fc.property(real(1000), (x) => {
        const s = sigmoid(x);
        expect(s >= 0 && s <= 1).toBe(true);
        expect(Math.abs(sigmoid(-x) - (1 - s))).toBeLessThan(1e-15);
      }),
    );
  });
});

describe('derivatives agree with a central finite difference', () => {
  const h = 1e-5;
  const cases: Array<[string, (x: number) => number, (x: number) => number]> = [
    ['sigmoid', sigmoid, sigmoidDerivative],
    ['tanh', tanh, tanhDerivative],
    ['relu', relu, reluDerivative],
    ['leakyRelu', (x) => leakyRelu(x), (x) => leakyReluDerivative(x)],
    ['leakyRelu(slope 0.2)', (x) => leakyRelu(x, 0.2), (x) => leakyReluDerivative(x, 0.2)],
  ];
  for (const [name, f, df] of cases) {
    it(name, () => {
      fc.assert(
        fc.property(
          real(20).filter((x) => Math.abs(x) > 2 * h),
          (x) => {
            const numeric = (f(x + h) - f(x - h)) / (2 * h);
            expect(Math.abs(df(x) - numeric)).toBeLessThan(1e-7);
          },
        ),
      );
    });
  }
});

/** A random network whose shapes chain, with a one-hot y for cross-entropy. */
const network: fc.Arbitrary<TwoLayerNet> = fc
  .record({
    inputs: fc.integer({ min: 1, max: 3 }),
    hidden: fc.integer({ min: 1, max: 3 }),
    outputs: fc.integer({ min: 1, max: 3 }),
    activation: fc.constantFrom('sigmoid', 'tanh', 'relu' as const),
    loss: fc.constantFrom('mse', 'cross-entropy' as const),
  })
  .chain(({ inputs, hidden, outputs, activation, loss }) =>
    fc.record({
      x: fc.array(real(2), { minLength: inputs, maxLength: inputs }),
      y:
        loss === 'mse'
          ? fc.array(real(2), { minLength: outputs, maxLength: outputs })
          : fc
              .nat(outputs - 1)
              .map((k) => Array.from({ length: outputs }, (_, j) => (j === k ? 1 : 0))),
      W1: fc.array(fc.array(real(2), { minLength: inputs, maxLength: inputs }), {
        minLength: hidden,
        maxLength: hidden,
      }),
      b1: fc.array(real(1), { minLength: hidden, maxLength: hidden }),
      W2: fc.array(fc.array(real(2), { minLength: hidden, maxLength: hidden }), {
        minLength: outputs,
        maxLength: outputs,
      }),
      b2: fc.array(real(1), { minLength: outputs, maxLength: outputs }),
      activation: fc.constant(activation),
      loss: fc.constant(loss),
    }),
  );

/** Pre-activations W1 x + b1, to keep finite differences away from ReLU's kink. */
const preActivations = (net: TwoLayerNet) =>
  net.W1.map((row, i) => row.reduce((acc, w, j) => acc + w * net.x[j], net.b1[i]));

describe('twoLayerGradients', () => {
  it('gives every gradient entry that a finite difference of the loss gives', () => {
    const h = 1e-6;
    fc.assert(
      fc.property(
        network.filter((net) => preActivations(net).every((a) => Math.abs(a) > 1e-3)),
        (net) => {
          const grads = twoLayerGradients(net);
          // One gradient entry per weight and bias, so every one is compared below.
          expect(grads.dW1.map((row) => row.length)).toEqual(net.W1.map((row) => row.length));
          expect(grads.dW2.map((row) => row.length)).toEqual(net.W2.map((row) => row.length));
          expect(grads.db1).toHaveLength(net.b1.length);
          expect(grads.db2).toHaveLength(net.b2.length);
          const lossAt = (changed: TwoLayerNet) => twoLayerGradients(changed).loss;
          const check = (analytic: number, bump: (delta: number) => TwoLayerNet) => {
            const numeric = (lossAt(bump(h)) - lossAt(bump(-h))) / (2 * h);
            expect(close(analytic, numeric, 1e-5)).toBe(true);
          };
          const bumpMatrix = (key: 'W1' | 'W2', i: number, j: number) => (d: number) => ({
            ...net,
            [key]: net[key].map((row, r) => row.map((w, c) => (r === i && c === j ? w + d : w))),
          });
          const bumpVector = (key: 'b1' | 'b2', i: number) => (d: number) => ({
            ...net,
            [key]: net[key].map((b, r) => (r === i ? b + d : b)),
          });
          for (const [key, rows] of [['W1', grads.dW1] as const, ['W2', grads.dW2] as const]) {
            rows.forEach((row, i) => {
              row.forEach((g, j) => {
                check(g, bumpMatrix(key, i, j));
              });
            });
          }
          for (const [key, values] of [['b1', grads.db1] as const, ['b2', grads.db2] as const]) {
            values.forEach((g, i) => {
              check(g, bumpVector(key, i));
            });
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('optimizers', () => {
  const lr = fc.double({ min: 0, max: 10, noNaN: true });
  const decay = fc.double({ min: 0, max: 0.999, noNaN: true });

  it('leave the parameters where they are when the gradient is zero', () => {
    fc.assert(
      fc.property(vector(100), lr, decay, (params, lr, beta) => {
        const zero = params.map(() => 0);
        expect(sgdStep(params, zero, { lr })).toEqual(params);
        expect(momentumStep(params, zero, null, { lr, momentum: beta }).params).toEqual(params);
        expect(adagradStep(params, zero, null, { lr }).params).toEqual(params);
        expect(rmspropStep(params, zero, null, { lr, rho: beta }).params).toEqual(params);
        expect(adamStep(params, zero, null, { lr, beta1: beta }).params).toEqual(params);
      }),
    );
  });

  it("Adam's first step moves each parameter by about lr against the gradient's sign", () => {
    const gradient = fc
      .double({ min: 1e-3, max: 1e3, noNaN: true })
      .chain((g) => fc.constantFrom(g, -g));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(real(100), gradient), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 1e-4, max: 1, noNaN: true }),
        (pairs, lr) => {
          const params = pairs.map(([p]) => p);
          const grad = pairs.map(([, g]) => g);
          const { params: next, state } = adamStep(params, grad, null, { lr });
          expect(state.t).toBe(1);
          expect(next).toHaveLength(params.length);
          next.forEach((p, i) => {
            const step = p - params[i];
            expect(Math.abs(step + lr * Math.sign(grad[i]))).toBeLessThan(lr * 1e-4 + 1e-12);
          });
        },
      ),
    );
  });

  it('EMA momentum with lr takes the same path as PyTorch momentum with lr * (1 - beta)', () => {
    fc.assert(
      fc.property(
        vector(10, 3, 3),
        fc.array(vector(10, 3, 3), { minLength: 1, maxLength: 6 }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        decay,
        (start, grads, lr, beta) => {
          let ema = { params: start, velocity: null as Vector | null };
          let torch = { params: start, velocity: null as Vector | null };
          for (const g of grads) {
            ema = emaMomentumStep(ema.params, g, ema.velocity, { lr, beta });
            torch = momentumStep(torch.params, g, torch.velocity, {
              lr: lr * (1 - beta),
              momentum: beta,
            });
            expect(ema.params).toHaveLength(start.length);
            ema.params.forEach((p, i) => {
              expect(close(p, torch.params[i], 1e-9)).toBe(true);
            });
          }
        },
      ),
    );
  });
});

describe('regularization and losses', () => {
  it('batch norm gives each feature mean beta and variance gamma^2 var / (var + eps)', () => {
    const batch = fc
      .record({ n: fc.integer({ min: 2, max: 6 }), d: fc.integer({ min: 1, max: 4 }) })
      .chain(({ n, d }) =>
        fc.record({
          x: fc.array(fc.array(real(50), { minLength: d, maxLength: d }), {
            minLength: n,
            maxLength: n,
          }),
          gamma: fc.array(real(3), { minLength: d, maxLength: d }),
          beta: fc.array(real(3), { minLength: d, maxLength: d }),
        }),
      );
    fc.assert(
      fc.property(batch, ({ x, gamma, beta }) => {
        const { y, mean, variance } = batchNorm(x, gamma, beta);
        gamma.forEach((g, j) => {
          const column = y.map((row) => row[j]);
          const mu = column.reduce((a, b) => a + b, 0) / column.length;
          const s2 = column.reduce((a, b) => a + (b - mu) ** 2, 0) / column.length;
          expect(Math.abs(mu - beta[j])).toBeLessThan(1e-9);
          expect(close(s2, (g * g * variance[j]) / (variance[j] + 1e-5), 1e-9)).toBe(true);
          expect(variance[j]).toBeGreaterThanOrEqual(0);
          expect(Number.isFinite(mean[j])).toBe(true);
        });
      }),
    );
  });

  it('binary cross-entropy is finite and between 0 and 100 for any probabilities in [0, 1]', () => {
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(unit, unit), { minLength: 1, maxLength: 8 }), (pairs) => {
        const loss = binaryCrossEntropy(
          pairs.map(([y]) => y),
          pairs.map(([, p]) => p),
        );
        expect(loss >= 0 && loss <= 100).toBe(true);
      }),
    );
  });
});
