// optimizer-path's words and questions: the optimizers' names and traits, each run's facts, and the two matchings.

import type { OptimizerName } from '../engine';
import { fmt, given } from '../format';
import { L, step } from '../generators/common';
import type { Localized } from '../types';
import type { BuiltChoice, Option } from './define';
import { joined, numberedItems } from './items';
import { figure, firstStep, signChangesEn } from './optimizer-path-figure';
import { type Inputs, path, pathFacts, type Run } from './optimizer-path-runs';

const NAMES: Record<OptimizerName, Localized> = {
  sgd: L('경사 하강법 (SGD)', 'Gradient descent (SGD)'),
  momentum: L('모멘텀', 'Momentum'),
  adagrad: L('Adagrad', 'Adagrad'),
  rmsprop: L('RMSProp', 'RMSProp'),
  adam: L('Adam', 'Adam'),
};

/** Each optimizer's English name inside a sentence: common nouns lower-case, names as they are. */
const IN_SENTENCE: Record<OptimizerName, string> = {
  sgd: 'gradient descent (SGD)',
  momentum: 'momentum',
  adagrad: 'Adagrad',
  rmsprop: 'RMSProp',
  adam: 'Adam',
};

/** Each optimizer in a solution's TeX, which both languages share: a name read alike, or momentum's rule. */
const NAME_TEX: Record<OptimizerName, string> = {
  sgd: '\\text{SGD}',
  momentum: 'v_t = \\mu\\, v_{t-1} + g_t',
  adagrad: '\\text{Adagrad}',
  rmsprop: '\\text{RMSProp}',
  adam: '\\text{Adam}',
};

const TRAITS: Record<OptimizerName, Localized> = {
  sgd: L(
    '경사 하강법은 기울기에 비례해 움직여, 가파른 y 방향으로는 골짜기를 가로질러 지그재그하고 완만한 x 방향으로는 천천히 기어갑니다.',
    'Gradient descent moves in proportion to the gradient: it zig-zags across the steep y direction of the valley and creeps along the shallow x direction.',
  ),
  momentum: L(
    '모멘텀은 지난 스텝들의 속도를 이어받아 x 방향으로 점점 빨라지고, 최솟값을 지나칩니다.',
    'Momentum carries the velocity of earlier steps, so it speeds up along x and overshoots the minimum.',
  ),
  adagrad: L(
    'Adagrad는 좌표마다 기울기 크기로 나누어 첫 스텝이 대각선(두 좌표를 같은 크기로)이고, 제곱 기울기가 계속 쌓여 스텝이 점점 작아집니다 (아주 오래 학습하면 거의 멈춥니다).',
    'Adagrad divides each coordinate by its gradient size, so its first step is diagonal (the same size in both coordinates), and as squared gradients pile up its steps keep shrinking (over a long run, until it all but stops).',
  ),
  rmsprop: L(
    'RMSProp은 제곱 기울기 이동 평균의 제곱근으로 나누어 보폭이 좌표마다 거의 일정합니다. 대각선으로 출발해 최솟값 근처에서 같은 크기로 왔다 갔다 합니다.',
    'RMSProp divides by the square root of a moving average of squared gradients, so its step size stays nearly constant per coordinate: it sets off diagonally and near the minimum keeps jumping back and forth by about the same amount.',
  ),
  adam: L(
    'Adam은 모멘텀과 RMSProp을 합쳐, 첫 스텝이 두 좌표 모두 약 η인 대각선이고, 그 뒤 속도를 이어받아 부드럽게 휘어지며 x 방향으로 최솟값을 지나칩니다.',
    'Adam combines momentum with RMSProp: its first step is diagonal, about η in both coordinates, and then it carries its velocity in a smooth curve that overshoots the minimum along x.',
  ),
};

const HYPER_TEX: Record<string, string> = {
  lr: '\\eta',
  momentum: '\\mu',
  rho: '\\rho',
};

/** The hyper-parameters' symbols in plain text. */
const SYMBOL: Record<string, string> = { lr: 'η', momentum: 'μ', rho: 'ρ' };

function settings(run: Run): string {
  return Object.entries(run.hyper)
    .map(([k, v]) => `${SYMBOL[k]} = ${given(v)}`)
    .join(', ');
}

function facts(inp: Inputs, run: Run): Localized {
  const f = pathFacts(path(inp, run));
  const first = firstStep(f);
  return L(
    `이 출발점에서 (${settings(run)}) 첫 스텝은 ${first}, ${f.yCrossings === 0 ? 'y의 부호는 한 번도 바뀌지 않고' : `y의 부호는 ${f.yCrossings}번 바뀌고`}, x는 최대 ${fmt(f.maxX, 3)}까지 가며, ${inp.steps} 스텝 뒤 손실은 ${fmt(f.loss, 3)}입니다.`,
    `From this start (${settings(run)}) its first step is ${first}, ${signChangesEn(f.yCrossings)}, x gets as far as ${fmt(f.maxX, 3)}, and after ${inp.steps} steps the loss is ${fmt(f.loss, 3)}.`,
  );
}

