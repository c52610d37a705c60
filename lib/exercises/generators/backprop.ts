// Backpropagation through a small two-layer network: one weight, one column, then the whole W1.

import { withParticle } from '@/lib/i18n/particle';
import * as engine from '../engine';
import { tex, texMat, texVec } from '../format';
import { matrixFormat, scalarFormat, vectorFormat } from '../messages';
import { givenVec, mul, outer, transposeTimes } from '../runs';
import type { AnswerValue, Level, Localized } from '../types';
import { byLevel, defineGenerator, L, step } from './common';
import {
  ACT,
  type Act,
  drawNetwork,
  forwardTex,
  givensTex,
  type Loss,
  lossConvention,
  lossTex,
  type NetInputs,
  outputErrorVisible,
  softmaxTex,
  stepsOf,
  VISIBLE_ERROR,
} from './network';
import { derivativeRuns, forwardRuns, outputDeltaRuns } from './network-runs';
import { oncePerInputs } from './once';

type Inputs = NetInputs;

type Id =
  | 'no-activation-derivative'
  | 'derivative-at-output'
  | 'no-factor-two'
  | 'logits-as-probabilities'
  | 'sign-flipped';

const SHAPES: Record<Level, [number, number, number]> = {
  1: [1, 1, 1],
  2: [1, 2, 1],
  3: [2, 2, 2],
};

/** dW1 from a given $\partial L / \partial a_1$ and a given factor in place of $f'(z_1)$. */
function gradientsWith(inp: Inputs, da1: number[], factor: number[]) {
  return engine.outer(engine.hadamard(da1, factor), inp.x);
}

/**
 * Each exercise's pass, computed once and shared by its build and its mistakes: the engine's
 * steps of one training step (those the draw computed), and the loss.
 */
const passOf = oncePerInputs((inp: Inputs) => {
  const steps = stepsOf(inp);
  return { ...steps, loss: engine.networkLoss(steps.z2, inp.y, inp.loss) };
});

/**
 * What each level asks for, the Korean with its object particle: the same words in every exercise
 * of a level, so the particle is chosen once.
 */
const ASKED: Record<Level, Localized> = {
  1: L(
    withParticle('$\\partial L / \\partial W_1$ (스칼라 하나)', '을'),
    '$\\partial L / \\partial W_1$ (a single number)',
  ),
  2: L(
    withParticle(
      '은닉 뉴런 두 개의 입력 가중치 기울기 $\\partial L / \\partial W_1$ (길이 2 벡터)',
      '을',
    ),
    "the gradient $\\partial L / \\partial W_1$ of the two hidden units' input weights (a vector of 2)",
  ),
  3: L(
    withParticle('$\\partial L / \\partial W_1$ (2×2 행렬)', '을'),
    '$\\partial L / \\partial W_1$ (a 2×2 matrix)',
  ),
};

