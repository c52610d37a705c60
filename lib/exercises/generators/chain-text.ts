// What a backprop chain says: each part's label, prompt, answer format and worked solution.

import * as engine from '../engine';
import { given, tex, texMat, texVec } from '../format';
import { matrixFormat, scalarFormat, vectorFormat } from '../messages';
import type { AnswerValue, Localized, SolutionStep } from '../types';
import { type ChainInputs, type ChainValues, type PartId, type Value, vec } from './chain-parts';
import { L, step } from './common';
import {
  ACT,
  type Act,
  forwardTex,
  givensTex,
  lossConvention,
  lossTex,
  softmaxTex,
} from './network';

/** A part's quantity in TeX, as its box is labelled. */
export const LABEL: Record<PartId, string> = {
  z1: 'z_1',
  a1: 'a_1',
  z2: 'z_2',
  loss: 'L',
  dz2: '\\delta_2 = \\partial L / \\partial z_2',
  dW2: '\\partial L / \\partial W_2',
  da1: '\\partial L / \\partial a_1',
  dz1: '\\delta_1 = \\partial L / \\partial z_1',
  dW1: '\\partial L / \\partial W_1',
  W1new: 'W_1 - \\eta\\, \\partial L / \\partial W_1',
};

/** The same quantity in plain text, as a screen reader says a box's name (no TeX). */
export const NAME: Record<PartId, string> = {
  z1: 'z₁',
  a1: 'a₁',
  z2: 'z₂',
  loss: 'L',
  dz2: 'δ₂ = ∂L/∂z₂',
  dW2: '∂L/∂W₂',
  da1: '∂L/∂a₁',
  dz1: 'δ₁ = ∂L/∂z₁',
  dW1: '∂L/∂W₁',
  W1new: 'W₁ − η ∂L/∂W₁',
};

export const WHAT: Record<PartId, Localized> = {
  z1: L(
    '은닉층의 활성화 전 값 $z_1 = W_1 x + b_1$',
    'The hidden pre-activation $z_1 = W_1 x + b_1$',
  ),
  a1: L('은닉층의 활성화 값 $a_1 = f(z_1)$', 'The hidden activation $a_1 = f(z_1)$'),
  z2: L(
    '출력층의 활성화 전 값 $z_2 = W_2 a_1 + b_2$',
    'The output pre-activation $z_2 = W_2 a_1 + b_2$',
  ),
  loss: L('손실 $L$', 'The loss $L$'),
  dz2: L(
    '출력층의 오차 $\\delta_2 = \\partial L / \\partial z_2$',
    'The output error $\\delta_2 = \\partial L / \\partial z_2$',
  ),
  dW2: L(
    '출력층 가중치의 기울기 $\\partial L / \\partial W_2$',
    "The output weights' gradient $\\partial L / \\partial W_2$",
  ),
  da1: L(
    '은닉층 활성화 값에 대한 기울기 $\\partial L / \\partial a_1$',
    'The gradient at the hidden activation, $\\partial L / \\partial a_1$',
  ),
  dz1: L(
    '은닉층의 오차 $\\delta_1 = \\partial L / \\partial z_1$',
    'The hidden error $\\delta_1 = \\partial L / \\partial z_1$',
  ),
  dW1: L(
    '은닉층 가중치의 기울기 $\\partial L / \\partial W_1$',
    "The hidden weights' gradient $\\partial L / \\partial W_1$",
  ),
  W1new: L(
    '학습률 $\\eta$로 SGD 한 번 업데이트한 뒤의 $W_1$',
    '$W_1$ after one SGD step with learning rate $\\eta$',
  ),
};

const ACT_NAME: Record<Act, Localized> = {
  sigmoid: L('시그모이드', 'sigmoid'),
  tanh: L('tanh', 'tanh'),
  relu: L('ReLU', 'ReLU'),
};

/** A matrix part's answer format names its rows; one format per shape, made once and shared (never changed). */
const formats = new Map<string, Localized>();

/** The answer format of a part with this value's shape: a number, a vector or a matrix. */
export function formatOf(value: AnswerValue): Localized {
  const matrix = typeof value !== 'number' && Array.isArray(value[0]);
  const shape =
    typeof value === 'number'
      ? ''
      : matrix
        ? `${value.length}x${(value[0] as number[]).length}`
        : `${value.length}`;
  let format = formats.get(shape);
  if (format === undefined) {
    format =
      typeof value === 'number'
        ? scalarFormat()
        : matrix
          ? matrixFormat(
              value.length,
              (value[0] as number[]).length,
              L('행 = 그 층의 출력 뉴런(W₁이면 은닉 뉴런)', 'rows = units of the later layer'),
            )
          : vectorFormat(value.length);
    formats.set(shape, format);
  }
  return format;
}

