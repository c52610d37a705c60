// Gradients through a deep stack of layers, layer by layer, to show vanishing and exploding gradients.

import {
  relu,
  reluDerivative,
  sigmoid,
  sigmoidDerivative,
  tanh,
  tanhDerivative,
} from './activations';
import type { Activation, Matrix, Vector } from './types';
import { checkMatrix, checkOneOf, checkVector, fail } from './validate';

const units: Record<Activation, { f: (x: number) => number; df: (x: number) => number }> = {
  sigmoid: { f: sigmoid, df: sigmoidDerivative },
  tanh: { f: tanh, df: tanhDerivative },
  relu: { f: relu, df: reluDerivative },
};

/** The forward pass and the backward deltas of a deep stack, checked; shared by the two norms below. */
function backward(fn: string, weights: Matrix[], x: Vector, y: Vector, activation: Activation) {
  if (!Array.isArray(weights) || weights.length === 0)
    fail(fn, 'weights must list at least one layer');
  checkVector(fn, 'x', x);
  checkVector(fn, 'y', y);
  const act = checkOneOf(fn, 'activation', activation, Object.keys(units) as Activation[]);
  const { f, df } = units[act];
  let width = x.length;
  weights.forEach((W, l) => {
    const shape = checkMatrix(fn, `weights[${l}]`, W);
    if (shape.cols !== width)
      fail(fn, `weights[${l}] has ${shape.cols} columns, the layer below gives ${width} values`);
    width = shape.rows;
  });
  if (y.length !== width) fail(fn, `y has ${y.length} values, the last layer gives ${width}`);

  const hs: Vector[] = [x];
  const as: Vector[] = [];
  for (const W of weights) {
    const h = hs[hs.length - 1];
    const a = W.map((row) => row.reduce((s, w, j) => s + w * h[j], 0));
    as.push(a);
    hs.push(a.map(f));
  }
  const L = weights.length;
  const deltas: Vector[] = new Array(L);
  deltas[L - 1] = hs[L].map((h, i) => (h - y[i]) * df(as[L - 1][i]));
  for (let l = L - 1; l > 0; l--) {
    const W = weights[l];
    const delta = deltas[l];
    const back: Vector = new Array(W[0].length).fill(0);
    for (let i = 0; i < W.length; i++)
      for (let j = 0; j < back.length; j++) back[j] += W[i][j] * delta[i];
    deltas[l - 1] = back.map((g, j) => g * df(as[l - 1][j]));
  }
  return { hs, deltas };
}

const norm = (v: Vector) => Math.sqrt(v.reduce((s, z) => s + z * z, 0));

/**
 * The Frobenius norm $\lVert \partial L / \partial W_l \rVert$ of each layer of a deep stack without
 * biases, $a_l = W_l h_{l-1},\; h_l = f(a_l)$ ($h_0 = x$, $l = 1, \dots, L$), for
 * $L = \frac{1}{2} \lVert h_L - y \rVert^2$, by backpropagation:
 * $\delta_L = (h_L - y) \odot f'(a_L),\; \delta_{l-1} = (W_l^\top \delta_l) \odot f'(a_{l-1}),\;
 * \frac{\partial L}{\partial W_l} = \delta_l h_{l-1}^\top$, so the norm is $\lVert \delta_l \rVert \lVert h_{l-1} \rVert$.
 * `norms[0]` is the first layer (next to the input).
 * @example layerGradientNorms([[[2]], [[3]]], [1], [0], 'relu') // => [18, 12]
 */
export function layerGradientNorms(
  weights: Matrix[],
  x: Vector,
  y: Vector,
  activation: Activation,
): number[] {
  const { hs, deltas } = backward('layerGradientNorms', weights, x, y, activation);
  return deltas.map((delta, l) => norm(delta) * norm(hs[l]));
}

/**
 * The norm $\lVert \delta_l \rVert = \lVert \partial L / \partial a_l \rVert$ of the gradient that
 * reaches each layer's pre-activations in the stack of {@link layerGradientNorms}: each step down
 * multiplies it by $W_l^\top$ and $f'(a_{l-1})$, so it shrinks or grows geometrically with depth
 * when those factors are below or above 1. `norms[0]` is the first layer.
 * @example layerDeltaNorms([[[2]], [[3]]], [1], [0], 'relu') // => [18, 6]
 */
export function layerDeltaNorms(
  weights: Matrix[],
  x: Vector,
  y: Vector,
  activation: Activation,
): number[] {
  return backward('layerDeltaNorms', weights, x, y, activation).deltas.map(norm);
}
