// ReLU and leaky ReLU: values and derivatives, including the kink at zero (PyTorch: ReLU′(0) = 0).

import { josa } from '@/lib/i18n/particle';
import * as engine from '../engine';
import { givenVec, tex, texGiven, texVec } from '../format';
import { matrixFormat, scalarFormat, vectorFormat } from '../messages';
import type { Rng } from '../random';
import type { AnswerValue } from '../types';
import { defineGenerator, L, type MistakeDef, step } from './common';

interface Inputs {
  x: number[];
  g?: number[];
  slope?: number;
}

/** `n` values with at least one negative, one positive, and (when `zero`) one exact zero. */
function mixed(rng: Rng, n: number, zero: boolean, decimals = 1): number[] {
  const x = [rng.away(-3, -0.1, decimals, 0.1), rng.away(0.1, 3, decimals, 0.1)];
  if (zero) x.push(0);
  while (x.length < n) x.push(rng.away(-3, 3, decimals, 0.1));
  return rng.shuffle(x);
}

const derivativeAtZero: MistakeDef = {
  name: L('x = 0에서 미분값 1', 'Derivative 1 at x = 0'),
  explanation: L(
    'ReLU는 0에서 미분 불가능하며, PyTorch는 $x \\le 0$에서 기울기를 0(Leaky ReLU는 $\\alpha$)으로 둡니다.',
    'ReLU has no derivative at 0; PyTorch uses the $x \\le 0$ branch there: 0 for ReLU, $\\alpha$ for leaky ReLU.',
  ),
};

const RELU_DEF = '\\mathrm{ReLU}(x) = \\max(0, x)';
const RELU_D = "\\mathrm{ReLU}'(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}";

export const relu = defineGenerator<
  Inputs,
  | 'absolute-value'
  | 'identity'
  | 'derivative-at-zero'
  | 'value-for-derivative'
  | 'gradient-not-masked'
