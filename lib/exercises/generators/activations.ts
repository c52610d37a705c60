// Sigmoid, tanh and the sigmoid's derivative: one scalar-activation machine, three generators.

import * as engine from '../engine';
import { given, givenVec, tex, texGiven, texParen } from '../format';
import { scalarFormat, vectorFormat } from '../messages';
import type { Rng } from '../random';
import type { Note } from '../tolerance';
import type { AnswerValue, DiagnosingGenerator, Level, Localized, SolutionStep } from '../types';
import { defineGenerator, L, type MistakeDef, step } from './common';

/** $w \cdot x + b$ for one unit, from the engine's dense layer. */
const weightedSum = (w: number[], x: number[], b: number) => engine.affine([w], x, [b])[0];

interface Inputs {
  x: number[];
  w?: number[];
  b?: number;
}

interface ScalarActivation<K extends string> {
  id: string;
  title: Localized;
  /** TeX of f applied to an argument. */
  apply: (arg: string) => string;
  /** TeX of the definition, e.g. `\sigma(x) = \frac{1}{1+e^{-x}}`. */
  definition: string;
  /** What is computed, in words (ko, en). */
  noun: Localized;
  f: (x: number) => number;
  /** TeX of the evaluation at x, ending in `\approx f(x)`. */
  work: (x: number) => string;
  /** f(x) computed as `work` shows it, each intermediate value passed through `note`. */
  learn: (x: number, note: Note) => number;
  mistakes: Record<K, MistakeDef>;
  wrongAt: Array<[K, (x: number) => number]>;
}

const noBias: MistakeDef = {
  name: L('편향 누락', 'Bias left out'),
  explanation: L(
    '$z = w \\cdot x$만 계산하고 편향 $b$를 더하지 않았습니다. $z = w \\cdot x + b$입니다.',
    'You computed $z = w \\cdot x$ without adding the bias $b$; $z = w \\cdot x + b$.',
  ),
};

/** What each level of `draw` asks, for every activation built on it. */
const LEVELS: Record<Level, Localized> = {
  1: L('입력 하나', 'one input'),
  2: L('원소 세 개인 벡터', 'a vector of three'),
  3: L('뉴런 하나: 입력 두 개와 편향', 'a unit: two inputs and a bias'),
};

function draw(rng: Rng, level: Level): Inputs {
  if (level === 1) return { x: [rng.away(-3, 3, 1, 0.1)] };
  if (level === 2) return { x: rng.many(3, () => rng.away(-3, 3, 2, 0.05)) };
  for (;;) {
    const x = rng.many(2, () => rng.away(-2, 2, 1, 0.1));
    const w = rng.many(2, () => rng.away(-1.5, 1.5, 1, 0.1));
    const b = rng.away(-1, 1, 1, 0.1);
    if (Math.abs(weightedSum(w, x, b)) >= 0.05) return { x, w, b };
  }
}

function neuronStep(inp: Inputs): [number, SolutionStep] {
  const w = inp.w as number[];
  const b = inp.b as number;
  const z = weightedSum(w, inp.x, b);
  const terms = w.map((wi, i) => `${texParen(wi)} \\cdot ${texParen(inp.x[i])}`).join(' + ');
  return [
    z,
    step(
      '먼저 가중합 $z = w \\cdot x + b$를 구합니다.',
      'First the weighted sum $z = w \\cdot x + b$.',
      `z = ${terms} + ${texParen(b)} = ${tex(z, 6)}`,
    ),
  ];
}

