// The whole forward and backward pass of a two-layer network, one answer box per quantity.

import * as engine from '../engine';
import { display, given, tex, texMat, texVec } from '../format';
import { matrixFormat, scalarFormat, vectorFormat } from '../messages';
import { Rng, streamSeed } from '../random';
import { quantities, type RunsNote, type RVec } from '../runs';
import {
  identity,
  type Note,
  runPlain,
  runsTolerance,
  snapToZero,
  withPrecision,
} from '../tolerance';
import type {
  AnswerValue,
  DiagnosingGenerator,
  Level,
  Localized,
  Mistake,
  MistakeCandidate,
  NumericExercise,
  Part,
  SolutionStep,
} from '../types';
import { checkLevel, checkSeed, L, step } from './common';
import {
  ACT,
  type Act,
  drawNetwork,
  forwardTex,
  givensTex,
  type Loss,
  lossConvention,
  lossTex,
  type NetInputs,
} from './network';
import { twoLayerRuns } from './network-runs';

export const PART_IDS = [
  'z1',
  'a1',
  'z2',
  'loss',
  'dz2',
  'dW2',
  'da1',
  'dz1',
  'dW1',
  'W1new',
] as const;
export type PartId = (typeof PART_IDS)[number];

/** A two-layer network exercise's numbers and the learning rate of its SGD step. */
export interface ChainInputs extends NetInputs {
  lr: number;
}

/** A part's value as the engine holds it: a vector, a matrix, or the loss. */
type Value = number | number[] | number[][];
export type ChainValues = Record<PartId, Value>;

const vec = (v: Value) => v as number[];
const mat = (v: Value) => v as number[][];

/** Each part: the parts its formula reads, and the formula (intermediate values passed through `note`). */
export const DEPENDS: Record<PartId, readonly PartId[]> = {
  z1: [],
  a1: ['z1'],
  z2: ['a1'],
  loss: ['z2'],
  dz2: ['z2'],
  dW2: ['dz2', 'a1'],
  da1: ['dz2'],
  dz1: ['da1', 'z1'],
  dW1: ['dz1'],
  W1new: ['dW1'],
};

function compute(id: PartId, inp: ChainInputs, up: Partial<ChainValues>, note: Note): Value {
  switch (id) {
    case 'z1':
      return engine.affine(inp.W1, inp.x, inp.b1);
    case 'a1':
      return engine.activate(vec(up.z1 as Value), inp.activation);
    case 'z2':
      return engine.affine(inp.W2, vec(up.a1 as Value), inp.b2);
    case 'loss': {
      const z2 = vec(up.z2 as Value);
      if (inp.loss === 'mse') return engine.networkLoss(z2, inp.y, 'mse');
      const p = note(engine.softmax(z2));
      return -Math.log(p[inp.y.indexOf(1)]);
    }
    case 'dz2': {
      const z2 = vec(up.z2 as Value);
      if (inp.loss === 'mse') return engine.outputDelta(z2, inp.y, 'mse');
      const p = note(engine.softmax(z2));
      return p.map((pk, k) => pk - inp.y[k]);
    }
    case 'dW2':
      return engine.outer(vec(up.dz2 as Value), vec(up.a1 as Value));
    case 'da1':
      return engine.transposeTimes(inp.W2, vec(up.dz2 as Value));
    case 'dz1': {
      const fPrime = note(engine.activationDerivative(vec(up.z1 as Value), inp.activation));
      return engine.hadamard(vec(up.da1 as Value), fPrime);
    }
    case 'dW1':
      return engine.outer(vec(up.dz1 as Value), inp.x);
    case 'W1new':
      return engine.sgdMatrixStep(inp.W1, mat(up.dW1 as Value), { lr: inp.lr });
  }
}

/**
 * Every part in order (the engine's training step), each computed from the earlier parts as `note`
 * returned them: with `note` the identity, the exact values; with rounding, what a careful learner
 * writes down.
 */
export function chain(inp: ChainInputs, note: Note = identity): ChainValues {
  const s = engine.twoLayerSteps(inp, inp.lr, note);
  return {
    z1: s.z1,
    a1: s.a1,
    z2: s.z2,
    loss: s.loss,
    dz2: s.dz2,
    dW2: s.dW2,
    da1: s.da1,
    dz1: s.dz1,
    dW1: s.dW1,
    W1new: s.W1new,
  };
}

/** The value of one part computed from the given upstream values (a learner's own, or the true ones). */
export function partFrom(
  id: PartId,
  inp: ChainInputs,
  up: Partial<ChainValues>,
  note: Note = identity,
): Value {
  const noted: Partial<ChainValues> = {};
  for (const d of DEPENDS[id]) noted[d] = note(up[d] as Value);
  return compute(id, inp, noted, note);
}

