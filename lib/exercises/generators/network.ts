// The two-layer network both backprop generators ask about: its notation, activations and loss convention.

import * as engine from '../engine';
import { givenVec, NOISE_FLOOR, texMat } from '../format';
import type { Rng } from '../random';
import type { Localized } from '../types';
import { times } from './common';
import { oncePerInputs } from './once';
import { softmaxStepsTex } from './softmax-steps';

export type Act = engine.Activation;
export type Loss = engine.NetworkLoss;

/** The given numbers of a two-layer network exercise (vectors as arrays, matrices as arrays of rows). */
export interface NetInputs {
  x: number[];
  W1: number[][];
  b1: number[];
  W2: number[][];
  b2: number[];
  y: number[];
  activation: Act;
  loss: Loss;
}

/** Past this activation, $1 - a$ (sigmoid) or $1 - a^2$ (tanh) keeps under 3 of the 4 figures written for $a$. */
const SATURATED = 0.98;

/** Whether a hidden unit with pre-activation `z` is that near its activation's bound of 1. */
function saturated(z: number, activation: Act): boolean {
  if (activation === 'sigmoid') return engine.sigmoid(z) > SATURATED;
  if (activation === 'tanh') return Math.abs(engine.tanh(z)) > SATURATED;
  return false;
}

/** The smallest output error $|\hat y_k - y_k|$ an exercise shows: any less, and a learner's rounding hides the gradient. */
export const VISIBLE_ERROR = 0.05;

/** Whether some output $\hat y_k$ (the logits `z2`, or their softmax for cross-entropy) is visibly off its target. */
export function outputErrorVisible(
  z2: readonly number[],
  y: readonly number[],
  loss: Loss,
): boolean {
  const yHat = loss === 'mse' ? z2 : engine.softmax(z2 as number[]);
  return yHat.some((yk, k) => Math.abs(yk - y[k]) >= VISIBLE_ERROR);
}

/**
 * One training step's values of a network (the learning rate plays no part in what is read),
 * computed once per inputs object: the draw's filters and a generator's build and mistakes share
 * them. The value is shared, so callers read it and never change it.
 */
export const stepsOf = oncePerInputs((inputs: NetInputs) => engine.twoLayerSteps(inputs, 0));

/**
 * Whether the backward pass reaches the hidden layer: some $\delta_1 = (W_2^\top \delta_2) \odot
 * f'(z_1)$ is not 0, so the SGD step changes $W_1$. With two classes, $\delta_2 = (p_1 - y_1)(1, -1)$
 * and a hidden unit whose two outgoing weights are equal gets exactly 0; when every live unit is
 * such a one, $\partial L / \partial W_1$ is all zeros and the step changes nothing.
 */
function hiddenLayerLearns(dz1: readonly number[]): boolean {
  return dz1.some((d) => Math.abs(d) > NOISE_FLOOR);
}

/**
 * Draws the numbers of an `nIn`-`nHid`-`nOut` network until `keep` accepts its forward pass (the
 * generators' draw filters): inputs, weights and biases with a decimal each, and a target that is
 * a one-hot class for cross-entropy.
 */
export function drawNetwork(
  rng: Rng,
  [nIn, nHid, nOut]: readonly [number, number, number],
  activation: Act,
  loss: Loss,
  keep: (z2: number[], y: number[]) => boolean,
): NetInputs {
  for (;;) {
    const x = rng.many(nIn, () => rng.away(-2, 2, 1, 0.2));
    const W1 = rng.many(nHid, () => rng.many(nIn, () => rng.away(-1.5, 1.5, 1, 0.1)));
    const b1 = rng.decimals(nHid, -1, 1, 1);
    const W2 = rng.many(nOut, () => rng.many(nHid, () => rng.away(-1.5, 1.5, 1, 0.1)));
    const b2 = rng.decimals(nOut, -1, 1, 1);
    const y =
      loss === 'mse' ? rng.decimals(nOut, -1, 2, 1) : rng.shuffle([1, ...times(nOut - 1, () => 0)]);
    const inputs = { x, W1, b1, W2, b2, y, activation, loss };
    // The whole step, not only the forward pass: the last filter reads δ₁, and the network kept
    // is then the one whose step the generator reads.
    const { z1, z2, dz1 } = stepsOf(inputs);
    // No unit at the ReLU's kink, and a live hidden unit.
    if (z1.some((zi) => Math.abs(zi) < 0.1)) continue;
    // No saturated unit: f'(z1) is worked out from a1 (a1(1 - a1), 1 - a1^2), which near 1 keeps
    // too few of a1's figures for a learner's rounding to leave the answer near the exact one.
    if (z1.some((zi) => saturated(zi, activation))) continue;
    if (activation === 'relu' && !z1.some((zi) => zi > 0)) continue;
    if (keep(z2, y) && hiddenLayerLearns(dz1)) return inputs;
  }
}

