// One pure update step of SGD (plain and with L2 weight decay), momentum (PyTorch and EMA forms), Adagrad, RMSProp and Adam.

import type {
  AdagradHyper,
  AdamHyper,
  AdamState,
  EmaMomentumHyper,
  Matrix,
  MomentumHyper,
  RmspropHyper,
  SgdHyper,
  Vector,
} from './types';
import {
  checkCount,
  checkMatrix,
  checkNumber,
  checkRecord,
  checkState,
  checkVector,
  checkVectorLike,
  fail,
  nonNegative,
  positive,
  unitHalfOpen,
} from './validate';

/** Checks the parameters, the gradient (same length) and the learning rate every step takes. */
function checkStep(fn: string, params: Vector, grad: Vector, hyper: { lr: number }): void {
  checkVector(fn, 'params', params);
  checkVectorLike(fn, 'grad', grad, 'params', params);
  checkRecord(fn, 'hyper', hyper);
  checkNumber(fn, 'hyper.lr', hyper.lr, nonNegative);
}

/** Checks an optional hyperparameter and returns it or its default. */
function option(
  fn: string,
  name: string,
  value: number | undefined,
  fallback: number,
  iv = positive,
) {
  return checkNumber(fn, name, value ?? fallback, iv);
}

/**
 * Plain gradient descent, $\theta \leftarrow \theta - \eta\, g$.
 * @example sgdStep([1, 2], [0.5, -1], { lr: 0.1 }) // => [0.95, 2.1]
 */
export function sgdStep(params: Vector, grad: Vector, hyper: SgdHyper): Vector {
  checkStep('sgdStep', params, grad, hyper);
  return params.map((theta, i) => theta - hyper.lr * grad[i]);
}

/**
 * Gradient descent with L2 weight decay as PyTorch's `SGD(weight_decay=λ)` applies it:
 * $\theta \leftarrow \theta - \eta\,(g + \lambda \theta)$, the gradient of $L + \frac{\lambda}{2}\lVert\theta\rVert^2$;
 * every step first shrinks each weight by the factor $1 - \eta\lambda$.
 * @example sgdWeightDecayStep([2, -1], [0.5, 0], { lr: 0.1, weightDecay: 0.01 }) // => [1.948, -0.999]
 */
export function sgdWeightDecayStep(
  params: Vector,
  grad: Vector,
  hyper: { lr: number; weightDecay: number },
): Vector {
  const fn = 'sgdWeightDecayStep';
  checkStep(fn, params, grad, hyper);
  checkNumber(fn, 'hyper.weightDecay', hyper.weightDecay, nonNegative);
  return params.map((theta, i) => theta - hyper.lr * (grad[i] + hyper.weightDecay * theta));
}

/**
 * Gradient descent on a weight matrix, $W \leftarrow W - \eta \frac{\partial L}{\partial W}$, entry by entry.
 * @example sgdMatrixStep([[1, 2]], [[0.5, -1]], { lr: 0.1 }) // => [[0.95, 2.1]]
 */
export function sgdMatrixStep(W: Matrix, grad: Matrix, hyper: SgdHyper): Matrix {
  const fn = 'sgdMatrixStep';
  const shape = checkMatrix(fn, 'W', W);
  const g = checkMatrix(fn, 'grad', grad);
  if (g.rows !== shape.rows || g.cols !== shape.cols) {
    fail(fn, `grad is ${g.rows}x${g.cols} but W is ${shape.rows}x${shape.cols}`);
  }
  checkRecord(fn, 'hyper', hyper);
  checkNumber(fn, 'hyper.lr', hyper.lr, nonNegative);
  return W.map((row, i) => row.map((w, j) => w - hyper.lr * grad[i][j]));
}

/**
 * Momentum as PyTorch's SGD computes it: $v \leftarrow \mu v + g,\; \theta \leftarrow \theta - \eta v$
 * (a null `velocity` is $v = 0$). {@link emaMomentumStep} is the averaged form the notes use;
 * from $v = 0$ the two agree when $\mu = \beta$ and this step's $\eta$ is the other's $\eta (1 - \beta)$.
 * @example momentumStep([1], [0.5], [1], { lr: 0.1, momentum: 0.9 }).params // => [0.86]
 */
