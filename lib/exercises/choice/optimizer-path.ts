// optimizer-path: the engine's optimizer paths across one loss surface; which path is which optimizer, or which setting.

import { timesEn } from '@/lib/i18n/times';
import {
  ellipticBowl,
  ellipticBowlHypers,
  type OptimizerHypers,
  type OptimizerName,
  optimizerTrajectory,
  type Vector,
} from '../engine';
import { fmt, given } from '../format';
import { L, step } from '../generators/common';
import type { Rng } from '../random';
import type { Level, Localized } from '../types';
import { type BuiltChoice, defineChoiceGenerator, type Option } from './define';
import { joined, numberedItems } from './items';
import { pathChart } from './svg';

interface Run {
  optimizer: OptimizerName;
  /** The hyper-parameters, as the optimizer takes them. */
  hyper: Record<string, number>;
}

interface Inputs {
  start: [number, number];
  steps: number;
  /** The runs the options name; `shown` says which are drawn, in the order of the paths. */
  runs: Run[];
  /** Which runs are drawn, in the order of the paths. */
  shown: number[];
  /** Level 3: the hyper-parameter that changes between the runs. */
  varied?: string;
}

const STEPS = 30;
const X_RANGE = [-10, 4] as const;
const Y_RANGE = [-3, 3] as const;
/** The bowl $0.1 x^2 + 2 y^2$ (the engine's `ellipticBowl`). */
const BOWL = { a: 0.1, b: 2 };