/** What a learner types: a single number for a one-element vector or matrix. */
export function present(v: Value): AnswerValue {
  if (typeof v === 'number') return v;
  if (v.length === 1 && typeof v[0] === 'number') return v[0];
  if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return v[0][0];
  return v;
}

/** A typed value back in the engine's shape of `like`. */
export function toEngine(v: AnswerValue, like: Value): Value {
  if (typeof like === 'number') return v as number;
  if (typeof v === 'number') return Array.isArray(like[0]) ? [[v]] : [v];
  return v;
}

// ---------------------------------------------------------------------------------------------
// Mistakes: each slip recomputes one part from the values it read.

export type Slip =
  | 'forgot-mean'
  | 'no-factor-two'
  | 'sign-flipped'
  | 'logits-as-probabilities'
  | 'transposed'
  | 'no-activation-derivative'
  | 'derivative-at-activation'
  | 'update-sign';

const SLIPS: Record<Slip, { name: Localized; explanation: Localized }> = {
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
      '모양을 확인하세요: $\\frac{\\partial L}{\\partial W} = \\delta\\, x^\\top$는 $W$와 같은 모양(행 = 출력 유닛)이고, 오차를 거꾸로 보낼 때는 $W^\\top \\delta$를 씁니다.',
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
      "$f'$은 활성화 이전 값 $z_1$에서 계산합니다. $a_1$을 $f'$에 넣지 마세요 (시그모이드라면 $\\sigma'(z_1) = a_1(1 - a_1)$).",
      "Evaluate $f'$ at the pre-activation $z_1$, not at $a_1$ (for the sigmoid, $\\sigma'(z_1) = a_1(1 - a_1)$).",
    ),
  },
  'update-sign': {
    name: L('갱신 방향이 반대', 'Update in the wrong direction'),
    explanation: L(
      '경사 하강법은 기울기의 반대 방향으로 갑니다: $W_1 \\leftarrow W_1 - \\eta \\frac{\\partial L}{\\partial W_1}$.',
      'Gradient descent steps against the gradient: $W_1 \\leftarrow W_1 - \\eta \\frac{\\partial L}{\\partial W_1}$.',
    ),
  },
};

const catalog: Mistake[] = (Object.keys(SLIPS) as Slip[]).map((id) => ({ id, ...SLIPS[id] }));
const mistakeById = new Map(catalog.map((m) => [m.id, m]));

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
      const z1 = vec(up.z1 as Value);
      const da1 = vec(up.da1 as Value);
      const a1 = engine.activate(z1, inp.activation);
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

// ---------------------------------------------------------------------------------------------
// Drawing the numbers.

const SHAPES: Record<Level, [number, number, number]> = {
  1: [1, 1, 1],
  2: [2, 2, 2],
  3: [2, 2, 2],
};

function draw(rng: Rng, level: Level): ChainInputs {
  const activation: Act =
    level === 1 ? rng.pick(['sigmoid', 'tanh']) : rng.pick(['sigmoid', 'tanh', 'relu']);
  const loss: Loss = level === 3 ? 'cross-entropy' : 'mse';
  const lr = rng.pick([0.1, 0.2, 0.5]);
  // A visible output error (a draw filter, not an answer).
  const network = drawNetwork(
    rng,
    SHAPES[level],
    activation,
    loss,
    (z2, y) => loss !== 'mse' || z2.some((zk, k) => Math.abs(zk - y[k]) >= 0.05),
  );
  return { ...network, lr };
}

// ---------------------------------------------------------------------------------------------
// Text: labels, prompts and the worked solution of each part.

/** A part's quantity in TeX, as its box is labelled. */
export const LABEL: Record<PartId, string> = {
  z1: 'z_1',
  a1: 'a_1',
  z2: 'z_2',
  loss: 'L',
  dz2: '\\delta_2 = \\partial L / \\partial z_2',
  dW2: '\\partial L / \\partial W_2',
  da1: '\\partial L / \\partial a_1',
  dz1: '\\delta_1 = \\partial L / \\partial z_1',
  dW1: '\\partial L / \\partial W_1',
  W1new: 'W_1 - \\eta\\, \\partial L / \\partial W_1',
};

