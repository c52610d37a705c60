// Loss gradients, clipping, MLP sizes, initial weight scales and weight decay: hand-worked values and properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  binaryCrossEntropy,
  categoricalCrossEntropy,
  clipGradNorm,
  clipGradValue,
  gradNorm,
  heNormalStd,
  meanAbsoluteErrorGradient,
  meanSquaredError,
  meanSquaredErrorGradient,
  mlpBatchShapes,
  mlpParameterCounts,
  sgdStep,
  sgdWeightDecayStep,
  sigmoid,
  sigmoidCrossEntropyGradient,
  softmax,
  softmaxCrossEntropyGradient,
  xavierNormalStd,
  xavierUniformBound,
} from '@/lib/engine';

/** Central difference of f along coordinate i. */
function numeric(f: (v: number[]) => number, v: number[], i: number, h = 1e-6): number {
  const up = v.map((x, k) => (k === i ? x + h : x));
  const down = v.map((x, k) => (k === i ? x - h : x));
  return (f(up) - f(down)) / (2 * h);
}

const vec = (n: number) =>
  fc.array(fc.double({ min: -4, max: 4, noNaN: true }), { minLength: n, maxLength: n });

describe('loss gradients', () => {
  it('MAE: sign(ŷ − y)/n, and 0 where ŷ = y as PyTorch takes sign(0)', () => {
    expect(meanAbsoluteErrorGradient([1, 2, 3], [3, 1, 3])).toEqual([1 / 3, -1 / 3, 0]);
  });

  it('MSE: 2(ŷ − y)/n, the slope of the MSE', () => {
    expect(meanSquaredErrorGradient([0, 1], [1, 4])).toEqual([1, 3]);
    fc.assert(
      fc.property(vec(3), vec(3), (y, yhat) => {
        const g = meanSquaredErrorGradient(y, yhat);
        g.forEach((gi, i) => {
          expect(gi).toBeCloseTo(
            numeric((p) => meanSquaredError(y, p), yhat, i),
            5,
          );
        });
      }),
    );
  });

  it('sigmoid + BCE: p − y at z = 0 is 0.5 − y, and the slope of BCE(σ(z))', () => {
    expect(sigmoidCrossEntropyGradient([1], [0])).toEqual([-0.5]);
    expect(sigmoidCrossEntropyGradient([0, 1], [0, 0])).toEqual([0.25, -0.25]);
    fc.assert(
      fc.property(
        vec(2),
        fc.array(fc.constantFrom(0, 1), { minLength: 2, maxLength: 2 }),
        (z, y) => {
          const g = sigmoidCrossEntropyGradient(y, z);
          const loss = (v: number[]) => binaryCrossEntropy(y, v.map(sigmoid));
          g.forEach((gi, i) => {
            expect(gi).toBeCloseTo(numeric(loss, z, i), 5);
          });
        },
      ),
    );
  });

  it('softmax + CE: p − y; equal logits over 3 classes give [−2/3, 1/3, 1/3]', () => {
    const [g] = softmaxCrossEntropyGradient([[1, 0, 0]], [[0, 0, 0]]);
    [-2 / 3, 1 / 3, 1 / 3].forEach((e, i) => {
      expect(g[i]).toBeCloseTo(e, 15);
    });
    fc.assert(
      fc.property(vec(3), fc.integer({ min: 0, max: 2 }), (z, k) => {
        const y = [0, 1, 2].map((j) => (j === k ? 1 : 0));
        const [gz] = softmaxCrossEntropyGradient([y], [z]);
        const loss = (v: number[]) => categoricalCrossEntropy([y], [softmax(v)]);
        gz.forEach((gi, i) => {
          expect(gi).toBeCloseTo(numeric(loss, z, i), 5);
        });
        expect(gz.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 12);
      }),
    );
  });

  it('divides by the number of rows (mean reduction)', () => {
    const rows = softmaxCrossEntropyGradient(
      [
        [1, 0],
        [0, 1],
      ],
      [
        [0, 0],
        [0, 0],
      ],
    );
    expect(rows).toEqual([
      [-0.25, 0.25],
      [0.25, -0.25],
    ]);
  });
});

