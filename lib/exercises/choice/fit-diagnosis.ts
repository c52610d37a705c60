// fit-diagnosis: training and validation loss of a model the engine really trains; underfit, good fit or overfit?

import { cosineFeatures, earlyStopping, fitLinearModel } from '../engine';
import { fmt } from '../format';
import { L, step } from '../generators/common';
import { Rng } from '../random';
import type { Level, Localized } from '../types';
import { type BuiltChoice, defineChoiceGenerator, type Option } from './define';
import { lineChart } from './svg';

export type Fit = 'underfit' | 'good' | 'overfit';

interface Inputs {
  /** The regime the run was set up for; the answer is the regime the curves show (they agree). */
  fit: Fit;
  trainSize: number;
  /** Highest cosine frequency of the model's features (capacity). */
  features: number;
  /** Standard deviation of the label noise. */
  noise: number;
  lr: number;
  epochs: number;
  /** Seed of the data (target, points and noise). */
  data: number;
  patience?: number;
  remedy?: 'more-data' | 'regularize';
}

const DAMPING = 0.15;
const VALIDATION_SIZE = 30;

type Run = { train: number[]; validation: number[] };
let lastRun: { key: string; run: Run } | null = null;

/** The training run behind one exercise (the last one is kept: drawing and building share it). */
export function trainingRun(inp: Inputs): Run {
  const key = `${inp.trainSize}:${inp.features}:${inp.noise}:${inp.lr}:${inp.epochs}:${inp.data}`;
  if (lastRun?.key !== key) lastRun = { key, run: train(inp) };
  return lastRun.run;
}

/** Data drawn from `data` (a target, points and noise), the model fitted by the engine. */
function train(inp: Inputs): Run {
  const rng = new Rng(inp.data);
  const coef = [
    rng.decimal(-0.3, 0.3, 2),
    rng.away(-1, 1, 2, 0.6),
    rng.away(-0.8, 0.8, 2, 0.4),
    rng.away(-0.6, 0.6, 2, 0.3),
  ];
  const target = (x: number) =>
    coef.reduce((s, c, k) => s + c * Math.cos((k * Math.PI * (x + 1)) / 2), 0);
  const n = inp.trainSize;
  const xs = Array.from({ length: n }, (_, i) => -1 + (2 * (i + 0.2 + 0.6 * rng.float())) / n);
  const ys = xs.map((x) => target(x) + inp.noise * rng.normal());
  const xv = Array.from({ length: VALIDATION_SIZE }, () => 2 * rng.float() - 1);
  const yv = xv.map((x) => target(x) + inp.noise * rng.normal());
  const features = (x: number) => cosineFeatures(x, inp.features, DAMPING);
  return fitLinearModel(xs.map(features), ys, xv.map(features), yv, {
    lr: inp.lr,
    epochs: inp.epochs,
  });
}

/** What the curves show, measured: null when they are not clearly one regime. */
export function classifyCurves(
  train: readonly number[],
  validation: readonly number[],
  noiseVariance: number,
): Fit | null {
  const E = validation.length;
  const vMin = Math.min(...validation);
  const best = validation.indexOf(vMin) + 1;
  const vEnd = validation[E - 1];
  const tEnd = train[E - 1];
  if (best <= 0.6 * E && vEnd >= 1.12 * vMin && tEnd < 0.6 * vEnd) return 'overfit';
  if (vEnd <= 1.03 * vMin && tEnd >= 3 * noiseVariance && vEnd <= 1.5 * tEnd) return 'underfit';
  if (vEnd <= 1.03 * vMin && tEnd <= 1.6 * noiseVariance && vEnd <= 2 * noiseVariance)
    return 'good';
  return null;
}

const SETUP: Record<Fit, { n: [number, number]; K: [number, number]; noise: [number, number] }> = {
  overfit: { n: [12, 16], K: [30, 36], noise: [0.5, 0.7] },
  good: { n: [40, 60], K: [5, 7], noise: [0.1, 0.2] },
  underfit: { n: [40, 60], K: [0, 1], noise: [0.1, 0.2] },
};

function drawRun(rng: Rng, fit: Fit): Inputs {
  const s = SETUP[fit];
  let last: Inputs | null = null;
  for (let attempt = 0; attempt < 40; attempt++) {
    const inp: Inputs = {
      fit,
      trainSize: rng.int(s.n[0], s.n[1]),
      features: rng.int(s.K[0], s.K[1]),
      noise: rng.decimal(s.noise[0], s.noise[1], 2),
      lr: 0.3,
      epochs: 60,
      data: rng.int(0, 0xffffffff),
    };
    const run = trainingRun(inp);
    last = inp;
    if (classifyCurves(run.train, run.validation, inp.noise ** 2) === fit) return inp;
  }
  throw new Error(`fit-diagnosis: no clear ${fit} run in 40 draws (last ${JSON.stringify(last)})`);
}

