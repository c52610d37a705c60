// Training a small model for the figures: a linear model on fixed features, fitted by gradient descent, with validation.

import type { Matrix, Vector } from './types';
import { checkCount, checkMatrix, checkNumber, checkVector, fail, nonNegative } from './validate';

/**
 * Cosine features of a point $x \in [-1, 1]$: $\phi_k(x) = \cos\!\big(k\pi\,\tfrac{x+1}{2}\big) / (1 + d\,k)$
 * for $k = 0, \dots, K$; the damping $d$ makes high frequencies slower to learn, as in a real network.
 * @example cosineFeatures(1, 2, 0) // => [1, -1, 1]
 * @example cosineFeatures(-1, 1, 1) // => [1, 0.5]
 */
export function cosineFeatures(x: number, K: number, damping = 0): Vector {
  const fn = 'cosineFeatures';
  checkNumber(fn, 'x', x);
  if (!Number.isInteger(K) || K < 0) fail(fn, `K must be a whole number >= 0, got ${K}`);
  checkNumber(fn, 'damping', damping, nonNegative);
  const out: Vector = [];
  for (let k = 0; k <= K; k++) out.push(Math.cos((k * Math.PI * (x + 1)) / 2) / (1 + damping * k));
  return out;
}

function meanSquaredResidual(X: Matrix, y: Vector, w: Vector, residual?: Vector): number {
  let sum = 0;
  for (let i = 0; i < X.length; i++) {
    const row = X[i];
    let p = 0;
    for (let j = 0; j < w.length; j++) p += row[j] * w[j];
    const r = p - y[i];
    if (residual) residual[i] = r;
    sum += r * r;
  }
  return sum / X.length;
}

/**
 * Full-batch gradient descent from $w = 0$ on a linear model $\hat y = \Phi w$ with the mean squared
 * error $L(w) = \frac{1}{n} \lVert \Phi w - y \rVert^2$:
 * $w \leftarrow w - \eta \cdot \frac{2}{n} \Phi^\top (\Phi w - y)$, one step per epoch. Returns the
 * training and validation losses after each epoch (`train[t-1]` after epoch $t$) and the final $w$.
 * @example fitLinearModel([[1]], [2], [[1]], [1], { lr: 0.25, epochs: 2 }).train // => [1, 0.25]
 * @example fitLinearModel([[1]], [2], [[1]], [1], { lr: 0.25, epochs: 2 }).validation // => [0, 0.25]
 */
export function fitLinearModel(
  trainX: Matrix,
  trainY: Vector,
  valX: Matrix,
  valY: Vector,
  options: { lr: number; epochs: number },
): { train: number[]; validation: number[]; weights: Vector } {
  const fn = 'fitLinearModel';
  const A = checkMatrix(fn, 'trainX', trainX);
  checkVector(fn, 'trainY', trainY);
  const V = checkMatrix(fn, 'valX', valX);
  checkVector(fn, 'valY', valY);
  if (trainY.length !== A.rows) fail(fn, `trainY has ${trainY.length} values for ${A.rows} rows`);
  if (valY.length !== V.rows) fail(fn, `valY has ${valY.length} values for ${V.rows} rows`);
  if (V.cols !== A.cols) fail(fn, `valX has ${V.cols} columns, trainX ${A.cols}`);
  const lr = checkNumber(fn, 'lr', options.lr, nonNegative);
  const epochs = checkCount(fn, 'epochs', options.epochs);
  const n = A.rows;
  const w: Vector = new Array(A.cols).fill(0);
  const residual: Vector = new Array(n).fill(0);
  const train: number[] = [];
  const validation: number[] = [];
  meanSquaredResidual(trainX, trainY, w, residual);
  const g: Vector = new Array(A.cols).fill(0);
  for (let t = 0; t < epochs; t++) {
    g.fill(0);
    for (let i = 0; i < n; i++) {
      const row = trainX[i];
      const r = residual[i];
      for (let j = 0; j < g.length; j++) g[j] += row[j] * r;
    }
    for (let j = 0; j < w.length; j++) w[j] -= (lr * 2 * g[j]) / n;
    train.push(meanSquaredResidual(trainX, trainY, w, residual));
    validation.push(meanSquaredResidual(valX, valY, w));
  }
  return { train, validation, weights: w };
}