describe('gradient clipping (torch.nn.utils)', () => {
  it('clip_grad_norm_ scales [3, 4] with max_norm 1 by 1/(5 + 1e-6)', () => {
    const r = clipGradNorm([3, 4], 1);
    expect(r.norm).toBe(5);
    expect(r.scale).toBe(1 / (5 + 1e-6));
    expect(gradNorm(r.grad)).toBeCloseTo(1, 6);
  });

  it('leaves a gradient shorter than max_norm alone and keeps the direction of a longer one', () => {
    fc.assert(
      fc.property(vec(4), fc.double({ min: 0.01, max: 10, noNaN: true }), (g, maxNorm) => {
        const r = clipGradNorm(g, maxNorm);
        expect(gradNorm(r.grad)).toBeLessThanOrEqual(maxNorm + 1e-9);
        if (r.norm + 1e-6 <= maxNorm) expect(r.grad).toEqual(g);
        r.grad.forEach((x, i) => {
          expect(x).toBeCloseTo(g[i] * r.scale, 15);
        });
      }),
    );
  });

  it('clip_grad_value_ clamps each component', () => {
    expect(clipGradValue([3, -0.5, -4], 1)).toEqual([1, -0.5, -1]);
    expect(() => clipGradValue([1], 0)).toThrow('clipGradValue: clipValue must be positive, got 0');
  });
});

describe('MLP sizes', () => {
  it('counts weights and biases per layer: 784-128-10 has 101,770 parameters', () => {
    expect(mlpParameterCounts([784, 128, 10])).toEqual({
      weights: [100352, 1280],
      biases: [128, 10],
      total: 101770,
    });
    expect(mlpParameterCounts([2, 3, 1]).total).toBe(13);
  });

  it('gives nn.Linear shapes (out × in) and B rows for every activation', () => {
    expect(mlpBatchShapes([784, 128, 10], 32)).toEqual({
      activations: [
        [32, 784],
        [32, 128],
        [32, 10],
      ],
      weights: [
        [128, 784],
        [10, 128],
      ],
    });
    expect(() => mlpBatchShapes([3], 2)).toThrow(/at least an input and an output/);
    expect(() => mlpParameterCounts([3, 2.5])).toThrow(
      'mlpParameterCounts: sizes[1] must be a positive integer, got 2.5',
    );
  });
});

describe('initial weight scales (torch.nn.init)', () => {
  it('Xavier: uniform bound √(6/(fan_in+fan_out)), normal std √(2/(fan_in+fan_out))', () => {
    expect(xavierUniformBound(2, 4)).toBe(1);
    expect(xavierNormalStd(50, 50)).toBeCloseTo(0.1414213562, 10);
    // U(−a, a) has variance a²/3, the normal's σ²
    expect(xavierUniformBound(30, 70) ** 2 / 3).toBeCloseTo(xavierNormalStd(30, 70) ** 2, 15);
  });

  it('He: std √(2/fan_in), twice the variance of Xavier when fan_in = fan_out', () => {
    expect(heNormalStd(2)).toBe(1);
    expect(heNormalStd(128) ** 2).toBeCloseTo(2 * xavierNormalStd(128, 128) ** 2, 15);
  });
});

describe('L2 weight decay (SGD weight_decay)', () => {
  it('adds λθ to the gradient: θ = 2, g = 0.5, η = 0.1, λ = 0.01 gives 1.948', () => {
    expect(sgdWeightDecayStep([2], [0.5], { lr: 0.1, weightDecay: 0.01 })[0]).toBeCloseTo(
      1.948,
      15,
    );
  });

  it('is plain SGD on L + (λ/2)‖θ‖², and a zero gradient shrinks θ by 1 − ηλ', () => {
    fc.assert(
      fc.property(vec(3), vec(3), (theta, g) => {
        const lam = 0.05;
        const decayed = sgdWeightDecayStep(theta, g, { lr: 0.1, weightDecay: lam });
        const plain = sgdStep(
          theta,
          g.map((gi, i) => gi + lam * theta[i]),
          { lr: 0.1 },
        );
        expect(decayed).toHaveLength(theta.length);
        decayed.forEach((x, i) => {
          expect(x).toBeCloseTo(plain[i], 14);
        });
        const shrunk = sgdWeightDecayStep(theta, [0, 0, 0], { lr: 0.1, weightDecay: lam });
        expect(shrunk).toHaveLength(theta.length);
        shrunk.forEach((x, i) => {
          expect(x).toBeCloseTo(theta[i] * (1 - 0.1 * lam), 14);
        });
      }),
    );
  });
});