>({
  id: 'relu',
  topic: 'activations',
  title: L('ReLU', 'ReLU'),
  levels: {
    1: L('입력 하나', 'one input'),
    2: L('입력 네 개에서의 미분', 'the derivative at four inputs'),
    3: L('입력 네 개의 순전파와 역전파', 'forward and backward, four inputs'),
  },
  mistakes: {
    'absolute-value': {
      name: L('절댓값으로 계산', 'Took the absolute value'),
      explanation: L(
        'ReLU는 음수를 양수로 바꾸지 않고 0으로 만듭니다: $\\max(0, x)$.',
        'ReLU does not flip negatives to positive, it sets them to 0: $\\max(0, x)$.',
      ),
    },
    identity: {
      name: L('음수를 그대로 둠', 'Kept the negative value'),
      explanation: L(
        '$x \\le 0$이면 ReLU의 출력은 0입니다.',
        'For $x \\le 0$ the output of ReLU is 0.',
      ),
    },
    'derivative-at-zero': derivativeAtZero,
    'value-for-derivative': {
      name: L('미분 대신 함숫값', 'Gave ReLU(x) for ReLU′(x)'),
      explanation: L(
        '미분은 양수에서 1, 그 밖에서 0입니다. $\\max(0, x)$는 함숫값입니다.',
        'The derivative is 1 for positive x and 0 elsewhere; $\\max(0, x)$ is the value.',
      ),
    },
    'gradient-not-masked': {
      name: L('기울기를 마스킹하지 않음', 'Gradient not masked'),
      explanation: L(
        "역전파에서는 상류 기울기에 $\\mathrm{ReLU}'(x)$를 곱해야 하므로 $x \\le 0$인 자리의 기울기는 0입니다.",
        "Backprop multiplies the upstream gradient by $\\mathrm{ReLU}'(x)$, so it is 0 wherever $x \\le 0$.",
      ),
    },
  },
  draw(rng, level) {
    if (level === 1)
      return { x: [rng.chance(0.6) ? rng.away(-3, -0.1, 1, 0.1) : rng.away(0.1, 3, 1, 0.1)] };
    if (level === 2) return { x: mixed(rng, 4, true) };
    return { x: mixed(rng, 4, rng.chance(0.7)), g: rng.decimals(4, -2, 2, 1).map((v) => v || 0.5) };
  },
  build(inp, level) {
    const { x } = inp;
    if (level === 1) {
      const shownX = texGiven(x[0]);
      const v = engine.relu(x[0]);
      return {
        value: v,
        prompt: L(
          `$x = ${shownX}$일 때 $\\mathrm{ReLU}(x)$를 구하세요. ($${RELU_DEF}$)`,
          `Compute $\\mathrm{ReLU}(x)$ at $x = ${shownX}$, where $${RELU_DEF}$.`,
        ),
        solution: [
          step('정의', 'Definition', RELU_DEF),
          step('대입', 'Substitute', `\\max(0, ${tex(x[0], 6)}) = ${tex(v)}`),
        ],
        format: scalarFormat(),
      };
    }
    const shownX = givenVec(x);
    const d = x.map(engine.reluDerivative);
    const dStep = step(
      '미분을 원소별로 적용합니다 (PyTorch는 $x = 0$에서 0을 씁니다).',
      'Apply the derivative elementwise (PyTorch uses 0 at $x = 0$).',
      `${RELU_D} \\;\\Rightarrow\\; \\mathrm{ReLU}'(x) = ${texVec(d)}`,
    );
    if (level === 2) {
      return {
        value: d,
        prompt: L(
          `$x = ${shownX}$의 각 원소에서 ReLU의 미분 $\\mathrm{ReLU}'(x)$를 구하세요. $x = 0$에서는 PyTorch처럼 0을 쓰세요.`,
          `Compute the derivative $\\mathrm{ReLU}'(x)$ at each element of $x = ${shownX}$. At $x = 0$ use PyTorch's value, 0.`,
        ),
        solution: [dStep],
        format: vectorFormat(x.length),
      };
    }
    const g = inp.g as number[];
    const shownG = givenVec(g);
    const y = x.map(engine.relu);
    const back = g.map((gi, i) => gi * d[i]);
    return {
      value: [y, back],
      prompt: L(
        `ReLU 층의 입력이 $x = ${shownX}$이고, 출력에 대한 상류 기울기가 $\\partial L/\\partial y = ${shownG}$입니다. 순전파 출력 $y = \\mathrm{ReLU}(x)$와 입력에 대한 기울기 $\\partial L/\\partial x$를 구하세요 ($x = 0$에서 미분은 0).`,
        `A ReLU layer receives $x = ${shownX}$, and the upstream gradient is $\\partial L/\\partial y = ${shownG}$. Compute the forward output $y = \\mathrm{ReLU}(x)$ and the gradient $\\partial L/\\partial x$ (derivative 0 at $x = 0$).`,
      ),
      solution: [
        step('순전파', 'Forward pass', `y = \\max(0, x) = ${texVec(y)}`),
        dStep,
        step(
          '연쇄 법칙: 상류 기울기와 원소별 곱',
          'Chain rule: multiply elementwise with the upstream gradient',
          `\\frac{\\partial L}{\\partial x} = \\frac{\\partial L}{\\partial y} \\odot \\mathrm{ReLU}'(x) = ${texVec(back)}`,
        ),
      ],
      format: matrixFormat(2, x.length, L('[[y], [∂L/∂x]]', '[[y], [∂L/∂x]]')),
    };
  },
  exact: true,
  wrong(inp, level) {
    const { x } = inp;
    const d1 = x.map((xi) => (xi === 0 ? 1 : engine.reluDerivative(xi)));
    if (level === 1)
      return [
        ['absolute-value', Math.abs(x[0])],
        ['identity', x[0]],
      ];
    if (level === 2)
      return [
        ['derivative-at-zero', d1],
        ['value-for-derivative', x.map(engine.relu)],
      ];
    const g = inp.g as number[];
    const y = x.map(engine.relu);
    const out: Array<
      ['derivative-at-zero' | 'gradient-not-masked' | 'absolute-value', AnswerValue]
    > = [
      ['derivative-at-zero', [y, g.map((gi, i) => gi * d1[i])]],
      ['gradient-not-masked', [y, g]],
      ['absolute-value', [x.map(Math.abs), g.map((gi, i) => gi * engine.reluDerivative(x[i]))]],
    ];
    return out;
  },
});

const leakyDef = (a: string) =>
  `\\mathrm{LeakyReLU}(x) = \\begin{cases} x & x > 0 \\\\ ${a}\\,x & x \\le 0 \\end{cases}`;

export const leakyRelu = defineGenerator<
  Inputs,
  'relu-instead' | 'sign-dropped' | 'slope-everywhere' | 'derivative-at-zero'
