// Counting an MLP: its weights and biases, and the array shapes of a batched forward pass.

import { mlpBatchShapes, mlpParameterCounts } from '../engine';
import { integerFormat } from '../messages';
import type { AnswerValue } from '../types';
import { defineGenerator, L, step } from './common';

interface Inputs {
  /** Widths of the input, each hidden layer and the output layer. */
  sizes: number[];
  /** Level 3: the number of samples in the batch. */
  batch?: number;
}

type Id =
  | 'no-biases'
  | 'input-biases'
  | 'missed-output-layer'
  | 'transposed-weight'
  | 'transposed-activations';

const INPUTS = [3, 4, 5, 8, 10, 16, 20, 32, 64, 784];
const HIDDEN = [4, 5, 8, 10, 16, 20, 32, 50, 64, 100, 128, 256];
const OUTPUTS = [1, 2, 3, 5, 10];

/** "3 → 8 → 2" */
const widths = (sizes: number[]) => sizes.join(' \\to ');

export const parameterCount = defineGenerator<Inputs, Id>({
  id: 'parameter-count',
  topic: 'foundations',
  title: L('다층 퍼셉트론의 파라미터 수와 배열 크기', 'MLP parameters and shapes'),
  levels: {
    1: L('파라미터 수, 은닉층 하나', 'count parameters, one hidden layer'),
    2: L('파라미터 수, 은닉층 두세 개', 'count parameters, 2–3 hidden layers'),
    3: L('배치가 지날 때의 배열 크기', 'array shapes for a batch'),
  },
  mistakes: {
    'no-biases': {
      name: L('편향을 세지 않음', 'Left out the biases'),
      explanation: L(
        '층마다 출력 뉴런 하나에 편향이 하나씩 있습니다: $n_{l-1} n_l + n_l$.',
        'Every layer has one bias per output unit: $n_{l-1} n_l + n_l$.',
      ),
    },
    'input-biases': {
      name: L('입력층에도 편향을 셈', 'Gave the input layer biases'),
      explanation: L(
        '입력층은 값을 전달할 뿐 가중치도 편향도 없습니다. 편향은 은닉층과 출력층에만 있습니다.',
        'The input layer only passes values on: it has no weights and no biases. Biases belong to the hidden and output layers.',
      ),
    },
    'missed-output-layer': {
      name: L('출력층의 파라미터 누락', 'Left out the output layer'),
      explanation: L(
        '마지막 은닉층에서 출력층으로 가는 가중치와 출력층의 편향도 파라미터입니다.',
        'The weights from the last hidden layer to the output layer, and the output biases, are parameters too.',
      ),
    },
    'transposed-weight': {
      name: L('가중치 행렬의 크기를 뒤집음', 'Weight matrix transposed'),
      explanation: L(
        'PyTorch `nn.Linear`의 가중치는 (출력 수) × (입력 수)이고, 순전파는 $Z = A W^\\top + b$로 계산합니다.',
        'A PyTorch `nn.Linear` weight is (outputs) × (inputs), and the forward pass computes $Z = A W^\\top + b$.',
      ),
    },
    'transposed-activations': {
      name: L('활성화 행렬의 크기를 뒤집음', 'Activations transposed'),
      explanation: L(
        '배치의 샘플이 행입니다: 층 $l$의 활성화는 $B \\times n_l$입니다.',
        'Samples of the batch are rows: layer $l$’s activations are $B \\times n_l$.',
      ),
    },
  },
  draw(rng, level) {
    const hidden = level === 2 ? rng.int(2, 3) : 1;
    const sizes = [
      rng.pick(INPUTS),
      ...rng.many(hidden, () => rng.pick(HIDDEN)),
      rng.pick(OUTPUTS),
    ];
    if (level === 3) {
      for (;;) {
        const batch = rng.pick([8, 16, 32, 64, 100, 128]);
        if (!sizes.includes(batch)) return { sizes, batch };
        sizes[1] = rng.pick(HIDDEN);
      }
    }
    return { sizes };
  },
  build(inp, level) {
    const { sizes } = inp;
    const counts = mlpParameterCounts(sizes);
    if (level === 3) {
      const batch = inp.batch as number;
      const shapes = mlpBatchShapes(sizes, batch);
      const [a1, w2] = [shapes.activations[1], shapes.weights[1]];
      const [x, w1] = [shapes.activations[0], shapes.weights[0]];
      return {
        value: [...a1, ...w2],
        prompt: L(
          `크기가 $${widths(sizes)}$인 다층 퍼셉트론(PyTorch \`nn.Linear\` 두 개)에 샘플 $${batch}$개짜리 배치 $X$를 한 번에 넣습니다. 은닉층의 활성화 $A^{(1)}$과 두 번째 층의 가중치 $W^{(2)}$는 각각 몇 행 몇 열입니까?`,
          `A batch $X$ of $${batch}$ samples goes through an MLP of widths $${widths(sizes)}$ (two PyTorch \`nn.Linear\` layers) at once. How many rows and columns do the hidden activations $A^{(1)}$ and the second layer’s weight $W^{(2)}$ have?`,
        ),
        solution: [
          step(
            '입력: 샘플이 행',
            'Input: samples are rows',
            `X \\in \\mathbb{R}^{${x[0]} \\times ${x[1]}},\\quad W^{(1)} \\in \\mathbb{R}^{${w1[0]} \\times ${w1[1]}}`,
          ),
          step(
            '은닉층: $Z^{(1)} = X W^{(1)\\top} + b^{(1)}$, $A^{(1)} = f(Z^{(1)})$',
            'Hidden layer: $Z^{(1)} = X W^{(1)\\top} + b^{(1)}$, $A^{(1)} = f(Z^{(1)})$',
            `A^{(1)} \\in \\mathbb{R}^{${a1[0]} \\times ${a1[1]}}`,
          ),
          step(
            '두 번째 층의 가중치: (출력 수) × (입력 수)',
            'Second layer’s weight: (outputs) × (inputs)',
            `W^{(2)} \\in \\mathbb{R}^{${w2[0]} \\times ${w2[1]}},\\quad [${a1[0]}, ${a1[1]}, ${w2[0]}, ${w2[1]}]`,
          ),
        ],
        format: integerFormat(
          4,
          L('[A⁽¹⁾의 행, 열, W⁽²⁾의 행, 열]', '[rows, columns of A⁽¹⁾, rows, columns of W⁽²⁾]'),
        ),
        integer: true,
      };
    }
    const layers = counts.weights.map((w, l) =>
      step(
        `${l + 1}번째 층: 가중치 $${sizes[l + 1]} \\times ${sizes[l]}$, 편향 $${sizes[l + 1]}$`,
        `Layer ${l + 1}: weights $${sizes[l + 1]} \\times ${sizes[l]}$, biases $${sizes[l + 1]}$`,
        `${w} + ${counts.biases[l]} = ${w + counts.biases[l]}`,
      ),
    );
    const perLayer = counts.weights.map((w, l) => w + counts.biases[l]);
    return {
      value: counts.total,
      prompt: L(
        `층의 크기가 $${widths(sizes)}$인 완전 연결 다층 퍼셉트론(입력 ${sizes[0]}개, 은닉층 ${sizes.length - 2}개, 출력 ${sizes[sizes.length - 1]}개)의 학습 가능한 파라미터(가중치와 편향)는 모두 몇 개입니까?`,
        `A fully connected MLP has layer widths $${widths(sizes)}$ (${sizes[0]} inputs, ${sizes.length - 2} hidden layer${sizes.length > 3 ? 's' : ''}, ${sizes[sizes.length - 1]} output${sizes[sizes.length - 1] > 1 ? 's' : ''}). How many trainable parameters (weights and biases) does it have?`,
      ),
      solution: [...layers, step('합계', 'Total', `${perLayer.join(' + ')} = ${counts.total}`)],
      format: integerFormat(1, L('파라미터 수', 'parameters')),
      integer: true,
    };
  },
  exact: true,
  wrong(inp, level) {
    const { sizes } = inp;
    if (level === 3) {
      const batch = inp.batch as number;
      const [h, out] = [sizes[1], sizes[2]];
      return [
        ['transposed-weight', [batch, h, h, out]],
        ['transposed-activations', [h, batch, out, h]],
      ];
    }
    const counts = mlpParameterCounts(sizes);
    const weights = counts.weights.reduce((a, b) => a + b, 0);
    const out: Array<[Id, AnswerValue]> = [
      ['no-biases', weights],
      ['input-biases', counts.total + sizes[0]],
      ['missed-output-layer', mlpParameterCounts(sizes.slice(0, -1)).total],
    ];
    return out;
  },
});
