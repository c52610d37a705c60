// Forward and backward pass of z1 = W1 x + b1, a1 = f(z1), z2 = W2 a1 + b2, and each step of it on its own.

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
import type {
  Activation,
  Matrix,
  NetworkLoss,
  TwoLayerGradients,
  TwoLayerNet,
  Vector,
} from './types';
import {
  checkExtent,
  checkMatrix,
  checkNumber,
  checkOneOf,
  checkRecord,
  checkVector,
  checkVectorLike,
  nonNegative,
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

/** The activation's name checked, and its function and derivative. */
function activationOf(fn: string, activation: Activation) {
  return activations[
    checkOneOf(fn, 'activation', activation, Object.keys(activations) as Activation[])
  ];
}

/**
 * A layer's activation, elementwise: $a = f(z)$ for $f$ = sigmoid, tanh or ReLU.
 * @example activate([0, -1], 'relu') // => [0, 0]
 * @example activate([0], 'sigmoid') // => [0.5]
 */
export function activate(z: Vector, activation: Activation): Vector {
  const fn = 'activate';
  checkVector(fn, 'z', z);
  const { f } = activationOf(fn, activation);
  return z.map(f);
}

/**
 * The activation's derivative at the pre-activation, elementwise: $f'(z)$
 * (for the sigmoid $\sigma'(z) = \sigma(z)(1 - \sigma(z))$, for tanh $1 - \tanh^2 z$, for ReLU $[z > 0]$).
 * @example activationDerivative([0, 2], 'relu') // => [0, 1]
 * @example activationDerivative([0], 'tanh') // => [1]
 */
export function activationDerivative(z: Vector, activation: Activation): Vector {
  const fn = 'activationDerivative';
  checkVector(fn, 'z', z);
  const { df } = activationOf(fn, activation);
  return z.map(df);
}

function lossUnchecked(z2: Vector, y: Vector, loss: NetworkLoss): number {
  if (loss === 'mse') return z2.reduce((acc, zk, k) => acc + (zk - y[k]) ** 2, 0) / z2.length;
  const logP = logSoftmax(z2);
  return -y.reduce((acc, yk, k) => acc + yk * logP[k], 0);
}

function outputDeltaUnchecked(z2: Vector, y: Vector, loss: NetworkLoss): Vector {
  if (loss === 'mse') {
    const K = z2.length;
    return z2.map((zk, k) => (2 * (zk - y[k])) / K);
  }
  const p = softmax(z2);
  const ySum = y.reduce((acc, yk) => acc + yk, 0);
  return p.map((pk, k) => pk * ySum - y[k]);
}

function checkOutput(fn: string, z2: Vector, y: Vector, loss: NetworkLoss): void {
  checkVector(fn, 'z2', z2);
  const kind = checkOneOf(fn, 'loss', loss, losses);
  checkVectorLike(fn, 'y', y, 'z2', z2, kind === 'cross-entropy' ? unitClosed : undefined);
}

/**
 * The network's loss from its output pre-activation $z_2$: for `mse` the prediction is $\hat y = z_2$ and
 * $L = \frac{1}{K} \sum_k (\hat y_k - y_k)^2$ (a mean, no $\frac12$, as torch.nn.MSELoss); for `cross-entropy`
 * $\hat y = \operatorname{softmax}(z_2)$ and $L = -\sum_k y_k \ln \hat y_k$.
 * @example networkLoss([3, 1], [1, 1], 'mse') // => 2
 * @example networkLoss([0, 0], [0, 1], 'cross-entropy') // => 0.6931471805599453
 */
export function networkLoss(z2: Vector, y: Vector, loss: NetworkLoss): number {
  checkOutput('networkLoss', z2, y, loss);
  return lossUnchecked(z2, y, loss);
}

/**
 * The error at the output, $\delta_2 = \frac{\partial L}{\partial z_2}$: for `mse`
 * $\frac{2}{K}(\hat y - y)$; for `cross-entropy` $\operatorname{softmax}(z_2) \sum_k y_k - y$ ($= \hat y - y$ for one-hot $y$).
 * @example outputDelta([3, 1], [1, 1], 'mse') // => [2, 0]
 * @example outputDelta([0, 0], [0, 1], 'cross-entropy') // => [0.5, -0.5]
 */
export function outputDelta(z2: Vector, y: Vector, loss: NetworkLoss): Vector {
  checkOutput('outputDelta', z2, y, loss);
  return outputDeltaUnchecked(z2, y, loss);
}

/**
 * Loss and gradients of $z_1 = W_1 x + b_1,\; a_1 = f(z_1),\; z_2 = W_2 a_1 + b_2$ by backpropagation:
 * $\delta_2 = \frac{\partial L}{\partial z_2},\; \frac{\partial L}{\partial W_2} = \delta_2 a_1^\top,\;
 * \delta_1 = (W_2^\top \delta_2) \odot f'(z_1),\; \frac{\partial L}{\partial W_1} = \delta_1 x^\top$.
 * For `mse`, $\hat y = z_2$, $L = \frac{1}{K} \sum_k (\hat y_k - y_k)^2$ and $\delta_2 = \frac{2}{K}(\hat y - y)$; for `cross-entropy`,
 * $\hat y = \operatorname{softmax}(z_2)$, $L = -\sum_k y_k \ln \hat y_k$ and $\delta_2 = \hat y \sum_k y_k - y$ ($= \hat y - y$ for one-hot $y$).
 * @example twoLayerGradients({ x: [1], y: [1], W1: [[1]], b1: [0], W2: [[1]], b2: [0], activation: 'relu', loss: 'mse' }).dW1 // => [[0]]
 */
export function twoLayerGradients(net: TwoLayerNet): TwoLayerGradients {
  checkNet('twoLayerGradients', net);
  const { x, y, W2 } = net;
  const { df } = activations[net.activation];
  const { z1, a1, z2 } = forward(net);
  const delta2 = outputDeltaUnchecked(z2, y, net.loss);
  const delta1 = transposeTimesUnchecked(W2, delta2).map((g, i) => g * df(z1[i]));
  return {
    loss: lossUnchecked(z2, y, net.loss),
    dW1: outerUnchecked(delta1, x),
    db1: delta1,
    dW2: outerUnchecked(delta2, a1),
    db2: delta2,
  };
}

function forward(net: TwoLayerNet): { z1: Vector; a1: Vector; z2: Vector } {
  const z1 = affineUnchecked(net.W1, net.x, net.b1);
  const a1 = z1.map(activations[net.activation].f);
  return { z1, a1, z2: affineUnchecked(net.W2, a1, net.b2) };
}

/**
 * The forward pass of the two-layer network, $z_1 = W_1 x + b_1,\; a_1 = f(z_1),\; z_2 = W_2 a_1 + b_2$
 * (the values {@link twoLayerGradients} starts from).
 * @example twoLayerForward({ x: [1], y: [1], W1: [[2]], b1: [-1], W2: [[3]], b2: [0], activation: 'relu', loss: 'mse' }).z2 // => [3]
 */
export function twoLayerForward(net: TwoLayerNet): { z1: Vector; a1: Vector; z2: Vector } {
  checkNet('twoLayerForward', net);
  return forward(net);
}

/** Every value of one training step of the two-layer network, in the order they are computed. */
export interface TwoLayerSteps {
  z1: Vector;
  a1: Vector;
  z2: Vector;
  /** The prediction: $z_2$ for `mse`, $\operatorname{softmax}(z_2)$ for `cross-entropy`. */
  yHat: Vector;
  loss: number;
  dz2: Vector;
  dW2: Matrix;
  da1: Vector;
  /** $f'(z_1)$ */
  fPrime: Vector;
  dz1: Vector;
  dW1: Matrix;
  W1new: Matrix;
}

/** Observes a value as it is computed and returns the value later steps use (the identity by default). */
export type StepNote = <T extends number | Vector | Matrix>(value: T) => T;

const same: StepNote = (value) => value;

/**
 * One training step of the two-layer network, step by step: $z_1 = W_1 x + b_1$, $a_1 = f(z_1)$,
 * $z_2 = W_2 a_1 + b_2$, $\hat y$, $L$, $\delta_2 = \frac{\partial L}{\partial z_2}$,
 * $\frac{\partial L}{\partial W_2} = \delta_2 a_1^\top$, $\frac{\partial L}{\partial a_1} = W_2^\top \delta_2$,
 * $\delta_1 = \frac{\partial L}{\partial a_1} \odot f'(z_1)$, $\frac{\partial L}{\partial W_1} = \delta_1 x^\top$ and
 * $W_1 - \eta \frac{\partial L}{\partial W_1}$ (losses as in {@link twoLayerGradients}). Each value is passed
 * through `note` and later steps use what it returns, so a caller can round or nudge any step.
 * @example twoLayerSteps({ x: [1], y: [1], W1: [[2]], b1: [-1], W2: [[3]], b2: [0], activation: 'relu', loss: 'mse' }, 0.1).W1new // => [[0.8]]
 */
export function twoLayerSteps(net: TwoLayerNet, lr: number, note: StepNote = same): TwoLayerSteps {
  const fn = 'twoLayerSteps';
  checkNet(fn, net);
  checkNumber(fn, 'lr', lr, nonNegative);
  const { x, y, W1, W2 } = net;
  const { f, df } = activations[net.activation];
  const z1 = note(affineUnchecked(W1, x, net.b1));
  const a1 = note(z1.map(f));
  const z2 = note(affineUnchecked(W2, a1, net.b2));
  const K = z2.length;
  let yHat: Vector;
  let loss: number;
  let dz2: Vector;
  if (net.loss === 'mse') {
    yHat = z2;
    loss = note(z2.reduce((acc, zk, k) => acc + (zk - y[k]) ** 2, 0) / K);
    dz2 = note(z2.map((zk, k) => (2 * (zk - y[k])) / K));
  } else {
    yHat = note(softmax(z2));
    const p = yHat;
    loss = note(-y.reduce((acc, yk, k) => (yk === 0 ? acc : acc + yk * Math.log(p[k])), 0));
    const ySum = y.reduce((acc, yk) => acc + yk, 0);
    dz2 = note(p.map((pk, k) => pk * ySum - y[k]));
  }
  const dW2 = note(outerUnchecked(dz2, a1));
  const da1 = note(transposeTimesUnchecked(W2, dz2));
  const fPrime = note(z1.map(df));
  const dz1 = note(da1.map((g, i) => g * fPrime[i]));
  const dW1 = note(outerUnchecked(dz1, x));
  const W1new = note(W1.map((row, i) => row.map((w, j) => w - lr * dW1[i][j])));
  return { z1, a1, z2, yHat, loss, dz2, dW2, da1, fPrime, dz1, dW1, W1new };
}
