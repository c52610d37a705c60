// Batch normalization at inference: normalize with the running statistics; and how PyTorch updates them.

import { josa } from '@/lib/i18n/particle';
import * as engine from '../engine';
import { given, givenVec, tex, texGivenParen, texParen, texVec } from '../format';
import { scalarFormat, vectorFormat } from '../messages';
import type { AnswerValue, Level } from '../types';
import { defineGenerator, L, step } from './common';

interface Inputs {
  /** One feature's values in a batch (levels 1–2) or the training batch (level 3). */
  x: number[];
  /** The running mean and running variance before (level 3) or in use (levels 1–2). */
  mean: number;
  variance: number;
  gamma?: number;
  beta?: number;
  momentum?: number;
}

type Id =
  | 'batch-statistics'
  | 'divided-by-variance'
  | 'no-affine'
  | 'biased-variance'
  | 'momentum-swapped'
  | 'batch-only';

const EPS = 1e-5;
const MOMENTUM = 0.1;

const column = (x: number[]) => x.map((v) => [v]);
const first = (m: number[][]) => m.map((row) => row[0]);

/** The outputs of levels 1 and 2 from a normalized column: first value, or scaled and shifted. */
function finish(inp: Inputs, level: Level, xhat: number[]): AnswerValue {
  if (level === 1) return xhat[0];
  return xhat.map((h) => (inp.gamma ?? 1) * h + (inp.beta ?? 0));
}

