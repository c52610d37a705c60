// fit-diagnosis's words and figure: the regimes' names and looks, the curves' facts, the loss chart and the setting.

import { josa } from '@/lib/i18n/particle';
import { fmt, tex } from '../format';
import { L } from '../generators/common';
import type { Localized } from '../types';
import type { BuiltChoice } from './define';
import { type Fit, type Inputs, RISE } from './fit-runs';
import { lineChart } from './svg';
import { drawFigure, type Frame } from './svg-frame';

export const NAMES: Record<Fit, Localized> = {
  underfit: L('과소적합', 'Underfitting'),
  good: L('적절한 적합', 'A good fit'),
  overfit: L('과적합', 'Overfitting'),
};

export const LOOKS: Record<Fit, Localized> = {
  underfit: L(
    '과소적합이면 학습 손실과 검증 손실이 모두 잡음 수준보다 훨씬 높은 곳에서 평평해지고 서로 가깝습니다. 모델이 너무 단순해 패턴을 담지 못합니다.',
    'Underfitting shows as training and validation loss both levelling off far above the noise level, close to each other: the model is too simple for the pattern.',
  ),
  good: L(
    '적절한 적합이면 두 손실이 모두 잡음 수준 가까이 내려가 평평해지고, 검증 손실이 뚜렷이 다시 오르지 않습니다.',
    'A good fit shows as both losses falling close to the noise level and levelling off, with validation loss not clearly turning up.',
  ),
  overfit: L(
    '과적합이면 학습 손실은 계속 내려가는데 검증 손실은 최저점을 지나 다시 올라가, 둘 사이 간격이 벌어집니다. 모델이 학습 데이터의 잡음까지 외웁니다.',
    'Overfitting shows as training loss still falling while validation loss passes its lowest point and turns up, so the gap widens: the model memorizes the noise of the training data.',
  ),
};

export interface Facts {
  best: number;
  vMin: number;
  vEnd: number;
  tEnd: number;
  E: number;
}

/**
 * The diagnosis as a formula of the curves' numbers, which both languages share: what classifyCurves
 * measured for this regime.
 */
export function diagnosisTex(fit: Fit, f: Facts, noiseVar: number): string {
  const t = `L_\\text{train}(${f.E}) = ${tex(f.tEnd, 3)}`;
  const v = `L_\\text{val}(${f.E}) = ${tex(f.vEnd, 3)}`;
  if (fit === 'overfit') return `${t} < ${v} > \\min_t L_\\text{val}(t) = ${tex(f.vMin, 3)}`;
  if (fit === 'underfit')
    return `${t} \\ge 3\\sigma^2 = ${tex(3 * noiseVar, 3)},\\quad ${v} \\le 1.5\\, L_\\text{train}(${f.E})`;
  return `${t} \\le 1.6\\,\\sigma^2,\\quad ${v} \\le 2\\sigma^2 = ${tex(2 * noiseVar, 3)}`;
}

