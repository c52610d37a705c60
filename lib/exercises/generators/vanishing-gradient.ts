// Vanishing gradients: how the chain rule multiplies sigmoid slopes (at most 0.25) layer after layer.

import * as engine from '../engine';
import { given, givenVec, tex, texGiven, texParen, texVec } from '../format';
import { scalarFormat, vectorFormat } from '../messages';
import type { AnswerValue } from '../types';
import { defineGenerator, L, step } from './common';

interface Inputs {
  /** Level 1: the pre-activations of three stacked sigmoid units (unit weights). */
  z?: number[];
  /** Levels 2–3: the input and one weight per layer. */
  x?: number;
  w?: number[];
}

type Id = 'sigmoid-for-derivative' | 'sum-not-product' | 'no-weights' | 'no-activation-derivative';

/** Forward pass a_k = σ(w_k a_{k-1}); returns the pre-activations. */
function forward(x: number, w: number[]): number[] {
  const z: number[] = [];
  let a = x;
  for (const wk of w) {
    z.push(wk * a);
    a = engine.sigmoid(wk * a);
  }
  return z;
}

/** ∂a_n/∂a_{k-1} for k = n … 1, each factor `local(k)` multiplied in from the top. */
function backward(n: number, local: (k: number) => number): number[] {
  const out: number[] = [];
  let g = 1;
  for (let k = n - 1; k >= 0; k--) {
    g *= local(k);
    out.push(g);
  }
  return out;
}

