// The usual slips of a backprop chain: each recomputes one part, wrongly, from the values it read.

import * as engine from '../engine';
import {
  type ChainInputs,
  type ChainValues,
  mat,
  type PartId,
  type Value,
  vec,
} from './chain-parts';
import { L, type MistakeDef } from './common';

export type Slip =
  | 'forgot-mean'
  | 'no-factor-two'
  | 'sign-flipped'
  | 'logits-as-probabilities'
  | 'transposed'
  | 'no-activation-derivative'
  | 'derivative-at-activation'
  | 'update-sign';

export const SLIPS: Record<Slip, MistakeDef> = {
  'forgot-mean': {
    name: L('평균의 $1/K$ 누락', 'Forgot the $1/K$ of the mean'),
    explanation: L(
      '평균 제곱 오차는 출력 $K$개의 평균입니다: $L = \\frac{1}{K} \\sum_k (\\hat y_k - y_k)^2$이고 $\\delta_2 = \\frac{2}{K}(\\hat y - y)$입니다.',
      'The mean squared error is a mean over the $K$ outputs: $L = \\frac{1}{K} \\sum_k (\\hat y_k - y_k)^2$ and $\\delta_2 = \\frac{2}{K}(\\hat y - y)$.',
    ),
  },
  'no-factor-two': {
    name: L('MSE 미분의 2 누락', 'Dropped the 2 of the squared error'),
    explanation: L(
      '이 손실에는 $\\tfrac12$이 없으므로 $\\frac{\\partial L}{\\partial \\hat y} = \\frac{2}{K}(\\hat y - y)$입니다.',
      'This loss has no $\\tfrac12$, so $\\frac{\\partial L}{\\partial \\hat y} = \\frac{2}{K}(\\hat y - y)$.',
    ),
  },
  'sign-flipped': {
    name: L('부호가 반대', 'Sign flipped'),
    explanation: L(
      '출력 오차는 $\\hat y - y$ 방향입니다 ($y - \\hat y$가 아님).',
      'The output error points along $\\hat y - y$, not $y - \\hat y$.',
    ),
  },
  'logits-as-probabilities': {
    name: L('소프트맥스 누락', 'Forgot the softmax'),
    explanation: L(
      '교차 엔트로피의 출력 오차는 $\\delta_2 = \\hat y - y$이며 $\\hat y = \\operatorname{softmax}(z_2)$입니다. 로짓 $z_2$를 그대로 쓰지 마세요.',
      'The output error of cross-entropy is $\\delta_2 = \\hat y - y$ with $\\hat y = \\operatorname{softmax}(z_2)$, not the logits $z_2$.',
    ),
  },
  transposed: {
    name: L('행렬을 전치함', 'Transposed matrix'),
    explanation: L(
      '모양을 확인하세요: $\\frac{\\partial L}{\\partial W} = \\delta\\, x^\\top$는 $W$와 같은 모양(행 = 그 층의 출력 뉴런(W₁이면 은닉 뉴런))이고, 오차를 거꾸로 보낼 때는 $W^\\top \\delta$를 씁니다.',
      'Check the shapes: $\\frac{\\partial L}{\\partial W} = \\delta\\, x^\\top$ has the shape of $W$ (rows = output units), and an error is passed back with $W^\\top \\delta$.',
    ),
  },
  'no-activation-derivative': {
    name: L('활성화 함수의 미분 누락', "Left out the activation's derivative"),
    explanation: L(
      "은닉층을 거꾸로 지날 때 $f'(z_1)$을 원소별로 곱해야 합니다: $\\delta_1 = \\frac{\\partial L}{\\partial a_1} \\odot f'(z_1)$.",
      "Going back through the hidden layer multiplies by $f'(z_1)$ elementwise: $\\delta_1 = \\frac{\\partial L}{\\partial a_1} \\odot f'(z_1)$.",
    ),
  },
  'derivative-at-activation': {
    name: L('활성화 값에서 미분을 계산', 'Derivative taken at the activation'),
    explanation: L(
      "$f'$은 활성화 전 값 $z_1$에서 계산합니다. $a_1$을 $f'$에 넣지 마세요 (시그모이드라면 $\\sigma'(z_1) = a_1(1 - a_1)$).",
      "Evaluate $f'$ at the pre-activation $z_1$, not at $a_1$ (for the sigmoid, $\\sigma'(z_1) = a_1(1 - a_1)$).",
    ),
  },
  'update-sign': {
    name: L('업데이트 방향이 반대', 'Update in the wrong direction'),
    explanation: L(
      '경사 하강법은 기울기의 반대 방향으로 갑니다: $W_1 \\leftarrow W_1 - \\eta \\frac{\\partial L}{\\partial W_1}$.',
      'Gradient descent steps against the gradient: $W_1 \\leftarrow W_1 - \\eta \\frac{\\partial L}{\\partial W_1}$.',
    ),
  },
};

const transpose = (m: number[][]) => m[0].map((_, j) => m.map((row) => row[j]));
const square = (m: number[][]) => m.length === m[0].length;

/** The wrong values of a part that each slip gives, computed from the values the part reads. */
export function slips(
  id: PartId,
  inp: ChainInputs,
  up: Partial<ChainValues>,
): Array<[Slip, Value]> {
  const K = inp.y.length;
  switch (id) {
    case 'loss': {
      if (inp.loss !== 'mse' || K === 1) return [];
      return [['forgot-mean', K * engine.networkLoss(vec(up.z2 as Value), inp.y, 'mse')]];
    }
    case 'dz2': {
      const z2 = vec(up.z2 as Value);
      const right = engine.outputDelta(z2, inp.y, inp.loss);
      const out: Array<[Slip, Value]> = [['sign-flipped', right.map((d) => -d)]];
      if (inp.loss === 'mse') {
        out.push(['no-factor-two', right.map((d) => d / 2)]);
        if (K > 1) out.push(['forgot-mean', right.map((d) => d * K)]);
      } else {
        out.push(['logits-as-probabilities', z2.map((zk, k) => zk - inp.y[k])]);
      }
      return out;
    }
    case 'dW2': {
      const m = engine.outer(vec(up.dz2 as Value), vec(up.a1 as Value));
      return square(m) ? [['transposed', transpose(m)]] : [];
    }
    case 'da1':
      return square(inp.W2)
        ? [['transposed', engine.transposeTimes(transpose(inp.W2), vec(up.dz2 as Value))]]
        : [];
    case 'dz1': {
      const da1 = vec(up.da1 as Value);
      // f'(z₁) at a₁ when the way read a₁, else at f(z₁) (waysOf).
      const a1 = up.a1 ? vec(up.a1) : engine.activate(vec(up.z1 as Value), inp.activation);
      return [
        ['no-activation-derivative', da1],
        [
          'derivative-at-activation',
          engine.hadamard(da1, engine.activationDerivative(a1, inp.activation)),
        ],
      ];
    }
    case 'dW1': {
      const m = engine.outer(vec(up.dz1 as Value), inp.x);
      return square(m) ? [['transposed', transpose(m)]] : [];
    }
    case 'W1new': {
      const dW1 = mat(up.dW1 as Value);
      return [['update-sign', inp.W1.map((row, i) => row.map((w, j) => w + inp.lr * dW1[i][j]))]];
    }
    default:
      return [];
  }
}
