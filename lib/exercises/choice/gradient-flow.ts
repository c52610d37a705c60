// gradient-flow: per-layer gradient norms of a deep stack the engine backpropagates; vanishing, healthy or exploding, and why.

import { josa } from '@/lib/i18n/particle';
import { fmt, NOISE_FLOOR } from '../format';
import { L, step } from '../generators/common';
import { ACT } from '../generators/network';
import type { Level, Localized } from '../types';
import { type BuiltChoice, defineChoiceGenerator } from './define';
import {
  type Activation,
  CONFIG_KEYS,
  CONFIGS,
  type Config,
  classifyFlow,
  DEPTHS,
  type Flow,
  flowNorms,
  type Init,
  MORE,
  ratio,
} from './gradient-flow-runs';
import { joined, optionsFor } from './items';
import { logBarChart } from './svg';
import { drawFigure, type Frame } from './svg-frame';

interface Inputs {
  config: Config;
  depth: number;
  width: number;
  /** Seed of the input, the target and the standard normal draws the weights are scaled from. */
  data: number;
  /** Level 2: the other stacks offered. Level 3: the changes offered (a stack, or "deeper"). */
  others?: (Config | 'deeper')[];
}

const ACTIVATION: Record<Activation, Localized> = {
  sigmoid: L('시그모이드', 'sigmoid'),
  tanh: L('tanh', 'tanh'),
  relu: L('ReLU', 'ReLU'),
};

function initName(init: Init): Localized {
  if (init === 'xavier')
    return L('Xavier 초기화 (σ = √(2/(n+n)))', 'Xavier initialization (σ = √(2/(n+n)))');
  if (init === 'he') return L('He 초기화 (σ = √(2/n))', 'He initialization (σ = √(2/n))');
  return init === 'small'
    ? L('σ = 0.01인 정규분포', 'normal with σ = 0.01')
    : L('σ = 1인 정규분포', 'normal with σ = 1');
}

function configName(config: Config): Localized {
  const { activation, init } = CONFIGS[config];
  const i = initName(init);
  return L(`${ACTIVATION[activation].ko}, ${i.ko}`, `${ACTIVATION[activation].en}, ${i.en}`);
}

/** The variance each initialization draws a weight with, in TeX, for n units per layer. */
const VARIANCE_TEX: Record<Init, string> = {
  xavier: '\\tfrac{2}{n + n}',
  he: '\\tfrac{2}{n}',
  small: '0.01^2',
  large: '1',
};

/** A stack's activation and initialization as a formula (the same in both languages). */
function configTex(config: Config): string {
  const { activation, init } = CONFIGS[config];
  return `f = ${ACT[activation].tex},\\quad W_{ij} \\sim \\mathcal{N}\\left(0,\\ ${VARIANCE_TEX[init]}\\right)`;
}

/** How the first layer's gradient norm compares with the last layer's, for each kind of flow. */
const FLOW_RELATION: Record<Flow, string> = {
  vanishing: '\\ll',
  healthy: '\\approx',
  exploding: '\\gg',
};

/** A flow as a formula: $\lVert \delta_1 \rVert \ll \lVert \delta_L \rVert$ when it vanishes. */
function flowTex(flow: Flow, depth: number): string {
  return `\\lVert \\delta_1 \\rVert ${FLOW_RELATION[flow]} \\lVert \\delta_{${depth}} \\rVert`;
}

const FLOW_NAMES: Record<Flow, Localized> = {
  vanishing: L('기울기 소실', 'Vanishing gradients'),
  healthy: L('고른 기울기 흐름', 'Healthy gradient flow'),
  exploding: L('기울기 폭주', 'Exploding gradients'),
};

const LOOKS: Record<Flow, Localized> = {
  vanishing: L(
    '기울기 소실이면 막대가 출력 쪽(오른쪽)에서 입력 쪽(왼쪽)으로 갈수록 층마다 일정한 비율로 작아져, 첫 층에는 거의 아무것도 도달하지 않습니다 (첫 층/마지막 층 < 10⁻²).',
    'Vanishing gradients show as bars shrinking by a steady factor per layer from the output (right) to the input (left), so almost nothing reaches the first layers (first/last below 10⁻²).',
  ),
  healthy: L(
    '고른 흐름이면 모든 층의 막대가 대략 같은 크기(서로 한두 자릿수 안)입니다.',
    'Healthy flow shows as bars of about the same size in every layer (all within one or two orders of magnitude of each other).',
  ),
  exploding: L(
    '기울기 폭주이면 막대가 출력 쪽에서 입력 쪽으로 갈수록 층마다 커져, 첫 층의 기울기가 마지막 층보다 수백 배 이상 큽니다 (첫 층/마지막 층 > 10²).',
    'Exploding gradients show as bars growing layer by layer from the output towards the input, the first layer getting hundreds of times the last one’s gradient or more (first/last above 10²).',
  ),
};