export const vanishingGradient = defineGenerator<Inputs, Id>({
  id: 'vanishing-gradient',
  topic: 'backpropagation',
  title: L('기울기 소실', 'Vanishing gradient'),
  mistakes: {
    'sigmoid-for-derivative': {
      name: L('σ′ 대신 σ를 곱함', 'Multiplied σ instead of σ′'),
      explanation: L(
        "연쇄 법칙은 각 층의 도함수 $\\sigma'(z) = \\sigma(z)(1 - \\sigma(z)) \\le 0.25$를 곱합니다.",
        "The chain rule multiplies each layer's derivative $\\sigma'(z) = \\sigma(z)(1 - \\sigma(z)) \\le 0.25$.",
      ),
    },
    'sum-not-product': {
      name: L('곱 대신 합', 'Added instead of multiplied'),
      explanation: L(
        '층을 거칠 때마다 국소 기울기를 곱합니다.',
        'Each layer multiplies in its local gradient.',
      ),
    },
    'no-weights': {
      name: L('가중치 누락', 'Left out the weights'),
      explanation: L(
        "$z_k = w_k a_{k-1}$이므로 층마다 $\\sigma'(z_k)\\, w_k$를 곱합니다.",
        "Since $z_k = w_k a_{k-1}$, each layer contributes $\\sigma'(z_k)\\, w_k$.",
      ),
    },
    'no-activation-derivative': {
      name: L('활성화 함수의 미분 누락', "Left out the activation's derivative"),
      explanation: L(
        "가중치만 곱했습니다. 각 층의 $\\sigma'(z_k)$도 곱해야 하며, 이 값이 기울기를 줄입니다.",
        "You multiplied only the weights; each layer's $\\sigma'(z_k)$ belongs in the product, and it is what shrinks the gradient.",
      ),
    },
  },
  draw(rng, level) {
    if (level === 1) return { z: rng.decimals(3, -3, 3, 1) };
    const n = level === 2 ? 2 : 4;
    return {
      x: rng.away(-2, 2, 1, 0.2),
      w: Array.from({ length: n }, () => rng.away(-2, 2, 1, 0.5)),
    };
  },
  build(inp, level) {
    if (level === 1) {
      const z = inp.z as number[];
      const d = z.map(engine.sigmoidDerivative);
      const v = d.reduce((p, q) => p * q, 1);
      return {
        value: v,
        prompt: L(
          `가중치가 1인 시그모이드 유닛 세 개가 쌓여 있고, 각 유닛의 활성화 이전 값이 $z = ${givenVec(z)}$입니다. 연쇄 법칙으로 세 층을 거친 기울기 배율 $\\prod_k \\sigma'(z_k)$를 구하세요.`,
          `Three sigmoid units are stacked with unit weights; their pre-activations are $z = ${givenVec(z)}$. By the chain rule, compute the factor $\\prod_k \\sigma'(z_k)$ by which the gradient is scaled through the three layers.`,
        ),
        solution: [
          step(
            '각 층의 도함수',
            "Each layer's derivative",
            `\\sigma'(z) = \\sigma(z)(1 - \\sigma(z)) = ${texVec(d)}`,
          ),
          step(
            '곱합니다 (각 인자는 최대 0.25).',
            'Multiply them (each factor is at most 0.25).',
            `${d.map((x) => tex(x)).join(' \\times ')} = ${tex(v)}`,
          ),
        ],
        format: scalarFormat(),
      };
    }
    const x = inp.x as number;
    const w = inp.w as number[];
    const z = forward(x, w);
    const d = z.map(engine.sigmoidDerivative);
    const g = backward(w.length, (k) => d[k] * w[k]);
    const n = w.length;
    const chain = `a_0 = x,\\quad z_k = w_k\\, a_{k-1},\\quad a_k = \\sigma(z_k)`;
    const solution = [
      step('순전파', 'Forward pass', `z = ${texVec(z)},\\quad \\sigma'(z) = ${texVec(d)}`),
      step(
        "층마다 국소 기울기 $\\partial a_k / \\partial a_{k-1} = \\sigma'(z_k)\\, w_k$",
        "Local gradient of each layer, $\\partial a_k / \\partial a_{k-1} = \\sigma'(z_k)\\, w_k$",
        texVec(d.map((dk, k) => dk * w[k])),
      ),
      step(
        '위층부터 곱해 내려갑니다.',
        'Multiply them from the top down.',
        g
          .map((gk, i) => `\\frac{\\partial a_{${n}}}{\\partial a_{${n - 1 - i}}} = ${tex(gk)}`)
          .join(',\\quad '),
      ),
    ];
    const wText = w.map((wk, k) => `w_{${k + 1}} = ${texGiven(wk)}`).join(',\\ ');
    if (level === 2) {
      return {
        value: g[1],
        prompt: L(
          `두 층 시그모이드 사슬 $${chain}$에서 $x = ${given(x)}$, $${wText}$입니다. $\\partial a_2 / \\partial x$를 구하세요.`,
          `In the two-layer sigmoid chain $${chain}$ with $x = ${given(x)}$ and $${wText}$, compute $\\partial a_2 / \\partial x$.`,
        ),
        solution: [
          ...solution,
          step(
            '연쇄 법칙',
            'Chain rule',
            `\\frac{\\partial a_2}{\\partial x} = \\sigma'(z_2)\\, w_2\\, \\sigma'(z_1)\\, w_1 = ${tex(d[1])} \\cdot ${texParen(w[1])} \\cdot ${tex(d[0])} \\cdot ${texParen(w[0])} = ${tex(g[1])}`,
          ),
        ],
        format: scalarFormat(),
      };
    }
    return {
      value: g,
      prompt: L(
        `네 층 시그모이드 사슬 $${chain}$에서 $x = ${given(x)}$, $${wText}$입니다. 출력 $a_4$의 기울기가 아래로 전해지는 값 $\\left[\\frac{\\partial a_4}{\\partial a_3}, \\frac{\\partial a_4}{\\partial a_2}, \\frac{\\partial a_4}{\\partial a_1}, \\frac{\\partial a_4}{\\partial x}\\right]$를 구하고, 얼마나 빨리 줄어드는지 보세요.`,
        `In the four-layer sigmoid chain $${chain}$ with $x = ${given(x)}$ and $${wText}$, compute how the gradient of the output $a_4$ travels down: $\\left[\\frac{\\partial a_4}{\\partial a_3}, \\frac{\\partial a_4}{\\partial a_2}, \\frac{\\partial a_4}{\\partial a_1}, \\frac{\\partial a_4}{\\partial x}\\right]$, and watch how fast it shrinks.`,
      ),
      solution,
      format: vectorFormat(4),
    };
  },
  wrong(inp, level) {
    if (level === 1) {
      const z = inp.z as number[];
      return [
        ['sigmoid-for-derivative', z.map(engine.sigmoid).reduce((p, q) => p * q, 1)],
        ['sum-not-product', z.map(engine.sigmoidDerivative).reduce((p, q) => p + q, 0)],
      ];
    }
    const w = inp.w as number[];
    const z = forward(inp.x as number, w);
    const pick = (g: number[]): AnswerValue => (level === 2 ? g[1] : g);
    return [
      ['sigmoid-for-derivative', pick(backward(w.length, (k) => engine.sigmoid(z[k]) * w[k]))],
      ['no-weights', pick(backward(w.length, (k) => engine.sigmoidDerivative(z[k])))],
      ['no-activation-derivative', pick(backward(w.length, (k) => w[k]))],
    ];
  },
});
