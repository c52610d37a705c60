// Engine functions the PyTorch goldens do not name, checked against golden values they compose into.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type Activation,
  type AdamState,
  activationDerivative,
  adamBiasCorrection,
  adamStep,
  affine,
  emaMomentumStep,
  logSoftmax,
  type OptimizerName,
  optimizerTrajectory,
  outer,
  softmax,
  softmaxTerms,
  type TwoLayerNet,
  transposeTimes,
  twoLayerForward,
  type Vector,
} from '@/lib/engine';

interface GoldenCase {
  op: string;
  // biome-ignore lint/suspicious/noExplicitAny: arguments differ per op; each test reads its own
  args: any;
  // biome-ignore lint/suspicious/noExplicitAny: expected values differ per op
  expected: any;
}

const golden: { cases: GoldenCase[] } = JSON.parse(
  readFileSync(new URL('../../fixtures/pytorch-golden.json', import.meta.url), 'utf8'),
);
const casesOf = (op: string) => golden.cases.filter((c) => c.op === op);

/** |a - e| <= tol * max(1, |e|), entry by entry, with the first mismatch in the message. */
function expectClose(actual: unknown, expected: unknown, tol = 1e-9, path = 'value'): void {
  if (typeof expected === 'number') {
    expect(typeof actual, path).toBe('number');
    const ok = Math.abs((actual as number) - expected) <= tol * Math.max(1, Math.abs(expected));
    expect(ok, `${path}: got ${actual}, expected ${expected}`).toBe(true);
    return;
  }
  expect(Array.isArray(actual), path).toBe(true);
  const list = actual as unknown[];
  const want = expected as unknown[];
  expect(list.length, `${path} length`).toBe(want.length);
  want.forEach((e, i) => {
    expectClose(list[i], e, tol, `${path}[${i}]`);
  });
}

const nets = casesOf('twoLayerGradients').map((c) => ({
  net: c.args as TwoLayerNet,
  expected: c.expected as {
    loss: number;
    dW1: number[][];
    db1: Vector;
    dW2: number[][];
    db2: Vector;
  },
}));

describe('the two-layer network against its golden gradients', () => {
  it('has golden networks of every activation and loss', () => {
    const kinds = new Set(nets.map(({ net }) => `${net.activation}/${net.loss}`));
    for (const activation of ['sigmoid', 'tanh', 'relu'] as Activation[]) {
      expect(kinds.has(`${activation}/mse`) || kinds.has(`${activation}/cross-entropy`)).toBe(true);
    }
    expect(nets.length).toBeGreaterThanOrEqual(20);
  });

  it('twoLayerForward gives the output PyTorch differentiated: ŷ = y + ∂L/∂z₂ (scaled for MSE)', () => {
    for (const { net, expected } of nets) {
      const { z2 } = twoLayerForward(net);
      // Cross-entropy on one-hot y: ∂L/∂z₂ = softmax(z₂) - y. MSE over K outputs: ∂L/∂z₂ = 2 (z₂ - y) / K.
      const k = net.y.length;
      const yhat =
        net.loss === 'mse'
          ? net.y.map((yk, i) => yk + (k / 2) * expected.db2[i])
          : net.y.map((yk, i) => yk + expected.db2[i]);
      expectClose(net.loss === 'mse' ? z2 : softmax(z2), yhat, 1e-9, JSON.stringify(net.x));
    }
  });

  it('twoLayerForward gives the hidden activations PyTorch multiplied: ∂L/∂W₂ = δ₂ a₁ᵀ', () => {
    let rows = 0;
    for (const { net, expected } of nets) {
      const { a1 } = twoLayerForward(net);
      expected.db2.forEach((d, i) => {
        if (Math.abs(d) < 1e-3) return;
        rows += 1;
        expectClose(
          expected.dW2[i].map((g) => g / d),
          a1,
          1e-8,
        );
      });
    }
    expect(rows).toBeGreaterThan(20);
  });

  it('outer(δ, input) is each weight gradient PyTorch gives', () => {
    for (const { net, expected } of nets) {
      expectClose(outer(expected.db1, net.x), expected.dW1);
      expectClose(outer(expected.db2, twoLayerForward(net).a1), expected.dW2);
    }
  });

  it("transposeTimes carries δ₂ back: δ₁ = (W₂ᵀ δ₂) ⊙ f'(z₁)", () => {
    for (const { net, expected } of nets) {
      const { z1 } = twoLayerForward(net);
      const back = transposeTimes(net.W2, expected.db2);
      const slope = activationDerivative(z1, net.activation);
      expectClose(
        back.map((g, i) => g * slope[i]),
        expected.db1,
      );
    }
  });

  it('affine is the layer PyTorch evaluated: softmax(W₂ a₁ + b₂) or W₂ a₁ + b₂ is ŷ', () => {
    for (const { net, expected } of nets) {
      const { a1 } = twoLayerForward(net);
      const z2 = affine(net.W2, a1, net.b2);
      const k = net.y.length;
      const yhat = net.y.map((yk, i) => yk + (net.loss === 'mse' ? k / 2 : 1) * expected.db2[i]);
      expectClose(net.loss === 'mse' ? z2 : softmax(z2), yhat);
    }
  });
});

