// Plain gradient descent: one step by hand, a vector step, and three steps down a bowl-shaped loss.

import { josa } from '@/lib/i18n/particle';
import * as engine from '../engine';
import { given, givenVec, tex, texGiven, texParen, texVec } from '../format';
import { scalarFormat, vectorFormat } from '../messages';
import { identity, type Note, settle } from '../tolerance';
import type { AnswerValue } from '../types';
import { defineGenerator, L, step } from './common';

interface Inputs {
  params: number[];
  grad?: number[];
  lr: number;
  steps?: number;
}

type Id = 'sign-flipped' | 'no-learning-rate' | 'stale-gradient';

const RULE = '\\theta \\leftarrow \\theta - \\eta\\, \\nabla L(\\theta)';
const BOWL = 'L(x, y) = 0.1\\,x^2 + 2\\,y^2,\\quad \\nabla L = (0.2\\,x,\\ 4\\,y)';

/**
 * Runs `steps` steps of `update` on the bowl, each with the gradient at the current point. Each
 * gradient and each point but the last (the answer) is written down: passed through `note`.
 */
function descend(
  start: number[],
  steps: number,
  update: (p: number[], g: number[]) => number[],
  note: Note = identity,
) {
  const path = [start];
  const grads: number[][] = [];
  let p = start;
  for (let i = 0; i < steps; i++) {
    const g = note(engine.ellipticBowlGradient(p));
    grads.push(g);
    p = update(p, g);
    if (i + 1 < steps) p = note(p);
    path.push(p);
  }
  return { path, grads, end: p };
}

/** One gradient-descent step as shown: 0 where θ and ηg cancel up to floating-point noise. */
function shownStep(params: number[], grad: number[], lr: number): number[] {
  return engine
    .sgdStep(params, grad, { lr })
    .map((x, i) => settle(x, Math.max(Math.abs(params[i]), Math.abs(lr * grad[i]))));
}

