// Gradients a backward pass starts from (each loss with respect to its input), and gradient clipping.

import { sigmoid, softmax } from './activations';
import type { Matrix, Vector } from './types';
import {
  checkExtent,
  checkMatrix,
  checkNumber,
  checkVector,
  checkVectorLike,
  positive,
  unitClosed,
} from './validate';

/**
 * Gradient of the mean absolute error with respect to the prediction,
 * $\frac{\partial L}{\partial \hat y_i} = \frac{1}{n}\operatorname{sign}(\hat y_i - y_i)$, with
 * $\operatorname{sign}(0) = 0$ as PyTorch's `l1_loss` takes it.
 * @example meanAbsoluteErrorGradient([1, 2, 3], [1.5, 1, 3]) // => [0.3333333333333333, -0.3333333333333333, 0]
 */
export function meanAbsoluteErrorGradient(target: Vector, prediction: Vector): Vector {
  const fn = 'meanAbsoluteErrorGradient';
  checkVector(fn, 'target', target);
  checkVectorLike(fn, 'prediction', prediction, 'target', target);
  const n = target.length;
  return target.map((y, i) => Math.sign(prediction[i] - y) / n);
}

/**
 * Gradient of the mean squared error with respect to the prediction,
 * $\frac{\partial L}{\partial \hat y_i} = \frac{2}{n}(\hat y_i - y_i)$.
 * @example meanSquaredErrorGradient([1, 2], [1.5, 1]) // => [0.5, -1]
 */
export function meanSquaredErrorGradient(target: Vector, prediction: Vector): Vector {
  const fn = 'meanSquaredErrorGradient';
  checkVector(fn, 'target', target);
  checkVectorLike(fn, 'prediction', prediction, 'target', target);
  const n = target.length;
  return target.map((y, i) => (2 * (prediction[i] - y)) / n);
}

/**
 * Gradient of binary cross-entropy after a sigmoid with respect to the logits $z$
 * (`BCEWithLogitsLoss`, mean): with $p_i = \sigma(z_i)$, $\frac{\partial L}{\partial z_i} = \frac{1}{n}(p_i - y_i)$,
 * because $\frac{\partial L}{\partial p} = \frac{p - y}{p(1 - p)}$ and $\sigma'(z) = p(1 - p)$ cancel.
 * @example sigmoidCrossEntropyGradient([1, 0], [0, 0]) // => [-0.25, 0.25]
 */
export function sigmoidCrossEntropyGradient(target: Vector, logits: Vector): Vector {
  const fn = 'sigmoidCrossEntropyGradient';
  checkVector(fn, 'target', target, unitClosed);
  checkVectorLike(fn, 'logits', logits, 'target', target);
  const n = target.length;
  return target.map((y, i) => (sigmoid(logits[i]) - y) / n);
}

/**
 * Gradient of categorical cross-entropy after a softmax with respect to the logits
 * (`CrossEntropyLoss`, mean over the $N$ rows): $\frac{\partial L}{\partial z_{nj}} = \frac{1}{N}(p_{nj} - y_{nj})$
 * with $p_n = \operatorname{softmax}(z_n)$, for targets whose rows sum to 1.
 * @example softmaxCrossEntropyGradient([[0, 1]], [[0, 0]]) // => [[0.5, -0.5]]
 */
export function softmaxCrossEntropyGradient(target: Matrix, logits: Matrix): Matrix {
  const fn = 'softmaxCrossEntropyGradient';
  const shape = checkMatrix(fn, 'target', target, unitClosed);
  const zShape = checkMatrix(fn, 'logits', logits);
  checkExtent(
    fn,
    { name: 'logits', count: zShape.rows, unit: 'row' },
    { name: 'target', count: shape.rows, unit: 'row' },
  );
  checkExtent(
    fn,
    { name: 'logits', count: zShape.cols, unit: 'column' },
    { name: 'target', count: shape.cols, unit: 'column' },
  );
  return logits.map((z, n) => softmax(z).map((p, j) => (p - target[n][j]) / shape.rows));
}

/**
 * The L2 norm of all gradients taken together, $\lVert g \rVert = \sqrt{\sum_k g_k^2}$.
 * @example gradNorm([3, 4]) // => 5
 */
export function gradNorm(grad: Vector): number {
  checkVector('gradNorm', 'grad', grad);
  return Math.hypot(...grad);
}

/**
 * Gradient clipping by norm as `torch.nn.utils.clip_grad_norm_` does it:
 * $c = \min\left(1, \frac{\text{maxNorm}}{\lVert g \rVert + 10^{-6}}\right)$, $g \leftarrow c\, g$,
 * so the direction is kept and only a gradient longer than `maxNorm` is shortened.
 * @example clipGradNorm([3, 4], 1).grad // => [0.599999880000024, 0.799999840000032]
 * @example clipGradNorm([0.3, 0.4], 1).grad // => [0.3, 0.4]
 */
export function clipGradNorm(
  grad: Vector,
  maxNorm: number,
): { grad: Vector; norm: number; scale: number } {
  const fn = 'clipGradNorm';
  checkVector(fn, 'grad', grad);
  checkNumber(fn, 'maxNorm', maxNorm, positive);
  const norm = Math.hypot(...grad);
  const scale = Math.min(1, maxNorm / (norm + 1e-6));
  return { grad: grad.map((g) => g * scale), norm, scale };
}

/**
 * Gradient clipping by value as `torch.nn.utils.clip_grad_value_`: $g_k \leftarrow \max(-c, \min(c, g_k))$,
 * each component on its own (the direction can change).
 * @example clipGradValue([3, -0.5, -4], 1) // => [1, -0.5, -1]
 */
export function clipGradValue(grad: Vector, clipValue: number): Vector {
  const fn = 'clipGradValue';
  checkVector(fn, 'grad', grad);
  checkNumber(fn, 'clipValue', clipValue, positive);
  return grad.map((g) => Math.max(-clipValue, Math.min(clipValue, g)));
}
