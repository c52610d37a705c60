// Backpropagation through a small two-layer network: one weight, one column, then the whole W1.

import * as engine from '../engine';
import { givenVec, tex, texMat, texVec } from '../format';
import { matrixFormat, scalarFormat, vectorFormat } from '../messages';
import type { AnswerValue, Level } from '../types';
import { defineGenerator, L, step } from './common';

type Act = 'sigmoid' | 'tanh' | 'relu';
type Loss = 'mse' | 'cross-entropy';
interface Inputs {
  x: number[];
  y: number[];
  W1: number[][];
  b1: number[];
  W2: number[][];
  b2: number[];
  activation: Act;
  loss: Loss;
}

type Id =
  | 'no-activation-derivative'
  | 'derivative-at-output'
  | 'no-factor-two'
  | 'logits-as-probabilities'
  | 'sign-flipped';

const ACT: Record<
  Act,
  { f: (x: number) => number; df: (x: number) => number; tex: string; d: string }
> = {
  sigmoid: {
    f: engine.sigmoid,
    df: engine.sigmoidDerivative,
    tex: '\\sigma',
    d: "\\sigma'(a) = \\sigma(a)(1 - \\sigma(a))",
  },
  tanh: {
    f: engine.tanh,
    df: engine.tanhDerivative,
    tex: '\\tanh',
    d: "\\tanh'(a) = 1 - \\tanh^2(a)",
  },
  relu: {
    f: engine.relu,
    df: engine.reluDerivative,
    tex: '\\mathrm{ReLU}',
    d: "\\mathrm{ReLU}'(a) = [a > 0]",
  },
};

const SHAPES: Record<Level, [number, number, number]> = {
  1: [1, 1, 1],
  2: [1, 2, 1],
  3: [2, 2, 2],
};

/** dW1 packed as the level asks: a number, the column of hidden weights, or the matrix. */
function pack(dW1: number[][], level: Level): AnswerValue {
  if (level === 1) return dW1[0][0];
  if (level === 2) return dW1.map((r) => r[0]);
  return dW1;
}

function gradientsWith(inp: Inputs, deltaO: number[], df: (a: number, h: number) => number) {
  const { a, h } = engine.twoLayerForward(inp);
  const deltaA = engine.transposeTimes(inp.W2, deltaO).map((g, i) => g * df(a[i], h[i]));
  return engine.outer(deltaA, inp.x);
}

