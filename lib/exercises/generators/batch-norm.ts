// Batch normalization in training mode: batch mean, biased variance, normalize, then scale and shift.

import * as engine from '../engine';
import { givenVec, tex, texGiven, texMat, texVec } from '../format';
import { matrixFormat, scalarFormat, vectorFormat } from '../messages';
import { given, map, sum, zip } from '../runs';
import type { AnswerValue, Level } from '../types';
import { byLevel, defineGenerator, L, step } from './common';
import { oncePerInputs } from './once';

interface Inputs {
  /** batch × features */
  x: number[][];
  gamma: number[];
  beta: number[];
}

type Id = 'unbiased-variance' | 'divided-by-variance' | 'no-affine' | 'normalized-rows';

const EPS = 1e-5;
const SHAPES: Record<Level, [number, number]> = { 1: [3, 1], 2: [4, 1], 3: [3, 2] };

/**
 * The batch `x` normalized without γ and β ($\hat x$), with the batch's mean and variance. The
 * draw's filter, the build and the mistakes all read it: the engine computes it once per batch.
 * The value is shared, so callers read it and never change it.
 */
const normalized = oncePerInputs(
  (x: number[][]): { y: number[][]; mean: number[]; variance: number[] } =>
    engine.batchNorm(
      x,
      x[0].map(() => 1),
      x[0].map(() => 0),
    ),
);

/** Whether γ = 1 and β = 0 (level 1): the output is then $\hat x$ itself, the same engine call. */
const plainAffine = (inp: Inputs): boolean =>
  inp.gamma.every((g) => Object.is(g, 1)) && inp.beta.every((b) => Object.is(b, 0));

/** Batch norm with a mistaken denominator `den(variance)`, from the engine's mean and variance. */
function withDenominator(
  inp: Inputs,
  { mean, variance }: { mean: number[]; variance: number[] },
  den: (variance: number) => number,
): number[][] {
  return inp.x.map((row) =>
    row.map((v, j) => (inp.gamma[j] * (v - mean[j])) / den(variance[j]) + inp.beta[j]),
  );
}

const transpose = (m: number[][]) => m[0].map((_, j) => m.map((r) => r[j]));