const NAMES: Record<OptimizerName, Localized> = {
  sgd: L('경사 하강법 (SGD)', 'Gradient descent (SGD)'),
  momentum: L('모멘텀', 'Momentum'),
  adagrad: L('Adagrad', 'Adagrad'),
  rmsprop: L('RMSProp', 'RMSProp'),
  adam: L('Adam', 'Adam'),
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

/** Trajectories already computed for the exercise being built (its figure and text read each a few times). */
const trajectories = new Map<string, Vector[]>();

function path(inp: Inputs, run: Run): Vector[] {
  const key = `${run.optimizer}:${JSON.stringify(run.hyper)}:${inp.start}:${inp.steps}`;
  const known = trajectories.get(key);
  if (known) return known;
  const points = optimizerTrajectory(
    run.optimizer,
    inp.start,
    inp.steps,
    run.hyper as unknown as OptimizerHypers[OptimizerName],
  );
  if (trajectories.size > 32) trajectories.clear();
  trajectories.set(key, points);
  return points;
}

/** Measured on an engine path: first step, sign changes of y, furthest x, final loss. */
export function pathFacts(points: readonly Vector[]) {
  const ySigns = points.slice(1).filter((p, i) => Math.sign(p[1]) * Math.sign(points[i][1]) < 0);
  return {
    first: [points[1][0] - points[0][0], points[1][1] - points[0][1]] as const,
    yCrossings: ySigns.length,
    maxX: Math.max(...points.map((p) => p[0])),
    loss: ellipticBowl(points[points.length - 1]),
  };
}

function settings(run: Run): string {
  return Object.entries(run.hyper)
    .map(([k, v]) => `${SYMBOL[k]} = ${given(v)}`)
    .join(', ');
}

/** "y never changes sign", "y changes sign once", "y changes sign 7 times". */
function signChangesEn(n: number): string {
  return n === 0 ? 'y never changes sign' : `y changes sign ${timesEn(n)}`;
}

function facts(inp: Inputs, run: Run): Localized {
  const f = pathFacts(path(inp, run));
  const first = `(${fmt(f.first[0], 3)}, ${fmt(f.first[1], 3)})`;
  return L(
    `이 출발점에서 (${settings(run)}) 첫 스텝은 ${first}, ${f.yCrossings === 0 ? 'y의 부호는 한 번도 바뀌지 않고' : `y의 부호는 ${f.yCrossings}번 바뀌고`}, x는 최대 ${fmt(f.maxX, 3)}까지 가며, ${inp.steps} 스텝 뒤 손실은 ${fmt(f.loss, 3)}입니다.`,
    `From this start (${settings(run)}) its first step is ${first}, ${signChangesEn(f.yCrossings)}, x gets as far as ${fmt(f.maxX, 3)}, and after ${inp.steps} steps the loss is ${fmt(f.loss, 3)}.`,
  );
}

function figure(inp: Inputs): BuiltChoice['figure'] {
  const svg = (lang: 'ko' | 'en') =>
    pathChart({
      title: lang === 'ko' ? '손실 곡면 위의 최적화 경로' : 'Optimizer paths on a loss surface',
      ...BOWL,
      levels: [0.5, 2, 4.5, 8],
      x: X_RANGE,
      y: Y_RANGE,
      paths: inp.shown.map((r, i) => ({
        points: path(inp, inp.runs[r]).map(([px, py]) => [px, py] as const),
        tone: i,
        label: String(i + 1),
      })),
    });
  const lines = inp.shown.map((r, i) => {
    const f = pathFacts(path(inp, inp.runs[r]));
    const first = `(${fmt(f.first[0], 3)}, ${fmt(f.first[1], 3)})`;
    return L(
      `경로 ${i + 1}: 첫 스텝 ${first}, ${f.yCrossings === 0 ? 'y 부호 바뀜 없음' : `y 부호 바뀜 ${f.yCrossings}번`}, 최대 x ${fmt(f.maxX, 3)}, 마지막 손실 ${fmt(f.loss, 3)}.`,
      `Path ${i + 1}: first step ${first}, ${signChangesEn(f.yCrossings)}, furthest x ${fmt(f.maxX, 3)}, final loss ${fmt(f.loss, 3)}.`,
    );
  });
  return {
    svg: { ko: svg('ko'), en: svg('en') },
    description: joined(
      L(
        `손실 f(x, y) = 0.1x² + 2y²의 등고선(타원)과, (${given(inp.start[0])}, ${given(inp.start[1])})에서 출발한 ${inp.shown.length}개 경로의 ${inp.steps} 스텝. 최솟값은 원점입니다.`,
        `Level sets (ellipses) of the loss f(x, y) = 0.1x² + 2y², and ${inp.steps} steps of ${inp.shown.length} path${inp.shown.length > 1 ? 's' : ''} from (${given(inp.start[0])}, ${given(inp.start[1])}); the minimum is at the origin.`,
      ),
      ...lines,
    ),
  };
}

function setting(inp: Inputs): Localized {
  return L(
    `손실 $f(x, y) = 0.1x^2 + 2y^2$ (x 방향은 완만하고 y 방향은 가파른 골짜기)를 $(${given(inp.start[0])}, ${given(inp.start[1])})$에서 ${inp.steps} 스텝 최소화했습니다.`,
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

function matchQuestion(inp: Inputs): BuiltChoice {
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

/** Level 3: one optimizer, one hyper-parameter at three values (the others as in the app's figure). */
const FAMILIES: { optimizer: OptimizerName; varied: string; values: number[][] }[] = [
  {
    optimizer: 'sgd',
    varied: 'lr',
    values: [
      [0.05, 0.08],
      [0.2, 0.25],
      [0.42, 0.46],
    ],
  },
  {
    optimizer: 'momentum',
    varied: 'momentum',
    values: [
      [0, 0.2],
      [0.6, 0.7],
      [0.9, 0.95],
    ],
  },
  {
    optimizer: 'adam',
    varied: 'lr',
    values: [
      [0.05, 0.1],
      [0.4, 0.6],
      [1.5, 2],
    ],
  },
];

const CHANGE: Record<string, Localized> = {
  'sgd:lr': L(
    'η가 클수록 한 스텝이 길어집니다. y 방향에서 1 − 4η < 0이면 (η > 0.25) 골짜기를 가로질러 지그재그합니다.',
    'A larger η makes longer steps; across y each step multiplies y by 1 − 4η, so for η > 0.25 the path zig-zags across the valley.',
  ),
  'momentum:momentum': L(
    'μ가 클수록 이전 속도가 오래 남아 x 방향으로 더 빨라지고, 최솟값을 더 크게 지나쳤다가 돌아옵니다. μ = 0이면 그냥 경사 하강법입니다.',
    'A larger μ keeps more of the earlier velocity, so the path speeds up more along x and overshoots the minimum further; μ = 0 is plain gradient descent.',
  ),
  'adam:lr': L(
    'Adam의 보폭은 좌표마다 약 η이므로, η가 클수록 스텝이 길고 최솟값 근처에서 크게 왔다 갔다 합니다.',
    "Adam's steps are about η in each coordinate, so a larger η makes longer steps and wider swings around the minimum.",
  ),
};

function settingQuestion(inp: Inputs): BuiltChoice {
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
        `All three paths are ${NAMES[optimizer].en}${fixedText ? ` (${fixedText})` : ''}; only $${HYPER_TEX[varied]}$ differs. Match each of paths 1–3 to its $${HYPER_TEX[varied]}$.`,
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

function standard(optimizer: OptimizerName): Run {
  return { optimizer, hyper: { ...ellipticBowlHypers[optimizer] } as Record<string, number> };
}

function drawStart(rng: Rng): [number, number] {
  return [rng.decimal(-9, -6, 1), rng.away(-2.5, 2.5, 1, 1.5)];
}

export const optimizerPath = defineChoiceGenerator<Inputs>({
  id: 'optimizer-path',
  topic: 'optimization',
  title: L('옵티마이저 경로 읽기', 'Reading optimizer paths'),
  levels: {
    1: L('경로 두 개를 옵티마이저와 짝짓기', 'match two paths to optimizers'),
    2: L('경로 세 개를 옵티마이저와 짝짓기', 'match three paths to optimizers'),
    3: L('경로 세 개를 하이퍼파라미터 값과 짝짓기', 'match three paths to a setting'),
  },
  draw(rng, level: Level) {
    const start = drawStart(rng);
    if (level === 1) {
      const adaptive = rng.pick(['adam', 'rmsprop'] as const);
      const runs = (['sgd', 'momentum', 'adagrad', adaptive] as const).map(standard);
      return { start, steps: STEPS, runs, shown: rng.shuffle([0, 1, 2, 3]).slice(0, 2) };
    }
    if (level === 2) {
      const adaptive = rng.shuffle(['adagrad', 'rmsprop', 'adam'] as const);
      const runs = (['sgd', 'momentum', adaptive[0], adaptive[1]] as const).map(standard);
      const shown = rng.shuffle([0, 1, 2, 3]).slice(0, 3);
      return { start, steps: STEPS, runs, shown };
    }
    const family = rng.pick(FAMILIES);
    const base = standard(family.optimizer);
    const runs = family.values.map(([lo, hi]) => ({
      optimizer: family.optimizer,
      hyper: { ...base.hyper, [family.varied]: rng.decimal(lo, hi, 2) },
    }));
    return { start, steps: STEPS, runs, shown: rng.shuffle([0, 1, 2]), varied: family.varied };
  },
  build(inp, level) {
    if (level < 3) return matchQuestion(inp);
    return settingQuestion(inp);
  },
});