const WHY: Record<Config, Localized> = {
  'sigmoid-xavier': L(
    '시그모이드의 미분은 많아야 1/4이라, 층을 하나 거꾸로 지날 때마다 기울기가 줄어듭니다.',
    "Sigmoid's derivative is at most 1/4, so each layer the gradient passes back through shrinks it.",
  ),
  'sigmoid-he': L(
    'He 초기화로 가중치를 키워도 시그모이드의 미분(최대 1/4)이 층마다 기울기를 줄입니다.',
    "Even with He's larger weights, sigmoid's derivative (at most 1/4) shrinks the gradient at every layer.",
  ),
  'tanh-small': L(
    '가중치가 너무 작으면(σ = 0.01) 층마다 Wᵀ가 기울기를 크게 줄입니다.',
    'With weights this small (σ = 0.01) each layer’s Wᵀ shrinks the gradient many times over.',
  ),
  'relu-small': L(
    '가중치가 너무 작으면(σ = 0.01) ReLU에서도 층마다 Wᵀ가 기울기를 크게 줄입니다.',
    'With weights this small (σ = 0.01) each layer’s Wᵀ shrinks the gradient many times over, ReLU or not.',
  ),
  'tanh-xavier': L(
    'Xavier 초기화는 tanh의 0 근처 기울기 1에 맞춰 층마다 분산을 유지합니다.',
    'Xavier initialization keeps the variance from layer to layer for tanh, whose slope near 0 is 1.',
  ),
  'relu-he': L(
    'He 초기화(σ = √(2/n))는 ReLU가 절반의 뉴런을 끄는 만큼을 보상해 층마다 기울기 크기를 유지합니다.',
    'He initialization (σ = √(2/n)) makes up for the half of the units ReLU switches off, so the gradient keeps its size from layer to layer.',
  ),
  'relu-large': L(
    'σ = 1은 He의 σ보다 몇 배 커서, 층을 거꾸로 지날 때마다 Wᵀ가 기울기를 몇 배씩 키웁니다.',
    "σ = 1 is several times He's σ, so each layer's Wᵀ multiplies the gradient by a few as it passes back.",
  ),
};

/**
 * A gradient norm or ratio to `sig` figures. These are real values, some far below `fmt`'s noise
 * floor (1e-18 after twelve tiny-weight layers), so those print in scientific notation, not as 0.
 */
function num(v: number, sig = 3): string {
  if (v === 0 || Math.abs(v) >= NOISE_FLOOR) return fmt(v, sig);
  const [mantissa, exponent] = v.toExponential(sig - 1).split('e');
  return `${Number(mantissa)}e${Number(exponent)}`;
}

/** `num` in TeX: `1.2e-18` becomes `1.2 \times 10^{-18}`. */
function texNum(v: number, sig = 3): string {
  const [mantissa, exponent] = num(v, sig).split('e');
  return exponent === undefined ? mantissa : `${mantissa} \\times 10^{${exponent}}`;
}

function ratioText(norms: readonly number[]): Localized {
  const r = num(ratio(norms));
  return L(`첫 층/마지막 층 = ${r}`, `first/last = ${r}`);
}

/** What a stack would have drawn on this exercise's data, from its engine run. */
function wouldShow(inp: Inputs, config: Config, depth = inp.depth): Localized {
  const norms = flowNorms(config, depth, inp.width, inp.data);
  const flow = classifyFlow(norms) ?? CONFIGS[config].flow;
  const r = ratioText(norms);
  return L(
    `같은 데이터에서 ${configName(config).ko}, ${depth}층이면 ${r.ko}${josa(r.ko, '으로')} ${FLOW_NAMES[flow].ko}입니다.`,
    `On the same data ${configName(config).en} with ${depth} layers gives ${r.en}: ${FLOW_NAMES[flow].en.toLowerCase()}.`,
  );
}

