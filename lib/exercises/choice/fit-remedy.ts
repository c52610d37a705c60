// fit-diagnosis's level 3: the remedy that fits the curves (more data, regularization, a bigger model, …).

import { tex } from '../format';
import { L, step } from '../generators/common';
import type { Localized } from '../types';
import type { BuiltChoice, Option } from './define';
import { diagnosisTex, facts, figure, here, NAMES, setting } from './fit-figure';
import { type Fit, type Inputs, trainingRun } from './fit-runs';

const REMEDIES: Record<string, { label: Localized; fits: Fit | null; why: Localized }> = {
  'more-data': {
    label: L('학습 데이터를 더 모은다', 'Collect more training data'),
    fits: 'overfit',
    why: L(
      '데이터가 많아지면 모델이 잡음을 외우기 어려워져 과적합이 줄어듭니다. 과소적합에는 도움이 되지 않습니다: 단순한 모델은 데이터가 많아도 패턴을 담지 못합니다.',
      'More data makes the noise harder to memorize, so it cures overfitting; it does not help underfitting, where a too-simple model misses the pattern however much data it sees.',
    ),
  },
  regularize: {
    label: L('드롭아웃이나 L2 규제를 더한다', 'Add dropout or L2 regularization'),
    fits: 'overfit',
    why: L(
      '규제는 모델이 학습 데이터의 잡음에 맞추는 것을 막아 과적합을 줄입니다. 과소적합인 모델에는 오히려 더 해롭습니다.',
      'Regularization keeps the model from fitting the noise of the training data, which cures overfitting; an underfitting model only gets worse with it.',
    ),
  },
  bigger: {
    label: L(
      '더 큰 모델(특성, 층, 뉴런)을 쓴다',
      'Use a bigger model (more features, layers or units)',
    ),
    fits: 'underfit',
    why: L(
      '모델 용량을 늘리면 과소적합이 풀립니다. 과적합인 모델을 키우면 잡음을 더 잘 외워 더 나빠집니다.',
      'More capacity cures underfitting; an overfitting model made bigger memorizes the noise even better.',
    ),
  },
  'less-data': {
    label: L('학습 데이터의 절반을 버린다', 'Drop half of the training data'),
    fits: null,
    why: L(
      '예제가 적을수록 모델이 잡음을 외우기 쉬워져 과적합이 더 심해집니다.',
      'With fewer examples the noise is easier to memorize, so overfitting only gets worse.',
    ),
  },
  longer: {
    label: L('같은 설정으로 더 오래 학습한다', 'Train longer with the same setup'),
    fits: null,
    why: L(
      '곡선이 이미 평평하거나(과소적합) 검증 손실이 오르는 중(과적합)이면 더 오래 학습해도 나아지지 않습니다. 과적합이면 더 나빠집니다.',
      'When the curves have levelled off (underfitting) or validation loss is rising (overfitting), training longer does not help; with overfitting it makes validation loss worse.',
    ),
  },
  'stop-earlier': {
    label: L('더 일찍 멈춘다 (에포크를 줄인다)', 'Stop earlier (fewer epochs)'),
    fits: null,
    why: L(
      '과소적합인 모델을 일찍 멈추면 배운 것이 더 적어질 뿐입니다.',
      'Stopping an underfitting model earlier only leaves it having learned even less.',
    ),
  },
};

export function remedyQuestion(inp: Inputs): BuiltChoice {
  const run = trainingRun(inp);
  const noiseVar = inp.noise ** 2;
  const now = here(facts(run), noiseVar);
  const right = inp.fit === 'overfit' ? (inp.remedy as string) : 'bigger';
  // Stopping earlier is offered only against underfitting: on overfitting curves it is a cure too
  // (it keeps the epoch of the lowest validation loss), so it would be a second right answer.
  const keys =
    inp.fit === 'overfit'
      ? [right, 'bigger', 'longer', 'less-data']
      : ['bigger', 'more-data', 'regularize', 'stop-earlier'];
  const options: Option[] = keys.map((key) => ({
    key,
    label: REMEDIES[key].label,
    explanation: L(
      `${NAMES[inp.fit].ko}입니다. ${REMEDIES[key].why.ko} ${now.ko}`,
      `The curves show ${NAMES[inp.fit].en.toLowerCase()}. ${REMEDIES[key].why.en} ${now.en}`,
    ),
  }));
  return {
    prompt: L(
      `${setting(inp).ko} 그림의 곡선을 보고, 검증 손실을 낮추는 데 가장 알맞은 조치를 고르세요.`,
      `${setting(inp).en} Given the curves in the figure, which change is most likely to lower the validation loss?`,
    ),
    figure: figure(run, noiseVar, []),
    options,
    correct: right,
    solution: [
      step(
        `곡선을 진단하면 ${NAMES[inp.fit].ko}입니다.`,
        `Diagnose the curves first: they show ${NAMES[inp.fit].en.toLowerCase()}.`,
        diagnosisTex(inp.fit, facts(run), noiseVar),
      ),
      step(REMEDIES[right].why.ko, REMEDIES[right].why.en, `\\sigma^2 = ${tex(noiseVar, 4)}`),
    ],
  };
}