const v = (u: Value) =>
  typeof u === 'number'
    ? tex(u)
    : Array.isArray(u[0])
      ? (u as number[][]).length === 1 && (u as number[][])[0].length === 1
        ? tex((u as number[][])[0][0])
        : texMat(u as number[][])
      : (u as number[]).length === 1
        ? tex((u as number[])[0])
        : texVec(u as number[]);

export function partSolution(id: PartId, inp: ChainInputs, t: ChainValues): SolutionStep[] {
  const act = ACT[inp.activation];
  const K = inp.y.length;
  switch (id) {
    case 'z1':
      return [step('순전파: 은닉층', 'Forward: hidden layer', `z_1 = W_1 x + b_1 = ${v(t.z1)}`)];
    case 'a1':
      return [step('활성화', 'Activation', `a_1 = ${act.tex}(z_1) = ${v(t.a1)}`)];
    case 'z2':
      return [step('순전파: 출력층', 'Forward: output layer', `z_2 = W_2 a_1 + b_2 = ${v(t.z2)}`)];
    case 'loss': {
      if (inp.loss === 'mse') {
        return [
          step(
            '손실 (평균 제곱 오차, $\\hat y = z_2$)',
            'Loss (mean squared error, $\\hat y = z_2$)',
            `${lossTex('mse', K)} = ${tex(t.loss as number)}`,
          ),
        ];
      }
      return [
        step('소프트맥스', 'Softmax', softmaxTex(vec(t.z2))),
        step(
          '손실 (정답 클래스의 음의 로그)',
          "Loss (minus the log of the right class's probability)",
          `L = -\\ln \\hat y_{${inp.y.indexOf(1) + 1}} = ${tex(t.loss as number)}`,
        ),
      ];
    }
    case 'dz2': {
      const rule =
        inp.loss === 'mse' ? `${K === 1 ? '2' : `\\tfrac{2}{${K}}`}(\\hat y - y)` : `\\hat y - y`;
      return [
        step(
          '출력층의 오차',
          'Error at the output',
          `\\delta_2 = \\frac{\\partial L}{\\partial z_2} = ${rule} = ${v(t.dz2)}`,
        ),
      ];
    }
    case 'dW2':
      return [
        step(
          '출력층 가중치의 기울기',
          "The output weights' gradient",
          `\\frac{\\partial L}{\\partial W_2} = \\delta_2\\, a_1^\\top = ${v(t.dW2)}`,
        ),
      ];
    case 'da1':
      return [
        step(
          '은닉층으로 역전파',
          'Back to the hidden layer',
          `\\frac{\\partial L}{\\partial a_1} = W_2^\\top \\delta_2 = ${v(t.da1)}`,
        ),
      ];
    case 'dz1': {
      const fPrime = engine.activationDerivative(vec(t.z1), inp.activation);
      return [
        step(
          '활성화 함수의 미분',
          "The activation's derivative",
          `${act.derivative} = ${v(fPrime)}`,
        ),
        step(
          '은닉층의 오차',
          'The hidden error',
          `\\delta_1 = \\frac{\\partial L}{\\partial a_1} \\odot f'(z_1) = ${v(t.dz1)}`,
        ),
      ];
    }
    case 'dW1':
      return [
        step(
          '은닉층 가중치의 기울기',
          "The hidden weights' gradient",
          `\\frac{\\partial L}{\\partial W_1} = \\delta_1\\, x^\\top = ${v(t.dW1)}`,
        ),
      ];
    case 'W1new':
      return [
        step(
          'SGD 한 번',
          'One SGD step',
          `W_1 - \\eta\\, \\frac{\\partial L}{\\partial W_1} = ${v(t.W1new)}`,
        ),
      ];
  }
}

/** The prompt: the network, its given numbers and the loss convention, in the notes' notation. */
export function chainPrompt(inp: ChainInputs): Localized {
  const convention = lossConvention(inp.loss, inp.y.length);
  const net = forwardTex(inp.activation, inp.loss);
  const givens = `${givensTex(inp)},\\ \\eta = ${given(inp.lr)}`;
  return L(
    `2층 신경망 $${net}$ (은닉층 활성화: ${ACT_NAME[inp.activation].ko})에서 $${givens}$일 때, 순전파와 역전파를 한 단계씩 계산하고 SGD로 $W_1$을 한 번 업데이트하세요. ${convention.ko}`,
    `A two-layer network computes $${net}$ (hidden activation: ${ACT_NAME[inp.activation].en}). With $${givens}$, work the forward and backward pass part by part and take one SGD step on $W_1$. ${convention.en}`,
  );
}