const WHAT: Record<PartId, Localized> = {
  z1: L(
    '은닉층의 활성화 이전 값 $z_1 = W_1 x + b_1$',
    'The hidden pre-activation $z_1 = W_1 x + b_1$',
  ),
  a1: L('은닉층의 활성화 값 $a_1 = f(z_1)$', 'The hidden activation $a_1 = f(z_1)$'),
  z2: L(
    '출력층의 활성화 이전 값 $z_2 = W_2 a_1 + b_2$',
    'The output pre-activation $z_2 = W_2 a_1 + b_2$',
  ),
  loss: L('손실 $L$', 'The loss $L$'),
  dz2: L(
    '출력층의 오차 $\\delta_2 = \\partial L / \\partial z_2$',
    'The output error $\\delta_2 = \\partial L / \\partial z_2$',
  ),
  dW2: L(
    '출력층 가중치의 기울기 $\\partial L / \\partial W_2$',
    "The output weights' gradient $\\partial L / \\partial W_2$",
  ),
  da1: L(
    '은닉층 활성화 값에 대한 기울기 $\\partial L / \\partial a_1$',
    'The gradient at the hidden activation, $\\partial L / \\partial a_1$',
  ),
  dz1: L(
    '은닉층의 오차 $\\delta_1 = \\partial L / \\partial z_1$',
    'The hidden error $\\delta_1 = \\partial L / \\partial z_1$',
  ),
  dW1: L(
    '은닉층 가중치의 기울기 $\\partial L / \\partial W_1$',
    "The hidden weights' gradient $\\partial L / \\partial W_1$",
  ),
  W1new: L(
    '학습률 $\\eta$로 SGD 한 번 갱신한 뒤의 $W_1$',
    '$W_1$ after one SGD step with learning rate $\\eta$',
  ),
};

const ACT_NAME: Record<Act, Localized> = {
  sigmoid: L('시그모이드', 'sigmoid'),
  tanh: L('tanh', 'tanh'),
  relu: L('ReLU', 'ReLU'),
};

function formatOf(value: AnswerValue): Localized {
  if (typeof value === 'number') return scalarFormat();
  if (Array.isArray(value[0])) {
    const m = value as number[][];
    return matrixFormat(
      m.length,
      m[0].length,
      L('행 = 출력 쪽 유닛', 'rows = units of the later layer'),
    );
  }
  return vectorFormat(value.length);
}

const v = (u: Value) =>
  typeof u === 'number'
    ? tex(u)
    : Array.isArray(u[0])
      ? (u as number[][]).length === 1 && (u as number[][])[0].length === 1
        ? tex((u as number[][])[0][0])
        : texMat(u as number[][])
      : (u as number[]).length === 1
        ? tex((u as number[])[0])
        : texVec(u as number[]);

function partSolution(id: PartId, inp: ChainInputs, t: ChainValues): SolutionStep[] {
  const act = ACT[inp.activation];
  const K = inp.y.length;
  switch (id) {
    case 'z1':
      return [step('순전파: 은닉층', 'Forward: hidden layer', `z_1 = W_1 x + b_1 = ${v(t.z1)}`)];
    case 'a1':
      return [step('활성화', 'Activation', `a_1 = ${act.tex}(z_1) = ${v(t.a1)}`)];
    case 'z2':
      return [step('순전파: 출력층', 'Forward: output layer', `z_2 = W_2 a_1 + b_2 = ${v(t.z2)}`)];
    case 'loss': {
      if (inp.loss === 'mse') {
        return [
          step(
            '손실 (평균 제곱 오차, $\\hat y = z_2$)',
            'Loss (mean squared error, $\\hat y = z_2$)',
            `${lossTex('mse', K)} = ${tex(t.loss as number)}`,
          ),
        ];
      }
      const p = engine.softmax(vec(t.z2));
      return [
        step('소프트맥스', 'Softmax', `\\hat y = \\operatorname{softmax}(z_2) = ${v(p)}`),
        step(
          '손실 (정답 클래스의 음의 로그)',
          "Loss (minus the log of the right class's probability)",
          `L = -\\ln \\hat y_{${inp.y.indexOf(1) + 1}} = ${tex(t.loss as number)}`,
        ),
      ];
    }
    case 'dz2': {
      const rule =
        inp.loss === 'mse' ? `${K === 1 ? '2' : `\\tfrac{2}{${K}}`}(\\hat y - y)` : `\\hat y - y`;
      return [
        step(
          '출력층의 오차',
          'Error at the output',
          `\\delta_2 = \\frac{\\partial L}{\\partial z_2} = ${rule} = ${v(t.dz2)}`,
        ),
      ];
    }
    case 'dW2':
      return [
        step(
          '출력층 가중치의 기울기',
          "The output weights' gradient",
          `\\frac{\\partial L}{\\partial W_2} = \\delta_2\\, a_1^\\top = ${v(t.dW2)}`,
        ),
      ];
    case 'da1':
      return [
        step(
          '은닉층으로 역전파',
          'Back to the hidden layer',
          `\\frac{\\partial L}{\\partial a_1} = W_2^\\top \\delta_2 = ${v(t.da1)}`,
        ),
      ];
    case 'dz1': {
      const fPrime = engine.activationDerivative(vec(t.z1), inp.activation);
      return [
        step(
          '활성화 함수의 미분',
          "The activation's derivative",
          `${act.derivative} = ${v(fPrime)}`,
        ),
        step(
          '은닉층의 오차',
          'The hidden error',
          `\\delta_1 = \\frac{\\partial L}{\\partial a_1} \\odot f'(z_1) = ${v(t.dz1)}`,
        ),
      ];
    }
    case 'dW1':
      return [
        step(
          '은닉층 가중치의 기울기',
          "The hidden weights' gradient",
          `\\frac{\\partial L}{\\partial W_1} = \\delta_1\\, x^\\top = ${v(t.dW1)}`,
        ),
      ];
    case 'W1new':
      return [
        step(
          'SGD 한 번',
          'One SGD step',
          `W_1 - \\eta\\, \\frac{\\partial L}{\\partial W_1} = ${v(t.W1new)}`,
        ),
      ];
  }
}

