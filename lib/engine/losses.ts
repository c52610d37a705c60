// The four losses, each a mean over its values (or rows), with PyTorch's clamp on logarithms.

import type { Matrix, Vector } from './types';
import { checkExtent, checkMatrix, checkVector, checkVectorLike, unitClosed } from './validate';

/** PyTorch's BCELoss floor for each logarithm, so a confident wrong answer costs 100, not Infinity. */
export const LOG_FLOOR = -100;

/** $\max(\ln p, -100)$: the natural log clamped as torch.nn.BCELoss clamps it. */
function clampedLog(p: number): number {
  return Math.max(Math.log(p), LOG_FLOOR);
}

function mean(values: Vector): number {
  return values.reduce((acc, x) => acc + x, 0) / values.length;
}

/**
 * Mean absolute error, $\mathrm{MAE} = \frac{1}{n} \sum_i |y_i - \hat y_i|$.
 * @example meanAbsoluteError([1, 2], [1.5, 1]) // => 0.75
 */
export function meanAbsoluteError(target: Vector, prediction: Vector): number {
  const fn = 'meanAbsoluteError';
  checkVector(fn, 'target', target);
  checkVectorLike(fn, 'prediction', prediction, 'target', target);
  return mean(target.map((y, i) => Math.abs(y - prediction[i])));
}

/**
 * Mean squared error, $\mathrm{MSE} = \frac{1}{n} \sum_i (y_i - \hat y_i)^2$.
 * @example meanSquaredError([1, 2], [1.5, 1]) // => 0.625
 */
export function meanSquaredError(target: Vector, prediction: Vector): number {
  const fn = 'meanSquaredError';
  checkVector(fn, 'target', target);
  checkVectorLike(fn, 'prediction', prediction, 'target', target);
  return mean(target.map((y, i) => (y - prediction[i]) ** 2));
}

/**
 * Binary cross-entropy, $\mathrm{BCE} = -\frac{1}{n} \sum_i \left[ y_i \max(\ln p_i, -100) + (1 - y_i) \max(\ln(1 - p_i), -100) \right]$.
 * Each log is clamped before it is weighted, as torch.nn.BCELoss does, so $y = 0, p = 0$ costs 0.
 * @example binaryCrossEntropy([1, 0], [0.8, 0.1]) // => 0.164252033486018
 * @example binaryCrossEntropy([1], [0]) // => 100
 */
export function binaryCrossEntropy(target: Vector, probability: Vector): number {
  const fn = 'binaryCrossEntropy';
  checkVector(fn, 'target', target, unitClosed);
  checkVectorLike(fn, 'probability', probability, 'target', target, unitClosed);
  return mean(
    target.map((y, i) => {
      const p = probability[i];
      return -(y * clampedLog(p) + (1 - y) * Math.max(Math.log1p(-p), LOG_FLOOR));
    }),
  );
}

/**
 * Categorical cross-entropy over a batch, $\mathrm{CE} = -\frac{1}{N} \sum_{n} \sum_j y_{nj} \ln p_{nj}$,
 * rows are samples with one-hot targets. A log is clamped at $-100$ as in BCE, so $p = 0$ stays finite.
 * @example categoricalCrossEntropy([[0, 1], [1, 0]], [[0.2, 0.8], [0.6, 0.4]]) // => 0.3669845875400552
 */
export function categoricalCrossEntropy(target: Matrix, probability: Matrix): number {
  const fn = 'categoricalCrossEntropy';
  const shape = checkMatrix(fn, 'target', target, unitClosed);
  const pShape = checkMatrix(fn, 'probability', probability, unitClosed);
  const rows = (name: string, count: number) => ({ name, count, unit: 'row' as const });
  const cols = (name: string, count: number) => ({ name, count, unit: 'column' as const });
  checkExtent(fn, rows('probability', pShape.rows), rows('target', shape.rows));
  checkExtent(fn, cols('probability', pShape.cols), cols('target', shape.cols));
  const perRow = target.map((row, n) =>
    row.reduce((acc, y, j) => (y === 0 ? acc : acc - y * clampedLog(probability[n][j])), 0),
  );
  return mean(perRow);
}
