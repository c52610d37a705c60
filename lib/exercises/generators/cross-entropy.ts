// Binary and categorical cross-entropy, from probabilities or (level 3) from logits.

import { josa } from '@/lib/i18n/particle';
import * as engine from '../engine';
import { given, givenVec, tex, texGiven, texMat, texVec } from '../format';
import { scalarFormat } from '../messages';
import type { Rng } from '../random';
import { givenMat, givenVec as givenVecRuns, map, mean } from '../runs';
import type { AnswerValue, Level, Localized } from '../types';
import { defineGenerator, L, type MistakeDef, step, times } from './common';
import { oncePerInputs } from './once';

const LN10 = Math.log(10);
const LN2 = Math.log(2);

const logBase = (base: '10' | '2'): MistakeDef => ({
  name: L(`밑이 ${base}인 로그`, `Log base ${base}`),
  explanation:
    base === '2'
      ? L(
          '교차 엔트로피는 자연로그 $\\ln$을 씁니다. $\\log_{2}$를 쓰면 값이 $1/\\ln 2 \\approx 1.44$배로 커집니다.',
          'Cross-entropy uses the natural log $\\ln$; $\\log_{2}$ divides it by $\\ln 2 \\approx 0.69$, making it $1/\\ln 2 \\approx 1.44$ times larger.',
        )
      : L(
          '교차 엔트로피는 자연로그 $\\ln$을 씁니다. $\\log_{10}$을 쓰면 값이 $\\ln 10 \\approx 2.30$으로 나뉘어 작아집니다.',
          'Cross-entropy uses the natural log $\\ln$; $\\log_{10}$ divides it by $\\ln 10 \\approx 2.30$, making it smaller.',
        ),
});

const sumNotMean: MistakeDef = {
  name: L('평균 대신 합', 'Sum instead of mean'),
  explanation: L(
    '샘플별 손실을 더한 뒤 샘플 수로 나누세요.',
    'Average the per-sample losses: divide the sum by the number of samples.',
  ),
};

// ---------------------------------------------------------------- binary

interface BinaryInputs {
  y: number[];
  p?: number[];
  z?: number[];
}

type BinaryId = 'log10' | 'log2' | 'swapped-terms' | 'sum-not-mean' | 'sign-dropped';
const BCE_DEF =
  '\\mathrm{BCE} = -\\frac{1}{N} \\sum_i \\big[y_i \\ln p_i + (1 - y_i) \\ln (1 - p_i)\\big]';

function labels(rng: Rng, n: number): number[] {
  const y = [0, 1];
  while (y.length < n) y.push(rng.int(0, 1));
  return rng.shuffle(y).slice(0, n);
}

function bceProbabilities(inp: BinaryInputs): number[] {
  return inp.p ?? (inp.z as number[]).map(engine.sigmoid);
}

/** The binary cross-entropy prompt: one label and probability, or labels with probabilities or logits. */
function bcePrompt(inp: BinaryInputs, level: Level): Localized {
  if (level === 1) {
    const y = given(inp.y[0]);
    const p = texGiven((inp.p as number[])[0]);
    return L(
      `정답 레이블 $y = ${y}$, 예측 확률 $p = ${p}$일 때 이진 교차 엔트로피를 구하세요. ($${BCE_DEF}$, 자연로그)`,
      `With label $y = ${y}$ and predicted probability $p = ${p}$, compute the binary cross-entropy, where $${BCE_DEF}$ (natural log).`,
    );
  }
  const y = givenVec(inp.y);
  const shown = givenVec(inp.z ?? (inp.p as number[]));
  const given3 = inp.z
    ? L(
        `로짓 $z = ${shown}$ (확률은 $p = \\sigma(z)$)`,
        `logits $z = ${shown}$ (probabilities $p = \\sigma(z)$)`,
      )
    : L(`예측 확률 $p = ${shown}$`, `predicted probabilities $p = ${shown}$`);
  return L(
    `레이블 $y = ${y}$${josa(y, '과')} ${given3.ko}에 대해 평균 이진 교차 엔트로피를 구하세요. ($${BCE_DEF}$, 자연로그)`,
    `For labels $y = ${y}$ and ${given3.en}, compute the mean binary cross-entropy, where $${BCE_DEF}$ (natural log).`,
  );
}

