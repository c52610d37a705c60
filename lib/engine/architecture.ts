// An MLP's size: parameters per layer, array shapes in a batched forward pass, and initial weight scales.

import { checkNumber, fail, positive } from './validate';

function checkSizes(fn: string, sizes: unknown): number[] {
  if (!Array.isArray(sizes) || sizes.length < 2) {
    fail(fn, 'sizes must list at least an input and an output width');
  }
  sizes.forEach((n, i) => {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
      fail(fn, `sizes[${i}] must be a positive integer, got ${String(n)}`);
    }
  });
  return sizes;
}

function checkWidth(fn: string, name: string, n: unknown): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
    fail(fn, `${name} must be a positive integer, got ${String(n)}`);
  }
  return n;
}

/**
 * Parameters of a fully connected network with widths `sizes` $= [n_0, n_1, \dots, n_L]$: layer $l$ has
 * a weight matrix $W^{(l)} \in \mathbb{R}^{n_l \times n_{l-1}}$ and a bias $b^{(l)} \in \mathbb{R}^{n_l}$,
 * so $\text{total} = \sum_{l=1}^{L} (n_{l-1} n_l + n_l)$.
 * @example mlpParameterCounts([784, 128, 10]).total // => 101770
 * @example mlpParameterCounts([4, 3, 2]).weights // => [12, 6]
 */
export function mlpParameterCounts(sizes: number[]): {
  weights: number[];
  biases: number[];
  total: number;
} {
  const fn = 'mlpParameterCounts';
  checkSizes(fn, sizes);
  const weights = sizes.slice(1).map((n, l) => sizes[l] * n);
  const biases = sizes.slice(1);
  const total = weights.reduce((acc, w, l) => acc + w + biases[l], 0);
  return { weights, biases, total };
}

/**
 * Shapes (rows, columns) in a forward pass of a batch of $B$ samples, PyTorch's `nn.Linear` layout:
 * $X \in \mathbb{R}^{B \times n_0}$, $Z^{(l)} = A^{(l-1)} W^{(l)\top} + b^{(l)} \in \mathbb{R}^{B \times n_l}$
 * with $W^{(l)} \in \mathbb{R}^{n_l \times n_{l-1}}$; `activations[0]` is $X$, `activations[l]` is $A^{(l)}$.
 * @example mlpBatchShapes([4, 3, 2], 8).weights // => [[3, 4], [2, 3]]
 * @example mlpBatchShapes([4, 3, 2], 8).activations // => [[8, 4], [8, 3], [8, 2]]
 */
export function mlpBatchShapes(
  sizes: number[],
  batch: number,
): { activations: number[][]; weights: number[][] } {
  const fn = 'mlpBatchShapes';
  checkSizes(fn, sizes);
  checkWidth(fn, 'batch', batch);
  return {
    activations: sizes.map((n) => [batch, n]),
    weights: sizes.slice(1).map((n, l) => [n, sizes[l]]),
  };
}

/**
 * The bound of Xavier (Glorot) uniform initialization, `torch.nn.init.xavier_uniform_`:
 * $W \sim U(-a, a)$ with $a = \text{gain} \sqrt{\frac{6}{n_\text{in} + n_\text{out}}}$, so
 * $\operatorname{Var}(W) = \frac{2}{n_\text{in} + n_\text{out}}$ (for gain 1).
 * @example xavierUniformBound(100, 200) // => 0.1414213562373095
 */
export function xavierUniformBound(fanIn: number, fanOut: number, gain = 1): number {
  const fn = 'xavierUniformBound';
  checkWidth(fn, 'fanIn', fanIn);
  checkWidth(fn, 'fanOut', fanOut);
  checkNumber(fn, 'gain', gain, positive);
  return gain * Math.sqrt(6 / (fanIn + fanOut));
}

/**
 * The standard deviation of Xavier (Glorot) normal initialization, `torch.nn.init.xavier_normal_`:
 * $\sigma = \text{gain} \sqrt{\frac{2}{n_\text{in} + n_\text{out}}}$.
 * @example xavierNormalStd(100, 300) // => 0.07071067811865475
 */
export function xavierNormalStd(fanIn: number, fanOut: number, gain = 1): number {
  const fn = 'xavierNormalStd';
  checkWidth(fn, 'fanIn', fanIn);
  checkWidth(fn, 'fanOut', fanOut);
  checkNumber(fn, 'gain', gain, positive);
  return gain * Math.sqrt(2 / (fanIn + fanOut));
}

/**
 * The standard deviation of He (Kaiming) normal initialization for ReLU,
 * `torch.nn.init.kaiming_normal_(w, nonlinearity='relu')`: $\sigma = \sqrt{\frac{2}{n_\text{in}}}$
 * (gain $\sqrt 2$ over $\sqrt{n_\text{in}}$), which keeps the variance of ReLU activations from layer to layer.
 * @example heNormalStd(200) // => 0.1
 */
export function heNormalStd(fanIn: number): number {
  checkWidth('heNormalStd', 'fanIn', fanIn);
  return Math.sqrt(2 / fanIn);
}