const NAMES: Record<Fit, Localized> = {
  underfit: L('과소적합', 'Underfitting'),
  good: L('적절한 적합', 'A good fit'),
  overfit: L('과적합', 'Overfitting'),
};

const LOOKS: Record<Fit, Localized> = {
  underfit: L(
    '과소적합이면 학습 손실과 검증 손실이 모두 잡음 수준보다 훨씬 높은 곳에서 평평해지고 서로 가깝습니다. 모델이 너무 단순해 패턴을 담지 못합니다.',
    'Underfitting shows as training and validation loss both levelling off far above the noise level, close to each other: the model is too simple for the pattern.',
  ),
  good: L(
    '적절한 적합이면 두 손실이 모두 잡음 수준 가까이 내려가 평평해지고, 검증 손실이 다시 오르지 않습니다.',
    'A good fit shows as both losses falling close to the noise level and levelling off, with validation loss never turning up.',
  ),
  overfit: L(
    '과적합이면 학습 손실은 계속 내려가는데 검증 손실은 최저점을 지나 다시 올라가, 둘 사이 간격이 벌어집니다. 모델이 학습 데이터의 잡음까지 외웁니다.',
    'Overfitting shows as training loss still falling while validation loss passes its lowest point and turns up, so the gap widens: the model memorizes the noise of the training data.',
  ),
};

interface Facts {
  best: number;
  vMin: number;
  vEnd: number;
  tEnd: number;
  E: number;
}

function facts(run: { train: number[]; validation: number[] }): Facts {
  const vMin = Math.min(...run.validation);
  const E = run.validation.length;
  return {
    best: run.validation.indexOf(vMin) + 1,
    vMin,
    vEnd: run.validation[E - 1],
    tEnd: run.train[E - 1],
    E,
  };
}

function here(f: Facts, noiseVar: number): Localized {
  return L(
    `이 그림: 학습 손실은 에포크 ${f.E}에서 ${fmt(f.tEnd, 3)}, 검증 손실은 에포크 ${f.best}에서 최저 ${fmt(f.vMin, 3)}이고 에포크 ${f.E}에서 ${fmt(f.vEnd, 3)}입니다 (잡음 수준 ${fmt(noiseVar, 3)}).`,
    `In this figure training loss ends at ${fmt(f.tEnd, 3)} (epoch ${f.E}); validation loss is lowest, ${fmt(f.vMin, 3)}, at epoch ${f.best} and ends at ${fmt(f.vEnd, 3)} (noise level ${fmt(noiseVar, 3)}).`,
  );
}

function figure(
  run: { train: number[]; validation: number[] },
  noiseVar: number,
  marks: { x: number; label: Localized }[],
): BuiltChoice['figure'] {
  const f = facts(run);
  const ys = [...run.train.slice(2), ...run.validation.slice(2), noiseVar];
  const yMax = Math.max(...ys) * 1.1;
  const svg = (lang: 'ko' | 'en') =>
    lineChart({
      title:
        lang === 'ko' ? '에포크별 학습 손실과 검증 손실' : 'Training and validation loss per epoch',
      lines: [
        {
          points: run.train.map((v, i) => [i + 1, v] as const),
          tone: 0,
          label: lang === 'ko' ? '훈련' : 'training',
        },
        {
          points: run.validation.map((v, i) => [i + 1, v] as const),
          tone: 1,
          label: lang === 'ko' ? '검증' : 'validation',
        },
      ],
      x: [1, f.E],
      y: [0, yMax],
      xLabel: lang === 'ko' ? '에포크' : 'epoch',
      yLabel: lang === 'ko' ? '손실 (MSE)' : 'loss (MSE)',
      horizontal: [{ y: noiseVar, label: lang === 'ko' ? '잡음 수준' : 'noise level' }],
      vertical: marks.map((m) => ({ x: m.x, label: m.label[lang] })),
      markerEvery: 10,
    });
  const trend =
    f.vEnd > 1.02 * f.vMin
      ? L(
          `검증 손실(점선, 사각형)은 에포크 ${f.best}에서 최저 ${fmt(f.vMin, 3)}까지 내려간 뒤 에포크 ${f.E}에서 ${fmt(f.vEnd, 3)}로 올라갑니다.`,
          `validation loss (dashed, squares) falls to its lowest, ${fmt(f.vMin, 3)}, at epoch ${f.best}, then rises to ${fmt(f.vEnd, 3)} by epoch ${f.E}.`,
        )
      : L(
          `검증 손실(점선, 사각형)은 ${fmt(run.validation[0], 3)}에서 ${fmt(f.vEnd, 3)}로 내려가 평평해집니다.`,
          `validation loss (dashed, squares) falls from ${fmt(run.validation[0], 3)} and levels off at ${fmt(f.vEnd, 3)}.`,
        );
  return {
    svg: { ko: svg('ko'), en: svg('en') },
    description: L(
      `에포크 1–${f.E}의 손실 그래프. 학습 손실(실선, 원)은 ${fmt(run.train[0], 3)}에서 ${fmt(f.tEnd, 3)}로 내려갑니다. ${trend.ko} 잡음 수준 ${fmt(noiseVar, 3)}에 가로 점선이 있습니다.`,
      `Loss over epochs 1–${f.E}. Training loss (solid, circles) falls from ${fmt(run.train[0], 3)} to ${fmt(f.tEnd, 3)}; ${trend.en} A dashed horizontal line marks the noise level ${fmt(noiseVar, 3)}.`,
    ),
  };
}

