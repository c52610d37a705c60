// Forward and backward pass of x -> W1 x + b1 -> activation -> W2 h + b2 -> loss.

import {
  logSoftmax,
  relu,
  reluDerivative,
  sigmoid,
  sigmoidDerivative,
  softmax,
  tanh,
  tanhDerivative,
} from './activations';
import { affineUnchecked, outerUnchecked, transposeTimesUnchecked } from './linear';
import type { Activation, NetworkLoss, TwoLayerGradients, TwoLayerNet, Vector } from './types';
import {
  checkExtent,
  checkMatrix,
  checkOneOf,
  checkRecord,
  checkVector,
  unitClosed,
} from './validate';

const activations: Record<Activation, { f: (x: number) => number; df: (x: number) => number }> = {
  sigmoid: { f: sigmoid, df: sigmoidDerivative },
  tanh: { f: tanh, df: tanhDerivative },
  relu: { f: relu, df: reluDerivative },
};

const losses: readonly NetworkLoss[] = ['mse', 'cross-entropy'];

/** Checks that every shape chains: W1 is hidden x inputs, W2 is outputs x hidden. */
function checkNet(fn: string, net: TwoLayerNet): void {
  checkRecord(fn, 'net', net);
  checkVector(fn, 'x', net.x);
  const W1 = checkMatrix(fn, 'W1', net.W1);
  checkVector(fn, 'b1', net.b1);
  const W2 = checkMatrix(fn, 'W2', net.W2);
  checkVector(fn, 'b2', net.b2);
  const loss = checkOneOf(fn, 'loss', net.loss, losses);
  checkVector(fn, 'y', net.y, loss === 'cross-entropy' ? unitClosed : undefined);
  checkOneOf(fn, 'activation', net.activation, Object.keys(activations) as Activation[]);
  const count = (name: string, n: number, unit: 'value' | 'row' | 'column') => ({
    name,
    count: n,
    unit,
  });
  checkExtent(fn, count('W1', W1.cols, 'column'), count('x', net.x.length, 'value'));
  checkExtent(fn, count('b1', net.b1.length, 'value'), count('W1', W1.rows, 'row'));
  checkExtent(fn, count('W2', W2.cols, 'column'), count('W1', W1.rows, 'row'));
  checkExtent(fn, count('b2', net.b2.length, 'value'), count('W2', W2.rows, 'row'));
  checkExtent(fn, count('y', net.y.length, 'value'), count('W2', W2.rows, 'row'));
}

/**
 * Loss and gradients of $a = W_1 x + b_1,\; h = f(a),\; o = W_2 h + b_2$ by backpropagation:
 * $\delta_o = \frac{\partial L}{\partial o},\; \frac{\partial L}{\partial W_2} = \delta_o h^\top,\;
 * \delta_a = (W_2^\top \delta_o) \odot f'(a),\; \frac{\partial L}{\partial W_1} = \delta_a x^\top$.
 * For `mse`, $L = \frac{1}{K} \sum_k (o_k - y_k)^2$ and $\delta_o = \frac{2}{K}(o - y)$; for `cross-entropy`,
 * $p = \operatorname{softmax}(o)$, $L = -\sum_k y_k \ln p_k$ and $\delta_o = p \sum_k y_k - y$ ($= p - y$ for one-hot $y$).
 * @example twoLayerGradients({ x: [1], y: [1], W1: [[1]], b1: [0], W2: [[1]], b2: [0], activation: 'relu', loss: 'mse' }).dW1 // => [[0]]
 */
export function twoLayerGradients(net: TwoLayerNet): TwoLayerGradients {
  checkNet('twoLayerGradients', net);
  const { x, y, W2 } = net;
  const { df } = activations[net.activation];
  const { a, h, o } = forward(net);

  let loss: number;
  let deltaO: Vector;
  if (net.loss === 'mse') {
    const K = o.length;
    loss = o.reduce((acc, ok, k) => acc + (ok - y[k]) ** 2, 0) / K;
    deltaO = o.map((ok, k) => (2 * (ok - y[k])) / K);
  } else {
    const logP = logSoftmax(o);
    const p = softmax(o);
    const ySum = y.reduce((acc, yk) => acc + yk, 0);
    loss = -y.reduce((acc, yk, k) => acc + yk * logP[k], 0);
    deltaO = p.map((pk, k) => pk * ySum - y[k]);
  }

  const deltaA = transposeTimesUnchecked(W2, deltaO).map((g, i) => g * df(a[i]));
  return {
    loss,
    dW1: outerUnchecked(deltaA, x),
    db1: deltaA,
    dW2: outerUnchecked(deltaO, h),
    db2: deltaO,
  };
}

function forward(net: TwoLayerNet): { a: Vector; h: Vector; o: Vector } {
  const a = affineUnchecked(net.W1, net.x, net.b1);
  const h = a.map(activations[net.activation].f);
  return { a, h, o: affineUnchecked(net.W2, h, net.b2) };
}

/**
 * The forward pass of the two-layer network, $a = W_1 x + b_1,\; h = f(a),\; o = W_2 h + b_2$
 * (the values {@link twoLayerGradients} starts from).
 * @example twoLayerForward({ x: [1], y: [1], W1: [[2]], b1: [-1], W2: [[3]], b2: [0], activation: 'relu', loss: 'mse' }).o // => [3]
 */
export function twoLayerForward(net: TwoLayerNet): { a: Vector; h: Vector; o: Vector } {
  checkNet('twoLayerForward', net);
  return forward(net);
}