export function momentumStep(
  params: Vector,
  grad: Vector,
  velocity: Vector | null,
  hyper: MomentumHyper,
): { params: Vector; velocity: Vector } {
  const fn = 'momentumStep';
  checkStep(fn, params, grad, hyper);
  const mu = checkNumber(fn, 'hyper.momentum', hyper.momentum, unitHalfOpen);
  const v0 = checkState(fn, 'velocity', velocity, params);
  const v = v0.map((vi, i) => mu * vi + grad[i]);
  return { params: params.map((theta, i) => theta - hyper.lr * v[i]), velocity: v };
}

/**
 * Momentum as an exponential average of gradients: $v \leftarrow \beta v + (1 - \beta) g,\; \theta \leftarrow \theta - \eta v$.
 * Its $v$ is $(1 - \beta)$ times PyTorch's, so with learning rate $\eta$ it takes the same steps as
 * {@link momentumStep} with $\mu = \beta$ and learning rate $\eta (1 - \beta)$.
 * @example emaMomentumStep([1], [0.5], [1], { lr: 0.1, beta: 0.9 }).params // => [0.905]
 */
export function emaMomentumStep(
  params: Vector,
  grad: Vector,
  velocity: Vector | null,
  hyper: EmaMomentumHyper,
): { params: Vector; velocity: Vector } {
  const fn = 'emaMomentumStep';
  checkStep(fn, params, grad, hyper);
  const beta = checkNumber(fn, 'hyper.beta', hyper.beta, unitHalfOpen);
  const v0 = checkState(fn, 'velocity', velocity, params);
  const v = v0.map((vi, i) => beta * vi + (1 - beta) * grad[i]);
  return { params: params.map((theta, i) => theta - hyper.lr * v[i]), velocity: v };
}

/**
 * Adagrad: $G \leftarrow G + g^2,\; \theta \leftarrow \theta - \frac{\eta\, g}{\sqrt{G} + \epsilon}$ ($\epsilon$ = 1e-10).
 * @example adagradStep([1], [2], null, { lr: 0.1 }).params // => [0.900000000005]
 */
export function adagradStep(
  params: Vector,
  grad: Vector,
  sumSquares: Vector | null,
  hyper: AdagradHyper,
): { params: Vector; sumSquares: Vector } {
  const fn = 'adagradStep';
  checkStep(fn, params, grad, hyper);
  const eps = option(fn, 'hyper.eps', hyper.eps, 1e-10);
  const G0 = checkState(fn, 'sumSquares', sumSquares, params, nonNegative);
  const G = G0.map((Gi, i) => Gi + grad[i] * grad[i]);
  return {
    params: params.map((theta, i) => theta - (hyper.lr * grad[i]) / (Math.sqrt(G[i]) + eps)),
    sumSquares: G,
  };
}

/**
 * RMSProp: $E \leftarrow \rho E + (1 - \rho) g^2,\; \theta \leftarrow \theta - \frac{\eta\, g}{\sqrt{E} + \epsilon}$
 * ($\rho$ = 0.99, $\epsilon$ = 1e-8, as PyTorch's `alpha` and `eps`).
 * @example rmspropStep([1], [2], null, { lr: 0.01 }).params // => [0.9000000049999998]
 */
export function rmspropStep(
  params: Vector,
  grad: Vector,
  meanSquares: Vector | null,
  hyper: RmspropHyper,
): { params: Vector; meanSquares: Vector } {
  const fn = 'rmspropStep';
  checkStep(fn, params, grad, hyper);
  const rho = option(fn, 'hyper.rho', hyper.rho, 0.99, unitHalfOpen);
  const eps = option(fn, 'hyper.eps', hyper.eps, 1e-8);
  const E0 = checkState(fn, 'meanSquares', meanSquares, params, nonNegative);
  const E = E0.map((Ei, i) => rho * Ei + (1 - rho) * grad[i] * grad[i]);
  return {
    params: params.map((theta, i) => theta - (hyper.lr * grad[i]) / (Math.sqrt(E[i]) + eps)),
    meanSquares: E,
  };
}