export const binaryCrossEntropy = defineGenerator<BinaryInputs, BinaryId>({
  id: 'binary-cross-entropy',
  topic: 'losses',
  title: L('이진 교차 엔트로피', 'Binary cross-entropy'),
  levels: {
    1: L('샘플 하나의 확률', 'one probability'),
    2: L('샘플 세 개의 평균', 'the mean over three samples'),
    3: L('로짓으로 주어진 샘플 네 개', 'four samples given as logits'),
  },
  mistakes: {
    log10: logBase('10'),
    log2: logBase('2'),
    'swapped-terms': {
      name: L('항을 바꿈', 'Terms swapped'),
      explanation: L(
        '$y = 1$이면 $\\ln p$, $y = 0$이면 $\\ln(1 - p)$를 씁니다.',
        'Use $\\ln p$ when $y = 1$ and $\\ln(1 - p)$ when $y = 0$.',
      ),
    },
    'sum-not-mean': sumNotMean,
    'sign-dropped': {
      name: L('음수 부호 누락', 'Dropped the minus sign'),
      explanation: L(
        '로그 확률은 음수이므로 앞에 $-$를 붙여 손실을 양수로 만듭니다.',
        'Log-probabilities are negative; the leading $-$ makes the loss positive.',
      ),
    },
  },
  draw(rng, level) {
    if (level === 1) return { y: [rng.int(0, 1)], p: [rng.decimal(0.05, 0.95, 2)] };
    if (level === 2) return { y: labels(rng, 3), p: rng.decimals(3, 0.05, 0.95, 2) };
    return { y: labels(rng, 4), z: rng.decimals(4, -3, 3, 1).map((v) => v || 0.5) };
  },
  build(inp, level) {
    const p = bceProbabilities(inp);
    const v = engine.binaryCrossEntropy(inp.y, p);
    const terms = inp.y.map((yi, i) => {
      const q = yi === 1 ? p[i] : 1 - p[i];
      return `-\\ln ${yi === 1 ? tex(q) : `(1 - ${tex(p[i])})`} = ${tex(engine.binaryCrossEntropy([yi], [p[i]]))}`;
    });
    const solution = [
      ...(inp.z
        ? [
            step(
              '시그모이드로 확률을 구합니다.',
              'Probabilities through the sigmoid.',
              `p = \\sigma(z) = ${texVec(p)}`,
            ),
          ]
        : []),
      step(
        '샘플별 손실: $y = 1$이면 $-\\ln p$, $y = 0$이면 $-\\ln(1 - p)$',
        'Per-sample loss: $-\\ln p$ if $y = 1$, $-\\ln(1 - p)$ if $y = 0$',
        terms.join(',\\quad '),
      ),
      step(
        `평균 ($N = ${inp.y.length}$)`,
        `Mean ($N = ${inp.y.length}$)`,
        `\\mathrm{BCE} = ${tex(v)}`,
      ),
    ];
    return { value: v, prompt: bcePrompt(inp, level), solution, format: scalarFormat() };
  },
  runs(inp, _level, note) {
    const p = inp.p
      ? givenVecRuns(inp.p)
      : note(givenVecRuns((inp.z as number[]).map(engine.sigmoid)));
    return mean(note(inp.y.map((yi, i) => map(p[i], (pi) => -Math.log(yi === 1 ? pi : 1 - pi)))));
  },
  wrong(inp) {
    const p = bceProbabilities(inp);
    const v = engine.binaryCrossEntropy(inp.y, p);
    const out: Array<[BinaryId, AnswerValue]> = [
      ['log10', v / LN10],
      ['log2', v / LN2],
      [
        'swapped-terms',
        engine.binaryCrossEntropy(
          inp.y.map((yi) => 1 - yi),
          p,
        ),
      ],
      ['sign-dropped', -v],
    ];
    if (inp.y.length > 1) out.push(['sum-not-mean', inp.y.length * v]);
    return out;
  },
});

// ---------------------------------------------------------------- categorical

interface CategoricalInputs {
  classes: number[];
  P?: number[][];
  Z?: number[][];
}

type CategoricalId = 'log10' | 'log2' | 'sum-not-mean' | 'wrong-class' | 'all-classes';
const CCE_DEF = '\\mathrm{CE} = -\\frac{1}{N} \\sum_i \\sum_k y_{i,k} \\ln p_{i,k}';

/** `k` probabilities with two decimals, each at least 0.05, adding to exactly 1. */
function probabilities(rng: Rng, k: number): number[] {
  for (;;) {
    const cuts = rng.many(k - 1, () => rng.int(5, 95)).sort((a, b) => a - b);
    const edges = [0, ...cuts, 100];
    const parts = edges.slice(1).map((e, i) => e - edges[i]);
    if (parts.every((q) => q >= 5)) return parts.map((q) => q / 100);
  }
}

function oneHot(classes: number[], k: number): number[][] {
  return classes.map((c) => times(k, (j) => (j === c ? 1 : 0)));
}

/** The given logits or probabilities, as the prompt states them. */
function givenProbabilities(inp: CategoricalInputs): Localized {
  if (inp.Z) {
    const Z = texMat(inp.Z, 8);
    return L(
      `로짓 $Z = ${Z}$ (확률은 행마다 소프트맥스)`,
      `logits $Z = ${Z}$ (probabilities: softmax of each row)`,
    );
  }
  const P = inp.P as number[][];
  if (P.length === 1) {
    const p = givenVec(P[0]);
    return L(`예측 확률 $p = ${p}$`, `predicted probabilities $p = ${p}$`);
  }
  const shown = texMat(P, 8);
  return L(`예측 확률 $P = ${shown}$`, `predicted probabilities $P = ${shown}$`);
}

/** The softmax of each row of drawn logits, once per exercise: build, path and mistakes read it. */
const softmaxOfZ = oncePerInputs((inp: CategoricalInputs) =>
  (inp.Z as number[][]).map(engine.softmax),
);