export function facts(run: { train: number[]; validation: number[] }): Facts {
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

export function here(f: Facts, noiseVar: number): Localized {
  const noise = fmt(noiseVar, 3);
  const train = L(
    `이 그림: 학습 손실은 에포크 ${f.E}에서 ${fmt(f.tEnd, 3)}`,
    `In this figure training loss ends at ${fmt(f.tEnd, 3)} (epoch ${f.E})`,
  );
  // Lowest at the last epoch: say so once rather than "lowest, 0.03, at epoch 60 and ends at 0.03".
  if (f.best === f.E)
    return L(
      `${train.ko}, 검증 손실은 마지막 에포크 ${f.E}에서 가장 낮은 ${fmt(f.vEnd, 3)}입니다 (잡음 수준 ${noise}).`,
      `${train.en}; validation loss is lowest at the last epoch, ${fmt(f.vEnd, 3)} (noise level ${noise}).`,
    );
  return L(
    `${train.ko}, 검증 손실은 에포크 ${f.best}에서 최저 ${fmt(f.vMin, 3)}이고 에포크 ${f.E}에서 ${fmt(f.vEnd, 3)}입니다 (잡음 수준 ${noise}).`,
    `${train.en}; validation loss is lowest, ${fmt(f.vMin, 3)}, at epoch ${f.best} and ends at ${fmt(f.vEnd, 3)} (noise level ${noise}).`,
  );
}

export function figure(
  run: { train: number[]; validation: number[] },
  noiseVar: number,
  marks: { x: number; label: Localized }[],
): BuiltChoice['figure'] {
  const f = facts(run);
  const ys = [...run.train.slice(2), ...run.validation.slice(2), noiseVar];
  const yMax = Math.max(...ys) * 1.1;
  const svg = (lang: 'ko' | 'en', frame: Frame) =>
    lineChart({
      frame,
      title:
        lang === 'ko' ? '에포크별 학습 손실과 검증 손실' : 'Training and validation loss per epoch',
      lines: [
        {
          points: run.train.map((v, i) => [i + 1, v] as const),
          tone: 0,
          label: lang === 'ko' ? '학습' : 'training',
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
  // A rise is one the curves' classification counts (classifyCurves: a good fit or underfitting ends
  // within 3% of its lowest validation loss, overfitting at least 12% above it).
  const vEnd = fmt(f.vEnd, 3);
  const trend =
    f.vEnd > RISE * f.vMin
      ? L(
          `검증 손실(점선, 사각형)은 에포크 ${f.best}에서 최저 ${fmt(f.vMin, 3)}까지 내려간 뒤 에포크 ${f.E}에서 ${vEnd}${josa(vEnd, '으로')} 올라갑니다`,
          `validation loss (dashed, squares) falls to its lowest, ${fmt(f.vMin, 3)}, at epoch ${f.best}, then rises to ${vEnd} by epoch ${f.E}`,
        )
      : moves(
          L('검증 손실(점선, 사각형)은', 'validation loss (dashed, squares)'),
          run.validation[0],
          f.vEnd,
          true,
        );
  const train = moves(
    L('학습 손실(실선, 원)은', 'Training loss (solid, circles)'),
    run.train[0],
    f.tEnd,
    false,
  );
  return {
    ...drawFigure(svg),
    description: L(
      `에포크 1–${f.E}의 손실 그래프. ${train.ko}. ${trend.ko}. 잡음 수준 ${fmt(noiseVar, 3)}에 가로 점선이 있습니다.`,
      `Loss over epochs 1–${f.E}. ${train.en}; ${trend.en}. A dashed horizontal line marks the noise level ${fmt(noiseVar, 3)}.`,
    ),
  };
}

/**
 * "`curve` falls from a to b" (and levels off), with the verb the shown numbers call for: a curve
 * that ends above where it started rises (a little, when it then levels off). No final period.
 */
function moves(curve: Localized, first: number, last: number, levelsOff: boolean): Localized {
  const a = fmt(first, 3);
  const b = fmt(last, 3);
  const to = `${b}${josa(b, '으로')}`;
  if (Number(b) < Number(a))
    return levelsOff
      ? L(
          `${curve.ko} ${a}에서 ${to} 내려가 평평해집니다`,
          `${curve.en} falls from ${a} and levels off at ${b}`,
        )
      : L(`${curve.ko} ${a}에서 ${to} 내려갑니다`, `${curve.en} falls from ${a} to ${b}`);
  if (Number(b) > Number(a))
    return levelsOff
      ? L(
          `${curve.ko} ${a}에서 ${to} 조금 올라간 뒤 평평합니다`,
          `${curve.en} rises a little from ${a} and levels off at ${b}`,
        )
      : L(`${curve.ko} ${a}에서 ${to} 올라갑니다`, `${curve.en} rises from ${a} to ${b}`);
  return L(`${curve.ko} ${a} 근처에서 평평합니다`, `${curve.en} stays level near ${a}`);
}

export function setting(inp: Inputs): Localized {
  const variance = fmt(inp.noise ** 2, 4);
  return L(
    `한 모델을 경사 하강법(η = ${inp.lr})으로 ${inp.epochs} 에포크 학습했습니다. 레이블 잡음의 분산은 $\\sigma^2 = ${variance}$${josa(variance, '으로')}, 새 데이터에서 어떤 모델도 평균적으로 이보다 낮은 손실을 낼 수 없습니다 (유한한 검증 세트에서는 우연히 조금 낮게 나올 수 있습니다).`,
    `A model was trained by gradient descent (η = ${inp.lr}) for ${inp.epochs} epochs. The labels carry noise of variance $\\sigma^2 = ${variance}$, the lowest loss any model can reach on new data on average (a finite validation set can land slightly below it by chance).`,
  );
}
