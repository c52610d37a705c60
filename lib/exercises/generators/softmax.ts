// Softmax over two to four logits, with the max-subtraction trick on the larger ones.

import * as engine from '../engine';
import { givenVec, tex, texGivenParen, texVec } from '../format';
import { scalarFormat, vectorFormat } from '../messages';
import type { AnswerValue } from '../types';
import { defineGenerator, L, step } from './common';
import { softmaxTermsOf, softmaxWorked } from './softmax-steps';

type Id = 'sigmoid-each' | 'no-exp' | 'no-normalization';

const DEF = '\\operatorname{softmax}(z)_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}';

export const softmax = defineGenerator<{ z: number[] }, Id>({
  id: 'softmax',
  topic: 'activations',
  title: L('소프트맥스', 'Softmax'),
  levels: {
    1: L('클래스 두 개: 확률 하나', 'two classes: one probability'),
    2: L('로짓 세 개', 'three logits'),
    3: L('큰 로짓 네 개', 'four large logits'),
  },
  mistakes: {
    'sigmoid-each': {
      name: L('원소마다 시그모이드', 'Sigmoid of each logit'),
      explanation: L(
        '소프트맥스는 각 로짓을 따로 변환하지 않고 $e^{z_i}$를 전체 합으로 나눕니다. 결과의 합은 1입니다.',
        'Softmax does not squash each logit on its own: it divides $e^{z_i}$ by the sum over all logits, so the results add to 1.',
      ),
    },
    'no-exp': {
      name: L('지수를 취하지 않음', 'Forgot the exponential'),
      explanation: L(
        '로짓을 그대로 합으로 나누었습니다. 먼저 $e^{z_i}$를 구해야 합니다.',
        'You divided the logits by their sum; take $e^{z_i}$ first.',
      ),
    },
    'no-normalization': {
      name: L('정규화하지 않음', 'Not normalized'),
      explanation: L(
        '$e^{z_i}$를 $\\sum_j e^{z_j}$로 나누어야 확률이 됩니다.',
        'Divide $e^{z_i}$ by $\\sum_j e^{z_j}$ to get probabilities.',
      ),
    },
  },
  draw(rng, level) {
    if (level === 1) {
      for (;;) {
        const z = [rng.decimal(-3, 3, 1), rng.decimal(-3, 3, 1)];
        if (z[0] !== z[1]) return { z };
      }
    }
    if (level === 2) {
      for (;;) {
        const z = rng.decimals(3, -2, 3, 1);
        if (new Set(z).size === 3) return { z };
      }
    }
    const base = rng.pick([10, 20, 50, 100]);
    for (;;) {
      const z = rng.decimals(4, base - 2, base + 2, 1);
      if (new Set(z).size === 4) return { z };
    }
  },
  build({ z }, level) {
    const { max: m, shifted, exps, sum: total, probabilities: p } = softmaxTermsOf(z);
    const solution = [
      step('정의', 'Definition', DEF),
      step(
        '최댓값을 뺍니다. 결과는 같고, 지수 함수 값이 오버플로되지 않습니다.',
        'Subtract the maximum: the result is unchanged and no exponential overflows.',
        `z - ${texGivenParen(m)} = ${texVec(shifted, 6)}`,
      ),
      step(
        '지수와 그 합',
        'Exponentials and their sum',
        `e^{z - \\max z} = ${texVec(exps)},\\quad \\sum = ${tex(total)}`,
      ),
      step('합으로 나눕니다.', 'Divide by the sum.', `\\operatorname{softmax}(z) = ${texVec(p)}`),
    ];
    if (level === 1) {
      const logits = givenVec(z);
      return {
        value: p[0],
        prompt: L(
          `두 클래스의 로짓이 $z = ${logits}$입니다. 첫 번째 클래스의 소프트맥스 확률 $p_1$을 구하세요. ($${DEF}$)`,
          `Two classes have logits $z = ${logits}$. Compute the softmax probability $p_1$ of the first class, where $${DEF}$.`,
        ),
        solution: [
          ...solution,
          step(
            '두 클래스에서는 $p_1 = \\sigma(z_1 - z_2)$와 같습니다.',
            'With two classes this equals $p_1 = \\sigma(z_1 - z_2)$.',
            `p_1 = ${tex(p[0])}`,
          ),
        ],
        format: scalarFormat(),
      };
    }
    const logits = givenVec(z);
    return {
      value: p,
      prompt: L(
        `로짓 $z = ${logits}$의 소프트맥스 확률 벡터를 구하세요. ($${DEF}$)`,
        `Compute the softmax probabilities of the logits $z = ${logits}$, where $${DEF}$.`,
      ),
      solution,
      format: vectorFormat(z.length),
    };
  },
  path({ z }, level, note) {
    const p = softmaxWorked(z, note);
    return level === 1 ? p[0] : p;
  },
  wrong({ z }, level) {
    const sum = z.reduce((a, b) => a + b, 0);
    const out: Array<[Id, AnswerValue]> = [
      ['sigmoid-each', z.map(engine.sigmoid)],
      ['no-exp', z.map((zi) => zi / sum)],
      ['no-normalization', z.map(Math.exp)],
    ];
    return level === 1 ? out.map(([id, v]) => [id, (v as number[])[0]]) : out;
  },
});
