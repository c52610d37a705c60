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

/** A slip in one part: its value changed by `change`, number by number, before it is written down. */
export type Slip = { part: string; change: (x: number) => number };

/**
 * Every part, computed by hand from a given (possibly wrong) z1. With `round`, every value the
 * worked solution shows is written down rounded (z₁, a₁, f'(z₁), the exponentials and their sum, ŷ,
 * each part) and the next step is computed from what was written. With `slip`, one part is
 * changed before it is written down, and every later part is computed from the changed value.
 * f'(z₁) is worked out from the written a₁ (as the solution does), or with `fPrimeFrom: 'z1'` from z₁.
 */
export function byHand(
  inp: Inputs,
  z1Given: number[],
  round = (x: number) => x,
  slip?: Slip,
  fPrimeFrom: 'a1' | 'z1' = 'a1',
) {
  const write = (x: number, part?: string) =>
    round(part !== undefined && part === slip?.part ? slip.change(x) : x);
  const vec = (v: number[], part?: string) => v.map((x) => write(x, part));
  const mat = (m: number[][], part: string) => m.map((row) => vec(row, part));
  const z1 = vec(z1Given, 'z1');
  const a1 = vec(z1.map(f[inp.activation]), 'a1');
  const z2 = vec(
    matVec(
      inp.W2,
      a1,
      inp.W2.map(() => 0),
    ).map((s, k) => s + inp.b2[k]),
    'z2',
  );
  const K = z2.length;
  let loss: number;
  let dz2: number[];
  if (inp.loss === 'mse') {
    loss = write(z2.reduce((s, zk, k) => s + (zk - inp.y[k]) ** 2, 0) / K, 'loss');
    dz2 = vec(
      z2.map((zk, k) => (2 / K) * (zk - inp.y[k])),
      'dz2',
    );
  } else {
    const max = Math.max(...z2);
    const e = vec(z2.map((zk) => Math.exp(zk - max)));
    const sum = write(e.reduce((s, v) => s + v, 0));
    const p = vec(e.map((v) => v / sum));
    loss = write(-Math.log(p[inp.y.indexOf(1)]), 'loss');
    dz2 = vec(
      p.map((pk, k) => pk - inp.y[k]),
      'dz2',
    );
  }
  const dW2 = mat(
    dz2.map((d) => a1.map((a) => d * a)),
    'dW2',
  );
  const da1 = vec(
    a1.map((_, j) => inp.W2.reduce((s, row, k) => s + row[j] * dz2[k], 0)),
    'da1',
  );
  const fPrime = vec(
    z1.map((z, i) => df[inp.activation](z, fPrimeFrom === 'a1' ? a1[i] : f[inp.activation](z))),
  );
  const dz1 = vec(
    da1.map((g, i) => g * fPrime[i]),
    'dz1',
  );
  const dW1 = mat(
    dz1.map((d) => inp.x.map((xj) => d * xj)),
    'dW1',
  );
  const W1new = mat(
    inp.W1.map((row, i) => row.map((wij, j) => wij - inp.lr * dW1[i][j])),
    'W1new',
  );
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
