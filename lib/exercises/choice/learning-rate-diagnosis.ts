// learning-rate-diagnosis: gradient descent on a quadratic run by the engine; too small, about right, oscillating or diverging?

import { timesEn } from '@/lib/i18n/times';
import { quadraticDescent } from '../engine';
import { fmt, given } from '../format';
import { L, step } from '../generators/common';
import type { Rng } from '../random';
import type { Level, Localized } from '../types';
import { type BuiltChoice, defineChoiceGenerator } from './define';
import { joined, numberedItems, optionsFor } from './items';
import { lineChart } from './svg';
import { drawFigure, type Frame } from './svg-frame';

export type Regime = 'small' | 'right' | 'oscillating' | 'threshold' | 'diverging';

interface Rate {
  regime: Regime;
  lr: number;
}

interface Inputs {
  lambda: number;
  thetaStar: number;
  theta0: number;
  steps: number;
  /** The learning rates the question is about (the options at levels 2 and 3). */
  rates: Rate[];
  /** Which rates are drawn, in the order of the curves (one at levels 1 and 2). */
  shown: number[];
}

/** Curvatures whose 2/λ is a short decimal, so the threshold rate is exact. */
const LAMBDAS = [0.5, 1, 2, 2.5, 4, 5, 8, 10] as const;
const STEPS = 14;

/** The range of ηλ each regime is drawn from (the threshold is exactly 2). */
const RANGE: Record<Regime, [number, number]> = {
  small: [0.03, 0.08],
  right: [0.4, 0.85],
  oscillating: [1.4, 1.8],
  threshold: [2, 2],
  diverging: [2.1, 2.35],
};

function drawRate(rng: Rng, regime: Regime, lambda: number): Rate {
  const [lo, hi] = RANGE[regime];
  for (;;) {
    const lr = Number(((lo + (hi - lo) * rng.float()) / lambda).toPrecision(2));
    if (lr * lambda >= lo && lr * lambda <= hi) return { regime, lr };
  }
}

/** The engine's run for one learning rate. */
export function descentRun(inp: Inputs, lr: number): number[] {
  return quadraticDescent(inp.lambda, inp.thetaStar, inp.theta0, lr, inp.steps).theta;
}

/** What a run shows, measured on the engine's numbers (`factor`: what one step multiplies θ − θ* by). */
export function runFacts(theta: readonly number[], thetaStar: number) {
  const dist = theta.map((t) => Math.abs(t - thetaStar));
  const crossings = theta
    .slice(1)
    .filter((t, i) => Math.sign(t - thetaStar) * Math.sign(theta[i] - thetaStar) < 0).length;
  const factor = (theta[1] - thetaStar) / (theta[0] - thetaStar);
  return { crossings, ratio: dist[dist.length - 1] / dist[0], factor };
}

const NAMES: Record<Regime, Localized> = {
  small: L('η가 너무 작음: 느리게 한쪽에서 다가감', 'η too small: a slow approach from one side'),
  right: L('η가 적당함: 빠르게 한쪽에서 수렴', 'η about right: fast convergence from one side'),
  oscillating: L(
    'η가 큼: 최솟값을 오가며 진동하지만 수렴',
    'η large: oscillates across the minimum but converges',
  ),
  threshold: L('η = 2/λ: 같은 폭으로 영원히 진동', 'η = 2/λ: oscillates with constant amplitude'),
  diverging: L('η가 너무 큼: 발산', 'η too large: diverges'),
};

