// The two-layer network's learner paths over quantities (lib/exercises/runs.ts), in the notes' notation.

import * as engine from '../engine';
import {
  add,
  affine,
  div,
  given,
  givenVec,
  map,
  mul,
  outer,
  type R,
  type RMat,
  type RunsNote,
  type RVec,
  runsOf,
  scale,
  sum,
  transposeTimes,
} from '../runs';
import { derivativeFromActivation, type NetInputs } from './network';

/** Each activation, from the engine, number by number. */
const UNITS: Record<engine.Activation, (x: number) => number> = {
  sigmoid: engine.sigmoid,
  tanh: engine.tanh,
  relu: engine.relu,
};

/** $f(z)$ elementwise. */
export const activateRuns = (z: RVec, activation: engine.Activation): RVec =>
  z.map((r) => map(r, UNITS[activation]));

/**
 * $f'(z)$ elementwise, as the worked solution writes it: from the activation $a = f(z)$ for the
 * sigmoid ($a(1 - a)$) and tanh ($1 - a^2$), so a learner's rounding of $a$ is carried into it;
 * from $z$ for ReLU ($[z > 0]$).
 */
export function derivativeRuns(z: RVec, a: RVec, activation: engine.Activation): RVec {
  if (activation === 'relu') return z.map((r) => map(r, engine.reluDerivative));
  return a.map((r) => map(r, (ai) => derivativeFromActivation(ai, activation)));
}

/** $e^{z_k - \max z}$ in every run (each run shifted by its own largest value, as the engine does). */
function shiftedExpsRuns(z: RVec): RVec {
  let runs = 1;
  for (const r of z) runs = Math.max(runs, r.length);
  const out = z.map((): R => runsOf(runs));
  for (let k = 0; k < runs; k++) {
    let max = -Infinity;
    for (const r of z) max = Math.max(max, k < r.length ? r[k] : r[0]);
    for (let i = 0; i < z.length; i++) {
      const r = z[i];
      out[i][k] = Math.exp((k < r.length ? r[k] : r[0]) - max);
    }
  }
  return out;
}

/**
 * The softmax of `z` as the worked solution shows it: the exponentials $e^{z_k - \max z}$ and
 * their sum, each noted, then each exponential divided by the sum.
 */
export function softmaxRuns(z: RVec, note: RunsNote): RVec {
  const exps = note(shiftedExpsRuns(z));
  const total = note(sum(exps));
  return exps.map((e) => div(e, total));
}

/** The forward pass as a learner writes it down: $z_1$, $a_1 = f(z_1)$ and $z_2$, each noted. */
export function forwardRuns(inp: NetInputs, note: RunsNote): { z1: RVec; a1: RVec; z2: RVec } {
  const z1 = note(affine(inp.W1, givenVec(inp.x), inp.b1));
  const a1 = note(activateRuns(z1, inp.activation));
  const z2 = note(affine(inp.W2, a1, inp.b2));
  return { z1, a1, z2 };
}

/** $\delta_2 = \partial L / \partial z_2$ from the probabilities (cross-entropy) or the outputs (MSE). */
export function outputDeltaRuns(inp: NetInputs, z2: RVec, note: RunsNote): RVec {
  const K = inp.y.length;
  if (inp.loss === 'mse') return z2.map((r, k) => map(r, (zk) => (2 / K) * (zk - inp.y[k])));
  return note(softmaxRuns(z2, note)).map((r, k) => map(r, (p) => p - inp.y[k]));
}

/** Every quantity of one training step, as `engine.twoLayerSteps` notes them, in its order. */
export interface TwoLayerRuns {
  z1: RVec;
  a1: RVec;
  z2: RVec;
  loss: R;
  dz2: RVec;
  dW2: RMat;
  da1: RVec;
  dz1: RVec;
  dW1: RMat;
  W1new: RMat;
}

/** One SGD step of a two-layer network over quantities, every value `twoLayerSteps` notes noted. */
export function twoLayerRuns(inp: NetInputs & { lr: number }, note: RunsNote): TwoLayerRuns {
  const { z1, a1, z2 } = forwardRuns(inp, note);
  const K = z2.length;
  const { y } = inp;
  let loss: R;
  let dz2: RVec;
  if (inp.loss === 'mse') {
    loss = note(scale(sum(z2.map((r, k) => map(r, (zk) => (zk - y[k]) ** 2))), 1 / K));
    dz2 = note(z2.map((r, k) => map(r, (zk) => (2 * (zk - y[k])) / K)));
  } else {
    const p = note(softmaxRuns(z2, note));
    // Only the classes with y_k ≠ 0 have a term.
    const terms: R[] = [];
    p.forEach((r, k) => {
      if (y[k] !== 0) terms.push(scale(map(r, Math.log), y[k]));
    });
    loss = note(scale(sum(terms), -1));
    const ySum = y.reduce((acc, yk) => acc + yk, 0);
    dz2 = note(p.map((r, k) => map(r, (pk) => pk * ySum - y[k])));
  }
  const dW2 = note(outer(dz2, a1));
  const da1 = note(transposeTimes(inp.W2, dz2));
  const fPrime = note(derivativeRuns(z1, a1, inp.activation));
  const dz1 = note(da1.map((g, i) => mul(g, fPrime[i])));
  const dW1 = note(outer(dz1, givenVec(inp.x)));
  const W1new = note(
    inp.W1.map((row, i) => row.map((w, j) => add(given(w), scale(dW1[i][j], -inp.lr)))),
  );
  return { z1, a1, z2, loss, dz2, dW2, da1, dz1, dW1, W1new };
}
