// Regression losses: mean absolute error and mean squared error over a few target/prediction pairs.

import { josa } from '@/lib/i18n/particle';
import * as engine from '../engine';
import { given, givenVec, tex, texParen, texVec } from '../format';
import { scalarFormat } from '../messages';
import type { Rng } from '../random';
import type { AnswerValue, Level, Localized } from '../types';
import { defineGenerator, L, type MistakeDef, step } from './common';

interface Inputs {
  y: number[];
  yhat: number[];
}

const SIZES: Record<Level, number> = { 1: 2, 2: 4, 3: 6 };

/** What each level asks: the number of samples `SIZES` gives it. */
const LEVELS: Record<Level, Localized> = {
  1: L('샘플 두 개', 'two samples'),
  2: L('샘플 네 개', 'four samples'),
  3: L('샘플 여섯 개인 배치', 'a batch of six'),
};

/** Targets and predictions whose errors take both signs and are never zero. */
function draw(rng: Rng, level: Level): Inputs {
  const n = SIZES[level];
  for (;;) {
    const y = rng.decimals(n, -2, 5, 1);
    const yhat = y.map((t) => Math.round((t + rng.away(-2, 2, 1, 0.1)) * 10) / 10);
    const e = yhat.map((p, i) => p - y[i]);
    if (e.some((d) => d > 0) && e.some((d) => d < 0) && e.every((d) => d !== 0)) return { y, yhat };
  }
}

function prompt(inp: Inputs, level: Level, name: Localized, def: string): Localized {
  const what =
    level === 3
      ? L('한 배치(샘플 6개)의', 'a batch of 6 samples with')
      : L(`샘플 ${inp.y.length}개의`, `${inp.y.length} samples with`);
  const y = givenVec(inp.y);
  const yhat = givenVec(inp.yhat);
  return L(
    `${what.ko} 정답 $y = ${y}$${josa(y, '과')} 예측 $\\hat y = ${yhat}$에 대해 ${name.ko}를 구하세요. ($${def}$)`,
    `For ${what.en} targets $y = ${y}$ and predictions $\\hat y = ${yhat}$, compute the ${name.en}, where $${def}$.`,
  );
}

/** Summed instead of averaged: `errors` names what is added up (절대 오차, 제곱 오차). */
function sumNotMean(errors: string): MistakeDef {
  return {
    name: L('평균 대신 합', 'Sum instead of mean'),
    explanation: L(
      `${errors}를 모두 더한 뒤 샘플 수 $N$으로 나누어야 합니다.`,
      'After adding up the errors, divide by the number of samples $N$.',
    ),
  };
}

const MAE_DEF = '\\mathrm{MAE} = \\frac{1}{N} \\sum_i |y_i - \\hat y_i|';
const MSE_DEF = '\\mathrm{MSE} = \\frac{1}{N} \\sum_i (y_i - \\hat y_i)^2';

function errors(inp: Inputs): number[] {
  return inp.yhat.map((p, i) => Math.round((p - inp.y[i]) * 100) / 100);
}