function setting(inp: Inputs): Localized {
  return L(
    `한 모델을 경사 하강법(η = ${inp.lr})으로 ${inp.epochs} 에포크 학습했습니다. 레이블 잡음의 분산은 $\\sigma^2 = ${fmt(inp.noise ** 2, 4)}$로, 새 데이터에서 어떤 모델도 이보다 낮은 손실을 낼 수 없습니다.`,
    `A model was trained by gradient descent (η = ${inp.lr}) for ${inp.epochs} epochs. The labels carry noise of variance $\\sigma^2 = ${fmt(inp.noise ** 2, 4)}$, the lowest loss any model can reach on new data.`,
  );
}

function diagnosisQuestion(inp: Inputs): BuiltChoice {
  const run = trainingRun(inp);
  const noiseVar = inp.noise ** 2;
  const f = facts(run);
  const now = here(f, noiseVar);
  const options: Option[] = (['underfit', 'good', 'overfit'] as const).map((fit) => ({
    key: fit,
    label: NAMES[fit],
    explanation: L(`${LOOKS[fit].ko} ${now.ko}`, `${LOOKS[fit].en} ${now.en}`),
  }));
  options.push({
    key: 'diverging',
    label: L('학습률이 너무 커서 발산', 'Diverging: the learning rate is too large'),
    explanation: L(
      `학습률이 너무 크면 학습 손실이 내려가지 않고 요동치거나 커집니다. ${now.ko}`,
      `With too large a learning rate training loss would jump around or grow instead of falling. ${now.en}`,
    ),
  });
  return {
    prompt: L(
      `${setting(inp).ko} 그림은 에포크별 학습 손실과 검증 손실입니다. 이 곡선은 무엇을 보여 주나요?`,
      `${setting(inp).en} The figure shows training and validation loss per epoch. What do the curves show?`,
    ),
    figure: figure(run, noiseVar, []),
    options,
    correct: inp.fit,
    solution: [
      step(
        '학습 손실과 검증 손실의 끝 값과 검증 손실의 최저점을 읽습니다.',
        'Read where both losses end and where validation loss is lowest.',
        `L_\\text{train}(${f.E}) = ${fmt(f.tEnd, 3)},\\quad \\min_t L_\\text{val} = L_\\text{val}(${f.best}) = ${fmt(f.vMin, 3)},\\quad L_\\text{val}(${f.E}) = ${fmt(f.vEnd, 3)}`,
      ),
      step(LOOKS[inp.fit].ko, LOOKS[inp.fit].en, `\\sigma^2 = ${fmt(noiseVar, 4)}`),
    ],
  };
}

