// Vanishing gradients: how the chain rule multiplies sigmoid slopes (at most 0.25) layer after layer.

import * as engine from '../engine';
import { given, tex, texGiven, texParen, texVec } from '../format';
import { scalarFormat, vectorFormat } from '../messages';
import { given as givenRuns, map, mul, type R, type RunsNote, type RVec, scale } from '../runs';
import type { AnswerValue } from '../types';
import { defineGenerator, L, step } from './common';

interface Inputs {
  /** The input of the chain. */
  x: number;
  /** Levels 2–3: one weight per layer (level 1: three layers with unit weights). */
  w?: number[];
}

type Id = 'sigmoid-for-derivative' | 'sum-not-product' | 'no-weights' | 'no-activation-derivative';

/** Level 1's chain: three sigmoid layers, each weight 1. */
const UNIT = [1, 1, 1];

const weightsOf = (inp: Inputs): number[] => inp.w ?? UNIT;

/** The chain a_0 = x, z_k = w_k a_{k-1}, a_k = σ(z_k): each layer's z_k and a_k. */
function forward(x: number, w: number[]) {
  const z: number[] = [];
  const a: number[] = [];
  let prev = x;
  for (const wk of w) {
    const zk = wk * prev;
    prev = engine.sigmoid(zk);
    z.push(zk);
    a.push(prev);
  }
  return { z, a };
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

/**
 * The slopes σ'(z_k) = a_k (1 − a_k) as the solution reaches them, over quantities: each z_k and
 * a_k written down (noted) layer by layer, then the slopes.
 */
function slopesRuns(x: number, w: number[], note: RunsNote): RVec {
  const a: RVec = [];
  let prev = givenRuns(x);
  for (const wk of w) {
    const zk = note(scale(prev, wk));
    prev = note(map(zk, engine.sigmoid));
    a.push(prev);
  }
  return note(a.map((ak) => map(ak, (v) => v * (1 - v))));
}

/** `backward` over quantities: each product written down and carried on, except the last. */
function backwardRuns(local: RVec, note: RunsNote): RVec {
  const out: RVec = [];
  let g: R = givenRuns(1);
  for (let k = local.length - 1; k >= 0; k--) {
    g = mul(g, local[k]);
    if (k > 0) g = note(g);
    out.push(g);
  }
  return out;
}

export const vanishingGradient = defineGenerator<Inputs, Id>({
  id: 'vanishing-gradient',
  topic: 'backpropagation',
  title: L('기울기 소실', 'Vanishing gradient'),
  levels: {
    1: L('가중치가 1인 세 층', 'three layers with unit weights'),
    2: L('가중치가 있는 두 층', 'two layers with weights'),
    3: L('네 층, 층마다 전해지는 기울기', 'four layers, the gradient at each'),
  },
  mistakes: {
    'sigmoid-for-derivative': {
      name: L('σ′ 대신 σ를 곱함', 'Multiplied σ instead of σ′'),
      explanation: L(
        "연쇄 법칙은 각 층의 미분 $\\sigma'(z) = \\sigma(z)(1 - \\sigma(z)) \\le 0.25$를 곱합니다.",
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
    if (level === 1) return { x: rng.away(-3, 3, 1, 0.1) };
    const n = level === 2 ? 2 : 4;
    return {
      x: rng.away(-2, 2, 1, 0.2),
      w: rng.many(n, () => rng.away(-2, 2, 1, 0.5)),
    };
  },
  build(inp, level) {
    const { x } = inp;
    const w = weightsOf(inp);
    const n = w.length;
    const { z, a } = forward(x, w);
    const d = z.map(engine.sigmoidDerivative);
    const forwardStep = step(
      "순전파: 층마다 $z_k$와 $a_k = \\sigma(z_k)$, 그리고 $\\sigma'(z_k) = a_k (1 - a_k)$",
      "Forward pass: each layer's $z_k$ and $a_k = \\sigma(z_k)$, then $\\sigma'(z_k) = a_k (1 - a_k)$",
      `z = ${texVec(z)},\\quad a = ${texVec(a)},\\quad \\sigma'(z) = ${texVec(d)}`,
    );
    if (level === 1) {
      const chain = `a_0 = x,\\quad z_k = a_{k-1},\\quad a_k = \\sigma(z_k)`;
      const v = d.reduce((p, q) => p * q, 1);
      return {
        value: v,
        prompt: L(
          `가중치가 1이고 편향이 없는 시그모이드 뉴런 세 개가 쌓여 있습니다: $${chain}$. 입력이 $x = ${given(x)}$일 때, 연쇄 법칙으로 세 층을 거친 기울기 배율 $\\frac{\\partial a_3}{\\partial x} = \\prod_k \\sigma'(z_k)$를 구하세요.`,
          `Three sigmoid units are stacked with unit weights and no biases: $${chain}$. With input $x = ${given(x)}$, use the chain rule to compute the factor $\\frac{\\partial a_3}{\\partial x} = \\prod_k \\sigma'(z_k)$ by which the gradient is scaled through the three layers.`,
        ),
        solution: [
          forwardStep,
          step(
            '곱합니다 (각 인자는 최대 0.25).',
            'Multiply them (each factor is at most 0.25).',
            `${d.map((dk) => tex(dk)).join(' \\times ')} = ${tex(v)}`,
          ),
        ],
        format: scalarFormat(),
      };
    }
    const local = d.map((dk, k) => dk * w[k]);
    const g = backward(n, (k) => local[k]);
    const chain = `a_0 = x,\\quad z_k = w_k\\, a_{k-1},\\quad a_k = \\sigma(z_k)`;
    const solution = [
      forwardStep,
      step(
        "층마다 국소 기울기 $\\partial a_k / \\partial a_{k-1} = \\sigma'(z_k)\\, w_k$",
        "Local gradient of each layer, $\\partial a_k / \\partial a_{k-1} = \\sigma'(z_k)\\, w_k$",
        texVec(local),
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
  runs(inp, level, note) {
    const w = weightsOf(inp);
    const d = slopesRuns(inp.x, w, note);
    // Level 1 multiplies the slopes, level 2 the slopes and weights in one line.
    if (level === 1) return mul(mul(d[0], d[1]), d[2]);
    if (level === 2) return scale(mul(scale(d[1], w[1]), d[0]), w[0]);
    return backwardRuns(note(d.map((dk, k) => scale(dk, w[k]))), note);
  },
  wrong(inp, level) {
    const w = weightsOf(inp);
    const { z } = forward(inp.x, w);
    if (level === 1) {
      return [
        ['sigmoid-for-derivative', z.map(engine.sigmoid).reduce((p, q) => p * q, 1)],
        ['sum-not-product', z.map(engine.sigmoidDerivative).reduce((p, q) => p + q, 0)],
      ];
    }
    const pick = (g: number[]): AnswerValue => (level === 2 ? g[1] : g);
    return [
      ['sigmoid-for-derivative', pick(backward(w.length, (k) => engine.sigmoid(z[k]) * w[k]))],
      ['no-weights', pick(backward(w.length, (k) => engine.sigmoidDerivative(z[k])))],
      ['no-activation-derivative', pick(backward(w.length, (k) => w[k]))],
    ];
  },
});