export const backprop = defineGenerator<Inputs, Id>({
  id: 'backprop',
  topic: 'backpropagation',
  title: L('역전파', 'Backpropagation'),
  mistakes: {
    'no-activation-derivative': {
      name: L('활성화 함수의 미분 누락', "Left out the activation's derivative"),
      explanation: L(
        "은닉층을 거꾸로 지날 때 $f'(a)$를 원소별로 곱해야 합니다: $\\delta_a = (W_2^\\top \\delta_o) \\odot f'(a)$.",
        "Going back through the hidden layer multiplies by $f'(a)$ elementwise: $\\delta_a = (W_2^\\top \\delta_o) \\odot f'(a)$.",
      ),
    },
    'derivative-at-output': {
      name: L('출력값에서 미분을 계산', 'Derivative taken at the output'),
      explanation: L(
        "$f'$는 활성화 이전 값 $a$에서 계산합니다. $h = f(a)$를 $f'$에 넣지 마세요 ($\\sigma'(a) = h(1 - h)$).",
        "Evaluate $f'$ at the pre-activation $a$, not at $h = f(a)$ (for the sigmoid, $\\sigma'(a) = h(1 - h)$).",
      ),
    },
    'no-factor-two': {
      name: L('MSE 미분의 2 누락', 'Dropped the 2 of the squared error'),
      explanation: L(
        '$\\frac{\\partial}{\\partial o}(o - y)^2 = 2(o - y)$입니다 (출력이 $K$개면 $\\frac{2}{K}(o - y)$).',
        '$\\frac{\\partial}{\\partial o}(o - y)^2 = 2(o - y)$ (with $K$ outputs, $\\frac{2}{K}(o - y)$).',
      ),
    },
    'logits-as-probabilities': {
      name: L('소프트맥스 누락', 'Forgot the softmax'),
      explanation: L(
        '교차 엔트로피의 출력 기울기는 $p - y$이며 $p = \\operatorname{softmax}(o)$입니다. 로짓 $o$를 그대로 쓰지 마세요.',
        'The output gradient of cross-entropy is $p - y$ with $p = \\operatorname{softmax}(o)$, not the logits $o$.',
      ),
    },
    'sign-flipped': {
      name: L('부호가 반대', 'Sign flipped'),
      explanation: L(
        '출력 기울기는 $\\hat y - y$ 방향입니다 ($y - \\hat y$가 아님).',
        'The output gradient is $\\hat y - y$, not $y - \\hat y$.',
      ),
    },
  },
  draw(rng, level) {
    const [nIn, nHid, nOut] = SHAPES[level];
    const activation: Act =
      level === 1
        ? 'sigmoid'
        : level === 2
          ? rng.pick(['sigmoid', 'tanh'])
          : rng.pick(['sigmoid', 'tanh', 'relu']);
    const loss: Loss = level === 3 && rng.chance(0.5) ? 'cross-entropy' : 'mse';
    for (;;) {
      const x = Array.from({ length: nIn }, () => rng.away(-2, 2, 1, 0.2));
      const W1 = Array.from({ length: nHid }, () =>
        Array.from({ length: nIn }, () => rng.away(-1.5, 1.5, 1, 0.1)),
      );
      const b1 = rng.decimals(nHid, -1, 1, 1);
      const W2 = Array.from({ length: nOut }, () =>
        Array.from({ length: nHid }, () => rng.away(-1.5, 1.5, 1, 0.1)),
      );
      const b2 = rng.decimals(nOut, -1, 1, 1);
      const y =
        loss === 'mse'
          ? rng.decimals(nOut, -1, 2, 1)
          : rng.shuffle([1, ...Array.from({ length: nOut - 1 }, () => 0)]);
      const { a, o } = engine.twoLayerForward({ x, y, W1, b1, W2, b2, activation, loss });
      if (a.some((ai) => Math.abs(ai) < 0.1)) continue;
      if (activation === 'relu' && !a.some((ai) => ai > 0)) continue;
      // Keep the output error visible (a draw filter, not an answer).
      if (loss === 'cross-entropy' || Math.abs(o[0] - y[0]) >= 0.05) {
        return { x, y, W1, b1, W2, b2, activation, loss };
      }
    }
  },
  build(inp, level) {
    const act = ACT[inp.activation];
    const g = engine.twoLayerGradients(inp);
    const { a, h, o } = engine.twoLayerForward(inp);
    const dfa = a.map(act.df);
    const K = inp.y.length;
    const lossTex =
      inp.loss === 'mse'
        ? K === 1
          ? 'L = (o - y)^2'
          : `L = \\frac{1}{${K}} \\sum_k (o_k - y_k)^2`
        : 'L = -\\sum_k y_k \\ln \\operatorname{softmax}(o)_k';
    const net = `a = W_1 x + b_1,\\quad h = ${act.tex}(a),\\quad o = W_2 h + b_2,\\quad ${lossTex}`;
    const v = (u: number[]) => (u.length === 1 ? tex(u[0]) : texVec(u));
    const deltaO =
      inp.loss === 'mse'
        ? `\\delta_o = \\frac{\\partial L}{\\partial o} = ${K === 1 ? '2' : `\\tfrac{2}{${K}}`}(o - y) = ${v(g.db2)}`
        : `\\delta_o = \\operatorname{softmax}(o) - y = ${v(g.db2)}`;
    const givenText = `x = ${givenVec(inp.x)},\\ y = ${givenVec(inp.y)},\\ W_1 = ${texMat(inp.W1, 8)},\\ b_1 = ${givenVec(inp.b1)},\\ W_2 = ${texMat(inp.W2, 8)},\\ b_2 = ${givenVec(inp.b2)}`;
    const asked = [
      L(
        '$\\partial L / \\partial W_1$ (스칼라 하나)',
        '$\\partial L / \\partial W_1$ (a single number)',
      ),
      L(
        '은닉 유닛 두 개의 입력 가중치 기울기 $\\partial L / \\partial W_1$ (길이 2 벡터)',
        "the gradient $\\partial L / \\partial W_1$ of the two hidden units' input weights (a vector of 2)",
      ),
      L('$\\partial L / \\partial W_1$ (2×2 행렬)', '$\\partial L / \\partial W_1$ (a 2×2 matrix)'),
    ][level - 1];
    return {
      value: pack(g.dW1, level),
      prompt: L(
        `네트워크 $${net}$에서 $${givenText}$일 때 ${asked.ko}를 구하세요.`,
        `In the network $${net}$ with $${givenText}$, compute ${asked.en}.`,
      ),
      solution: [
        step(
          '순전파: 은닉층',
          'Forward: hidden layer',
          `a = ${v(a)},\\quad h = ${act.tex}(a) = ${v(h)}`,
        ),
        step(
          '순전파: 출력과 손실',
          'Forward: output and loss',
          `o = ${v(o)},\\quad L = ${tex(g.loss)}`,
        ),
        step('출력층의 기울기', 'Gradient at the output', deltaO),
        step(
          '활성화 함수의 미분',
          "The activation's derivative",
          `${act.d} \\;\\Rightarrow\\; f'(a) = ${v(dfa)}`,
        ),
        step(
          '은닉층으로 역전파',
          'Back through the hidden layer',
          `\\delta_a = (W_2^\\top \\delta_o) \\odot f'(a) = ${v(g.db1)}`,
        ),
        step(
          '가중치 기울기',
          'Weight gradient',
          `\\frac{\\partial L}{\\partial W_1} = \\delta_a\\, x^\\top = ${texMat(g.dW1)}`,
        ),
      ],
      format:
        level === 1
          ? scalarFormat()
          : level === 2
            ? vectorFormat(
                2,
                L(
                  '$[\\partial L/\\partial W_{1,11},\\ \\partial L/\\partial W_{1,21}]$',
                  '$[\\partial L/\\partial W_{1,11},\\ \\partial L/\\partial W_{1,21}]$',
                ),
              )
            : matrixFormat(
                2,
                2,
                L(
                  '$\\partial L/\\partial W_1$ (행 = 은닉 유닛)',
                  '$\\partial L/\\partial W_1$ (rows = hidden units)',
                ),
              ),
    };
  },
  wrong(inp, level) {
    const act = ACT[inp.activation];
    const g = engine.twoLayerGradients(inp);
    const out: Array<[Id, AnswerValue]> = [
      [
        'no-activation-derivative',
        pack(
          gradientsWith(inp, g.db2, () => 1),
          level,
        ),
      ],
      [
        'derivative-at-output',
        pack(
          gradientsWith(inp, g.db2, (_a, h) => act.df(h)),
          level,
        ),
      ],
      [
        'sign-flipped',
        pack(
          g.dW1.map((r) => r.map((x) => -x)),
          level,
        ),
      ],
    ];
    if (inp.loss === 'mse') {
      out.push([
        'no-factor-two',
        pack(
          gradientsWith(
            inp,
            g.db2.map((d) => d / 2),
            (a) => act.df(a),
          ),
          level,
        ),
      ]);
    } else {
      const { o } = engine.twoLayerForward(inp);
      const raw = o.map((ok, k) => ok - inp.y[k]);
      out.push([
        'logits-as-probabilities',
        pack(
          gradientsWith(inp, raw, (a) => act.df(a)),
          level,
        ),
      ]);
    }
    return out;
  },
});