/**
 * Adam: $m \leftarrow \beta_1 m + (1 - \beta_1) g,\; v \leftarrow \beta_2 v + (1 - \beta_2) g^2,\;
 * \hat m = \frac{m}{1 - \beta_1^t},\; \hat v = \frac{v}{1 - \beta_2^t},\; \theta \leftarrow \theta - \frac{\eta\, \hat m}{\sqrt{\hat v} + \epsilon}$,
 * where $t$ counts steps taken, this one included (defaults 0.9, 0.999, 1e-8).
 * @example adamStep([1], [2], null, { lr: 0.1 }).params // => [0.9000000005]
 */
export function adamStep(
  params: Vector,
  grad: Vector,
  state: AdamState | null,
  hyper: AdamHyper,
): { params: Vector; state: AdamState } {
  const fn = 'adamStep';
  checkStep(fn, params, grad, hyper);
  const beta1 = option(fn, 'hyper.beta1', hyper.beta1, 0.9, unitHalfOpen);
  const beta2 = option(fn, 'hyper.beta2', hyper.beta2, 0.999, unitHalfOpen);
  const eps = option(fn, 'hyper.eps', hyper.eps, 1e-8);
  let m0 = params.map(() => 0);
  let v0 = params.map(() => 0);
  let t = 1;
  if (state !== null && state !== undefined) {
    checkRecord(fn, 'state', state);
    m0 = checkVectorLike(fn, 'state.m', state.m, 'params', params);
    v0 = checkVectorLike(fn, 'state.v', state.v, 'params', params, nonNegative);
    t = checkCount(fn, 'state.t', state.t) + 1;
  }
  const m = m0.map((mi, i) => beta1 * mi + (1 - beta1) * grad[i]);
  const v = v0.map((vi, i) => beta2 * vi + (1 - beta2) * grad[i] * grad[i]);
  const { mHat, vHat } = biasCorrected(m, v, t, beta1, beta2);
  return {
    params: params.map((theta, i) => theta - (hyper.lr * mHat[i]) / (Math.sqrt(vHat[i]) + eps)),
    state: { m, v, t },
  };
}

function biasCorrected(m: Vector, v: Vector, t: number, beta1: number, beta2: number) {
  return { mHat: m.map((mi) => mi / (1 - beta1 ** t)), vHat: v.map((vi) => vi / (1 - beta2 ** t)) };
}

/**
 * Adam's bias-corrected moments after step $t$: $\hat m = \frac{m}{1 - \beta_1^t},\; \hat v = \frac{v}{1 - \beta_2^t}$
 * (the values {@link adamStep} divides by; defaults 0.9 and 0.999).
 * @example adamBiasCorrection({ m: [0.2], v: [0.004], t: 1 }, { lr: 0.1 }).mHat // => [2]
 */
export function adamBiasCorrection(
  state: AdamState,
  hyper: AdamHyper,
): { mHat: Vector; vHat: Vector } {
  const fn = 'adamBiasCorrection';
  checkRecord(fn, 'state', state);
  checkRecord(fn, 'hyper', hyper);
  const m = checkVector(fn, 'state.m', state.m);
  const v = checkVectorLike(fn, 'state.v', state.v, 'state.m', m, nonNegative);
  const t = checkCount(fn, 'state.t', state.t);
  if (t < 1) fail(fn, 'state.t must be at least 1 (the moments of a step taken)');
  const beta1 = option(fn, 'hyper.beta1', hyper.beta1, 0.9, unitHalfOpen);
  const beta2 = option(fn, 'hyper.beta2', hyper.beta2, 0.999, unitHalfOpen);
  return biasCorrected(m, v, t, beta1, beta2);
}
