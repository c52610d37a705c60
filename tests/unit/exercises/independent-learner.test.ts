// Careful learners written out by hand, independent of the generators' own learner paths: each
// writes down every value the worked solution shows (and a few it only implies) rounded to 4
// significant figures and goes on from what it wrote. At least 99.9% of them are marked correct.
import { describe, expect, it } from 'vitest';
import { checkAnswer, checkParts, generate, type Level } from '@/lib/exercises';
import { answersFrom, byHand, type Inputs, matVec } from '../../helpers/chain-by-hand';

const SEEDS = 1000;
const MAX_REJECTED = SEEDS / 1000;
const LEVELS: Level[] = [1, 2, 3];

/** What a learner writes down: 4 significant figures. */
const r = (x: number) => Number(x.toPrecision(4));

/** A vector or matrix answer typed as a learner types it: `[a, b]`, `[[a, b], [c, d]]`. */
function typed(v: number | number[] | number[][]): string {
  if (typeof v === 'number') return String(r(v));
  return `[${(v as (number | number[])[]).map((x) => typed(x)).join(', ')}]`;
}

/** The answer's shape at each level: the first number, the first column, or all of it. */
function byLevel(m: number[][], level: Level): number | number[] | number[][] {
  if (level === 1) return m[0][0];
  if (level === 2) return m.map((row) => row[0]);
  return m;
}

type Learner = (inputs: never, level: Level) => number | number[] | number[][];

/** Batch norm in training mode: μ, each x − μ and its square, σ², √(σ² + ε), x̂, γx̂ and y. */
function batchNorm(inp: { x: number[][]; gamma: number[]; beta: number[] }, level: Level) {
  const n = inp.x.length;
  const y = inp.x.map((row) => row.map(() => 0));
  inp.gamma.forEach((gamma, j) => {
    const mean = r(inp.x.reduce((s, row) => s + row[j], 0) / n);
    const deviation = inp.x.map((row) => r(row[j] - mean));
    const variance = r(deviation.reduce((s, d) => s + r(d ** 2), 0) / n);
    const std = r(Math.sqrt(variance + 1e-5));
    deviation.forEach((d, i) => {
      const xhat = r(d / std);
      y[i][j] = level === 1 ? xhat : r(r(gamma * xhat) + inp.beta[j]);
    });
  });
  return byLevel(y, level);
}

/** ∂L/∂W₁ of the two-layer network, every part written down as in backprop-chain. */
function backprop(inp: Inputs, level: Level) {
  return byLevel(byHand({ ...inp, lr: 0 }, matVec(inp.W1, inp.x, inp.b1), r).dW1, level);
}

/** σ'(z) = σ(z)(1 − σ(z)), with σ(z) written down first. */
function sigmoidDerivativeAt(z: number): number {
  const s = r(1 / (1 + Math.exp(-z)));
  return r(s * r(1 - s));
}

/** σ' of each given x (levels 1 and 2), or of the weighted sum z = w·x + b (level 3). */
function sigmoidDerivative(inp: { x: number[]; w?: number[]; b?: number }, level: Level) {
  if (level === 1) return sigmoidDerivativeAt(inp.x[0]);
  if (level === 2) return inp.x.map(sigmoidDerivativeAt);
  const w = inp.w as number[];
  return sigmoidDerivativeAt(r(inp.x.reduce((s, x, i) => s + w[i] * x, inp.b as number)));
}

/**
 * A chain of sigmoid layers a_k = σ(w_k a_{k−1}) (weights 1 at level 1): each z, a, σ'(z) and
 * local gradient σ'(z_k) w_k written down, then their products from the top down.
 */
function vanishingGradient(inp: { x: number; w?: number[] }, level: Level) {
  let a = inp.x;
  const local = (inp.w ?? [1, 1, 1]).map((wk) => {
    const z = r(wk * a);
    a = r(1 / (1 + Math.exp(-z)));
    return r(r(a * r(1 - a)) * wk);
  });
  const products: number[] = [];
  let product = 1;
  for (let k = local.length - 1; k >= 0; k--) {
    product = r(product * local[k]);
    products.push(product);
  }
  return level === 3 ? products : product;
}

/** The softmax worked out: each e^{z − max z}, their sum and each quotient written down. */
function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const exps = z.map((zi) => r(Math.exp(zi - max)));
  const sum = r(exps.reduce((s, e) => s + e, 0));
  return exps.map((e) => r(e / sum));
}