describe('softmax in parts', () => {
  const cases = casesOf('softmax');

  it('logSoftmax is the log of the golden softmax wherever that is not 0', () => {
    let compared = 0;
    for (const c of cases) {
      const logP = logSoftmax(c.args.z);
      (c.expected as number[]).forEach((p, i) => {
        if (p < 1e-300) {
          expect(Number.isFinite(logP[i])).toBe(true);
          return;
        }
        compared += 1;
        expectClose(logP[i], Math.log(p), 1e-9, `${JSON.stringify(c.args.z)}[${i}]`);
      });
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('softmaxTerms ends in the golden softmax, through m, z - m, e^(z - m) and their sum', () => {
    for (const c of cases) {
      const z = c.args.z as number[];
      const terms = softmaxTerms(z);
      expect(terms.max).toBe(Math.max(...z));
      expect(terms.shifted).toEqual(z.map((zi) => zi - terms.max));
      expect(Math.max(...terms.exps)).toBe(1);
      expectClose(
        terms.sum,
        terms.exps.reduce((a, b) => a + b, 0),
        1e-15,
      );
      expectClose(terms.probabilities, c.expected);
    }
  });
});

const trajectories = (op: string) =>
  casesOf(op).map((c) => ({
    params: c.args.params as Vector,
    grads: c.args.grads as Vector[],
    hyper: c.args.hyper,
    expected: c.expected as Vector[],
  }));

describe('optimizer variants against the golden trajectories', () => {
  it('emaMomentumStep with η / (1 - β) follows PyTorch momentum with μ = β', () => {
    for (const { params, grads, hyper, expected } of trajectories('momentum')) {
      let state = { params, velocity: null as Vector | null };
      grads.forEach((g, t) => {
        const next = emaMomentumStep(state.params, g, state.velocity, {
          lr: hyper.lr / (1 - hyper.momentum),
          beta: hyper.momentum,
        });
        expectClose(next.params, expected[t], 1e-9, `step ${t + 1}`);
        state = next;
      });
    }
  });

  it("adamBiasCorrection gives the m̂ and v̂ of each of PyTorch's Adam steps", () => {
    for (const { params, grads, hyper, expected } of trajectories('adam')) {
      let theta = params;
      let state: AdamState | null = null;
      grads.forEach((g, t) => {
        state = adamStep(theta, g, state, hyper).state;
        const { mHat, vHat } = adamBiasCorrection(state, hyper);
        const stepped = theta.map(
          (p, i) => p - (hyper.lr * mHat[i]) / (Math.sqrt(vHat[i]) + hyper.eps),
        );
        expectClose(stepped, expected[t], 1e-9, `step ${t + 1}`);
        theta = expected[t];
      });
    }
  });

  it('adamBiasCorrection undoes the start at zero: a constant gradient g gives m̂ = g, v̂ = g²', () => {
    const g = [0.3, -2];
    for (const t of [1, 2, 10, 1000]) {
      const m = g.map((gi) => (1 - 0.9 ** t) * gi);
      const v = g.map((gi) => (1 - 0.999 ** t) * gi * gi);
      const { mHat, vHat } = adamBiasCorrection({ m, v, t }, { lr: 0.1 });
      expectClose(mHat, g, 1e-12);
      expectClose(vHat, [0.09, 4], 1e-12);
    }
  });

  it('optimizerTrajectory follows each golden trajectory when fed its gradients', () => {
    const ops: OptimizerName[] = ['sgd', 'momentum', 'adagrad', 'rmsprop', 'adam'];
    for (const op of ops) {
      const golden = trajectories(op);
      expect(golden.length, op).toBeGreaterThan(0);
      for (const { params, grads, hyper, expected } of golden) {
        let t = 0;
        const path = optimizerTrajectory(op, params, grads.length, hyper, () => grads[t++]);
        expectClose(path[0], params);
        expectClose(path.slice(1), expected, 1e-9, op);
      }
    }
  });
});
