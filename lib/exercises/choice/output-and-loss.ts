// output-and-loss: a task in words → the output activation and loss that fit it; each pairing run on the figure's outputs.

import { josa } from '@/lib/i18n/particle';
import {
  binaryCrossEntropy,
  categoricalCrossEntropy,
  meanSquaredError,
  relu,
  sigmoid,
  softmax,
  tanh,
} from '../engine';
import { fmt } from '../format';
import { L, step } from '../generators/common';
import type { Rng } from '../random';
import type { Level, Localized } from '../types';
import { type BuiltChoice, defineChoiceGenerator } from './define';
import { joined, optionsFor } from './items';
import { outputCount, TASKS, type TaskKind } from './output-tasks';
import { barChart } from './svg';
import { drawFigure, type Frame } from './svg-frame';

export type Pairing =
  | 'sigmoid-bce'
  | 'softmax-ce'
  | 'softmax-mse'
  | 'identity-mse'
  | 'sigmoid-mse'
  | 'tanh-mse'
  | 'relu-mse';

interface Inputs {
  kind: TaskKind;
  /** Index into the task's wordings. */
  wording: number;
  /** Classes or labels (multi-class and multi-label tasks). */
  classes: number;
  /** The network's last-layer values for one example, before the output activation. */
  z: number[];
  /** That example's target. */
  y: number[];
}

/** The right pairing of each task, then the usual wrong ones. */
const PAIRINGS: Record<TaskKind, readonly [Pairing, Pairing, Pairing, Pairing]> = {
  binary: ['sigmoid-bce', 'softmax-ce', 'sigmoid-mse', 'identity-mse'],
  multiclass: ['softmax-ce', 'sigmoid-bce', 'softmax-mse', 'identity-mse'],
  multilabel: ['sigmoid-bce', 'softmax-ce', 'softmax-mse', 'identity-mse'],
  regression: ['identity-mse', 'sigmoid-mse', 'tanh-mse', 'relu-mse'],
  unit: ['sigmoid-mse', 'tanh-mse', 'relu-mse', 'softmax-ce'],
  signed: ['tanh-mse', 'sigmoid-mse', 'relu-mse', 'softmax-ce'],
};

const LABELS: Record<Pairing, Localized> = {
  'sigmoid-bce': L('시그모이드 + 이진 교차 엔트로피', 'Sigmoid + binary cross-entropy'),
  'softmax-ce': L('소프트맥스 + 범주형 교차 엔트로피', 'Softmax + categorical cross-entropy'),
  'softmax-mse': L('소프트맥스 + 평균 제곱 오차', 'Softmax + mean squared error'),
  'identity-mse': L(
    '선형(항등) 출력 + 평균 제곱 오차',
    'Linear (identity) output + mean squared error',
  ),
  'sigmoid-mse': L('시그모이드 + 평균 제곱 오차', 'Sigmoid + mean squared error'),
  'tanh-mse': L('tanh + 평균 제곱 오차', 'Tanh + mean squared error'),
  'relu-mse': L('ReLU + 평균 제곱 오차', 'ReLU + mean squared error'),
};

/** Each pairing as a formula, which a solution's TeX shares between the languages. */
const PAIRING_TEX: Record<Pairing, string> = {
  'sigmoid-bce': '\\hat y = \\sigma(z),\\quad L = -[y \\ln \\hat y + (1 - y) \\ln(1 - \\hat y)]',
  'softmax-ce': '\\hat y = \\operatorname{softmax}(z),\\quad L = -\\sum_k y_k \\ln \\hat y_k',
  'softmax-mse': '\\hat y = \\operatorname{softmax}(z),\\quad L = \\mathrm{MSE}(\\hat y, y)',
  'identity-mse': '\\hat y = z,\\quad L = \\mathrm{MSE}(\\hat y, y)',
  'sigmoid-mse': '\\hat y = \\sigma(z),\\quad L = \\mathrm{MSE}(\\hat y, y)',
  'tanh-mse': '\\hat y = \\tanh(z),\\quad L = \\mathrm{MSE}(\\hat y, y)',
  'relu-mse': '\\hat y = \\mathrm{ReLU}(z),\\quad L = \\mathrm{MSE}(\\hat y, y)',
};