const LOOKS: Record<Regime, Localized> = {
  small: L(
    '너무 작은 학습률에서는 θ가 θ*를 한 번도 지나치지 않고 매 스텝 조금씩만 다가가, 스텝이 끝나도 아직 멀리 있습니다.',
    'With too small a learning rate, θ never crosses θ* and closes only a little of the distance each step, so it is still far away when the steps run out.',
  ),
  right: L(
    '적당한 학습률(ηλ가 1 이하이고 너무 작지 않음)에서는 θ가 θ*를 지나치지 않고 몇 스텝 만에 거의 닿습니다.',
    'With a learning rate about right (ηλ at most 1 and not too small), θ reaches θ* within a few steps without crossing it.',
  ),
  oscillating: L(
    '1/λ < η < 2/λ이면 θ가 매 스텝 θ*를 지나쳐 부호가 바뀌지만, 폭이 줄어들며 수렴합니다. (손실은 그래도 매 스텝 줄어드니, 진동은 θ에서 보입니다.)',
    'With 1/λ < η < 2/λ, θ overshoots θ* at every step, switching sides, but the swings shrink and it converges. (The loss still falls at every step; the oscillation shows in θ.)',
  ),
  threshold: L(
    'η = 2/λ이면 1 − ηλ = −1이라 θ가 θ*를 사이에 두고 같은 두 값을 영원히 오갑니다: 수렴도 발산도 하지 않는 경계입니다.',
    'At η = 2/λ the factor 1 − ηλ is −1, so θ jumps between the same two values on either side of θ* forever: the boundary between converging and diverging.',
  ),
  diverging: L(
    'η > 2/λ이면 θ가 매 스텝 θ*를 지나치면서 점점 더 멀어집니다: 폭이 커지며 발산합니다.',
    'With η > 2/λ, θ overshoots θ* at every step and lands further away each time: the swings grow and it diverges.',
  ),
};

/**
 * How often θ crosses θ*: `note`, a phrase for a parenthesis ("θ crosses θ* twice"), or `clause`,
 * one that goes on to the next ("it crosses θ* twice and …", "θ*를 2번 지나치고, …").
 */
function crossingsText(n: number, form: 'note' | 'clause'): Localized {
  const subject = form === 'note' ? 'θ' : 'it';
  const ending =
    form === 'note' ? { never: '않음', crosses: '지나침' } : { never: '않고', crosses: '지나치고' };
  return n === 0
    ? L(`θ*를 한 번도 지나치지 ${ending.never}`, `${subject} never crosses θ*`)
    : L(`θ*를 ${n}번 ${ending.crosses}`, `${subject} crosses θ* ${timesEn(n)}`);
}

/** The last distance from θ* as a multiple of the first (3 figures), and whether that is 1. */
function ratioText(ratio: number): { text: string; same: boolean } {
  const text = fmt(ratio, 3);
  return { text, same: text === '1' };
}

/** What one learning rate does on this quadratic, in numbers from its engine run. */
function behaviour(inp: Inputs, lr: number): Localized {
  const f = runFacts(descentRun(inp, lr), inp.thetaStar);
  const crossed = crossingsText(f.crossings, 'note');
  const ratio = ratioText(f.ratio);
  return L(
    `η = ${given(lr)}이면 한 스텝이 θ − θ*에 곱하는 수는 ${fmt(f.factor, 3)}이고(${crossed.ko}), ${inp.steps} 스텝 뒤 거리는 ${ratio.same ? '처음과 같습니다' : `처음의 ${ratio.text}배입니다`}.`,
    `With η = ${given(lr)}, each step multiplies θ − θ* by ${fmt(f.factor, 3)} (${crossed.en}) and after ${inp.steps} steps the distance is ${ratio.same ? 'the same as the first' : `${ratio.text} times the first`}.`,
  );
}

function describeRun(inp: Inputs, lr: number, name: Localized): Localized {
  const theta = descentRun(inp, lr);
  const f = runFacts(theta, inp.thetaStar);
  const first = theta.slice(0, 4).map((t) => fmt(t, 3));
  const last = fmt(theta[theta.length - 1], 3);
  const ratio = ratioText(f.ratio);
  const crosses = crossingsText(f.crossings, 'clause');
  return L(
    `${name.ko}: θ는 ${first.join(', ')}, … 순으로 움직여 스텝 ${inp.steps}에 ${last}입니다. ${crosses.ko}, 마지막 거리는 ${ratio.same ? '처음과 같습니다' : `처음의 ${ratio.text}배입니다`}.`,
    `${name.en}: θ goes ${first.join(', ')}, … and is ${last} at step ${inp.steps}; ${crosses.en} and ends ${ratio.same ? 'as far from θ* as it started' : `${ratio.text} times as far from θ* as it started`}.`,
  );
}