export const backprop = defineGenerator<Inputs, Id>({
  id: 'backprop',
  topic: 'backpropagation',
  title: L('역전파', 'Backpropagation'),
  levels: {
    1: L('층마다 뉴런 하나: 가중치 하나', 'one unit per layer: one weight'),
    2: L('은닉 뉴런 두 개: 가중치 두 개', 'two hidden units: two weights'),
    3: L('층마다 뉴런 두 개: 2×2 행렬', 'two units per layer: a 2×2 matrix'),
  },
  mistakes: {
    'no-activation-derivative': {
      name: L('활성화 함수의 미분 누락', "Left out the activation's derivative"),
      explanation: L(
        "은닉층을 거꾸로 지날 때 $f'(z_1)$을 원소별로 곱해야 합니다: $\\delta_1 = (W_2^\\top \\delta_2) \\odot f'(z_1)$.",
        "Going back through the hidden layer multiplies by $f'(z_1)$ elementwise: $\\delta_1 = (W_2^\\top \\delta_2) \\odot f'(z_1)$.",
      ),
    },
    'derivative-at-output': {
      name: L('활성화 값에서 미분을 계산', 'Derivative taken at the activation'),
      explanation: L(
        "$f'$은 활성화 전 값 $z_1$에서 계산합니다. $a_1 = f(z_1)$을 $f'$에 넣지 마세요 (시그모이드라면 $\\sigma'(z_1) = a_1(1 - a_1)$).",
        "Evaluate $f'$ at the pre-activation $z_1$, not at $a_1 = f(z_1)$ (for the sigmoid, $\\sigma'(z_1) = a_1(1 - a_1)$).",
      ),
    },
    'no-factor-two': {
      name: L('MSE 미분의 2 누락', 'Dropped the 2 of the squared error'),
      explanation: L(
        '이 손실에는 $\\tfrac12$이 없으므로 $\\frac{\\partial}{\\partial \\hat y}(\\hat y - y)^2 = 2(\\hat y - y)$입니다 (출력이 $K$개면 $\\frac{2}{K}(\\hat y - y)$).',
        'This loss has no $\\tfrac12$, so $\\frac{\\partial}{\\partial \\hat y}(\\hat y - y)^2 = 2(\\hat y - y)$ (with $K$ outputs, $\\frac{2}{K}(\\hat y - y)$).',
      ),
    },
    'logits-as-probabilities': {
      name: L('소프트맥스 누락', 'Forgot the softmax'),
      explanation: L(
        '교차 엔트로피의 출력 오차는 $\\delta_2 = \\hat y - y$이며 $\\hat y = \\operatorname{softmax}(z_2)$입니다. 로짓 $z_2$를 그대로 쓰지 마세요.',
        'The output error of cross-entropy is $\\delta_2 = \\hat y - y$ with $\\hat y = \\operatorname{softmax}(z_2)$, not the logits $z_2$.',
      ),
    },
    'sign-flipped': {
      name: L('부호가 반대', 'Sign flipped'),
      explanation: L(
        '출력 오차는 $\\hat y - y$ 방향입니다 ($y - \\hat y$가 아님).',
        'The output error points along $\\hat y - y$, not $y - \\hat y$.',
      ),
    },
  },
  draw(rng, level) {
    const activation: Act =
      level === 1
        ? 'sigmoid'
        : level === 2
          ? rng.pick(['sigmoid', 'tanh'])
          : rng.pick(['sigmoid', 'tanh', 'relu']);
    const loss: Loss = level === 3 && rng.chance(0.5) ? 'cross-entropy' : 'mse';
    // Keep the output error visible (a draw filter, not an answer).
    return drawNetwork(rng, SHAPES[level], activation, loss, (z2, y) =>
      loss === 'cross-entropy'
        ? outputErrorVisible(z2, y, loss)
        : Math.abs(z2[0] - y[0]) >= VISIBLE_ERROR,
    );
  },
  build(inp, level) {
    const act = ACT[inp.activation];
    const { z1, a1, z2, yHat, loss, dz2, fPrime, dz1, dW1 } = passOf(inp);
    const K = inp.y.length;
    const v = (u: number[]) => (u.length === 1 ? tex(u[0]) : texVec(u));
    const delta2 =
      inp.loss === 'mse'
        ? `\\delta_2 = \\frac{\\partial L}{\\partial z_2} = ${K === 1 ? '2' : `\\tfrac{2}{${K}}`}(\\hat y - y) = ${v(dz2)}`
        : `\\delta_2 = \\frac{\\partial L}{\\partial z_2} = \\hat y - y = ${v(dz2)}`;
    const asked = ASKED[level];
    const convention = lossConvention(inp.loss, K);
    const net = forwardTex(inp.activation, inp.loss);
    const givens = givensTex(inp);
    return {
      value: byLevel(dW1, level),
      prompt: L(
        `2층 신경망 $${net}$에서 $${givens}$일 때 ${asked.ko} 구하세요. ${convention.ko}`,
        `A two-layer network computes $${net}$. With $${givens}$, compute ${asked.en}. ${convention.en}`,
      ),
      solution: [
        step(
          '순전파: 은닉층',
          'Forward: hidden layer',
          `z_1 = W_1 x + b_1 = ${v(z1)},\\quad a_1 = ${act.tex}(z_1) = ${v(a1)}`,
        ),
        step(
          '순전파: 출력과 손실',
          'Forward: output and loss',
          `z_2 = W_2 a_1 + b_2 = ${v(z2)},\\quad ${inp.loss === 'mse' ? `\\hat y = ${v(yHat)}` : softmaxTex(z2)},\\quad ${lossTex(inp.loss, K)} = ${tex(loss)}`,
        ),
        step('출력층의 오차', 'Error at the output', delta2),
        step(
          '활성화 함수의 미분',
          "The activation's derivative",
          `${act.derivative} = ${v(fPrime)}`,
        ),
        step(
          '은닉층으로 역전파',
          'Back through the hidden layer',
          `\\delta_1 = \\frac{\\partial L}{\\partial z_1} = (W_2^\\top \\delta_2) \\odot f'(z_1) = ${v(dz1)}`,
        ),
        step(
          '가중치 기울기',
          'Weight gradient',
          `\\frac{\\partial L}{\\partial W_1} = \\delta_1\\, x^\\top = ${texMat(dW1)}`,
        ),
      ],
      format:
        level === 1
          ? scalarFormat()
          : level === 2
            ? vectorFormat(
                2,
                L(
                  '$[\\partial L/\\partial W_{1,11},\\ \\partial L/\\partial W_{1,21}]$',
                  '$[\\partial L/\\partial W_{1,11},\\ \\partial L/\\partial W_{1,21}]$',
                ),
              )
            : matrixFormat(
                2,
                2,
                L(
                  '$\\partial L/\\partial W_1$ (행 = 그 층의 출력 뉴런(W₁이면 은닉 뉴런))',
                  '$\\partial L/\\partial W_1$ (rows = hidden units)',
                ),
              ),
    };
  },
  runs(inp, level, note) {
    const { z1, a1, z2 } = forwardRuns(inp, note);
    const delta2 = note(outputDeltaRuns(inp, z2, note));
    const dfz = note(derivativeRuns(z1, a1, inp.activation));
    const delta1 = note(transposeTimes(inp.W2, delta2).map((g, i) => mul(g, dfz[i])));
    return byLevel(outer(delta1, givenVec(inp.x)), level);
  },
  wrong(inp, level) {
    const { z2, a1, dz2, da1, fPrime, dW1 } = passOf(inp);
    const ones = a1.map(() => 1);
    const out: Array<[Id, AnswerValue]> = [
      ['no-activation-derivative', byLevel(gradientsWith(inp, da1, ones), level)],
      [
        'derivative-at-output',
        byLevel(gradientsWith(inp, da1, engine.activationDerivative(a1, inp.activation)), level),
      ],
      [
        'sign-flipped',
        byLevel(
          dW1.map((r) => r.map((x) => -x)),
          level,
        ),
      ],
    ];
    // Another output error flows back through W₂ on its own.
    const back = (delta2: number[]) => engine.transposeTimes(inp.W2, delta2);
    if (inp.loss === 'mse') {
      const half = dz2.map((d) => d / 2);
      out.push(['no-factor-two', byLevel(gradientsWith(inp, back(half), fPrime), level)]);
    } else {
      const raw = z2.map((zk, k) => zk - inp.y[k]);
      out.push(['logits-as-probabilities', byLevel(gradientsWith(inp, back(raw), fPrime), level)]);
    }
    return out;
  },
});