/** Why a pairing fits (the right one) or fails (a usual wrong one) a task of this kind. */
const WHY: Record<Pairing, Partial<Record<TaskKind, Localized>>> = {
  'sigmoid-bce': {
    binary: L(
      '시그모이드는 출력 하나를 확률 p = P(y = 1) ∈ (0, 1)로 바꾸고, 이진 교차 엔트로피 −[y ln p + (1 − y) ln(1 − p)]는 예/아니오 레이블의 음의 로그우도입니다.',
      'A sigmoid turns the one output into a probability p = P(y = 1) in (0, 1), and binary cross-entropy −[y ln p + (1 − y) ln(1 − p)] is the negative log-likelihood of a yes/no label.',
    ),
    multilabel: L(
      '레이블마다 시그모이드를 따로 쓰면 각 레이블이 다른 레이블과 상관없이 자기 확률을 가지므로 여러 개가 동시에 1 가까이 될 수 있습니다. 레이블마다 이진 교차 엔트로피를 구해 평균합니다.',
      'A sigmoid per output gives each label its own probability, independent of the others, so several can be near 1 at once; binary cross-entropy per label, averaged, scores each yes/no.',
    ),
    multiclass: L(
      '클래스가 서로 배타적인데 시그모이드는 출력을 따로따로 확률로 만듭니다. 합이 1이 아니어서 두 클래스에 동시에 "예"라고 하거나 아무 클래스도 고르지 않을 수 있습니다. 정확히 하나를 고르는 문제는 소프트맥스와 교차 엔트로피입니다.',
      'The classes exclude each other, but independent sigmoids do not know it: their probabilities need not sum to 1, so the network can say yes to two classes or to none. Exactly one class out of K is softmax with cross-entropy.',
    ),
  },
  'softmax-ce': {
    multiclass: L(
      '소프트맥스는 K개 출력을 합이 1인 확률로 바꿔 K개 중 하나를 고르는 분포를 만들고, 교차 엔트로피 −ln p_정답은 그 음의 로그우도입니다.',
      'Softmax turns the K outputs into probabilities that sum to 1, a distribution over exactly one class among K, and cross-entropy −ln p_true is its negative log-likelihood.',
    ),
    binary: L(
      '출력이 하나뿐이면 소프트맥스는 z가 무엇이든 항상 1을 내므로 손실이 변하지 않고 아무것도 배우지 못합니다. 출력 하나짜리 이진 분류는 시그모이드입니다.',
      'With a single output softmax gives 1 whatever z is, so the loss never changes and nothing is learned; a binary task with one output needs a sigmoid.',
    ),
    multilabel: L(
      '소프트맥스는 출력끼리 경쟁시켜 합이 1이 되게 하므로, 정답 레이블이 둘 이상이면 그 둘이 동시에 1 가까이 될 수 없습니다. 다중 레이블에는 레이블마다 시그모이드가 필요합니다.',
      'Softmax makes the outputs compete so that they sum to 1, so two true labels can never both be near 1; a multi-label task needs a sigmoid per label.',
    ),
    unit: L(
      '출력이 하나뿐이면 소프트맥스는 항상 1을 내므로 0과 1 사이의 비율을 예측할 수 없습니다.',
      'With a single output softmax is always 1, so it can never predict a fraction between 0 and 1.',
    ),
    signed: L(
      '출력이 하나뿐이면 소프트맥스는 항상 1을 내므로 −1과 1 사이의 값을 예측할 수 없습니다.',
      'With a single output softmax is always 1, so it can never predict a value between −1 and 1.',
    ),
  },
  'softmax-mse': {
    multiclass: L(
      '소프트맥스는 맞지만 클래스 확률에 평균 제곱 오차를 쓰면, 확신을 갖고 틀릴 때(정답 확률이 0에 가까울 때) 기울기가 작아져 학습이 느립니다. 교차 엔트로피는 음의 로그우도이고, 로짓에 대한 기울기가 $p - y$로 남습니다.',
      'Softmax is right, but mean squared error on class probabilities gives small gradients exactly when the model is confidently wrong, so it learns slowly; cross-entropy is the negative log-likelihood and keeps the gradient with respect to the logits at $p - y$.',
    ),
    multilabel: L(
      '소프트맥스는 출력의 합을 1로 묶으므로 정답 레이블이 둘이면 각각 많아야 0.5 근처에 머뭅니다. 평균 제곱 오차까지 더해져 학습도 느립니다.',
      'Softmax ties the outputs to a sum of 1, so with two true labels each can reach about 0.5 at best; mean squared error on probabilities also learns slowly.',
    ),
  },
  'identity-mse': {
    regression: L(
      '선형 출력은 어떤 실수든 낼 수 있어 한계가 없는 값에 맞고, 평균 제곱 오차는 가우스 잡음을 가정할 때의 음의 로그우도입니다.',
      'A linear output can take any real value, which an unbounded target needs, and mean squared error is the negative log-likelihood under Gaussian noise.',
    ),
    binary: L(
      '선형 출력은 확률이 아닙니다. 0보다 작거나 1보다 클 수 있고, 평균 제곱 오차는 클래스를 맞혀야 할 숫자로 취급합니다.',
      'A linear output is not a probability: it can fall below 0 or above 1, and mean squared error treats the class as a number to hit.',
    ),
    multiclass: L(
      '선형 출력은 확률이 아니어서 음수도 되고 합이 1도 아닙니다. 평균 제곱 오차로 원-핫 벡터를 숫자처럼 맞추게 됩니다.',
      'Linear outputs are not probabilities: they can be negative and need not sum to 1, and mean squared error fits the one-hot vector as if it were numbers.',
    ),
    multilabel: L(
      '선형 출력은 확률이 아니어서 0과 1 밖으로 나갈 수 있고, 평균 제곱 오차는 예/아니오 레이블의 우도가 아닙니다.',
      'Linear outputs are not probabilities and can leave [0, 1], and mean squared error is not the likelihood of yes/no labels.',
    ),
  },
  'sigmoid-mse': {
    unit: L(
      '시그모이드의 출력 범위인 (0, 1)이 정답의 범위와 맞고, 평균 제곱 오차로 두 수를 비교합니다.',
      "A sigmoid keeps predictions inside (0, 1), exactly the target's range, and mean squared error compares the two numbers.",
    ),
    binary: L(
      '시그모이드는 맞지만 확률에 평균 제곱 오차를 쓰면 기울기 σ′(z)(p − y)가 확신을 갖고 틀릴 때(y = 1인데 p가 0 가까이) 사라집니다. 이진 교차 엔트로피의 기울기는 p − y입니다.',
      "The sigmoid is right, but mean squared error on a probability has the gradient σ′(z)(p − y), which vanishes when the model is confidently wrong (p near 0 for y = 1); binary cross-entropy's gradient is p − y.",
    ),
    regression: L(
      '시그모이드는 예측을 (0, 1) 안에 가두므로 음수나 1보다 큰 정답은 절대 맞힐 수 없습니다.',
      'A sigmoid keeps predictions inside (0, 1), so a negative target or one above 1 can never be predicted.',
    ),
    signed: L(
      '시그모이드는 음수를 낼 수 없어 [−1, 1] 범위의 절반을 예측하지 못합니다.',
      'A sigmoid cannot give negative values, so half of the range [−1, 1] can never be predicted.',
    ),
  },
  'tanh-mse': {
    signed: L(
      'tanh의 출력 범위인 (−1, 1)이 정답의 범위와 맞고, 평균 제곱 오차로 두 수를 비교합니다.',
      "Tanh keeps predictions inside (−1, 1), exactly the target's range, and mean squared error compares the two numbers.",
    ),
    regression: L(
      'tanh는 예측을 (−1, 1) 안에 가두지만 정답에는 한계가 없습니다.',
      'Tanh keeps predictions inside (−1, 1), but the target has no bound.',
    ),
    unit: L(
      'tanh는 음수 예측도 허용하지만 비율은 음수가 될 수 없습니다. 정답의 범위 (0, 1)에 맞는 것은 시그모이드입니다.',
      "Tanh allows negative predictions, which a fraction never is; the sigmoid's (0, 1) is the target's range.",
    ),
  },
  'relu-mse': {
    regression: L(
      'ReLU는 음수를 낼 수 없고 z < 0에서 기울기가 0이라 음수 정답을 배우지 못합니다.',
      'ReLU cannot predict a negative value, and for z < 0 its gradient is 0, so negative targets are never learned.',
    ),
    unit: L(
      'ReLU는 1보다 큰 값도 내고, z < 0에서는 기울기가 0이 됩니다. (0, 1) 안에 두는 것은 시그모이드입니다.',
      'ReLU can predict above 1 and gets no gradient for z < 0; the sigmoid is what keeps predictions inside (0, 1).',
    ),
    signed: L(
      'ReLU는 음수를 낼 수 없어 정답 범위의 음수 쪽 절반에는 결코 닿지 못합니다.',
      'ReLU cannot predict negative values, so the negative half of the targets can never be reached.',
    ),
  },
};