export const batchNorm = defineGenerator<Inputs, Id>({
  id: 'batch-norm',
  topic: 'normalization',
  title: L('배치 정규화', 'Batch normalization'),
  levels: {
    1: L('샘플 세 개인 배치, 정규화 값 하나', 'one normalized value, batch of three'),
    2: L('샘플 네 개, γ와 β 적용', 'four samples, with γ and β'),
    3: L('샘플 세 개, 특성 두 개', 'three samples, two features'),
  },
  mistakes: {
    'unbiased-variance': {
      name: L('B − 1로 나눈 분산', 'Unbiased variance (B − 1)'),
      explanation: L(
        '학습 중 배치 정규화는 $B$로 나눈(편향된) 분산으로 정규화합니다.',
        'In training, batch norm normalizes with the biased variance, divided by $B$.',
      ),
    },
    'divided-by-variance': {
      name: L('표준편차 대신 분산으로 나눔', 'Divided by the variance'),
      explanation: L(
        '$\\sqrt{\\sigma^2 + \\epsilon}$, 즉 표준편차로 나눕니다.',
        'Divide by $\\sqrt{\\sigma^2 + \\epsilon}$, the standard deviation.',
      ),
    },
    'no-affine': {
      name: L('γ, β 적용 누락', 'Left out γ and β'),
      explanation: L(
        '정규화한 값에 $\\gamma$를 곱하고 $\\beta$를 더해야 출력입니다.',
        'The output is the normalized value times $\\gamma$ plus $\\beta$.',
      ),
    },
    'normalized-rows': {
      name: L('샘플(행) 방향으로 정규화', 'Normalized across features'),
      explanation: L(
        '배치 정규화는 특성(열)마다 배치 전체에 걸쳐 평균과 분산을 구합니다. 행마다 구하면 층 정규화입니다.',
        'Batch norm takes the mean and variance of each feature (column) over the batch; per row is layer norm.',
      ),
    },
  },
  draw(rng, level) {
    const [n, d] = SHAPES[level];
    for (;;) {
      const x = rng.many(n, () => rng.decimals(d, -3, 5, 1));
      const { variance } = normalized(x);
      if (variance.some((v) => v < 0.2)) continue;
      if (level === 1) return { x, gamma: [1], beta: [0] };
      const gamma = rng.many(d, () => rng.decimal(0.5, 2, 1)).map((g) => (g === 1 ? 1.5 : g));
      return { x, gamma, beta: rng.many(d, () => rng.away(-1, 1, 1, 0.1)) };
    }
  },
  build(inp, level) {
    const plain = normalized(inp.x);
    const r = plainAffine(inp) ? plain : engine.batchNorm(inp.x, inp.gamma, inp.beta);
    const std = r.variance.map((v) => Math.sqrt(v + EPS));
    const xhat = plain.y;
    const one = inp.x[0].length === 1;
    const col = (m: number[][]) => (one ? texVec(m.map((row) => row[0])) : texMat(m));
    const vec = (v: number[]) => (one ? tex(v[0]) : texVec(v));
    const xText = one ? givenVec(inp.x.map((row) => row[0])) : texMat(inp.x, 8);
    const solution = [
      step('배치 평균', 'Batch mean', `\\mu = \\frac{1}{B} \\sum_i x_i = ${vec(r.mean)}`),
      step(
        '편향된 분산 ($B$로 나눔)',
        'Biased variance (divide by $B$)',
        `\\sigma^2 = \\frac{1}{B} \\sum_i (x_i - \\mu)^2 = ${vec(r.variance)},\\quad \\sqrt{\\sigma^2 + \\epsilon} = ${vec(std)}`,
      ),
      step(
        '정규화',
        'Normalize',
        `\\hat x = \\frac{x - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}} = ${col(xhat)}`,
      ),
    ];
    if (level === 1) {
      return {
        value: r.y[0][0],
        prompt: L(
          `한 특성의 미니배치 값이 $x = ${xText}$입니다. 학습 모드 배치 정규화($\\gamma = 1$, $\\beta = 0$, $\\epsilon = 10^{-5}$, 분산은 배치 크기 $B$로 나눔)에서 첫 번째 샘플의 정규화 값 $\\hat x_1$을 구하세요.`,
          `A mini-batch of one feature holds $x = ${xText}$. With batch normalization in training mode ($\\gamma = 1$, $\\beta = 0$, $\\epsilon = 10^{-5}$, variance divided by the batch size $B$), compute the normalized value $\\hat x_1$ of the first sample.`,
        ),
        solution,
        format: scalarFormat(L('$\\hat x_1$', '$\\hat x_1$')),
      };
    }
    const gb = one
      ? `\\gamma = ${texGiven(inp.gamma[0])},\\ \\beta = ${texGiven(inp.beta[0])}`
      : `\\gamma = ${givenVec(inp.gamma)},\\ \\beta = ${givenVec(inp.beta)}`;
    solution.push(
      step(
        '스케일 조정과 평행 이동',
        'Scale and shift',
        `\\gamma\\, \\hat x = ${col(xhat.map((row) => row.map((v, j) => inp.gamma[j] * v)))},\\quad y = \\gamma\\, \\hat x + \\beta = ${col(r.y)}`,
      ),
    );
    return {
      value: byLevel(r.y, level),
      prompt: L(
        `미니배치 ${one ? '' : '(행 = 샘플, 열 = 특성) '}$x = ${xText}$에 학습 모드 배치 정규화를 적용합니다 ($${gb}$, $\\epsilon = 10^{-5}$, 분산은 배치 크기 $B$로 나눔). 출력 $y$를 구하세요.`,
        `Batch normalization in training mode is applied to the mini-batch ${one ? '' : '(rows = samples, columns = features) '}$x = ${xText}$ with $${gb}$, $\\epsilon = 10^{-5}$, variance divided by the batch size $B$. Compute the outputs $y$.`,
      ),
      solution,
      format: one
        ? vectorFormat(inp.x.length)
        : matrixFormat(inp.x.length, 2, L('행 = 샘플', 'rows = samples')),
    };
  },
  runs(inp, level, note) {
    const n = inp.x.length;
    const columns = inp.gamma.map((_, j) => inp.x.map((row) => row[j]));
    const mean = note(columns.map((c) => given(c.reduce((a, b) => a + b, 0) / n)));
    const variance = note(
      columns.map((c, j) =>
        map(sum(c.map((v) => map(mean[j], (m) => (v - m) ** 2))), (total) => total / n),
      ),
    );
    const std = note(variance.map((r) => map(r, (v) => Math.sqrt(v + EPS))));
    const xhat = note(
      inp.x.map((row) => row.map((v, j) => zip(mean[j], std[j], (m, s) => (v - m) / s))),
    );
    if (level === 1) return xhat[0][0];
    const scaled = note(xhat.map((row) => row.map((r, j) => map(r, (v) => inp.gamma[j] * v))));
    return byLevel(
      scaled.map((row) => row.map((r, j) => map(r, (v) => v + inp.beta[j]))),
      level,
    );
  },
  wrong(inp, level) {
    const n = inp.x.length;
    // The batch's mean and variance do not depend on γ and β: one pass gives them and $\hat x$.
    const plain = normalized(inp.x);
    const out: Array<[Id, AnswerValue]> = [
      [
        'unbiased-variance',
        byLevel(
          withDenominator(inp, plain, (v) => Math.sqrt((v * n) / (n - 1) + EPS)),
          level,
        ),
      ],
      [
        'divided-by-variance',
        byLevel(
          withDenominator(inp, plain, (v) => v + EPS),
          level,
        ),
      ],
    ];
    if (level > 1) out.push(['no-affine', byLevel(plain.y, level)]);
    if (level === 3) {
      const xt = transpose(inp.x);
      const rows = transpose(
        engine.batchNorm(
          xt,
          xt[0].map(() => 1),
          xt[0].map(() => 0),
        ).y,
      );
      out.push([
        'normalized-rows',
        rows.map((row) => row.map((v, j) => inp.gamma[j] * v + inp.beta[j])),
      ]);
    }
    return out;
  },
});
