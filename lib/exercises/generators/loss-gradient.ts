// The gradient a backward pass starts from: ∂L/∂ŷ of MAE and MSE, and p − y for sigmoid + BCE and softmax + CE.

import * as engine from '../engine';
import { givenVec, texVec } from '../format';
import { vectorFormat } from '../messages';
import { identity, type Note } from '../tolerance';
import type { AnswerValue } from '../types';
import { defineGenerator, L, step } from './common';
import { softmaxNoted, softmaxStepsTex } from './softmax-steps';

interface Inputs {
  /** Level 1: which regression loss. */
  loss?: 'mae' | 'mse';
  /** Targets: real values (level 1), 0/1 labels (level 2) or a one-hot vector (level 3). */
  y: number[];
  /** Level 1: predictions. */
  yhat?: number[];
  /** Levels 2–3: logits. */
  z?: number[];
}

type Id =
  | 'no-mean'
  | 'sign-flipped'
  | 'no-factor-two'
  | 'residual-not-sign'
  | 'gradient-wrt-p'
  | 'no-activation';

const residual = (inp: Inputs) => (inp.yhat as number[]).map((p, i) => p - inp.y[i]);
/**
 * Level 2: σ(z) of each logit; level 3: the softmax of the logits, worked out as the solution
 * shows it. Each value the solution shows goes through `note`.
 */
const probabilities = (inp: Inputs, level: number, note: Note = identity) =>
  level === 3
    ? softmaxNoted(inp.z as number[], note)
    : note((inp.z as number[]).map(engine.sigmoid));