function vec(v: readonly number[]): string {
  return v.length === 1 ? fmt(v[0], 3) : `(${v.map((x) => fmt(x, 3)).join(', ')})`;
}

/** The pairing run on the figure's outputs with the engine: predictions and loss. */
export function pairingOutputs(
  pairing: Pairing,
  inp: Inputs,
): { p: number[]; loss: number | null } {
  const { z, y } = inp;
  const [activation, loss] = pairing.split('-') as [string, string];
  const p =
    activation === 'softmax'
      ? softmax(z)
      : z.map(
          activation === 'sigmoid'
            ? sigmoid
            : activation === 'tanh'
              ? tanh
              : activation === 'relu'
                ? relu
                : (v) => v,
        );
  if (loss === 'mse') return { p, loss: meanSquaredError(y, p) };
  if (y.some((v) => v < 0 || v > 1)) return { p, loss: null };
  return { p, loss: loss === 'bce' ? binaryCrossEntropy(y, p) : categoricalCrossEntropy([y], [p]) };
}

function onThisExample(pairing: Pairing, inp: Inputs): Localized {
  const { p, loss } = pairingOutputs(pairing, inp);
  const sum =
    p.length > 1
      ? fmt(
          p.reduce((s, v) => s + v, 0),
          3,
        )
      : null;
  const ko = `그림의 z에서는 출력이 ${vec(p)}${sum ? `(합 ${sum})` : ''}이고${loss === null ? ', 0과 1 사이를 벗어난 정답에는 교차 엔트로피를 정의할 수 없습니다.' : ` 손실은 ${fmt(loss, 3)}입니다.`}`;
  const outputs = p.length > 1 ? 'the outputs are' : 'the output is';
  const en = `On the figure's z ${outputs} ${vec(p)}${sum ? ` (sum ${sum})` : ''}${loss === null ? ', and cross-entropy is not defined for a target outside [0, 1].' : ` and the loss is ${fmt(loss, 3)}.`}`;
  return L(ko, en);
}