/** A generator for a scalar function applied to a number, a vector, or a neuron's weighted sum. */
export function scalarActivation<K extends string>(spec: ScalarActivation<K>): DiagnosingGenerator {
  const { apply, definition, noun, f } = spec;
  return defineGenerator<Inputs, K | 'no-bias'>({
    id: spec.id,
    topic: 'activations',
    title: spec.title,
    levels: LEVELS,
    mistakes: { ...spec.mistakes, 'no-bias': noBias } as Record<K | 'no-bias', MistakeDef>,
    draw,
    build(inp, level) {
      // A formula that already names the function (`\\tanh(x)`) is not preceded by its name again.
      const nounKo = apply('x').includes(noun.ko) ? '' : `${noun.ko} `;
      const theNoun = apply('x').includes(noun.en) ? '' : `the ${noun.en} `;
      const def = step(`정의: $${definition}$`, `Definition: $${definition}$`, definition);
      if (level === 1) {
        const x = inp.x[0];
        const shown = texGiven(x);
        return {
          value: f(x),
          prompt: L(
            `$x = ${shown}$일 때 ${nounKo}$${apply('x')}$를 구하세요. ($${definition}$)`,
            `Compute ${theNoun}$${apply('x')}$ at $x = ${shown}$, where $${definition}$.`,
          ),
          solution: [def, step('$x$를 대입합니다.', 'Substitute $x$.', spec.work(x))],
          format: scalarFormat(),
        };
      }
      if (level === 2) {
        const v = inp.x.map(f);
        const x = givenVec(inp.x);
        return {
          value: v,
          prompt: L(
            `벡터 $x = ${x}$의 각 원소에 ${nounKo}$${apply('x')}$를 적용한 벡터를 구하세요. ($${definition}$)`,
            `Apply ${theNoun}$${apply('x')}$ to each element of $x = ${x}$, where $${definition}$.`,
          ),
          solution: [
            def,
            ...inp.x.map((x, i) => step(`${i + 1}번째 원소`, `Element ${i + 1}`, spec.work(x))),
          ],
          format: vectorFormat(inp.x.length),
        };
      }
      const [z, zStep] = neuronStep(inp);
      const x = givenVec(inp.x);
      const w = givenVec(inp.w as number[]);
      const b = given(inp.b as number);
      return {
        value: f(z),
        prompt: L(
          `뉴런의 입력이 $x = ${x}$, 가중치가 $w = ${w}$, 편향이 $b = ${b}$입니다. $z = w \\cdot x + b$일 때 ${nounKo}$${apply('z')}$를 구하세요. ($${definition}$)`,
          `A unit has inputs $x = ${x}$, weights $w = ${w}$ and bias $b = ${b}$. With $z = w \\cdot x + b$, compute ${theNoun}$${apply('z')}$, where $${definition}$.`,
        ),
        solution: [zStep, def, step('$z$를 대입합니다.', 'Substitute $z$.', spec.work(z))],
        format: scalarFormat(),
      };
    },
    path(inp, level, note) {
      if (level === 1) return spec.learn(inp.x[0], note);
      if (level === 2) return inp.x.map((x) => spec.learn(x, note));
      return spec.learn(note(weightedSum(inp.w as number[], inp.x, inp.b as number)), note);
    },
    wrong(inp, level) {
      const out: Array<[K | 'no-bias', AnswerValue]> = [];
      if (level === 3) {
        const z = weightedSum(inp.w as number[], inp.x, inp.b as number);
        for (const [id, g] of spec.wrongAt) out.push([id, g(z)]);
        out.push(['no-bias', f(z - (inp.b as number))]);
        return out;
      }
      for (const [id, g] of spec.wrongAt) out.push([id, level === 1 ? g(inp.x[0]) : inp.x.map(g)]);
      return out;
    },
  });
}

const SIGMOID_DEF = '\\sigma(x) = \\frac{1}{1 + e^{-x}}';

function sigmoidWork(x: number): string {
  return `\\sigma(${tex(x, 6)}) = \\frac{1}{1 + e^{${tex(-x, 6)}}} = \\frac{1}{1 + ${tex(Math.exp(-x))}} \\approx ${tex(engine.sigmoid(x))}`;
}

export const sigmoid = scalarActivation({
  id: 'sigmoid',
  title: L('시그모이드', 'Sigmoid'),
  apply: (a) => `\\sigma(${a})`,
  definition: SIGMOID_DEF,
  noun: L('시그모이드', 'sigmoid'),
  f: engine.sigmoid,
  work: sigmoidWork,
  learn: (x, note) => 1 / (1 + note(Math.exp(-x))),
  mistakes: {
    'sign-flipped': {
      name: L('지수의 부호 실수', 'Sign of the exponent flipped'),
      explanation: L(
        '$e^{-x}$ 대신 $e^{x}$를 써서 $\\sigma(-x) = 1 - \\sigma(x)$를 구했습니다.',
        'You used $e^{x}$ instead of $e^{-x}$, which gives $\\sigma(-x) = 1 - \\sigma(x)$.',
      ),
    },
    'tanh-instead': {
      name: L('tanh와 혼동', 'Used tanh'),
      explanation: L(
        '시그모이드 대신 tanh를 계산했습니다. 시그모이드는 (0, 1), tanh는 (−1, 1) 범위입니다.',
        'You computed tanh instead of the sigmoid; the sigmoid lies in (0, 1), tanh in (−1, 1).',
      ),
    },
  },
  wrongAt: [
    ['sign-flipped', (x) => engine.sigmoid(-x)],
    ['tanh-instead', engine.tanh],
  ],
});