function figure(inp: Inputs): BuiltChoice['figure'] {
  const span = Math.abs(inp.theta0 - inp.thetaStar) * 2.2;
  const multi = inp.shown.length > 1;
  const curve = L('곡선', 'Curve');
  const svg = (lang: 'ko' | 'en', frame: Frame) =>
    lineChart({
      frame,
      title: lang === 'ko' ? '경사 하강법의 스텝별 θ' : 'θ at each step of gradient descent',
      lines: inp.shown.map((r, i) => ({
        points: descentRun(inp, inp.rates[r].lr).map((t, s) => [s, t] as const),
        tone: i,
        label: multi ? String(i + 1) : 'θ',
      })),
      x: [0, inp.steps],
      y: [inp.thetaStar - span, inp.thetaStar + span],
      xLabel: lang === 'ko' ? '스텝 t' : 'step t',
      yLabel: 'θ_t',
      horizontal: [{ y: inp.thetaStar, label: `θ* = ${given(inp.thetaStar)}` }],
      markerEvery: 1,
      // Whole steps only: 0, 2, 4, …
      xTicks: inp.steps / 2,
    });
  const lines = inp.shown.map((r, i) =>
    describeRun(
      inp,
      inp.rates[r].lr,
      multi ? L(`${curve.ko} ${i + 1}`, `${curve.en} ${i + 1}`) : L('곡선', 'The curve'),
    ),
  );
  return {
    ...drawFigure(svg),
    description: joined(
      L(
        `스텝 0–${inp.steps}의 θ 그래프, θ* = ${given(inp.thetaStar)}에 가로 점선. 세로축 밖으로 나간 값은 가장자리에 그려집니다.`,
        `θ over steps 0–${inp.steps}, with a dashed horizontal line at θ* = ${given(inp.thetaStar)}; values beyond the vertical axis are drawn at its edge.`,
      ),
      ...lines,
    ),
  };
}

function setting(inp: Inputs, withLambda: boolean): Localized {
  const shift = inp.thetaStar < 0 ? `+ ${given(-inp.thetaStar)}` : `- ${given(inp.thetaStar)}`;
  const loss = `$L(\\theta) = \\tfrac{${given(inp.lambda)}}{2}(\\theta ${shift})^2$`;
  return withLambda
    ? L(
        `경사 하강법으로 ${loss}(곡률 $\\lambda = ${given(inp.lambda)}$)을 $\\theta_0 = ${given(inp.theta0)}$에서 ${inp.steps} 스텝 최소화했습니다. 그림은 스텝마다의 $\\theta_t$입니다.`,
        `Gradient descent minimized ${loss} (curvature $\\lambda = ${given(inp.lambda)}$) from $\\theta_0 = ${given(inp.theta0)}$ for ${inp.steps} steps. The figure shows $\\theta_t$ at each step.`,
      )
    : L(
        `경사 하강법으로 이차 손실 ${loss}을 $\\theta_0 = ${given(inp.theta0)}$에서 ${inp.steps} 스텝 최소화했습니다. 그림은 스텝마다의 $\\theta_t$입니다.`,
        `Gradient descent minimized the quadratic loss ${loss} from $\\theta_0 = ${given(inp.theta0)}$ for ${inp.steps} steps. The figure shows $\\theta_t$ at each step.`,
      );
}

const rule = step(
  '이차 손실에서 한 스텝은 θ*까지의 거리에 1 − ηλ를 곱합니다. 0 < η ≤ 1/λ이면 한쪽에서 다가가고, 1/λ < η < 2/λ이면 진동하며 수렴하고, η > 2/λ이면 발산합니다.',
  'On a quadratic each step multiplies the distance to θ* by 1 − ηλ: for 0 < η ≤ 1/λ it approaches from one side, for 1/λ < η < 2/λ it oscillates and converges, and for η > 2/λ it diverges.',
  '\\theta_{t+1} - \\theta^\\ast = (1 - \\eta\\lambda)(\\theta_t - \\theta^\\ast),\\qquad \\lvert 1 - \\eta\\lambda \\rvert < 1 \\iff 0 < \\eta < \\tfrac{2}{\\lambda}',
);

function regimeQuestion(inp: Inputs): BuiltChoice {
  const shown = inp.rates[inp.shown[0]];
  const now = describeRun(inp, shown.lr, L('이 그림', 'In this figure'));
  const keys = ['small', 'right', 'oscillating', 'diverging'] as const;
  return {
    prompt: joined(
      setting(inp, false),
      L(
        '곡선으로 보아 학습률 η는 어떤 상태입니까?',
        'What does the curve say about the learning rate η?',
      ),
    ),
    figure: figure(inp),
    options: optionsFor(
      keys,
      (k) => NAMES[k],
      (k) => joined(LOOKS[k], now),
    ),
    correct: shown.regime,
    solution: [
      rule,
      step(LOOKS[shown.regime].ko, LOOKS[shown.regime].en, `\\eta = ${given(shown.lr)}`),
    ],
  };
}