export const gradientDescent = defineGenerator<Inputs, Id>({
  id: 'gradient-descent',
  topic: 'optimization',
  title: L('경사 하강법', 'Gradient descent'),
  levels: {
    1: L('파라미터 하나, 한 번 업데이트', 'one parameter, one step'),
    2: L('파라미터 세 개, 한 번 업데이트', 'three parameters, one step'),
    3: L('손실에서 기울기를 구하며 세 번 업데이트', 'three steps, gradients from the loss'),
  },
  mistakes: {
    'sign-flipped': {
      name: L('기울기 방향으로 이동', 'Moved along the gradient'),
      explanation: L(
        '기울기는 손실이 가장 빨리 커지는 방향입니다. 반대로 가야 하므로 $\\eta g$를 뺍니다.',
        'The gradient points where the loss grows fastest; step the other way by subtracting $\\eta g$.',
      ),
    },
    'no-learning-rate': {
      name: L('학습률 누락', 'Forgot the learning rate'),
      explanation: L(
        '기울기에 학습률 $\\eta$를 곱한 만큼만 이동합니다.',
        'The step is the gradient times the learning rate $\\eta$.',
      ),
    },
    'stale-gradient': {
      name: L('처음 기울기를 계속 사용', 'Reused the first gradient'),
      explanation: L(
        '스텝마다 새 위치에서 기울기를 다시 계산해야 합니다.',
        'Recompute the gradient at the new point before every step.',
      ),
    },
  },
  draw(rng, level) {
    const lr = rng.pick([0.05, 0.1, 0.2, 0.5]);
    if (level === 1)
      return { params: [rng.decimal(-3, 3, 1)], grad: [rng.away(-4, 4, 1, 0.1)], lr };
    if (level === 2)
      return {
        params: rng.decimals(3, -3, 3, 1),
        grad: rng.decimals(3, -4, 4, 1).map((g) => g || 1),
        lr,
      };
    return {
      params: [rng.away(-5, 5, 1, 0.5), rng.away(-2, 2, 1, 0.2)],
      lr: rng.pick([0.05, 0.1, 0.2]),
      steps: 3,
    };
  },
  build(inp, level) {
    const { lr } = inp;
    const rate = texGiven(lr);
    if (level < 3) {
      const grad = inp.grad as number[];
      const next = engine.sgdStep(inp.params, grad, { lr });
      const shown = shownStep(inp.params, grad, lr);
      const one = level === 1;
      const show = (v: number[]) => (one ? tex(v[0], 6) : texVec(v, 6));
      /** A factor of a product: a negative number in parentheses. */
      const factor = (v: number[]) => (one ? texParen(v[0], 6) : texVec(v, 6));
      const showGiven = (v: number[]) => (one ? given(v[0]) : givenVec(v));
      const gradient = showGiven(grad);
      const params = showGiven(inp.params);
      return {
        value: one ? next[0] : next,
        prompt: L(
          `파라미터 $\\theta = ${params}$에서 손실의 기울기가 $\\nabla L = ${gradient}$입니다. 학습률 $\\eta = ${rate}$로 경사 하강법을 한 번 적용한 뒤의 $\\theta$를 구하세요. ($${RULE}$)`,
          `At $\\theta = ${params}$ the gradient of the loss is $\\nabla L = ${gradient}$. Compute $\\theta$ after one gradient-descent step with learning rate $\\eta = ${rate}$, where $${RULE}$.`,
        ),
        solution: [
          step('업데이트 규칙', 'Update rule', RULE),
          step(
            '대입합니다.',
            'Substitute.',
            `\\theta = ${show(inp.params)} - ${rate} \\times ${factor(grad)} = ${show(shown)}`,
          ),
        ],
        format: one
          ? scalarFormat(L('새 $\\theta$', 'new $\\theta$'))
          : vectorFormat(next.length, L('새 $\\theta$', 'new $\\theta$')),
      };
    }
    const params = givenVec(inp.params);
    const steps = inp.steps as number;
    const run = descend(inp.params, steps, (p, g) => engine.sgdStep(p, g, { lr }));
    return {
      value: run.end,
      prompt: L(
        `손실 $${BOWL}$에서 $\\theta_0 = (x, y) = ${params}$부터 학습률 $\\eta = ${rate}$로 경사 하강법을 ${steps}번 적용한 뒤의 $\\theta_{${steps}}$${josa(`\\theta_{${steps}}`, '을')} 구하세요. 매 스텝 현재 위치에서 기울기를 구합니다.`,
        `On the loss $${BOWL}$, start at $\\theta_0 = (x, y) = ${params}$ and take ${steps} gradient-descent steps with $\\eta = ${rate}$, computing the gradient at the current point each time. Give $\\theta_{${steps}}$.`,
      ),
      solution: [
        step('손실과 기울기', 'Loss and gradient', BOWL),
        ...run.grads.map((g, i) =>
          step(
            `${i + 1}번째 스텝`,
            `Step ${i + 1}`,
            `\\nabla L(\\theta_{${i}}) = ${texVec(g)},\\quad \\theta_{${i + 1}} = ${texVec(run.path[i])} - ${rate} \\times ${texVec(g)} = ${texVec(run.path[i + 1])}`,
          ),
        ),
      ],
      format: vectorFormat(2, L(`$\\theta_{${steps}} = (x, y)$`, `$\\theta_{${steps}} = (x, y)$`)),
    };
  },
  path(inp, level, note) {
    const { lr } = inp;
    if (level < 3) {
      // θ − ηg in one line: nothing in between is written down.
      const next = shownStep(inp.params, inp.grad as number[], lr);
      return level === 1 ? next[0] : next;
    }
    const update = (p: number[], g: number[]) => engine.sgdStep(p, g, { lr });
    return descend(inp.params, inp.steps as number, update, note).end;
  },
  wrong(inp, level) {
    const { lr } = inp;
    if (level < 3) {
      const grad = inp.grad as number[];
      const pack = (v: number[]): AnswerValue => (level === 1 ? v[0] : v);
      return [
        [
          'sign-flipped',
          pack(
            engine.sgdStep(
              inp.params,
              grad.map((g) => -g),
              { lr },
            ),
          ),
        ],
        ['no-learning-rate', pack(engine.sgdStep(inp.params, grad, { lr: 1 }))],
      ];
    }
    const steps = inp.steps as number;
    const g0 = engine.ellipticBowlGradient(inp.params);
    return [
      [
        'sign-flipped',
        descend(inp.params, steps, (p, g) =>
          engine.sgdStep(
            p,
            g.map((x) => -x),
            { lr },
          ),
        ).end,
      ],
      [
        'no-learning-rate',
        descend(inp.params, steps, (p, g) => engine.sgdStep(p, g, { lr: 1 })).end,
      ],
      ['stale-gradient', descend(inp.params, steps, (p) => engine.sgdStep(p, g0, { lr })).end],
    ];
  },
});