/** ∂L/∂z = p − y of the softmax and cross-entropy (level 3 of loss-gradient). */
function softmaxGradient(inp: { z: number[]; y: number[] }) {
  return softmax(inp.z).map((p, k) => r(p - inp.y[k]));
}

/** Generators checked at some levels only (loss-gradient's level 3 is the softmax's). */
const LEVELS_OF: Record<string, Level[]> = { 'loss-gradient': [3] };

type OptimizerInputs = {
  params: number[];
  grads: number[][];
  hyper: { lr: number; rho?: number; momentum?: number };
  state: number[] | null;
};

/** θ after every step of an optimizer whose step `update` writes each of its values down. */
function optimizer(
  update: (theta: number, g: number, s: number[], t: number, h: OptimizerInputs['hyper']) => number,
) {
  return (inp: OptimizerInputs, level: Level) => {
    const theta = inp.params.map((p, i) => {
      const state = [inp.state?.[i] ?? 0, 0];
      return inp.grads.reduce((th, g, k) => update(th, g[i], state, k + 1, inp.hyper), p);
    });
    return level === 1 ? theta[0] : theta;
  };
}

const LEARNERS: Record<string, Learner> = {
  'batch-norm': batchNorm as Learner,
  backprop: backprop as Learner,
  'loss-gradient': softmaxGradient as Learner,
  'sigmoid-derivative': sigmoidDerivative as Learner,
  'vanishing-gradient': vanishingGradient as Learner,
  momentum: optimizer((theta, g, s, _t, h) => {
    s[0] = r(r((h.momentum as number) * s[0]) + g);
    return r(theta - r(h.lr * s[0]));
  }) as Learner,
  adagrad: optimizer((theta, g, s, _t, h) => {
    s[0] = r(s[0] + r(g * g));
    return r(theta - r(r(h.lr * g) / (r(Math.sqrt(s[0])) + 1e-8)));
  }) as Learner,
  rmsprop: optimizer((theta, g, s, _t, h) => {
    const rho = h.rho as number;
    s[0] = r(r(rho * s[0]) + r(r(1 - rho) * r(g * g)));
    return r(theta - r(r(h.lr * g) / (r(Math.sqrt(s[0])) + 1e-8)));
  }) as Learner,
  adam: optimizer((theta, g, s, t, h) => {
    s[0] = r(r(0.9 * s[0]) + r(0.1 * g));
    s[1] = r(r(0.999 * s[1]) + r(0.001 * r(g * g)));
    const mHat = r(s[0] / r(1 - 0.9 ** t));
    const root = r(Math.sqrt(r(s[1] / r(1 - 0.999 ** t))));
    return r(theta - r(r(h.lr * mHat) / (root + 1e-8)));
  }) as Learner,
};

describe.each(Object.entries(LEARNERS))('%s, worked by hand', (id, learner) => {
  it.each(LEVELS_OF[id] ?? LEVELS)(
    'level %i: at least 99.9% of careful learners are accepted',
    (level) => {
      const rejected: number[] = [];
      for (let seed = 0; seed < SEEDS; seed++) {
        const ex = generate(id, seed, level);
        const answer = typed(learner(ex.inputs as never, level));
        if (checkAnswer(ex, answer).status !== 'correct') rejected.push(seed);
      }
      expect(rejected.length, `rejected seeds ${rejected.slice(0, 10)}`).toBeLessThanOrEqual(
        MAX_REJECTED,
      );
    },
  );
});

describe('backprop-chain, every part worked by hand', () => {
  it.each(LEVELS)('level %i: at least 99.9% of careful learners get every part right', (level) => {
    const rejected: string[] = [];
    for (let seed = 0; seed < SEEDS; seed++) {
      const ex = generate('backprop-chain', seed, level);
      const inp = ex.inputs as unknown as Inputs;
      const checks = checkParts(ex, answersFrom(byHand(inp, matVec(inp.W1, inp.x, inp.b1), r)));
      const wrong = Object.entries(checks).filter(
        ([, c]) => c.status !== 'correct' || c.carriedForward,
      );
      if (wrong.length > 0) rejected.push(`${seed}: ${wrong.map(([part]) => part)}`);
    }
    expect(rejected.length, rejected.slice(0, 5).join('; ')).toBeLessThanOrEqual(MAX_REJECTED);
  });
});