function rateOptions(inp: Inputs) {
  return optionsFor(
    inp.rates.map((_, i) => String(i)),
    (k) => L(`η = ${given(inp.rates[Number(k)].lr)}`, `η = ${given(inp.rates[Number(k)].lr)}`),
    (k) => {
      const rate = inp.rates[Number(k)];
      return joined(behaviour(inp, rate.lr), LOOKS[rate.regime]);
    },
  );
}

function rateSteps(inp: Inputs): BuiltChoice['solution'] {
  const ts = inp.rates.map(
    (r) => `${given(r.lr)}\\,(${fmt(runFacts(descentRun(inp, r.lr), inp.thetaStar).factor, 3)})`,
  );
  return [
    rule,
    step(
      '1/λ와 2/λ를 기준으로 각 학습률을 나눕니다 (괄호 안은 한 스텝의 배율 1 − ηλ).',
      'Place each learning rate against 1/λ and 2/λ (in brackets the factor 1 − ηλ of one step).',
      `\\tfrac{1}{\\lambda} = ${fmt(1 / inp.lambda, 3)},\\ \\tfrac{2}{\\lambda} = ${fmt(2 / inp.lambda, 3)}:\\quad ${ts.join(',\\ ')}`,
    ),
  ];
}

function whichRateQuestion(inp: Inputs): BuiltChoice {
  return {
    prompt: joined(
      setting(inp, true),
      L('어느 학습률로 그린 곡선입니까?', 'Which learning rate drew this curve?'),
    ),
    figure: figure(inp),
    options: rateOptions(inp),
    correct: String(inp.shown[0]),
    solution: rateSteps(inp),
  };
}

function matchQuestion(inp: Inputs): BuiltChoice {
  return {
    prompt: joined(
      setting(inp, true),
      L(
        '네 곡선은 네 학습률로 그렸습니다. 곡선 1–4 각각의 학습률을 고르세요.',
        'The four curves come from four learning rates. Match each of curves 1–4 to its learning rate.',
      ),
    ),
    figure: figure(inp),
    options: rateOptions(inp),
    items: numberedItems(L('곡선', 'Curve'), inp.shown.length),
    correct: inp.shown.map(String),
    solution: rateSteps(inp),
  };
}

export const learningRateDiagnosis = defineChoiceGenerator<Inputs>({
  id: 'learning-rate-diagnosis',
  topic: 'optimization',
  title: L('학습률 진단', 'Diagnosing the learning rate'),
  levels: {
    1: L('곡선 하나로 학습률 판단', 'what one curve says about η'),
    2: L('곡선을 그린 학습률 고르기', 'which rate drew the curve'),
    3: L('곡선 네 개를 학습률과 짝짓기', 'match four curves to their rates'),
  },
  draw(rng, level: Level) {
    const lambda = rng.pick(LAMBDAS);
    const thetaStar = rng.decimal(-2, 2, 1);
    const theta0 = Number((thetaStar + rng.away(-4, 4, 1, 2)).toFixed(1));
    const base = { lambda, thetaStar, theta0, steps: STEPS };
    if (level === 1) {
      const regime = rng.pick(['small', 'right', 'oscillating', 'diverging'] as const);
      return { ...base, rates: [drawRate(rng, regime, lambda)], shown: [0] };
    }
    if (level === 2) {
      const regimes = ['small', 'right', 'oscillating', 'diverging'] as const;
      const rates = regimes.map((r) => drawRate(rng, r, lambda));
      return { ...base, rates, shown: [rng.int(0, 3)] };
    }
    const two = rng.shuffle(['small', 'right', 'oscillating'] as const).slice(0, 2);
    const regimes: Regime[] = [...two, 'threshold', 'diverging'];
    const rates = regimes.map((r) => drawRate(rng, r, lambda)).sort((a, b) => a.lr - b.lr);
    return { ...base, rates, shown: rng.shuffle([0, 1, 2, 3]) };
  },
  build(inp, level) {
    if (level === 1) return regimeQuestion(inp);
    if (level === 2) return whichRateQuestion(inp);
    return matchQuestion(inp);
  },
});