/** $f'(z)$ from $a = f(z)$, as the worked solution writes it: $a(1 - a)$ (sigmoid), $1 - a^2$ (tanh). */
export function derivativeFromActivation(a: number, activation: 'sigmoid' | 'tanh'): number {
  return activation === 'sigmoid' ? a * (1 - a) : 1 - a * a;
}

/** Each activation's TeX name and its derivative written at the pre-activation $z_1$. */
export const ACT: Record<Act, { tex: string; derivative: string }> = {
  sigmoid: { tex: '\\sigma', derivative: "\\sigma'(z_1) = a_1 (1 - a_1)" },
  tanh: { tex: '\\tanh', derivative: "\\tanh'(z_1) = 1 - a_1^2" },
  relu: { tex: '\\mathrm{ReLU}', derivative: "\\mathrm{ReLU}'(z_1) = [z_1 > 0]" },
};

/** The forward pass in the notes' notation: $z_1 = W_1 x + b_1$, $a_1 = f(z_1)$, $z_2 = W_2 a_1 + b_2$. */
export function forwardTex(activation: Act, loss: Loss): string {
  const yHat = loss === 'mse' ? '\\hat y = z_2' : '\\hat y = \\operatorname{softmax}(z_2)';
  return `z_1 = W_1 x + b_1,\\ a_1 = ${ACT[activation].tex}(z_1),\\ z_2 = W_2 a_1 + b_2,\\ ${yHat}`;
}

/** The loss in TeX; the mean keeps $K$ as a letter, since with $K = 2$ its $\frac{1}{2}$ would read as the ½ this loss does not have. */
export function lossTex(loss: Loss, K: number): string {
  if (loss === 'cross-entropy') return 'L = -\\sum_k y_k \\ln \\hat y_k';
  return K === 1 ? 'L = (\\hat y - y)^2' : 'L = \\frac{1}{K} \\sum_{k=1}^{K} (\\hat y_k - y_k)^2';
}

/** One sentence stating the loss convention, as every backprop prompt does. */
export function lossConvention(loss: Loss, K: number): Localized {
  const L = lossTex(loss, K);
  if (loss === 'cross-entropy') {
    return {
      ko: `손실은 원-핫 정답 $y$에 대한 교차 엔트로피 $${L}$이며 $\\hat y = \\operatorname{softmax}(z_2)$입니다.`,
      en: `The loss is the cross-entropy with the one-hot target $y$, $${L}$, where $\\hat y = \\operatorname{softmax}(z_2)$.`,
    };
  }
  if (K === 1) {
    return {
      ko: `손실은 제곱 오차 $${L}$입니다. PyTorch의 \`MSELoss\`처럼 앞에 $\\tfrac12$을 곱하지 않습니다.`,
      en: `The loss is the squared error $${L}$, as PyTorch's \`MSELoss\` takes it: no $\\tfrac12$ in front.`,
    };
  }
  return {
    ko: `손실은 출력 $K = ${K}$개에 대한 평균 제곱 오차 $${L}$입니다. PyTorch의 \`MSELoss\`처럼 $K$개의 평균만 내며, 앞에 $\\tfrac12$을 더 곱하지 않습니다.`,
    en: `The loss is the mean squared error over the $K = ${K}$ outputs, $${L}$: the mean PyTorch's \`MSELoss\` takes, with no extra $\\tfrac12$ in front.`,
  };
}

/** $\hat y = \operatorname{softmax}(z_2)$ worked out as the softmax exercise shows it. */
export const softmaxTex = (z2: number[]): string => softmaxStepsTex(z2, 'z_2', '\\hat y');

/** Every given number of the network, in TeX. */
export function givensTex(inp: NetInputs): string {
  return `x = ${givenVec(inp.x)},\\ W_1 = ${texMat(inp.W1, 8)},\\ b_1 = ${givenVec(inp.b1)},\\ W_2 = ${texMat(inp.W2, 8)},\\ b_2 = ${givenVec(inp.b2)},\\ y = ${givenVec(inp.y)}`;
}
