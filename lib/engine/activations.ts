// Activation functions, their derivatives, and softmax, computed so large inputs never overflow.

import type { Vector } from './types';
import { checkNumber, checkVector } from './validate';

/**
 * Logistic sigmoid, $\sigma(x) = \frac{1}{1 + e^{-x}}$, evaluated through $e^{-|x|}$ so it never overflows.
 * @example sigmoid(0) // => 0.5
 * @example sigmoid(2) // => 0.8807970779778823
 */
export function sigmoid(x: number): number {
  checkNumber('sigmoid', 'x', x);
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * Derivative of the sigmoid, $\sigma'(x) = \sigma(x)(1 - \sigma(x)) = \frac{e^{-|x|}}{(1 + e^{-|x|})^2}$;
 * the second form keeps its precision in the tails and underflows to 0 at $|x| = 800$.
 * @example sigmoidDerivative(0) // => 0.25
 * @example sigmoidDerivative(2) // => 0.10499358540350652
 */
export function sigmoidDerivative(x: number): number {
  checkNumber('sigmoidDerivative', 'x', x);
  const e = Math.exp(-Math.abs(x));
  return e / ((1 + e) * (1 + e));
}

/**
 * Hyperbolic tangent, $\tanh(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}$.
 * @example tanh(0.5) // => 0.46211715726000974
 */
export function tanh(x: number): number {
  checkNumber('tanh', 'x', x);
  return Math.tanh(x);
}

/**
 * Derivative of tanh, $\tanh'(x) = 1 - \tanh^2(x) = \frac{4 e^{-2|x|}}{(1 + e^{-2|x|})^2}$;
 * the second form keeps its precision in the tails and underflows to 0 at $|x| = 800$.
 * @example tanhDerivative(0) // => 1
 * @example tanhDerivative(0.5) // => 0.7864477329659274
 */
export function tanhDerivative(x: number): number {
  checkNumber('tanhDerivative', 'x', x);
  const e = Math.exp(-2 * Math.abs(x));
  return (4 * e) / ((1 + e) * (1 + e));
}

/**
 * Rectified linear unit, $\operatorname{ReLU}(x) = \max(0, x)$.
 * @example relu(-2) // => 0
 * @example relu(3) // => 3
 */
export function relu(x: number): number {
  checkNumber('relu', 'x', x);
  return Math.max(x, 0);
}

/**
 * Derivative of ReLU, $\operatorname{ReLU}'(x) = [x > 0]$; at $x = 0$ it is 0, PyTorch's choice.
 * @example reluDerivative(0) // => 0
 * @example reluDerivative(0.1) // => 1
 */
export function reluDerivative(x: number): number {
  checkNumber('reluDerivative', 'x', x);
  return x > 0 ? 1 : 0;
}

/**
 * Leaky ReLU, $f(x) = x$ for $x > 0$ and $\alpha x$ otherwise, with slope $\alpha$ (default 0.01).
 * @example leakyRelu(-2) // => -0.02
 * @example leakyRelu(-2, 0.2) // => -0.4
 */
export function leakyRelu(x: number, slope = 0.01): number {
  checkNumber('leakyRelu', 'x', x);
  checkNumber('leakyRelu', 'slope', slope);
  return x > 0 ? x : slope * x;
}

/**
 * Derivative of leaky ReLU, $f'(x) = 1$ for $x > 0$ and $\alpha$ for $x \le 0$.
 * @example leakyReluDerivative(0) // => 0.01
 * @example leakyReluDerivative(5, 0.2) // => 1
 */
export function leakyReluDerivative(x: number, slope = 0.01): number {
  checkNumber('leakyReluDerivative', 'x', x);
  checkNumber('leakyReluDerivative', 'slope', slope);
  return x > 0 ? 1 : slope;
}

/**
 * Softmax, $\operatorname{softmax}(z)_i = \frac{e^{z_i - \max z}}{\sum_j e^{z_j - \max z}}$;
 * subtracting the maximum changes nothing mathematically and keeps every exponent $\le 0$.
 * @example softmax([1000, 1001, 1002]) // => [0.09003057317038046, 0.24472847105479767, 0.6652409557748219]
 */
export function softmax(z: Vector): Vector {
  checkVector('softmax', 'z', z);
  return stableSoftmax(z).probabilities;
}

function stableSoftmax(z: Vector) {
  const max = z.reduce((a, b) => Math.max(a, b));
  const shifted = z.map((zi) => zi - max);
  const exps = shifted.map(Math.exp);
  const sum = exps.reduce((acc, ei) => acc + ei, 0);
  return { max, shifted, exps, sum, probabilities: exps.map((ei) => ei / sum) };
}

/**
 * The softmax worked out step by step: $m = \max z$, $z - m$, $e^{z_i - m}$, $S = \sum_j e^{z_j - m}$
 * and $p_i = e^{z_i - m} / S$, the values {@link softmax} computes.
 * @example softmaxTerms([0, 0]).sum // => 2
 */
export function softmaxTerms(z: Vector): {
  max: number;
  shifted: Vector;
  exps: Vector;
  sum: number;
  probabilities: Vector;
} {
  checkVector('softmaxTerms', 'z', z);
  return stableSoftmax(z);
}

/**
 * Logarithm of the softmax, $\log \operatorname{softmax}(z)_i = z_i - \max z - \log \sum_j e^{z_j - \max z}$,
 * finite even where the softmax itself underflows to 0.
 * @example logSoftmax([0, 0]) // => [-0.6931471805599453, -0.6931471805599453]
 */
export function logSoftmax(z: Vector): Vector {
  checkVector('logSoftmax', 'z', z);
  const zMax = z.reduce((a, b) => Math.max(a, b));
  const logSum = Math.log(z.reduce((acc, zi) => acc + Math.exp(zi - zMax), 0));
  return z.map((zi) => zi - zMax - logSum);
}