>({
  id: 'leaky-relu',
  topic: 'activations',
  title: L('Leaky ReLU', 'Leaky ReLU'),
  levels: {
    1: L('음수 입력 하나', 'one negative input'),
    2: L('원소 네 개인 벡터', 'a vector of four'),
    3: L('원소 네 개의 출력과 미분', 'outputs and derivatives of four'),
  },
  mistakes: {
    'relu-instead': {
      name: L('일반 ReLU로 계산', 'Used plain ReLU'),
      explanation: L(
        'Leaky ReLU는 음수를 0으로 만들지 않고 기울기 $\\alpha$를 곱합니다.',
        'Leaky ReLU does not zero negatives; it multiplies them by the slope $\\alpha$.',
      ),
    },
    'sign-dropped': {
      name: L('음수 부호를 잃음', 'Lost the minus sign'),
      explanation: L(
        '$x \\le 0$에서 출력은 $\\alpha x$로 음수입니다.',
        'For $x \\le 0$ the output $\\alpha x$ stays negative.',
      ),
    },
    'slope-everywhere': {
      name: L('양수에도 기울기를 곱함', 'Slope applied to positives too'),
      explanation: L(
        '$x > 0$이면 출력은 $x$ 그대로입니다. $\\alpha$는 음수 쪽에만 곱합니다.',
        'For $x > 0$ the output is $x$ itself; $\\alpha$ applies only to the negative side.',
      ),
    },
    'derivative-at-zero': derivativeAtZero,
  },
  draw(rng, level) {
    const slope = rng.pick([0.01, 0.05, 0.1, 0.2, 0.3]);
    if (level === 1) return { x: [rng.away(-5, -0.1, rng.pick([1, 2]), 0.1)], slope };
    return { x: mixed(rng, 4, level === 3 && rng.chance(0.7)), slope };
  },
  build(inp, level) {
    const { x } = inp;
    const a = inp.slope as number;
    const f = (v: number) => engine.leakyRelu(v, a);
    const slope = texGiven(a);
    const def = step('정의', 'Definition', leakyDef(slope));
    const given = L(`기울기 $\\alpha = ${slope}$`, `slope $\\alpha = ${slope}$`);
    if (level === 1) {
      const shownX0 = texGiven(x[0]);
      const v = f(x[0]);
      return {
        value: v,
        prompt: L(
          `${given.ko}인 Leaky ReLU에 $x = ${shownX0}$${josa(shownX0, '을')} 넣은 출력을 구하세요. ($${leakyDef('\\alpha')}$)`,
          `Compute the output of leaky ReLU with ${given.en} at $x = ${shownX0}$, where $${leakyDef('\\alpha')}$.`,
        ),
        solution: [
          def,
          step(
            '$x \\le 0$이므로 $\\alpha x$',
            'Since $x \\le 0$, use $\\alpha x$',
            `${slope} \\times (${tex(x[0], 6)}) = ${tex(v)}`,
          ),
        ],
        format: scalarFormat(),
      };
    }
    const shownX = givenVec(x);
    const y = x.map(f);
    const yStep = step(
      '원소별로 적용합니다.',
      'Apply elementwise.',
      `\\mathrm{LeakyReLU}(${texVec(x, 6)}) = ${texVec(y)}`,
    );
    if (level === 2) {
      return {
        value: y,
        prompt: L(
          `${given.ko}인 Leaky ReLU를 $x = ${shownX}$의 각 원소에 적용하세요. ($${leakyDef('\\alpha')}$)`,
          `Apply leaky ReLU with ${given.en} to each element of $x = ${shownX}$, where $${leakyDef('\\alpha')}$.`,
        ),
        solution: [def, yStep],
        format: vectorFormat(x.length),
      };
    }
    const d = x.map((v) => engine.leakyReluDerivative(v, a));
    return {
      value: [y, d],
      prompt: L(
        `${given.ko}인 Leaky ReLU에 대해 $x = ${shownX}$에서 출력과 미분을 구하세요 (PyTorch처럼 $x = 0$에서 미분은 $\\alpha$).`,
        `For leaky ReLU with ${given.en}, compute the outputs and the derivatives at $x = ${shownX}$ (as in PyTorch, the derivative at $x = 0$ is $\\alpha$).`,
      ),
      solution: [
        def,
        yStep,
        step(
          '미분: $x > 0$이면 1, 아니면 $\\alpha$',
          'Derivative: 1 for $x > 0$, else $\\alpha$',
          `\\mathrm{LeakyReLU}'(x) = ${texVec(d)}`,
        ),
      ],
      format: matrixFormat(2, x.length, L('[[출력], [미분]]', '[[outputs], [derivatives]]')),
    };
  },
  exact: true,
  wrong(inp, level) {
    const { x } = inp;
    const a = inp.slope as number;
    const f = (v: number) => engine.leakyRelu(v, a);
    const everywhere = x.map((v) => a * v);
    const dropped = x.map((v) => (v > 0 ? v : Math.abs(f(v))));
    if (level === 1)
      return [
        ['relu-instead', engine.relu(x[0])],
        ['sign-dropped', dropped[0]],
      ];
    if (level === 2) {
      return [
        ['relu-instead', x.map(engine.relu)],
        ['slope-everywhere', everywhere],
        ['sign-dropped', dropped],
      ];
    }
    const y = x.map(f);
    const d = x.map((v) => engine.leakyReluDerivative(v, a));
    return [
      ['derivative-at-zero', [y, x.map((v, i) => (v === 0 ? 1 : d[i]))]],
      ['relu-instead', [x.map(engine.relu), x.map(engine.reluDerivative)]],
      ['slope-everywhere', [everywhere, x.map(() => a)]],
    ];
  },
});