/** Every part's numbers over quantities, in part order: the path the grading band follows. */
function chainRuns(inp: ChainInputs, note: RunsNote): RVec {
  const values = twoLayerRuns(inp, note);
  return PART_IDS.flatMap((id) => quantities(values[id]));
}

function build(seed: number, level: Level, inp: ChainInputs): NumericExercise {
  const truth = chain(inp);
  // Each part's band: every earlier part rounded to 4 significant figures and used downstream.
  const band = runsTolerance((note) => chainRuns(inp, note));
  const atols = band.atols ?? [];
  let offset = 0;
  const parts: Part[] = PART_IDS.map((id) => {
    const raw = present(truth[id]);
    const n = typeof raw === 'number' ? 1 : (raw as (number | number[])[]).flat().length;
    const slice = atols.slice(offset, offset + n);
    offset += n;
    const tolerance = { rtol: band.rtol, atol: Math.max(...slice), atols: slice };
    const value = snapToZero(raw, tolerance);
    return {
      id,
      label: LABEL[id],
      prompt: WHAT[id],
      answerFormat: withPrecision(formatOf(value), value, tolerance),
      answer: { value, display: display(value) },
      tolerance,
      solution: partSolution(id, inp, truth),
    };
  });
  const K = inp.y.length;
  const convention = lossConvention(inp.loss, K);
  const net = forwardTex(inp.activation, inp.loss);
  const givens = `${givensTex(inp)},\\ \\eta = ${given(inp.lr)}`;
  const last = parts[parts.length - 1];
  return {
    generatorId: 'backprop-chain',
    seed,
    level,
    topic: 'backpropagation',
    title: backpropChain.title,
    prompt: L(
      `2층 신경망 $${net}$ (${ACT_NAME[inp.activation].ko})에서 $${givens}$일 때, 순전파와 역전파를 한 단계씩 계산하고 SGD로 $W_1$을 한 번 갱신하세요. ${convention.ko}`,
      `A two-layer network computes $${net}$ (${ACT_NAME[inp.activation].en}). With $${givens}$, work the forward and backward pass part by part and take one SGD step on $W_1$. ${convention.en}`,
    ),
    inputs: inp as unknown as Record<string, unknown>,
    answer: last.answer,
    answerFormat: last.answerFormat,
    tolerance: last.tolerance,
    solution: parts.flatMap((p) => p.solution),
    parts,
  };
}

export const backpropChain: DiagnosingGenerator = {
  id: 'backprop-chain',
  topic: 'backpropagation',
  title: L('역전파 단계별로', 'Backprop, part by part'),
  catalog,
  generate(seed: number, level: Level = 1): NumericExercise {
    checkSeed(seed);
    checkLevel(level);
    const inp = draw(new Rng(streamSeed('backprop-chain', seed, level)), level);
    return build(seed, level, inp);
  },
  /** Every slip of every part, computed from the true values of the parts it reads. */
  mistakes(exercise: NumericExercise): MistakeCandidate[] {
    try {
      const inp = exercise.inputs as unknown as ChainInputs;
      const truth = chain(inp);
      return PART_IDS.flatMap((id) =>
        slips(id, inp, truth).map(([slip, value]) => ({
          mistake: mistakeById.get(slip) as Mistake,
          value: present(value),
          part: id,
        })),
      );
    } catch {
      return [];
    }
  },
  learnerAnswer(exercise: NumericExercise, note: Note): AnswerValue {
    const inp = exercise.inputs as unknown as ChainInputs;
    return present(runPlain((n) => twoLayerRuns(inp, n).W1new, note) as Value);
  },
};
