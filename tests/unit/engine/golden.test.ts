// Every PyTorch golden case replayed through the engine to |a - e| <= 1e-9 * max(1, |e|).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Matrix, Vector } from '@/lib/engine';
import * as engine from '@/lib/engine';

interface GoldenCase {
  op: string;
  // biome-ignore lint/suspicious/noExplicitAny: arguments differ per op; each runner reads its own
  args: any;
  expected: unknown;
}

const golden: { source: string; cases: GoldenCase[] } = JSON.parse(
  readFileSync(new URL('../../fixtures/pytorch-golden.json', import.meta.url), 'utf8'),
);

/** Runs every step of an optimizer case and returns the parameters after each one. */
function trajectory(
  grads: Vector[],
  params: Vector,
  step: (params: Vector, grad: Vector, state: unknown) => { params: Vector; state: unknown },
): Vector[] {
  const out: Vector[] = [];
  let state: unknown = null;
  for (const g of grads) {
    const next = step(params, g, state);
    params = next.params;
    state = next.state;
    out.push(params);
  }
  return out;
}

const runners: Record<string, (a: GoldenCase['args']) => unknown> = {
  sigmoid: (a) => engine.sigmoid(a.x),
  sigmoidDerivative: (a) => engine.sigmoidDerivative(a.x),
  tanh: (a) => engine.tanh(a.x),
  tanhDerivative: (a) => engine.tanhDerivative(a.x),
  relu: (a) => engine.relu(a.x),
  reluDerivative: (a) => engine.reluDerivative(a.x),
  leakyRelu: (a) => engine.leakyRelu(a.x, a.slope),
  leakyReluDerivative: (a) => engine.leakyReluDerivative(a.x, a.slope),
  softmax: (a) => engine.softmax(a.z),
  meanAbsoluteError: (a) => engine.meanAbsoluteError(a.target, a.prediction),
  meanSquaredError: (a) => engine.meanSquaredError(a.target, a.prediction),
  binaryCrossEntropy: (a) => engine.binaryCrossEntropy(a.target, a.probability),
  categoricalCrossEntropy: (a) => engine.categoricalCrossEntropy(a.target, a.probability),
  sgd: (a) =>
    trajectory(a.grads, a.params, (p, g) => ({
      params: engine.sgdStep(p, g, a.hyper),
      state: null,
    })),
  momentum: (a) =>
    trajectory(a.grads, a.params, (p, g, s) => {
      const r = engine.momentumStep(p, g, s as Vector | null, a.hyper);
      return { params: r.params, state: r.velocity };
    }),
  adagrad: (a) =>
    trajectory(a.grads, a.params, (p, g, s) => {
      const r = engine.adagradStep(p, g, s as Vector | null, a.hyper);
      return { params: r.params, state: r.sumSquares };
    }),
  rmsprop: (a) =>
    trajectory(a.grads, a.params, (p, g, s) => {
      const r = engine.rmspropStep(p, g, s as Vector | null, a.hyper);
      return { params: r.params, state: r.meanSquares };
    }),
  adam: (a) =>
    trajectory(a.grads, a.params, (p, g, s) => {
      const r = engine.adamStep(p, g, s as engine.AdamState | null, a.hyper);
      return { params: r.params, state: r.state };
    }),
  dropout: (a) => engine.dropout(a.x, a.keep, a.p),
  batchNorm: (a) => engine.batchNorm(a.x as Matrix, a.gamma, a.beta, a.eps),
  twoLayerGradients: (a) => engine.twoLayerGradients(a),
};

/** Compares numbers to tolerance and everything else by structure; returns the first mismatch. */
function mismatch(actual: unknown, expected: unknown, path = 'result'): string | null {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number' || !Number.isFinite(actual)) return `${path} is ${actual}`;
    const ok = Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
    return ok ? null : `${path}: got ${actual}, expected ${expected}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      return `${path}: got ${JSON.stringify(actual)}, expected ${expected.length} entries`;
    }
    for (let i = 0; i < expected.length; i++) {
      const m = mismatch(actual[i], expected[i], `${path}[${i}]`);
      if (m) return m;
    }
    return null;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return `${path} is not an object`;
    for (const [key, value] of Object.entries(expected)) {
      const m = mismatch((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
      if (m) return m;
    }
    return null;
  }
  return `${path}: unexpected expected value ${JSON.stringify(expected)}`;
}

describe(`PyTorch golden cases (${golden.source})`, () => {
  it('has cases for every op the engine runs, and no op it does not know', () => {
    const ops = new Set(golden.cases.map((c) => c.op));
    expect([...ops].sort()).toEqual(Object.keys(runners).sort());
    expect(golden.cases.length).toBeGreaterThan(700);
  });

  it('compares to the tolerance and notices a value, entry or key that is off', () => {
    expect(mismatch(1 + 5e-10, 1)).toBeNull();
    expect(mismatch(1000 + 5e-7, 1000)).toBeNull();
    expect(mismatch(1 + 2e-9, 1)).not.toBeNull();
    expect(mismatch(Number.NaN, 0)).not.toBeNull();
    expect(mismatch([1, 2], [1, 2, 3])).not.toBeNull();
    expect(mismatch({ y: [[1]] }, { y: [[1]], mean: [0] })).not.toBeNull();
  });

  const byOp = new Map<string, GoldenCase[]>();
  for (const c of golden.cases) byOp.set(c.op, [...(byOp.get(c.op) ?? []), c]);
  for (const [op, cases] of byOp) {
    it(`${op}: all ${cases.length} cases match`, () => {
      const failures = cases
        .map((c, i) => {
          const m = mismatch(runners[op](c.args), c.expected);
          return m && `#${i} ${JSON.stringify(c.args)}: ${m}`;
        })
        .filter((m): m is string => m !== null);
      expect(failures).toEqual([]);
    });
  }
});