export const lossGradient = defineGenerator<Inputs, Id>({
  id: 'loss-gradient',
  topic: 'backpropagation',
  title: L('손실의 기울기', 'Loss gradients'),
  levels: {
    1: L('MAE 또는 MSE, 예측 세 개', 'MAE or MSE, three predictions'),
    2: L('시그모이드와 이진 교차 엔트로피', 'sigmoid with binary cross-entropy'),
    3: L('소프트맥스와 범주형 교차 엔트로피', 'softmax with categorical cross-entropy'),
  },
  mistakes: {
    'no-mean': {
      name: L('평균의 $1/N$ 누락', 'Left out the $1/N$ of the mean'),
      explanation: L(
        '손실이 $N$개 값의 평균이므로 각 항의 미분에 $\\frac{1}{N}$이 곱해집니다.',
        'The loss is a mean over $N$ values, so each term’s derivative carries a factor $\\frac{1}{N}$.',
      ),
    },
    'sign-flipped': {
      name: L('부호 반대', 'Sign flipped'),
      explanation: L(
        '예측이 정답보다 크면 손실을 줄이기 위해 예측을 낮춰야 하므로 기울기는 양수입니다. 즉 $\\hat y - y$(또는 $p - y$) 순서로 뺍니다.',
        'When the prediction is above the target the loss falls as the prediction falls, so the gradient is positive: $\\hat y - y$ (or $p - y$), in that order.',
      ),
    },
    'no-factor-two': {
      name: L('제곱의 미분에서 2 누락', 'Dropped the 2 of the square'),
      explanation: L(
        '$\\frac{\\partial}{\\partial \\hat y}(\\hat y - y)^2 = 2(\\hat y - y)$입니다.',
        '$\\frac{\\partial}{\\partial \\hat y}(\\hat y - y)^2 = 2(\\hat y - y)$.',
      ),
    },
    'residual-not-sign': {
      name: L('오차 크기를 그대로 씀', 'Used the error instead of its sign'),
      explanation: L(
        '$|\\hat y - y|$의 미분은 $\\operatorname{sign}(\\hat y - y)$, 즉 $\\pm 1$입니다. 오차가 커도 기울기의 크기는 같습니다.',
        'The derivative of $|\\hat y - y|$ is $\\operatorname{sign}(\\hat y - y)$, that is $\\pm 1$: the gradient has the same size however large the error.',
      ),
    },
    'gradient-wrt-p': {
      name: L('확률에 대한 미분에서 멈춤', 'Stopped at the derivative with respect to p'),
      explanation: L(
        '로짓 $z$에 대한 기울기를 구하려면 $\\frac{\\partial L}{\\partial p}$에 활성화 함수의 미분을 곱해야 합니다. 둘이 약분되어 $p - y$만 남습니다.',
        'The gradient with respect to the logits $z$ multiplies $\\frac{\\partial L}{\\partial p}$ by the activation’s derivative; the two cancel to $p - y$.',
      ),
    },
    'no-activation': {
      name: L('확률 대신 로짓을 씀', 'Used the logits, not the probabilities'),
      explanation: L(
        '$p - y$의 $p$는 로짓 $z$에 활성화 함수를 적용한 확률입니다.',
        'The $p$ in $p - y$ is the probability, the activation applied to the logits $z$.',
      ),
    },
  },
  draw(rng, level) {
    if (level === 1) {
      const loss = rng.pick(['mae', 'mse'] as const);
      for (;;) {
        const y = rng.decimals(3, -2, 4, 1);
        const yhat = y.map((v) => Math.round((v + rng.away(-2, 2, 1, 0.2)) * 10) / 10);
        if (yhat.every((p, i) => p !== y[i])) return { loss, y, yhat };
      }
    }
    if (level === 2) {
      const n = rng.pick([2, 3]);
      const y = rng.many(n, () => (rng.chance(0.5) ? 1 : 0));
      return { y, z: rng.decimals(n, -3, 3, 1).map((z) => (z === 0 ? 0.5 : z)) };
    }
    const k = rng.int(0, 2);
    for (;;) {
      const z = rng.decimals(3, -2, 3, 1);
      if (new Set(z).size === 3) return { y: [0, 1, 2].map((j) => (j === k ? 1 : 0)), z };
    }
  },
  build(inp, level) {
    const n = inp.y.length;
    if (level === 1) {
      const yhat = inp.yhat as number[];
      const r = residual(inp);
      const mse = inp.loss === 'mse';
      const g = mse
        ? engine.meanSquaredErrorGradient(inp.y, yhat)
        : engine.meanAbsoluteErrorGradient(inp.y, yhat);
      const name = mse
        ? L('평균 제곱 오차', 'mean squared error')
        : L('평균 절대 오차', 'mean absolute error');
      const formula = mse
        ? `L = \\frac{1}{N}\\sum_i (\\hat y_i - y_i)^2`
        : `L = \\frac{1}{N}\\sum_i |\\hat y_i - y_i|`;
      const predictions = givenVec(yhat);
      const targets = givenVec(inp.y);
      return {
        value: g,
        prompt: L(
          `정답 $y = ${targets}$, 예측 $\\hat y = ${predictions}$에 대한 ${name.ko} $${formula}$의 기울기 $\\frac{\\partial L}{\\partial \\hat y}$를 구하세요.`,
          `For targets $y = ${targets}$ and predictions $\\hat y = ${predictions}$, compute the gradient $\\frac{\\partial L}{\\partial \\hat y}$ of the ${name.en} $${formula}$.`,
        ),
        solution: [
          step('오차', 'Errors', `\\hat y - y = ${texVec(r)}`),
          mse
            ? step(
                '제곱의 미분은 $2(\\hat y_i - y_i)$, 평균이므로 $\\frac{1}{N}$',
                'The square differentiates to $2(\\hat y_i - y_i)$; the mean adds $\\frac{1}{N}$',
                `\\frac{\\partial L}{\\partial \\hat y} = \\frac{2}{${n}}(\\hat y - y) = ${texVec(g)}`,
              )
            : step(
                '절댓값의 미분은 부호, 평균이므로 $\\frac{1}{N}$',
                'The absolute value differentiates to the sign; the mean adds $\\frac{1}{N}$',
                `\\frac{\\partial L}{\\partial \\hat y} = \\frac{1}{${n}}\\operatorname{sign}(\\hat y - y) = \\frac{1}{${n}}${texVec(r.map(Math.sign))} = ${texVec(g)}`,
              ),
        ],
        format: vectorFormat(
          n,
          L('$\\partial L / \\partial \\hat y$', '$\\partial L / \\partial \\hat y$'),
        ),
      };
    }
    const z = inp.z as number[];
    if (level === 2) {
      const p = z.map(engine.sigmoid);
      const g = engine.sigmoidCrossEntropyGradient(inp.y, z);
      return {
        value: g,
        prompt: L(
          `출력층이 시그모이드 $p = \\sigma(z)$이고 손실이 이진 교차 엔트로피의 평균 $L = -\\frac{1}{N}\\sum_i [y_i \\ln p_i + (1 - y_i)\\ln(1 - p_i)]$입니다. 로짓 $z = ${givenVec(z)}$, 레이블 $y = ${givenVec(inp.y)}$일 때 $\\frac{\\partial L}{\\partial z}$를 구하세요.`,
          `The output layer is a sigmoid $p = \\sigma(z)$ and the loss is the mean binary cross-entropy $L = -\\frac{1}{N}\\sum_i [y_i \\ln p_i + (1 - y_i)\\ln(1 - p_i)]$. For logits $z = ${givenVec(z)}$ and labels $y = ${givenVec(inp.y)}$, compute $\\frac{\\partial L}{\\partial z}$.`,
        ),
        solution: [
          step('확률', 'Probabilities', `p = \\sigma(z) = ${texVec(p)}`),
          step(
            "$\\frac{\\partial L}{\\partial p_i} = \\frac{1}{N}\\frac{p_i - y_i}{p_i(1 - p_i)}$와 $\\sigma'(z_i) = p_i(1 - p_i)$가 약분됨",
            "$\\frac{\\partial L}{\\partial p_i} = \\frac{1}{N}\\frac{p_i - y_i}{p_i(1 - p_i)}$ and $\\sigma'(z_i) = p_i(1 - p_i)$ cancel",
            `\\frac{\\partial L}{\\partial z} = \\frac{p - y}{${n}} = ${texVec(g)}`,
          ),
        ],
        format: vectorFormat(n, L('$\\partial L / \\partial z$', '$\\partial L / \\partial z$')),
      };
    }
    const [g] = engine.softmaxCrossEntropyGradient([inp.y], [z]);
    return {
      value: g,
      prompt: L(
        `출력층이 소프트맥스 $p = \\operatorname{softmax}(z)$이고 손실이 범주형 교차 엔트로피 $L = -\\sum_j y_j \\ln p_j$입니다 (샘플 하나). 로짓 $z = ${givenVec(z)}$, 원-핫 레이블 $y = ${givenVec(inp.y)}$일 때 $\\frac{\\partial L}{\\partial z}$를 구하세요.`,
        `The output layer is a softmax $p = \\operatorname{softmax}(z)$ and the loss is the categorical cross-entropy $L = -\\sum_j y_j \\ln p_j$ (one sample). For logits $z = ${givenVec(z)}$ and the one-hot label $y = ${givenVec(inp.y)}$, compute $\\frac{\\partial L}{\\partial z}$.`,
      ),
      solution: [
        step('확률', 'Probabilities', softmaxStepsTex(z, 'z', 'p')),
        step(
          '소프트맥스의 야코비안과 $-y_j / p_j$가 약분되어 $p - y$',
          'The softmax Jacobian and $-y_j / p_j$ cancel to $p - y$',
          `\\frac{\\partial L}{\\partial z} = p - y = ${texVec(g)}`,
        ),
      ],
      format: vectorFormat(3, L('$\\partial L / \\partial z$', '$\\partial L / \\partial z$')),
    };
  },
  path(inp, level, note) {
    const n = inp.y.length;
    if (level === 1) {
      const r = note(residual(inp));
      return inp.loss === 'mse' ? r.map((ri) => (2 * ri) / n) : r.map((ri) => Math.sign(ri) / n);
    }
    const p = probabilities(inp, level, note);
    return level === 2 ? p.map((pi, i) => (pi - inp.y[i]) / n) : p.map((pi, i) => pi - inp.y[i]);
  },
  wrong(inp, level) {
    const n = inp.y.length;
    if (level === 1) {
      const r = residual(inp);
      const mse = inp.loss === 'mse';
      const slope = (ri: number) => (mse ? 2 * ri : Math.sign(ri));
      const out: Array<[Id, AnswerValue]> = [
        ['no-mean', r.map(slope)],
        ['sign-flipped', r.map((ri) => -slope(ri) / n)],
      ];
      out.push(
        mse
          ? ['no-factor-two', r.map((ri) => ri / n)]
          : ['residual-not-sign', r.map((ri) => ri / n)],
      );
      return out;
    }
    const z = inp.z as number[];
    const p = probabilities(inp, level);
    const scale = level === 2 ? 1 / n : 1;
    const out: Array<[Id, AnswerValue]> = [
      ['sign-flipped', p.map((pi, i) => (inp.y[i] - pi) * scale)],
      ['no-activation', z.map((zi, i) => (zi - inp.y[i]) * scale)],
    ];
    if (level === 2) {
      out.push(['no-mean', p.map((pi, i) => pi - inp.y[i])]);
      out.push(['gradient-wrt-p', p.map((pi, i) => (pi - inp.y[i]) / (pi * (1 - pi)) / n)]);
    } else {
      out.push(['gradient-wrt-p', p.map((pi, i) => -inp.y[i] / pi)]);
    }
    return out;
  },
});