function figure(inp: Inputs): BuiltChoice['figure'] {
  const single = inp.z.length === 1;
  const categories = inp.z.map((_, i) => (single ? 'z' : `z${i + 1}`));
  const svg = (lang: 'ko' | 'en', frame: Frame) =>
    barChart({
      frame,
      title:
        lang === 'ko'
          ? '한 예제의 마지막 층 출력 z와 정답'
          : "One example's last-layer outputs z and its target",
      values: inp.z,
      categories,
      xLabel: lang === 'ko' ? '출력 뉴런' : 'output unit',
      yLabel: lang === 'ko' ? 'z (활성화 전)' : 'z (before the activation)',
      targets: { values: inp.y, label: lang === 'ko' ? '정답 y' : 'target y' },
    });
  return {
    ...drawFigure(svg),
    description: L(
      `막대 ${inp.z.length}개: 출력 활성화 전 마지막 층 값 z = ${vec(inp.z)}. 마름모는 이 예제의 정답 y = ${vec(inp.y)}입니다.`,
      `${inp.z.length} bar${single ? '' : 's'}: the last layer's values before the output activation, z = ${vec(inp.z)}. Diamonds mark this example's target y = ${vec(inp.y)}.`,
    ),
  };
}

function drawTarget(rng: Rng, kind: TaskKind, count: number): number[] {
  if (kind === 'binary') return [rng.int(0, 1)];
  if (kind === 'multiclass') {
    const c = rng.int(0, count - 1);
    return Array.from({ length: count }, (_, i) => (i === c ? 1 : 0));
  }
  if (kind === 'multilabel') {
    const on = new Set(
      rng.shuffle(Array.from({ length: count }, (_, i) => i)).slice(0, rng.int(2, count - 1)),
    );
    return Array.from({ length: count }, (_, i) => (on.has(i) ? 1 : 0));
  }
  if (kind === 'unit') return [rng.decimal(0.05, 0.95, 2)];
  if (kind === 'signed') return [rng.away(-0.95, 0.95, 2, 0.1)];
  return [rng.away(-4, 4, 1, 0.5)];
}

