// A learner's arithmetic for backprop-chain, written out by hand, independent of lib/engine.

export type Inputs = {
  x: number[];
  W1: number[][];
  b1: number[];
  W2: number[][];
  b2: number[];
  y: number[];
  activation: 'sigmoid' | 'tanh' | 'relu';
  loss: 'mse' | 'cross-entropy';
  lr: number;
};

export const f = {
  sigmoid: (z: number) => 1 / (1 + Math.exp(-z)),
  tanh: (z: number) => (Math.exp(z) - Math.exp(-z)) / (Math.exp(z) + Math.exp(-z)),
  relu: (z: number) => Math.max(z, 0),
};
/** f'(z₁) as the worked solution writes it: from a₁ = f(z₁) for the sigmoid and tanh. */
const df = {
  sigmoid: (_z: number, a: number) => a * (1 - a),
  tanh: (_z: number, a: number) => 1 - a ** 2,
  relu: (z: number) => (z > 0 ? 1 : 0),
};
export const matVec = (W: number[][], v: number[], b: number[]) =>
  W.map((row, i) => row.reduce((s, w, j) => s + w * v[j], b[i]));

/** A value as a learner writes it down: each number rounded by `round`. */
const written = (round: (x: number) => number) => ({
  vec: (v: number[]) => v.map(round),
  mat: (m: number[][]) => m.map((row) => row.map(round)),
});

/**
 * Every part, computed by hand from a given (possibly wrong) z1. With `round`, every value the
 * worked solution shows is written down rounded (z₁, a₁, f'(z₁), the exponentials and their sum, ŷ,
 * each part) and the next step is computed from what was written.
 */
export function byHand(inp: Inputs, z1Given: number[], round = (x: number) => x) {
  const w = written(round);
  const z1 = w.vec(z1Given);
  const a1 = w.vec(z1.map(f[inp.activation]));
  const z2 = w.vec(
    matVec(
      inp.W2,
      a1,
      inp.W2.map(() => 0),
    ).map((s, k) => s + inp.b2[k]),
  );
  const K = z2.length;
  let loss: number;
  let dz2: number[];
  if (inp.loss === 'mse') {
    loss = round(z2.reduce((s, zk, k) => s + (zk - inp.y[k]) ** 2, 0) / K);
    dz2 = w.vec(z2.map((zk, k) => (2 / K) * (zk - inp.y[k])));
  } else {
    const max = Math.max(...z2);
    const e = w.vec(z2.map((zk) => Math.exp(zk - max)));
    const sum = round(e.reduce((s, v) => s + v, 0));
    const p = w.vec(e.map((v) => v / sum));
    loss = round(-Math.log(p[inp.y.indexOf(1)]));
    dz2 = w.vec(p.map((pk, k) => pk - inp.y[k]));
  }
  const dW2 = w.mat(dz2.map((d) => a1.map((a) => d * a)));
  const da1 = w.vec(a1.map((_, j) => inp.W2.reduce((s, row, k) => s + row[j] * dz2[k], 0)));
  const fPrime = w.vec(z1.map((z, i) => df[inp.activation](z, a1[i])));
  const dz1 = w.vec(da1.map((g, i) => g * fPrime[i]));
  const dW1 = w.mat(dz1.map((d) => inp.x.map((xj) => d * xj)));
  const W1new = w.mat(inp.W1.map((row, i) => row.map((wij, j) => wij - inp.lr * dW1[i][j])));
  return { z1, a1, z2, loss, dz2, dW2, da1, dz1, dW1, W1new };
}

/** Typed as a learner would: 4 significant figures, brackets for vectors and matrices. */
export function typed(v: number | number[] | number[][]): string {
  if (typeof v === 'number') return String(Number(v.toPrecision(4)));
  if (v.length === 1 && typeof v[0] === 'number') return typed(v[0] as number);
  if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return typed(v[0][0]);
  return `[${(v as (number | number[])[]).map((x) => typed(x as number | number[])).join(', ')}]`;
}

export function answersFrom(values: Record<string, number | number[] | number[][]>) {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typed(v)]));
}
