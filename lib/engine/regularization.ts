// Regularization: inverted dropout with a given mask; batch normalization in training and at inference.

import type { Matrix, Vector } from './types';
import {
  checkBooleans,
  checkExtent,
  checkMatrix,
  checkNumber,
  checkVector,
  fail,
  nonNegative,
  positive,
  unitClosed,
  unitHalfOpen,
} from './validate';

/**
 * Inverted dropout as PyTorch trains: $y_i = \frac{x_i}{1 - p}$ where `keep[i]` is true, else $y_i = 0$,
 * so $\mathbb{E}[y_i] = x_i$ when each unit is kept with probability $1 - p$.
 * @example dropout([1, 2, 3, 4], [true, false, true, true], 0.5) // => [2, 0, 6, 8]
 */
export function dropout(x: Vector, keep: boolean[], p: number): Vector {
  const fn = 'dropout';
  checkVector(fn, 'x', x);
  checkBooleans(fn, 'keep', keep, 'x', x);
  checkNumber(fn, 'p', p, unitHalfOpen);
  const scale = 1 / (1 - p);
  return x.map((xi, i) => (keep[i] ? xi * scale : 0));
}

/**
 * Batch normalization in training mode, per feature $j$ over the batch of $N$ rows:
 * $\mu_j = \frac{1}{N} \sum_n x_{nj},\; \sigma_j^2 = \frac{1}{N} \sum_n (x_{nj} - \mu_j)^2,\;
 * y_{nj} = \gamma_j \frac{x_{nj} - \mu_j}{\sqrt{\sigma_j^2 + \epsilon}} + \beta_j$ (biased variance, $\epsilon$ = 1e-5).
 * @example batchNorm([[1], [3]], [1], [0]).y // => [[-0.9999950000374997], [0.9999950000374997]]
 */
export function batchNorm(
  x: Matrix,
  gamma: Vector,
  beta: Vector,
  eps = 1e-5,
): { y: Matrix; mean: Vector; variance: Vector } {
  const fn = 'batchNorm';
  const { rows, cols } = checkMatrix(fn, 'x', x);
  const features = { name: 'x', count: cols, unit: 'column' as const };
  checkVector(fn, 'gamma', gamma);
  checkExtent(fn, { name: 'gamma', count: gamma.length, unit: 'value' }, features);
  checkVector(fn, 'beta', beta);
  checkExtent(fn, { name: 'beta', count: beta.length, unit: 'value' }, features);
  checkNumber(fn, 'eps', eps, positive);
  const mean = gamma.map((_, j) => x.reduce((acc, row) => acc + row[j], 0) / rows);
  const variance = mean.map((mu, j) => x.reduce((acc, row) => acc + (row[j] - mu) ** 2, 0) / rows);
  const scale = variance.map((s2, j) => gamma[j] / Math.sqrt(s2 + eps));
  const y = x.map((row) => row.map((xj, j) => (xj - mean[j]) * scale[j] + beta[j]));
  return { y, mean, variance };
}

/**
 * Batch normalization at inference (PyTorch's `BatchNorm1d` in `eval()` mode): every row is normalised
 * with the stored running statistics instead of the batch's own,
 * $y_{nj} = \gamma_j \frac{x_{nj} - \hat\mu_j}{\sqrt{\hat\sigma_j^2 + \epsilon}} + \beta_j$, so each
 * output depends on its own row only.
 * @example batchNormEval([[3], [5]], [2], [1], [1], [4]) // => [[2.9999975000046875], [4.999995000009375]]
 */
export function batchNormEval(
  x: Matrix,
  gamma: Vector,
  beta: Vector,
  runningMean: Vector,
  runningVar: Vector,
  eps = 1e-5,
): Matrix {
  const fn = 'batchNormEval';
  const { cols } = checkMatrix(fn, 'x', x);
  const features = { name: 'x', count: cols, unit: 'column' as const };
  for (const [name, v, iv] of [
    ['gamma', gamma, undefined],
    ['beta', beta, undefined],
    ['runningMean', runningMean, undefined],
    ['runningVar', runningVar, nonNegative],
  ] as const) {
    checkVector(fn, name, v, iv);
    checkExtent(fn, { name, count: v.length, unit: 'value' }, features);
  }
  checkNumber(fn, 'eps', eps, positive);
  const scale = runningVar.map((s2, j) => gamma[j] / Math.sqrt(s2 + eps));
  return x.map((row) => row.map((xj, j) => (xj - runningMean[j]) * scale[j] + beta[j]));
}

/**
 * One update of batch norm's running statistics from a training batch of $N \ge 2$ rows, as
 * PyTorch does it: $\hat\mu \leftarrow (1 - m)\,\hat\mu + m\,\mu_B$ and
 * $\hat\sigma^2 \leftarrow (1 - m)\,\hat\sigma^2 + m\,\frac{N}{N - 1}\sigma_B^2$ (the unbiased batch
 * variance, although training normalises with the biased $\sigma_B^2$); $m$ = `momentum` = 0.1
 * weights the new batch. PyTorch starts from $\hat\mu = 0$, $\hat\sigma^2 = 1$.
 * @example batchNormRunningUpdate([0], [1], [[1], [3]]).runningMean // => [0.2]
 * @example batchNormRunningUpdate([0], [1], [[1], [3]]).runningVar // => [1.1]
 */
export function batchNormRunningUpdate(
  runningMean: Vector,
  runningVar: Vector,
  batch: Matrix,
  momentum = 0.1,
): { runningMean: Vector; runningVar: Vector; batchMean: Vector; batchVar: Vector } {
  const fn = 'batchNormRunningUpdate';
  const { rows, cols } = checkMatrix(fn, 'batch', batch);
  if (rows < 2) fail(fn, 'batch must have at least 2 rows for an unbiased variance, got 1');
  const features = { name: 'batch', count: cols, unit: 'column' as const };
  checkVector(fn, 'runningMean', runningMean);
  checkExtent(fn, { name: 'runningMean', count: runningMean.length, unit: 'value' }, features);
  checkVector(fn, 'runningVar', runningVar, nonNegative);
  checkExtent(fn, { name: 'runningVar', count: runningVar.length, unit: 'value' }, features);
  checkNumber(fn, 'momentum', momentum, unitClosed);
  const batchMean = runningMean.map((_, j) => batch.reduce((acc, row) => acc + row[j], 0) / rows);
  const batchVar = batchMean.map(
    (mu, j) => batch.reduce((acc, row) => acc + (row[j] - mu) ** 2, 0) / (rows - 1),
  );
  return {
    runningMean: runningMean.map((r, j) => (1 - momentum) * r + momentum * batchMean[j]),
    runningVar: runningVar.map((r, j) => (1 - momentum) * r + momentum * batchVar[j]),
    batchMean,
    batchVar,
  };
}