function setting(inp: Inputs): Localized {
  return L(
    `손실 $f(x, y) = 0.1x^2 + 2y^2$ (x 방향은 완만하고 y 방향은 가파른 골짜기)을 $(${given(inp.start[0])}, ${given(inp.start[1])})$에서 ${inp.steps} 스텝 최소화했습니다.`,
    `The loss $f(x, y) = 0.1x^2 + 2y^2$ (a valley, shallow along x and steep across y) was minimized from $(${given(inp.start[0])}, ${given(inp.start[1])})$ for ${inp.steps} steps.`,
  );
}

function optimizerOptions(inp: Inputs): Option[] {
  return inp.runs.map((run, i) => ({
    key: String(i),
    label: NAMES[run.optimizer],
    explanation: joined(TRAITS[run.optimizer], facts(inp, run)),
  }));
}

const readStep = step(
  '경로마다 첫 스텝의 방향, y 방향의 지그재그, x 방향의 지나침, 보폭의 변화를 봅니다.',
  'For each path look at the direction of the first step, zig-zags across y, overshoot along x, and how the step size changes.',
  '\\theta_{t+1} = \\theta_t - \\eta\\, g_t\\ (\\text{SGD}),\\quad \\hat m_t / (\\sqrt{\\hat v_t} + \\epsilon)\\ (\\text{Adam})',
);

/** How many options a matching leaves unused, in words. */
const LEFT_OVER: Record<number, Localized> = {
  1: L('하나', 'one option is'),
  2: L('두 개', 'two options are'),
};

export function matchQuestion(inp: Inputs): BuiltChoice {
  return {
    prompt: joined(
      setting(inp),
      L(
        `경로 1–${inp.shown.length} 각각을 그린 옵티마이저를 고르세요 (보기 ${LEFT_OVER[inp.runs.length - inp.shown.length].ko}는 쓰이지 않습니다).`,
        `Match each of paths 1–${inp.shown.length} to the optimizer that drew it (${LEFT_OVER[inp.runs.length - inp.shown.length].en} left over).`,
      ),
    ),
    figure: figure(inp),
    options: optimizerOptions(inp),
    items: numberedItems(L('경로', 'Path'), inp.shown.length),
    correct: inp.shown.map(String),
    solution: [
      readStep,
      ...inp.shown.map((r, i) =>
        step(
          `경로 ${i + 1}: ${TRAITS[inp.runs[r].optimizer].ko}`,
          `Path ${i + 1}: ${TRAITS[inp.runs[r].optimizer].en}`,
          NAME_TEX[inp.runs[r].optimizer],
        ),
      ),
    ],
  };
}

const CHANGE: Record<string, Localized> = {
  'sgd:lr': L(
    'η가 클수록 한 스텝이 길어집니다. y 방향에서 1 − 4η < 0이면 (η > 0.25) 골짜기를 가로질러 지그재그합니다.',
    'A larger η makes longer steps; across y each step multiplies y by 1 − 4η, so for η > 0.25 the path zig-zags across the valley.',
  ),
  'momentum:momentum': L(
    'μ가 클수록 이전 속도가 오래 남아 x 방향으로 더 빨라지고, 최솟값을 더 크게 지나칩니다. μ = 0이면 그냥 경사 하강법입니다.',
    'A larger μ keeps more of the earlier velocity, so the path speeds up more along x and overshoots the minimum further; μ = 0 is plain gradient descent.',
  ),
  'adam:lr': L(
    'Adam의 보폭은 좌표마다 약 η이므로, η가 클수록 스텝이 길고 최솟값 근처에서 크게 왔다 갔다 합니다.',
    "Adam's steps are about η in each coordinate, so a larger η makes longer steps and wider swings around the minimum.",
  ),
};

export function settingQuestion(inp: Inputs): BuiltChoice {
  const optimizer = inp.runs[0].optimizer;
  const varied = inp.varied as string;
  const change = CHANGE[`${optimizer}:${varied}`];
  const fixed = Object.entries(inp.runs[0].hyper).filter(([k]) => k !== varied);
  const fixedText = fixed.map(([k, v]) => `$${HYPER_TEX[k]} = ${given(v)}$`).join(', ');
  return {
    prompt: joined(
      setting(inp),
      L(
        `세 경로는 모두 ${NAMES[optimizer].ko}${fixedText ? `(${fixedText})` : ''}이고 $${HYPER_TEX[varied]}$만 다릅니다. 경로 1–3 각각의 $${HYPER_TEX[varied]}$를 고르세요.`,
        `All three paths use ${IN_SENTENCE[optimizer]}${fixedText ? ` (${fixedText})` : ''}; only $${HYPER_TEX[varied]}$ differs. Match each of paths 1–3 to its $${HYPER_TEX[varied]}$.`,
      ),
    ),
    figure: figure(inp),
    options: inp.runs.map((run, i) => ({
      key: String(i),
      label: L(
        `${SYMBOL[varied]} = ${given(run.hyper[varied])}`,
        `${SYMBOL[varied]} = ${given(run.hyper[varied])}`,
      ),
      explanation: joined(change, facts(inp, run)),
    })),
    items: numberedItems(L('경로', 'Path'), inp.shown.length),
    correct: inp.shown.map(String),
    solution: [
      readStep,
      step(
        change.ko,
        change.en,
        `${HYPER_TEX[varied]}:\\ ${inp.runs.map((r) => given(r.hyper[varied])).join(' < ')}`,
      ),
    ],
  };
}