export const batchNormInference = defineGenerator<Inputs, Id>({
  id: 'batch-norm-inference',
  topic: 'normalization',
  title: L('추론 때의 배치 정규화', 'Batch norm at inference'),
  levels: {
    1: L('평가 모드: 정규화 값 하나', 'eval mode: one normalized value'),
    2: L('평가 모드: γ와 β를 적용한 출력', 'eval mode: outputs with γ and β'),
    3: L('이동 평균과 이동 분산 업데이트', 'update the running mean and variance'),
  },
  mistakes: {
    'batch-statistics': {
      name: L('배치 통계로 정규화', 'Normalized with the batch statistics'),
      explanation: L(
        '평가 모드(`model.eval()`)에서는 배치 자신의 평균과 분산이 아니라 학습 중 모아 둔 이동 평균 $\\hat\\mu$와 이동 분산 $\\hat\\sigma^2$으로 정규화합니다.',
        'In evaluation mode (`model.eval()`) batch norm normalizes with the running mean $\\hat\\mu$ and running variance $\\hat\\sigma^2$ kept during training, not with the batch’s own statistics.',
      ),
    },
    'divided-by-variance': {
      name: L('표준편차 대신 분산으로 나눔', 'Divided by the variance'),
      explanation: L(
        '$\\sqrt{\\hat\\sigma^2 + \\epsilon}$, 즉 표준편차로 나눕니다.',
        'Divide by $\\sqrt{\\hat\\sigma^2 + \\epsilon}$, the standard deviation.',
      ),
    },
    'no-affine': {
      name: L('γ, β 적용 누락', 'Left out γ and β'),
      explanation: L(
        '추론 때도 정규화한 값에 $\\gamma$를 곱하고 $\\beta$를 더해야 출력입니다.',
        'At inference too, the output is the normalized value times $\\gamma$ plus $\\beta$.',
      ),
    },
    'biased-variance': {
      name: L('$B$로 나눈 배치 분산', 'Batch variance divided by $B$'),
      explanation: L(
        '학습 중 정규화에는 $B$로 나눈 분산을 쓰지만, 이동 분산을 업데이트할 때 PyTorch는 $B - 1$로 나눈 불편 분산을 씁니다.',
        'PyTorch updates the running variance with the unbiased batch variance, divided by $B - 1$ (although training normalizes with the one divided by $B$).',
      ),
    },
    'momentum-swapped': {
      name: L('모멘텀의 가중치를 뒤바꿈', 'Momentum weights swapped'),
      explanation: L(
        'PyTorch의 `momentum=0.1`은 새 배치의 가중치입니다: $\\hat\\mu \\leftarrow 0.9\\,\\hat\\mu + 0.1\\,\\mu_B$. Keras의 `momentum=0.99`는 반대로 이전 값의 가중치입니다.',
        'PyTorch’s `momentum=0.1` weights the new batch: $\\hat\\mu \\leftarrow 0.9\\,\\hat\\mu + 0.1\\,\\mu_B$. Keras’s `momentum=0.99` is the weight of the old value instead.',
      ),
    },
    'batch-only': {
      name: L('배치 통계로 덮어씀', 'Replaced by the batch statistics'),
      explanation: L(
        '이동 통계는 지수 이동 평균입니다. 이전 값의 $1 - m$만큼을 남기고 새 배치의 통계를 $m$만큼 섞습니다.',
        'The running statistics are exponential moving averages: they keep $1 - m$ of the old value and mix in $m$ of the new batch’s.',
      ),
    },
  },
  draw(rng, level) {
    for (;;) {
      const x = rng.decimals(level === 3 ? 4 : 3, -3, 5, 1);
      const mean = rng.decimal(-1, 2, 1);
      const variance = rng.decimal(0.5, 4, 1);
      const batch = engine.batchNorm(column(x), [1], [0]);
      if (batch.variance[0] < 0.5) continue;
      if (Math.abs(batch.mean[0] - mean) < 0.3) continue;
      if (level === 1) return { x, mean, variance };
      if (level === 3) return { x, mean, variance, momentum: MOMENTUM };
      const gamma = rng.pick([0.5, 0.8, 1.2, 1.5, 2, 2.5]);
      return { x, mean, variance, gamma, beta: rng.away(-1, 1, 1, 0.1) };
    }
  },
  build(inp, level) {
    const batch = givenVec(inp.x);
    const variance = given(inp.variance);
    const mean = given(inp.mean);
    if (level === 3) {
      const r = engine.batchNormRunningUpdate([inp.mean], [inp.variance], column(inp.x));
      const m = MOMENTUM;
      return {
        value: [r.runningMean[0], r.runningVar[0]],
        prompt: L(
          `PyTorch \`BatchNorm1d\`의 한 특성에 대해 이동 평균 $\\hat\\mu = ${mean}$, 이동 분산 $\\hat\\sigma^2 = ${variance}$${josa(variance, '이')} 저장되어 있습니다. 학습 모드에서 이 특성의 값이 $x = ${batch}$인 배치 하나를 통과시키면 (\`momentum\` $= ${given(m)}$) 새 $\\hat\\mu$와 $\\hat\\sigma^2$은 얼마입니까?`,
          `One feature of a PyTorch \`BatchNorm1d\` holds the running mean $\\hat\\mu = ${mean}$ and running variance $\\hat\\sigma^2 = ${variance}$. In training mode, one batch passes whose values of this feature are $x = ${batch}$ (\`momentum\` $= ${given(m)}$). What are the new $\\hat\\mu$ and $\\hat\\sigma^2$?`,
        ),
        solution: [
          step(
            '배치 평균',
            'Batch mean',
            `\\mu_B = \\frac{1}{B} \\sum_i x_i = ${tex(r.batchMean[0])}`,
          ),
          step(
            '불편 배치 분산 ($B - 1$로 나눔)',
            'Unbiased batch variance (divide by $B - 1$)',
            `s_B^2 = \\frac{1}{B - 1} \\sum_i (x_i - \\mu_B)^2 = ${tex(r.batchVar[0])}`,
          ),
          step(
            '이동 평균: 새 배치 통계에 가중치 $m$(`momentum`)',
            'Running mean: the new batch weighs $m$',
            `\\hat\\mu \\leftarrow (1 - m)\\,\\hat\\mu + m\\,\\mu_B = ${given(1 - m)} \\cdot ${texGivenParen(inp.mean)} + ${given(m)} \\cdot ${texParen(r.batchMean[0])} = ${tex(r.runningMean[0])}`,
          ),
          step(
            '이동 분산',
            'Running variance',
            `\\hat\\sigma^2 \\leftarrow (1 - m)\\,\\hat\\sigma^2 + m\\,s_B^2 = ${given(1 - m)} \\cdot ${variance} + ${given(m)} \\cdot ${tex(r.batchVar[0])} = ${tex(r.runningVar[0])}`,
          ),
        ],
        format: vectorFormat(
          2,
          L('[새 이동 평균, 새 이동 분산]', '[new running mean, new running variance]'),
        ),
      };
    }
    const gamma = inp.gamma ?? 1;
    const beta = inp.beta ?? 0;
    const y = first(
      engine.batchNormEval(column(inp.x), [gamma], [beta], [inp.mean], [inp.variance]),
    );
    const xhat = first(engine.batchNormEval(column(inp.x), [1], [0], [inp.mean], [inp.variance]));
    const std = Math.sqrt(inp.variance + EPS);
    const solution = [
      step(
        '이동 분산으로 표준편차',
        'Standard deviation from the running variance',
        `\\sqrt{\\hat\\sigma^2 + \\epsilon} = \\sqrt{${variance} + 10^{-5}} = ${tex(std)}`,
      ),
      level === 1
        ? step(
            '이동 평균과 이동 분산으로 정규화 (배치의 다른 값은 쓰지 않음)',
            'Normalize with the running statistics (the other values of the batch play no part)',
            `\\hat x_1 = \\frac{x_1 - \\hat\\mu}{\\sqrt{\\hat\\sigma^2 + \\epsilon}} = \\frac{${given(inp.x[0])} - ${inp.mean < 0 ? `(${mean})` : given(inp.mean)}}{${tex(std)}} = ${tex(xhat[0])}`,
          )
        : step(
            '이동 평균과 이동 분산으로 정규화',
            'Normalize with the running statistics',
            `\\hat x = \\frac{x - \\hat\\mu}{\\sqrt{\\hat\\sigma^2 + \\epsilon}} = ${texVec(xhat)}`,
          ),
    ];
    if (level === 1) {
      return {
        value: xhat[0],
        prompt: L(
          `평가 모드(\`model.eval()\`)의 배치 정규화 층에 한 특성의 값이 $x = ${batch}$인 배치가 들어옵니다. 저장된 이동 평균은 $\\hat\\mu = ${mean}$, 이동 분산은 $\\hat\\sigma^2 = ${variance}$이고 $\\gamma = 1$, $\\beta = 0$, $\\epsilon = 10^{-5}$입니다. 첫 번째 샘플의 출력 $\\hat x_1$을 구하세요.`,
          `A batch whose values of one feature are $x = ${batch}$ enters a batch-norm layer in evaluation mode (\`model.eval()\`). The stored running mean is $\\hat\\mu = ${mean}$, the running variance $\\hat\\sigma^2 = ${variance}$, and $\\gamma = 1$, $\\beta = 0$, $\\epsilon = 10^{-5}$. Compute the output $\\hat x_1$ of the first sample.`,
        ),
        solution,
        format: scalarFormat(L('$\\hat x_1$', '$\\hat x_1$')),
      };
    }
    solution.push(
      step(
        '스케일 조정과 평행 이동',
        'Scale and shift',
        `y = \\gamma\\, \\hat x + \\beta = ${given(gamma)}\\, \\hat x ${beta < 0 ? '-' : '+'} ${given(Math.abs(beta))} = ${texVec(y)}`,
      ),
    );
    return {
      value: y,
      prompt: L(
        `평가 모드(\`model.eval()\`)의 배치 정규화 층에 한 특성의 값이 $x = ${batch}$인 배치가 들어옵니다. 저장된 이동 평균은 $\\hat\\mu = ${mean}$, 이동 분산은 $\\hat\\sigma^2 = ${variance}$이고 $\\gamma = ${given(gamma)}$, $\\beta = ${given(beta)}$, $\\epsilon = 10^{-5}$입니다. 출력 $y$를 구하세요.`,
        `A batch whose values of one feature are $x = ${batch}$ enters a batch-norm layer in evaluation mode (\`model.eval()\`). The stored running mean is $\\hat\\mu = ${mean}$, the running variance $\\hat\\sigma^2 = ${variance}$, and $\\gamma = ${given(gamma)}$, $\\beta = ${given(beta)}$, $\\epsilon = 10^{-5}$. Compute the outputs $y$.`,
      ),
      solution,
      format: vectorFormat(inp.x.length),
    };
  },
  path(inp, level, note) {
    if (level === 3) {
      const n = inp.x.length;
      const m = inp.momentum ?? MOMENTUM;
      const mu = note(inp.x.reduce((a, b) => a + b, 0) / n);
      const s2 = note(inp.x.reduce((a, v) => a + (v - mu) ** 2, 0) / (n - 1));
      return [(1 - m) * inp.mean + m * mu, (1 - m) * inp.variance + m * s2];
    }
    const std = note(Math.sqrt(inp.variance + EPS));
    if (level === 1) return (inp.x[0] - inp.mean) / std;
    return finish(inp, level, note(inp.x.map((v) => (v - inp.mean) / std)));
  },
  wrong(inp, level) {
    const out: Array<[Id, AnswerValue]> = [];
    if (level === 3) {
      const r = engine.batchNormRunningUpdate([inp.mean], [inp.variance], column(inp.x));
      const n = inp.x.length;
      const m = MOMENTUM;
      const biased = (r.batchVar[0] * (n - 1)) / n;
      out.push(['biased-variance', [r.runningMean[0], (1 - m) * inp.variance + m * biased]]);
      const swapped = engine.batchNormRunningUpdate(
        [inp.mean],
        [inp.variance],
        column(inp.x),
        1 - m,
      );
      out.push(['momentum-swapped', [swapped.runningMean[0], swapped.runningVar[0]]]);
      out.push(['batch-only', [r.batchMean[0], r.batchVar[0]]]);
      return out;
    }
    const train = first(engine.batchNorm(column(inp.x), [1], [0]).y);
    out.push(['batch-statistics', finish(inp, level, train)]);
    out.push([
      'divided-by-variance',
      finish(
        inp,
        level,
        inp.x.map((v) => (v - inp.mean) / (inp.variance + EPS)),
      ),
    ]);
    if (level === 2) {
      out.push([
        'no-affine',
        first(engine.batchNormEval(column(inp.x), [1], [0], [inp.mean], [inp.variance])),
      ]);
    }
    return out;
  },
});