function figure(inp: Inputs): BuiltChoice['figure'] {
  const norms = flowNorms(inp.config, inp.depth, inp.width, inp.data);
  const svg = (lang: 'ko' | 'en', frame: Frame) =>
    logBarChart({
      frame,
      title: lang === 'ko' ? '층별 기울기 노름' : 'Gradient norm per layer',
      values: norms,
      categories: norms.map((_, i) => String(i + 1)),
      xLabel: lang === 'ko' ? '층 (1 = 입력 쪽)' : 'layer (1 = next to the input)',
      yLabel: '‖∂L/∂z_l‖ (log)',
    });
  const list = norms.map((v) => num(v, 2)).join(', ');
  return {
    ...drawFigure(svg),
    description: L(
      `로그 축 막대 그래프, 층 1–${inp.depth}의 기울기 노름: ${list}. ${ratioText(norms).ko}.`,
      `Bar chart on a log axis of the gradient norm of layers 1–${inp.depth}: ${list}. ${ratioText(norms).en}.`,
    ),
  };
}

function setting(inp: Inputs, named: boolean): Localized {
  const what = named ? configName(inp.config) : null;
  return L(
    `편향 없는 ${inp.depth}층 신경망(층마다 뉴런 ${inp.width}개${what ? `, ${what.ko}` : ''})에서 한 예제의 손실 $\\tfrac12\\lVert a_{${inp.depth}} - y\\rVert^2$을 역전파했습니다. 그림은 층마다 활성화 전 값 $z_l$에 대한 기울기의 노름 $\\lVert \\delta_l \\rVert = \\lVert \\partial L/\\partial z_l \\rVert$입니다.`,
    `One example's loss $\\tfrac12\\lVert a_{${inp.depth}} - y\\rVert^2$ was backpropagated through a network of ${inp.depth} layers without biases (${inp.width} units each${what ? `; ${what.en}` : ''}). The figure shows the norm of the gradient at each layer's pre-activations $z_l$, $\\lVert \\delta_l \\rVert = \\lVert \\partial L/\\partial z_l \\rVert$.`,
  );
}

function readStep(inp: Inputs) {
  const norms = flowNorms(inp.config, inp.depth, inp.width, inp.data);
  return step(
    '첫 층과 마지막 층의 기울기 노름을 비교합니다.',
    'Compare the first layer’s gradient norm with the last one’s.',
    `\\frac{\\lVert \\delta_1 \\rVert}{\\lVert \\delta_{${inp.depth}} \\rVert} = \\frac{${texNum(norms[0])}}{${texNum(norms[norms.length - 1])}} = ${texNum(ratio(norms))}`,
  );
}

function flowQuestion(inp: Inputs): BuiltChoice {
  const flow = CONFIGS[inp.config].flow;
  const now = L(
    `이 그림: ${ratioText(flowNorms(inp.config, inp.depth, inp.width, inp.data)).ko}.`,
    `In this figure ${ratioText(flowNorms(inp.config, inp.depth, inp.width, inp.data)).en}.`,
  );
  return {
    prompt: joined(
      setting(inp, true),
      L('그림은 무엇을 보여 줍니까?', 'What does the figure show?'),
    ),
    figure: figure(inp),
    options: optionsFor(
      ['vanishing', 'healthy', 'exploding'] as const,
      (k) => FLOW_NAMES[k],
      (k) => joined(LOOKS[k], now),
    ),
    correct: flow,
    solution: [
      readStep(inp),
      step(WHY[inp.config].ko, WHY[inp.config].en, flowTex(flow, inp.depth)),
    ],
  };
}

function sourceQuestion(inp: Inputs): BuiltChoice {
  const keys = [inp.config, ...((inp.others ?? []) as Config[])];
  return {
    prompt: joined(
      setting(inp, false),
      L(
        '어떤 활성화 함수와 초기화로 이 그림이 나왔습니까?',
        'Which activation and initialization produced this figure?',
      ),
    ),
    figure: figure(inp),
    options: optionsFor(keys, configName, (k) => joined(WHY[k], wouldShow(inp, k))),
    correct: inp.config,
    solution: [readStep(inp), step(WHY[inp.config].ko, WHY[inp.config].en, configTex(inp.config))],
  };
}