/** The given probabilities, or the softmax of each row of the given logits (computed once). */
function ccProbabilities(inp: CategoricalInputs): number[][] {
  return inp.P ?? softmaxOfZ(inp);
}

export const categoricalCrossEntropy = defineGenerator<CategoricalInputs, CategoricalId>({
  id: 'categorical-cross-entropy',
  topic: 'losses',
  title: L('범주형 교차 엔트로피', 'Categorical cross-entropy'),
  levels: {
    1: L('샘플 하나, 클래스 세 개', 'one sample, three classes'),
    2: L('샘플 두 개의 평균, 클래스 세 개', 'mean of two samples, three classes'),
    3: L('로짓으로 주어진 샘플 두 개, 클래스 네 개', 'two samples as logits, four classes'),
  },
  mistakes: {
    log10: logBase('10'),
    log2: logBase('2'),
    'sum-not-mean': sumNotMean,
    'wrong-class': {
      name: L('가장 큰 확률을 사용', 'Used the largest probability'),
      explanation: L(
        '원-핫 레이블이 1인 정답 클래스의 확률 $p_{\\text{정답}}$을 써야 합니다. 예측 확률이 가장 큰 클래스의 확률이 아닙니다.',
        'Use the probability of the true class (where the one-hot label is 1), not of the most likely class.',
      ),
    },
    'all-classes': {
      name: L('모든 클래스의 로그를 더함', 'Summed the logs of all classes'),
      explanation: L(
        '$y_{i,k} = 0$인 항은 사라집니다. 정답 클래스의 $-\\ln p$만 남습니다.',
        'Terms with $y_{i,k} = 0$ vanish; only $-\\ln p$ of the true class remains.',
      ),
    },
  },
  draw(rng, level) {
    const k = level === 3 ? 4 : 3;
    const n = level === 1 ? 1 : 2;
    const classes = rng.many(n, () => rng.int(0, k - 1));
    if (level < 3) return { classes, P: classes.map(() => probabilities(rng, k)) };
    return { classes, Z: classes.map(() => rng.decimals(k, -2, 3, 1)) };
  },
  build(inp, level) {
    const k = (inp.P ?? (inp.Z as number[][]))[0].length;
    const T = oneHot(inp.classes, k);
    const P = ccProbabilities(inp);
    const v = engine.categoricalCrossEntropy(T, P);
    const rows = inp.classes.map(
      (c, i) =>
        `-\\ln p_{${i + 1},${c + 1}} = -\\ln ${tex(P[i][c])} = ${tex(engine.categoricalCrossEntropy([T[i]], [P[i]]))}`,
    );
    const single = inp.classes.length === 1;
    const labels = single ? givenVec(T[0]) : texMat(T);
    const labelText = single
      ? L(`정답 원-핫 레이블 $y = ${labels}$`, `one-hot label $y = ${labels}$`)
      : L(
          `정답 원-핫 레이블 (행이 샘플) $Y = ${labels}$`,
          `one-hot labels (rows are samples) $Y = ${labels}$`,
        );
    const given3 = givenProbabilities(inp);
    return {
      value: v,
      prompt: L(
        `${labelText.ko}과 ${given3.ko}에 대해 ${level === 1 ? '' : '샘플 평균 '}교차 엔트로피를 구하세요. ($${CCE_DEF}$, 자연로그)`,
        `For the ${labelText.en} and ${given3.en}, compute the ${level === 1 ? '' : 'mean '}cross-entropy, where $${CCE_DEF}$ (natural log).`,
      ),
      solution: [
        ...(inp.Z ? [step('행마다 소프트맥스', 'Softmax of each row', `P = ${texMat(P)}`)] : []),
        step(
          '원-핫이므로 정답 클래스의 항만 남습니다.',
          'With one-hot labels only the true class term remains.',
          rows.join(',\\quad '),
        ),
        step(
          `평균 ($N = ${inp.classes.length}$)`,
          `Mean ($N = ${inp.classes.length}$)`,
          `\\mathrm{CE} = ${tex(v)}`,
        ),
      ],
      format: scalarFormat(),
    };
  },
  runs(inp, _level, note) {
    const P = inp.P ? givenMat(inp.P) : note(givenMat(ccProbabilities(inp)));
    return mean(note(inp.classes.map((c, i) => map(P[i][c], (p) => -Math.log(p)))));
  },
  wrong(inp) {
    const n = inp.classes.length;
    const P = ccProbabilities(inp);
    const k = P[0].length;
    const T = oneHot(inp.classes, k);
    const v = engine.categoricalCrossEntropy(T, P);
    const argmax = P.map((row) => row.indexOf(Math.max(...row)));
    const allOnes = P.map(() => times(k, () => 1));
    const out: Array<[CategoricalId, AnswerValue]> = [
      ['log10', v / LN10],
      ['log2', v / LN2],
      ['wrong-class', engine.categoricalCrossEntropy(oneHot(argmax, k), P)],
      ['all-classes', engine.categoricalCrossEntropy(allOnes, P)],
    ];
    if (n > 1) out.push(['sum-not-mean', n * v]);
    return out;
  },
});