export const mae = defineGenerator<Inputs, 'no-absolute' | 'sum-not-mean' | 'squared'>({
  id: 'mae',
  topic: 'losses',
  title: L('평균 절대 오차', 'Mean absolute error'),
  levels: LEVELS,
  mistakes: {
    'no-absolute': {
      name: L('절댓값 누락', 'Forgot the absolute value'),
      explanation: L(
        '부호가 다른 오차끼리 상쇄되었습니다. 각 오차의 절댓값을 먼저 취하세요.',
        'Errors of opposite sign cancelled out; take the absolute value of each error first.',
      ),
    },
    'sum-not-mean': sumNotMean('절대 오차'),
    squared: {
      name: L('제곱 오차로 계산', 'Squared the errors'),
      explanation: L(
        '제곱하면 MSE입니다. MAE는 절댓값의 평균입니다.',
        'Squaring gives the MSE; the MAE averages absolute values.',
      ),
    },
  },
  draw,
  build(inp, level) {
    const e = errors(inp);
    const v = engine.meanAbsoluteError(inp.y, inp.yhat);
    return {
      value: v,
      prompt: prompt(inp, level, L('평균 절대 오차(MAE)', 'mean absolute error (MAE)'), MAE_DEF),
      solution: [
        step(
          '오차 $e_i = \\hat y_i - y_i$',
          'Errors $e_i = \\hat y_i - y_i$',
          `e = ${texVec(e, 6)}`,
        ),
        step('절댓값', 'Absolute values', `|e| = ${texVec(e.map(Math.abs), 6)}`),
        step(
          `평균 ($N = ${inp.y.length}$)`,
          `Mean ($N = ${inp.y.length}$)`,
          `\\mathrm{MAE} = \\frac{${e.map((d) => given(Math.abs(d))).join(' + ')}}{${inp.y.length}} = ${tex(v)}`,
        ),
      ],
      format: scalarFormat(),
    };
  },
  exact: true,
  wrong(inp) {
    const n = inp.y.length;
    const e = errors(inp);
    const out: Array<['no-absolute' | 'sum-not-mean' | 'squared', AnswerValue]> = [
      ['no-absolute', Math.abs(e.reduce((a, b) => a + b, 0) / n)],
      ['sum-not-mean', n * engine.meanAbsoluteError(inp.y, inp.yhat)],
      ['squared', engine.meanSquaredError(inp.y, inp.yhat)],
    ];
    // A signed mean may be negative: either sign counts as the same slip.
    out.push(['no-absolute', -(out[0][1] as number)]);
    return out;
  },
});

export const mse = defineGenerator<Inputs, 'sum-not-mean' | 'half' | 'root' | 'not-squared'>({
  id: 'mse',
  topic: 'losses',
  title: L('평균 제곱 오차', 'Mean squared error'),
  levels: LEVELS,
  mistakes: {
    'sum-not-mean': sumNotMean('제곱 오차'),
    half: {
      name: L('½을 곱함', 'Multiplied by ½'),
      explanation: L(
        '$\\frac{1}{2}$은 미분을 깔끔하게 하려고 쓰는 변형입니다. PyTorch의 MSE는 $\\frac{1}{N}\\sum (y_i - \\hat y_i)^2$입니다.',
        "The $\\frac{1}{2}$ is a variant that tidies the derivative; PyTorch's MSE is $\\frac{1}{N}\\sum (y_i - \\hat y_i)^2$.",
      ),
    },
    root: {
      name: L('제곱근을 취함', 'Took the square root'),
      explanation: L('제곱근을 취하면 RMSE입니다.', 'Taking the square root gives the RMSE.'),
    },
    'not-squared': {
      name: L('제곱하지 않음', 'Did not square'),
      explanation: L(
        '절댓값의 평균은 MAE입니다. 오차를 제곱하세요.',
        'The mean of absolute values is the MAE; square the errors.',
      ),
    },
  },
  draw,
  build(inp, level) {
    const e = errors(inp);
    const v = engine.meanSquaredError(inp.y, inp.yhat);
    const sq = e.map((d) => Math.round(d * d * 1e4) / 1e4);
    return {
      value: v,
      prompt: prompt(inp, level, L('평균 제곱 오차(MSE)', 'mean squared error (MSE)'), MSE_DEF),
      solution: [
        step(
          '오차 $e_i = \\hat y_i - y_i$',
          'Errors $e_i = \\hat y_i - y_i$',
          `e = ${texVec(e, 6)}`,
        ),
        step(
          '제곱',
          'Squares',
          `e^2 = ${e.map((d) => `${texParen(d, 6)}^2`).join(',\\ ')} = ${texVec(sq, 6)}`,
        ),
        step(
          `평균 ($N = ${inp.y.length}$)`,
          `Mean ($N = ${inp.y.length}$)`,
          `\\mathrm{MSE} = \\frac{${sq.map((s) => given(s)).join(' + ')}}{${inp.y.length}} = ${tex(v)}`,
        ),
      ],
      format: scalarFormat(),
    };
  },
  exact: true,
  wrong(inp) {
    const n = inp.y.length;
    const v = engine.meanSquaredError(inp.y, inp.yhat);
    return [
      ['sum-not-mean', n * v],
      ['half', v / 2],
      ['root', Math.sqrt(v)],
      ['not-squared', engine.meanAbsoluteError(inp.y, inp.yhat)],
    ];
  },
});