function changeLabel(change: Config | 'deeper'): Localized {
  if (change === 'deeper')
    return L(`같은 설정으로 층을 ${MORE}개 더 쌓는다`, `Keep everything, add ${MORE} more layers`);
  const name = configName(change);
  return L(`${name.ko}${josa(name.ko, '으로')} 바꾼다`, `Switch to ${name.en}`);
}

function remedyQuestion(inp: Inputs): BuiltChoice {
  const changes = inp.others ?? [];
  const explain = (k: Config | 'deeper') =>
    k === 'deeper'
      ? joined(
          L(
            '층이 많을수록 층마다의 배율이 더 여러 번 곱해져 문제가 더 커집니다.',
            'More layers multiply the per-layer factor more times, so the problem only grows.',
          ),
          wouldShow(inp, inp.config, inp.depth + MORE),
        )
      : joined(WHY[k], wouldShow(inp, k));
  const right = changes.find((k) => k !== 'deeper' && CONFIGS[k].flow === 'healthy') as Config;
  return {
    prompt: joined(
      setting(inp, true),
      L(
        '어떻게 바꾸면 기울기가 모든 층에 비슷한 크기로 닿습니까?',
        'Which change lets the gradient reach every layer at about the same size?',
      ),
    ),
    figure: figure(inp),
    options: optionsFor(changes, changeLabel, explain),
    correct: right,
    solution: [readStep(inp), step(WHY[right].ko, WHY[right].en, configTex(right))],
  };
}

/** The changes offered for a vanishing or exploding stack: one fixes it, the others do not. */
const REMEDIES: Partial<Record<Config, (Config | 'deeper')[]>> = {
  'sigmoid-xavier': ['relu-he', 'relu-large', 'sigmoid-he', 'deeper'],
  'sigmoid-he': ['relu-he', 'relu-large', 'sigmoid-xavier', 'deeper'],
  'tanh-small': ['tanh-xavier', 'relu-large', 'sigmoid-he', 'deeper'],
  'relu-small': ['relu-he', 'relu-large', 'sigmoid-xavier', 'deeper'],
  'relu-large': ['relu-he', 'relu-small', 'sigmoid-xavier', 'deeper'],
};

/** Whether every stack the question shows or names behaves as its flow on this data. */
function clear(inp: Inputs): boolean {
  const behaves = (k: Config, depth = inp.depth) =>
    classifyFlow(flowNorms(k, depth, inp.width, inp.data)) === CONFIGS[k].flow;
  return (
    behaves(inp.config) &&
    (inp.others ?? []).every((k) =>
      k === 'deeper' ? behaves(inp.config, inp.depth + MORE) : behaves(k),
    )
  );
}

export const gradientFlow = defineChoiceGenerator<Inputs>({
  id: 'gradient-flow',
  topic: 'backpropagation',
  title: L('기울기 흐름 읽기', 'Reading gradient flow'),
  levels: {
    1: L('기울기 소실, 고른 흐름, 폭주 구별', 'vanishing, healthy or exploding?'),
    2: L('활성화 함수와 초기화 알아맞히기', 'which activation and initialization'),
    3: L('문제를 고치는 변경 고르기', 'pick the change that fixes it'),
  },
  draw(rng, level: Level) {
    for (;;) {
      const flow =
        level === 3
          ? rng.pick(['vanishing', 'exploding'] as const)
          : rng.pick(['vanishing', 'healthy', 'exploding'] as const);
      const config = rng.pick(CONFIG_KEYS.filter((k) => CONFIGS[k].flow === flow));
      const inp: Inputs = {
        config,
        depth: rng.pick(DEPTHS),
        width: rng.pick([12, 16, 20]),
        data: rng.int(0, 0xffffffff),
      };
      if (level === 2) {
        inp.others = (['vanishing', 'healthy', 'exploding'] as const)
          .filter((f) => f !== flow)
          .map((f) => rng.pick(CONFIG_KEYS.filter((k) => CONFIGS[k].flow === f)));
      }
      if (level === 3) inp.others = REMEDIES[config];
      if (clear(inp)) return inp;
    }
  },
  build(inp, level) {
    if (level === 1) return flowQuestion(inp);
    if (level === 2) return sourceQuestion(inp);
    return remedyQuestion(inp);
  },
});
