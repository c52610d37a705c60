// Inverted dropout: from uniform draws to the keep mask, then the scaled outputs of training mode.

import { josa } from '@/lib/i18n/particle';
import * as engine from '../engine';
import { fmt, givenVec, tex, texGiven, texVec } from '../format';
import { matrixFormat, vectorFormat } from '../messages';
import type { AnswerValue } from '../types';
import { defineGenerator, L, step } from './common';

interface Inputs {
  x: number[];
  p: number;
  /** Level 1 gives the mask itself (1 = kept). */
  mask?: number[];
  /** Levels 2–3 give one uniform draw per unit; a unit is kept when u ≥ p. */
  u?: number[];
}

type Id = 'no-scaling' | 'scaled-by-p' | 'test-time-scaling' | 'mask-inverted';

function maskOf(inp: Inputs): number[] {
  return inp.mask ?? (inp.u as number[]).map((ui) => (ui >= inp.p ? 1 : 0));
}

function run(inp: Inputs, mask: number[]): number[] {
  return engine.dropout(
    inp.x,
    mask.map((m) => m === 1),
    inp.p,
  );
}

export const dropout = defineGenerator<Inputs, Id>({
  id: 'dropout',
  topic: 'regularization',
  title: L('드롭아웃', 'Dropout'),
  levels: {
    1: L('값 세 개, 주어진 마스크', 'three values, the mask given'),
    2: L('값 네 개: 마스크와 출력', 'four values: mask and outputs'),
    3: L('값 여섯 개: 마스크와 출력', 'six values: mask and outputs'),
  },
  mistakes: {
    'no-scaling': {
      name: L('1/(1 − p) 스케일링 누락', 'Forgot the 1/(1 − p) scaling'),
      explanation: L(
        '역 드롭아웃은 학습 중 남은 값에 $1/(1 - p)$을 곱해 기댓값을 유지합니다. 그래서 추론 때는 아무것도 하지 않습니다.',
        'Inverted dropout scales the kept values by $1/(1 - p)$ during training to keep the expected value, so inference needs no change.',
      ),
    },
    'scaled-by-p': {
      name: L('1/p로 나눔', 'Divided by p'),
      explanation: L(
        '$p$는 버릴 확률입니다. 남길 확률 $1 - p$로 나누어야 합니다.',
        '$p$ is the probability of dropping; divide by the keep probability $1 - p$.',
      ),
    },
    'test-time-scaling': {
      name: L('(1 − p)를 곱함', 'Multiplied by (1 − p)'),
      explanation: L(
        '$(1 - p)$를 곱하는 것은 예전 방식의 추론 단계 보정입니다. 역 드롭아웃은 학습 때 $1/(1 - p)$을 곱합니다.',
        'Multiplying by $(1 - p)$ is the old inference-time correction; inverted dropout multiplies by $1/(1 - p)$ in training.',
      ),
    },
    'mask-inverted': {
      name: L('마스크를 뒤집음', 'Mask inverted'),
      explanation: L(
        '$u_i \\ge p$인 뉴런을 남기고 $u_i < p$인 뉴런을 버립니다 (버릴 확률이 $p$).',
        'Keep the units with $u_i \\ge p$ and drop those with $u_i < p$ (each is dropped with probability $p$).',
      ),
    },
  },
  draw(rng, level) {
    const n = level === 1 ? 3 : level === 2 ? 4 : 6;
    const p = rng.pick(level === 1 ? [0.2, 0.25, 0.5] : [0.2, 0.25, 0.3, 0.4, 0.5]);
    const x = rng.many(n, () => rng.away(-3, 3, 1, 0.1));
    for (;;) {
      if (level === 1) {
        const mask = rng.many(n, () => (rng.chance(0.5) ? 1 : 0));
        if (mask.includes(0) && mask.includes(1)) return { x, p, mask };
        continue;
      }
      const u = rng.decimals(n, 0, 0.99, 2);
      const kept = u.filter((ui) => ui >= p).length;
      if (!u.includes(p) && kept > 0 && kept < n) return { x, p, u };
    }
  },
  build(inp, level) {
    const mask = maskOf(inp);
    const y = run(inp, mask);
    const scale = 1 / (1 - inp.p);
    // 1/(1 − 0.5) is 2 exactly; 1/(1 − 0.4) only about 1.667.
    const exact = Math.abs(Number(fmt(scale)) - scale) <= 1e-12 * scale;
    const rule = `y_i = \\frac{m_i\\, x_i}{1 - p},\\quad \\frac{1}{1 - ${texGiven(inp.p)}} ${exact ? '=' : '\\approx'} ${tex(scale)}`;
    const solution = [
      ...(inp.u
        ? [
            step(
              '$u_i \\ge p$이면 남기고(1) 아니면 버립니다(0).',
              'Keep (1) where $u_i \\ge p$, drop (0) otherwise.',
              `m = ${texVec(mask)}`,
            ),
          ]
        : []),
      step('남은 값에 $1/(1 - p)$을 곱합니다.', 'Scale the kept values by $1/(1 - p)$.', rule),
      step('출력', 'Outputs', `y = ${texVec(y)}`),
    ];
    const pText = `p = ${texGiven(inp.p)}`;
    // The given vectors, written out once for both languages.
    const xText = givenVec(inp.x);
    if (level === 1) {
      const mText = givenVec(inp.mask as number[]);
      return {
        value: y,
        prompt: L(
          `입력 $x = ${xText}$에 드롭 확률 $${pText}$인 역 드롭아웃(학습 모드)을 적용합니다. 마스크는 $m = ${mText}$입니다 (1 = 남김). 출력 $y$를 구하세요.`,
          `Inverted dropout (training mode) with drop probability $${pText}$ is applied to $x = ${xText}$; the mask is $m = ${mText}$ (1 = kept). Compute the outputs $y$.`,
        ),
        solution,
        format: vectorFormat(inp.x.length, L('출력 $y$', 'the outputs $y$')),
      };
    }
    const uText = givenVec(inp.u as number[]);
    return {
      value: [mask, y],
      prompt: L(
        `입력 $x = ${xText}$에 드롭 확률 $${pText}$인 역 드롭아웃(학습 모드)을 적용합니다. 뉴런마다 균등분포 난수 $u = ${uText}$${josa(uText, '을')} 뽑아 $u_i \\ge p$이면 남깁니다. 마스크 $m$ (1 = 남김, 0 = 버림)과 출력 $y$를 구하세요.`,
        `Inverted dropout (training mode) with drop probability $${pText}$ is applied to $x = ${xText}$. Each unit draws a uniform number, $u = ${uText}$, and is kept when $u_i \\ge p$. Give the mask $m$ (1 = kept, 0 = dropped) and the outputs $y$.`,
      ),
      solution,
      format: matrixFormat(2, inp.x.length, L('[[마스크 m], [출력 y]]', '[[mask m], [outputs y]]')),
    };
  },
  path(inp, level, note) {
    const mask = maskOf(inp);
    const scale = note(1 / (1 - inp.p));
    const y = inp.x.map((x, i) => mask[i] * x * scale);
    return level === 1 ? y : [mask, y];
  },
  wrong(inp, level) {
    const mask = maskOf(inp);
    const y = run(inp, mask);
    const k = 1 - inp.p;
    const inverted = inp.u ? inp.u.map((ui) => (ui < inp.p ? 1 : 0)) : mask.map((m) => 1 - m);
    const pack = (m: number[], out: number[]): AnswerValue => (level === 1 ? out : [m, out]);
    return [
      [
        'no-scaling',
        pack(
          mask,
          y.map((v) => v * k),
        ),
      ],
      [
        'scaled-by-p',
        pack(
          mask,
          y.map((v) => (v * k) / inp.p),
        ),
      ],
      [
        'test-time-scaling',
        pack(
          mask,
          y.map((v) => v * k * k),
        ),
      ],
      ['mask-inverted', pack(inverted, run(inp, inverted))],
    ];
  },
});