function stoppingQuestion(inp: Inputs): BuiltChoice {
  const run = trainingRun(inp);
  const noiseVar = inp.noise ** 2;
  const patience = inp.patience as number;
  const stop = earlyStopping(run.validation, patience);
  if (!stop) throw new Error('fit-diagnosis: the validation curve never triggers early stopping');
  const { best } = stop;
  const E = run.validation.length;
  const label = (s: number, k: number | null): Localized =>
    k === null
      ? L(
          `멈추지 않음 (에포크 ${E}까지 학습, 마지막 가중치)`,
          `Never stops (trains to epoch ${E}, last weights)`,
        )
      : L(
          `에포크 ${s}에서 멈추고 에포크 ${k}의 가중치를 유지`,
          `Stops at epoch ${s}, keeps the weights of epoch ${k}`,
        );
  const options: Option[] = [
    {
      key: 'right',
      label: label(stop.stop, best),
      explanation: L(
        `검증 손실은 에포크 ${best}에서 최저이고, 그 뒤 ${patience} 에포크 연속 개선이 없으면 에포크 ${stop.stop}이 끝날 때 멈추고 최저였던 에포크 ${best}의 가중치를 복원합니다.`,
        `Validation loss is lowest at epoch ${best}; after ${patience} epochs in a row without improvement training stops at the end of epoch ${stop.stop} and restores the weights of epoch ${best}.`,
      ),
    },
    {
      key: 'stop-at-best',
      label: label(best, best),
      explanation: L(
        `에포크 ${best}가 최저였다는 것은 그 뒤 ${patience} 에포크 동안 개선이 없어야 알 수 있습니다. 그래서 멈춤은 에포크 ${stop.stop}입니다.`,
        `Training only learns that epoch ${best} was the best after ${patience} more epochs without improvement, so it stops at epoch ${stop.stop}, not ${best}.`,
      ),
    },
    {
      key: 'kept-last',
      label: label(stop.stop, stop.stop),
      explanation: L(
        `멈춘 에포크 ${stop.stop}의 가중치는 이미 검증 손실이 올라간 뒤의 것입니다. 최저였던 에포크 ${best}의 가중치를 복원합니다.`,
        `The weights of epoch ${stop.stop} come after validation loss has risen; early stopping restores those of the best epoch, ${best}.`,
      ),
    },
    {
      key: 'never',
      label: label(E, null),
      explanation: L(
        `학습 손실은 계속 내려가지만 조기 종료는 검증 손실을 봅니다. 검증 손실은 에포크 ${best} 이후 개선되지 않습니다.`,
        `Training loss keeps falling, but early stopping watches validation loss, which stops improving after epoch ${best}.`,
      ),
    },
  ];
  return {
    prompt: L(
      `${setting(inp).ko} 검증 손실에 patience = ${patience}인 조기 종료(개선: 지금까지의 최저보다 낮음)를 적용하면 어떻게 되나요? 점선 세로줄은 검증 손실이 가장 낮은 에포크입니다.`,
      `${setting(inp).en} Early stopping with patience = ${patience} watches validation loss (an epoch improves when it beats the best so far). What happens? The dashed vertical line marks the epoch of the lowest validation loss.`,
    ),
    figure: figure(run, noiseVar, [{ x: best, label: L(`최저: ${best}`, `lowest: ${best}`) }]),
    options,
    correct: 'right',
    solution: [
      step(
        '검증 손실이 가장 낮은 에포크를 찾습니다.',
        'Find the epoch of the lowest validation loss.',
        `t^\\ast = \\arg\\min_t L_\\text{val}(t) = ${best}`,
      ),
      step(
        `그 뒤 ${patience} 에포크 동안 개선이 없으면 멈춥니다.`,
        `Stop after ${patience} epochs without improvement.`,
        `t_\\text{stop} = t^\\ast + \\text{patience} = ${best} + ${patience} = ${stop.stop}`,
      ),
      step(
        '최저 에포크의 가중치를 복원합니다.',
        'Restore the weights of the best epoch.',
        `w \\leftarrow w_{${best}}`,
      ),
    ],
  };
}

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
      '과소적합인 모델을 일찍 멈추면 더 덜 배운 모델이 남을 뿐입니다.',
      'Stopping an underfitting model earlier only leaves it having learned even less.',
    ),
  },
};

function remedyQuestion(inp: Inputs): BuiltChoice {
  const run = trainingRun(inp);
  const noiseVar = inp.noise ** 2;
  const now = here(facts(run), noiseVar);
  const right = inp.fit === 'overfit' ? (inp.remedy as string) : 'bigger';
  const keys =
    inp.fit === 'overfit'
      ? [right, 'bigger', 'longer', 'stop-earlier']
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
        '곡선으로 상태를 진단합니다.',
        'Diagnose the curves first.',
        `\\text{${NAMES[inp.fit].en}}`,
      ),
      step(REMEDIES[right].why.ko, REMEDIES[right].why.en, `\\sigma^2 = ${fmt(noiseVar, 4)}`),
    ],
  };
}

export const fitDiagnosis = defineChoiceGenerator<Inputs>({
  id: 'fit-diagnosis',
  topic: 'overfitting',
  title: L('학습 곡선 진단', 'Diagnosing fit from learning curves'),
  draw(rng, level: Level) {
    if (level === 1) return drawRun(rng, rng.pick(['underfit', 'good', 'overfit'] as const));
    if (level === 2) {
      const patience = rng.int(3, 8);
      for (;;) {
        const inp = drawRun(rng, 'overfit');
        const stop = earlyStopping(trainingRun(inp).validation, patience);
        if (stop) return { ...inp, patience };
      }
    }
    const fit = rng.pick(['underfit', 'overfit'] as const);
    const inp = drawRun(rng, fit);
    return fit === 'overfit'
      ? { ...inp, remedy: rng.pick(['more-data', 'regularize'] as const) }
      : inp;
  },
  build(inp, level) {
    if (level === 1) return diagnosisQuestion(inp);
    if (level === 2) return stoppingQuestion(inp);
    return remedyQuestion(inp);
  },
});