export const tanh = scalarActivation({
  id: 'tanh',
  title: L('하이퍼볼릭 탄젠트', 'Hyperbolic tangent'),
  apply: (a) => `\\tanh(${a})`,
  definition: '\\tanh(x) = \\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}',
  noun: L('tanh', 'tanh'),
  f: engine.tanh,
  work: (x) => {
    const a = tex(Math.exp(x));
    const b = tex(Math.exp(-x));
    return `\\tanh(${tex(x, 6)}) = \\frac{${a} - ${b}}{${a} + ${b}} \\approx ${tex(engine.tanh(x))}`;
  },
  learn: (x, note) => {
    const a = note(Math.exp(x));
    const b = note(Math.exp(-x));
    return (a - b) / (a + b);
  },
  mistakes: {
    'sigmoid-instead': {
      name: L('시그모이드와 혼동', 'Used the sigmoid'),
      explanation: L(
        'tanh 대신 시그모이드를 계산했습니다. $\\tanh(x) = 2\\sigma(2x) - 1$입니다.',
        'You computed the sigmoid instead of tanh; $\\tanh(x) = 2\\sigma(2x) - 1$.',
      ),
    },
    'half-argument': {
      name: L('2σ(x) − 1로 계산', 'Computed 2σ(x) − 1'),
      explanation: L(
        '$2\\sigma(x) - 1$은 $\\tanh(x/2)$입니다. 인자를 두 배로: $\\tanh(x) = 2\\sigma(2x) - 1$.',
        '$2\\sigma(x) - 1$ is $\\tanh(x/2)$; double the argument: $\\tanh(x) = 2\\sigma(2x) - 1$.',
      ),
    },
  },
  wrongAt: [
    ['sigmoid-instead', engine.sigmoid],
    ['half-argument', (x) => 2 * engine.sigmoid(x) - 1],
  ],
});

export const sigmoidDerivative = scalarActivation({
  id: 'sigmoid-derivative',
  title: L('시그모이드의 미분', 'Derivative of the sigmoid'),
  apply: (a) => `\\sigma'(${a})`,
  definition: "\\sigma'(x) = \\sigma(x)\\,(1 - \\sigma(x))",
  noun: L('시그모이드의 미분', 'derivative of the sigmoid'),
  f: engine.sigmoidDerivative,
  work: (x) => {
    const s = engine.sigmoid(x);
    return `\\sigma(${tex(x, 6)}) \\approx ${tex(s)},\\quad \\sigma'(${tex(x, 6)}) = ${tex(s)}\\,(1 - ${tex(s)}) \\approx ${tex(engine.sigmoidDerivative(x))}`;
  },
  learn: (x, note) => {
    const s = note(engine.sigmoid(x));
    return s * (1 - s);
  },
  mistakes: {
    'sigmoid-for-derivative': {
      name: L('σ′(x) 대신 σ(x)', 'Gave σ(x) for σ′(x)'),
      explanation: L(
        '시그모이드 값 $\\sigma(x)$를 답했습니다. 미분은 $\\sigma(x)(1 - \\sigma(x))$이며 최대 0.25입니다.',
        'You gave the sigmoid $\\sigma(x)$ itself; the derivative is $\\sigma(x)(1 - \\sigma(x))$, at most 0.25.',
      ),
    },
    'x-one-minus-x': {
      name: L('x(1 − x)로 계산', 'Computed x(1 − x)'),
      explanation: L(
        '$x(1 - x)$는 $x$가 이미 시그모이드 출력일 때만 맞습니다. 먼저 $\\sigma(x)$를 구하세요.',
        '$x(1 - x)$ holds only when $x$ is already the sigmoid output; compute $\\sigma(x)$ first.',
      ),
    },
  },
  wrongAt: [
    ['sigmoid-for-derivative', engine.sigmoid],
    ['x-one-minus-x', (x) => x * (1 - x)],
  ],
});