const KINDS: Record<Level, readonly TaskKind[]> = {
  1: ['binary', 'multiclass'],
  2: ['multilabel', 'regression', 'multiclass', 'binary'],
  3: ['unit', 'signed', 'multilabel'],
};

export const outputAndLoss = defineChoiceGenerator<Inputs>({
  id: 'output-and-loss',
  topic: 'losses',
  title: L('출력 활성화와 손실 고르기', 'Choosing the output activation and loss'),
  levels: {
    1: L('이진 분류 또는 다중 클래스 분류', 'binary or multiclass classification'),
    2: L('다중 레이블과 회귀까지', 'also multi-label and regression'),
    3: L('범위가 정해진 정답값 또는 다중 레이블', 'targets in a range, or multi-label'),
  },
  draw(rng, level) {
    const kind = rng.pick(KINDS[level]);
    const wording = rng.int(0, TASKS[kind].length - 1);
    const classes = rng.int(3, 6);
    const count = outputCount(kind, classes);
    return {
      kind,
      wording,
      classes,
      z: rng.decimals(count, -3, 3, 1),
      y: drawTarget(rng, kind, count),
    };
  },
  build(inp) {
    const task = TASKS[inp.kind][inp.wording](inp.classes);
    const [right] = PAIRINGS[inp.kind];
    const why = (k: Pairing) => WHY[k][inp.kind] as Localized;
    const outputs = inp.z.length;
    return {
      prompt: joined(
        L(`과제: ${task.ko}`, `Task: ${task.en}`),
        L(
          `신경망의 마지막 층은 출력 활성화 전 값 $z \\in \\mathbb{R}^{${outputs}}$${josa(String(outputs), '을')} 냅니다(그림은 한 예제의 값). 어떤 출력 활성화와 손실이 이 과제에 맞습니까?`,
          `The network's last layer gives $z \\in \\mathbb{R}^{${outputs}}$ before the output activation (the figure shows one example's values). Which output activation and loss fit this task?`,
        ),
      ),
      figure: figure(inp),
      options: optionsFor(
        PAIRINGS[inp.kind],
        (k) => LABELS[k],
        (k) => joined(why(k), onThisExample(k, inp)),
      ),
      correct: right,
      solution: [
        step(why(right).ko, why(right).en, `z = ${vec(inp.z)},\\ y = ${vec(inp.y)}`),
        step(onThisExample(right, inp).ko, onThisExample(right, inp).en, PAIRING_TEX[right]),
      ],
    };
  },
});
