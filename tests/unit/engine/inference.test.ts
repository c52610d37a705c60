// Batch norm at inference and its running statistics, checked against PyTorch's BatchNorm1d rules worked by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchNorm, batchNormEval, batchNormRunningUpdate } from '@/lib/engine';

const close = (actual: number[], expected: number[]) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => {
    expect(a).toBeCloseTo(expected[i], 12);
  });
};

describe('batchNormRunningUpdate (PyTorch: momentum 0.1, unbiased variance)', () => {
  it('updates BatchNorm1d(1) from its initial state (mean 0, var 1) after one batch', () => {
    // batch [1, 2, 3, 6]: mean 3, squared deviations 4 + 1 + 0 + 9 = 14, unbiased var 14/3
    const r = batchNormRunningUpdate([0], [1], [[1], [2], [3], [6]]);
    close(r.batchMean, [3]);
    close(r.batchVar, [14 / 3]);
    close(r.runningMean, [0.3]); // 0.9 · 0 + 0.1 · 3
    close(r.runningVar, [0.9 + 1.4 / 3]); // 0.9 · 1 + 0.1 · 14/3
  });

  it('keeps the unbiased variance although training normalises with the biased one', () => {
    const batch = [[1], [2], [3], [6]];
    expect(batchNorm(batch, [1], [0]).variance[0]).toBeCloseTo(3.5, 12); // 14/4
    expect(batchNormRunningUpdate([0], [0], batch, 1).runningVar[0]).toBeCloseTo(14 / 3, 12);
  });

  it('works per feature, and two batches in a row compound', () => {
    const first = batchNormRunningUpdate(
      [0, 10],
      [1, 1],
      [
        [0, 10],
        [2, 14],
      ],
    );
    close(first.runningMean, [0.1, 10.2]); // batch means 1 and 12
    close(first.runningVar, [1.1, 1.7]); // unbiased vars 2 and 8
    const second = batchNormRunningUpdate(first.runningMean, first.runningVar, [
      [1, 10],
      [1, 10],
    ]);
    close(second.runningMean, [0.9 * 0.1 + 0.1, 0.9 * 10.2 + 1]);
    close(second.runningVar, [0.9 * 1.1, 0.9 * 1.7]);
  });

  it("reads Keras's momentum 0.99 as PyTorch's 0.01: the old statistics keep 99%", () => {
    const r = batchNormRunningUpdate([5], [2], [[0], [2]], 0.01);
    close(r.runningMean, [0.99 * 5 + 0.01 * 1]);
    close(r.runningVar, [0.99 * 2 + 0.01 * 2]);
  });

  it('converges to the batch mean and the unbiased variance when fed one batch again and again', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 2, maxLength: 8 }),
        (values) => {
          const batch = values.map((v) => [v]);
          let state = { runningMean: [0], runningVar: [1] };
          for (let t = 0; t < 400; t++) {
            state = batchNormRunningUpdate(state.runningMean, state.runningVar, batch);
          }
          const n = values.length;
          const mean = values.reduce((a, b) => a + b, 0) / n;
          const unbiased = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1);
          expect(state.runningMean[0]).toBeCloseTo(mean, 6);
          expect(state.runningVar[0]).toBeCloseTo(unbiased, 6);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('refuses a batch of one row, a negative variance and a momentum above 1', () => {
    expect(() => batchNormRunningUpdate([0], [1], [[1]])).toThrow(
      'batchNormRunningUpdate: batch must have at least 2 rows for an unbiased variance, got 1',
    );
    expect(() => batchNormRunningUpdate([0], [-1], [[1], [2]])).toThrow(
      /runningVar\[0\] must be non-negative/,
    );
    expect(() => batchNormRunningUpdate([0], [1], [[1], [2]], 1.5)).toThrow(/momentum must be/);
    expect(() => batchNormRunningUpdate([0, 0], [1], [[1], [2]])).toThrow(RangeError);
  });
});

describe('batchNormEval (BatchNorm1d in eval mode)', () => {
  it('normalises with the running statistics, then scales and shifts', () => {
    // running mean 0.3, running var 0.9 + 1.4/3 after the batch [1, 2, 3, 6] above
    const rv = 0.9 + 1.4 / 3;
    const y = batchNormEval([[0.3], [1.3]], [2], [0.5], [0.3], [rv]);
    expect(y[0][0]).toBeCloseTo(0.5, 12); // the running mean maps to beta
    expect(y[1][0]).toBeCloseTo(2 / Math.sqrt(rv + 1e-5) + 0.5, 12);
  });

  it('is the identity (up to eps) in a fresh layer: mean 0, var 1, gamma 1, beta 0', () => {
    const y = batchNormEval([[4], [-2]], [1], [0], [0], [1]);
    close(
      y.map((r) => r[0]),
      [4 / Math.sqrt(1 + 1e-5), -2 / Math.sqrt(1 + 1e-5)],
    );
  });

  it('gives each row the same output whatever else is in the batch', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 2, maxLength: 6 }),
        (values) => {
          const stats = [[1.5], [0.2], [0.7], [2.5]] as const;
          const [g, b, m, v] = stats.map((s) => [...s]);
          const together = batchNormEval(
            values.map((x) => [x]),
            g,
            b,
            m,
            v,
          );
          values.forEach((x, i) => {
            expect(batchNormEval([[x]], g, b, m, v)[0][0]).toBe(together[i][0]);
          });
        },
      ),
    );
  });

  it("equals training mode when the running statistics are the batch's own mean and biased variance", () => {
    const x = [
      [1, -2],
      [3, 0],
      [8, 5],
    ];
    const gamma = [1.5, 0.5];
    const beta = [0.1, -0.2];
    const train = batchNorm(x, gamma, beta);
    expect(batchNormEval(x, gamma, beta, train.mean, train.variance)).toEqual(train.y);
  });

  it('refuses mismatched statistics and a negative running variance', () => {
    expect(() => batchNormEval([[1, 2]], [1, 1], [0, 0], [0], [1, 1])).toThrow(
      'batchNormEval: runningMean has 1 value but x has 2 columns',
    );
    expect(() => batchNormEval([[1]], [1], [0], [0], [-1])).toThrow(/runningVar\[0\]/);
  });
});
