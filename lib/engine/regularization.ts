// Regularization in training mode: inverted dropout with a given mask, and batch normalization.

import type { Matrix, Vector } from './types';
import {
  checkBooleans,
  checkExtent,
  checkMatrix,
  checkNumber,
  checkVector,
  positive,
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
