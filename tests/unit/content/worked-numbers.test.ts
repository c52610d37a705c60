// Every worked number of the notes and cards, in both languages, against lib/engine: each is listed
// below by concept with the engine call that produces it and the way the note writes it, and every
// decimal a note or card writes must be one of them or a stated input, so a changed note, card or
// engine fails here. The seed notes' own numeric claims are checked where the notes repeat them.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Concept, loadConcepts } from '@/lib/content';
import * as engine from '@/lib/engine';

type Lang = 'ko' | 'en';
const LANGS: Lang[] = ['ko', 'en'];

/** One worked number: what it is, the engine's value, and the text that shows it. */
interface Worked {
  what: string;
  value: number;
  /** The text the note (or the card) writes, made from the engine's value. */
  shows: (value: number) => string | Record<Lang, string>;
  /** A card id: the number is on that card (front or back) instead of in the note. */
  card?: string;
}

/** `x` to `n` decimals, as the notes round. */
const dp = (n: number) => (x: number) => x.toFixed(n);
/** `x` to `n` significant figures, trailing zeros kept. */
const sig = (n: number) => (x: number) => x.toPrecision(n);
/** An exact result (a finite decimal), without floating-point noise. */
const exact = (x: number) => String(Number(x.toPrecision(12)));
/** A vector written `(a,\ b,\ c)`. */
const vec = (xs: number[], f: (x: number) => string) => `(${xs.map(f).join(',\\ ')})`;
/** Thousands written `101{,}770`. */
const thousands = (x: number) => exact(x).replace(/\B(?=(\d{3})+$)/g, '{,}');
/** A number in TeX scientific notation: `9.5 \times 10^{-7}`. */
const sci = (n: number) => (x: number) => {
  const [mant, exp] = x.toExponential(n - 1).split('e');
  return `${mant} \\times 10^{${Number(exp)}}`;
};
const w = (what: string, value: number, shows: Worked['shows'], card?: string): Worked => ({
  what,
  value,
  shows,
  ...(card ? { card } : {}),
});
const each = (what: string, values: number[], shows: Worked['shows']) =>
  values.map((v, i) => w(`${what}[${i}]`, v, shows));

// --- the numbers, by concept ---------------------------------------------------------------------

const mlpX = engine.affine(
  [
    [0.5, -1],
    [1, 1],
  ],
  [1, 2],
  [0, -1],
);
const softmaxZ = engine.softmaxTerms([2, 1, 0.1]);
/**
 * The note writes $e^{z}$ unshifted; the engine's terms are $e^{z - \max z}$, so they are scaled back
 * by $e^{\max z}$ (and tied to the engine's probabilities in the test below).
 */
const expZ = softmaxZ.exps.map((e) => e * Math.exp(softmaxZ.max));
const expSum = softmaxZ.sum * Math.exp(softmaxZ.max);
const cosh2 = 2 / Math.sqrt(engine.tanhDerivative(1)); // e + 1/e, from tanh'(1) = 1/cosh²(1)
const net = {
  x: [1.5],
  W1: [[0.4]],
  b1: [0.2],
  W2: [[0.5]],
  b2: [0.1],
  y: [1],
  activation: 'sigmoid' as const,
  loss: 'mse' as const,
};
const fwd = engine.twoLayerForward(net);
const grads = engine.twoLayerGradients(net);

/** The parameter after each of `steps` updates of a stateful optimizer from 0 with a constant gradient. */
function steps<S>(
  n: number,
  step: (params: number[], state: S | null) => { params: number[]; state: S },
): { moves: number[]; states: S[] } {
  let params = [0];
  let state: S | null = null;
  const moves: number[] = [];
  const states: S[] = [];
  for (let t = 0; t < n; t++) {
    const next = step(params, state);
    moves.push(Math.abs(next.params[0] - params[0]));
    states.push(next.state);
    params = next.params;
    state = next.state;
  }
  return { moves, states };
}
const momentum = steps(3, (p, v: number[] | null) => {
  const r = engine.momentumStep(p, [1], v, { lr: 0.1, momentum: 0.9 });
  return { params: r.params, state: r.velocity };
});
const adagrad = steps(100, (p, G: number[] | null) => {
  const r = engine.adagradStep(p, [2], G, { lr: 0.1 });
  return { params: r.params, state: r.sumSquares };
});
const rmsprop = steps(3, (p, E: number[] | null) => {
  const r = engine.rmspropStep(p, [1], E, { lr: 1 });
  return { params: r.params, state: r.meanSquares };
});
const adamHalf = engine.adamStep([0], [0.5], null, { lr: 1 });
const adamHalfHat = engine.adamBiasCorrection(adamHalf.state, { lr: 1 });
const adamOne = engine.adamStep([0], [1], null, { lr: 1 });
const iterations = engine.trainingIterations(1000, 64, 10);
const dropLast = engine.trainingIterations(1000, 64, 10, true);
const stopping = engine.earlyStopping([0.9, 0.7, 0.62, 0.64, 0.63, 0.65], 3);
const bn = engine.batchNorm([[2], [4], [6], [8]], [1], [0]);
const bnInferenceBatch = [[1], [2], [3], [6]];
const bnRun = engine.batchNormRunningUpdate([0], [1], bnInferenceBatch);
const bnTrain = engine.batchNorm(bnInferenceBatch, [1], [0]);
const bnEvalSix = engine.batchNormEval([[6]], [1], [0], bnRun.runningMean, bnRun.runningVar)[0][0];
const clip = engine.clipGradNorm([30, 40], 5);
const decay = { lr: 0.1, weightDecay: 0.01 };
const sigmoidAt = (x: number) => engine.sigmoid(x);

const WORKED: Record<string, { given: string[]; numbers: Worked[] }> = {
  'machine-learning': {
    given: [],
    numbers: [
      w('MSE of w = 1', engine.meanSquaredError([2, 4], [1, 2]), (v) => `{2} = ${exact(v)}$`),
      w('MSE of w = 2', engine.meanSquaredError([2, 4], [2, 4]), (v) => `$${exact(v)}$`),
    ],
  },
  'deep-learning': {
    given: [],
    numbers: [
      w('784-128-10 parameters', engine.mlpParameterCounts([784, 128, 10]).total, thousands),
    ],
  },
  mlp: {
    given: ['0.5'],
    numbers: [
      w('Wx + b', mlpX[0], () => `= ${vec(mlpX, exact)}$`),
      w('ReLU(Wx + b)', engine.relu(mlpX[0]), () => vec(mlpX.map(engine.relu), exact)),
    ],
  },
  'activation-functions': {
    given: ['0.01'],
    numbers: [
      w('σ(-1)', sigmoidAt(-1), (v) => `$${dp(4)(v)}$`),
      w('tanh(-1)', engine.tanh(-1), (v) => `$${dp(4)(v)}$`),
      w('Leaky ReLU(-1)', engine.leakyRelu(-1), (v) => `$${exact(v)}$`),
    ],
  },
  sigmoid: {
    given: [],
    numbers: [
      w('σ(0)', sigmoidAt(0), (v) => `\\sigma(0) = ${exact(v)}$`),
      w("σ'(0), the maximum", engine.sigmoidDerivative(0), (v) => `$${exact(v)}$`),
      w('1 + e^{-2}', 1 / sigmoidAt(2), (v) => `\\frac{1}{${dp(4)(v)}}`),
      w('σ(2)', sigmoidAt(2), (v) => `\\approx ${dp(4)(v)}$, `),
      w('1 - σ(2)', 1 - sigmoidAt(2), (v) => `\\times ${dp(4)(v)}`),
      w("σ'(2)", engine.sigmoidDerivative(2), (v) => `\\approx ${dp(4)(v)}$.`),
      w(
        "σ'(0) on its card",
        engine.sigmoidDerivative(0),
        (v) => `$${exact(v)}$`,
        'sigmoid-derivative-max',
      ),
      w('σ(0) on its card', sigmoidAt(0), (v) => `\\sigma = ${exact(v)}`, 'sigmoid-derivative-max'),
    ],
  },
  tanh: {
    given: ['0.5'],
    numbers: [
      w('tanh(0)', engine.tanh(0), (v) => `\\tanh(0) = ${exact(v)}$`),
      w('e - 1/e', engine.tanh(1) * cosh2, (v) => `\\frac{${dp(4)(v)}}`),
      w('e + 1/e', cosh2, (v) => `{${dp(4)(v)}} \\approx`),
      w('tanh(1)', engine.tanh(1), (v) => `\\approx ${dp(4)(v)}$`),
      w("tanh'(1)", engine.tanhDerivative(1), (v) => `^2 \\approx ${dp(4)(v)}$`),
      w("tanh'(2)", engine.tanhDerivative(2), (v) => `\\tanh'(2) \\approx ${dp(4)(v)}$`),
      w("tanh'(0), the maximum", engine.tanhDerivative(0), (v) => ({
        ko: `최댓값 ${exact(v)}이다`,
        en: `largest, ${exact(v)}, at`,
      })),
      w(
        "tanh'(2) on its card",
        engine.tanhDerivative(2),
        (v) => `\\tanh'(2) \\approx ${dp(4)(v)}$`,
        'tanh-saturation',
      ),
      w(
        "tanh'(0) on its card",
        engine.tanhDerivative(0),
        (v) => ({ ko: `최댓값은 ${exact(v)}`, en: `peaks at ${exact(v)}` }),
        'tanh-saturation',
      ),
    ],
  },
  'leaky-relu': {
    given: ['0.01'],
    numbers: [
      w('f(2)', engine.leakyRelu(2), (v) => `f(2) = ${exact(v)}$`),
      w('f(-3)', engine.leakyRelu(-3), (v) => `f(-3) = ${exact(v)}$`),
      w("f'(-3)", engine.leakyReluDerivative(-3), (v) => `f'(-3) = ${exact(v)}$`),
      w('ReLU(-3)', engine.relu(-3), (v) => `f(-3) = ${exact(v)}$`),
    ],
  },
  softmax: {
    given: ['0.1'],
    numbers: [
      ...each('e^z', expZ, () => `e^{z} = ${vec(expZ, dp(3))}$`),
      w('Σ e^z', expSum, (v) => `$${dp(3)(v)}$`),
      ...each('softmax(z)', softmaxZ.probabilities, () => vec(softmaxZ.probabilities, dp(3))),
    ],
  },
  'loss-functions': {
    given: ['2.5'],
    numbers: [
      w('|3 - 2.5|', engine.meanAbsoluteError([3], [2.5]), (v) => `$${exact(v)}$`),
      w('(3 - 2.5)²', engine.meanSquaredError([3], [2.5]), (v) => `$${exact(v)}$`),
    ],
  },
  'mean-absolute-error': {
    given: ['-0.5', '2.5'],
    numbers: [
      ...each(
        'absolute errors',
        [3, -0.5, 2, 7].map((y, i) => engine.meanAbsoluteError([y], [[2.5, 0, 2, 8][i]])),
        () =>
          vec(
            [0.5, 0.5, 0, 1].map((_, i) =>
              engine.meanAbsoluteError([[3, -0.5, 2, 7][i]], [[2.5, 0, 2, 8][i]]),
            ),
            exact,
          ),
      ),
      w('MAE', engine.meanAbsoluteError([3, -0.5, 2, 7], [2.5, 0, 2, 8]), (v) => `= ${exact(v)}$`),
      w(
        'MAE with 17',
        engine.meanAbsoluteError([3, -0.5, 2, 7], [2.5, 0, 2, 17]),
        (v) => `$${exact(v)}$`,
      ),
      w('MSE', engine.meanSquaredError([3, -0.5, 2, 7], [2.5, 0, 2, 8]), (v) => `$${exact(v)}$`),
      w(
        'MSE with 17',
        engine.meanSquaredError([3, -0.5, 2, 7], [2.5, 0, 2, 17]),
        (v) => `$${exact(v)}$`,
      ),
    ],
  },
  'mean-squared-error': {
    given: ['-0.5', '2.5'],
    numbers: [
      ...each(
        'squared errors',
        [0, 1, 2, 3].map((i) => engine.meanSquaredError([[3, -0.5, 2, 7][i]], [[2.5, 0, 2, 8][i]])),
        () =>
          vec(
            [0, 1, 2, 3].map((i) =>
              engine.meanSquaredError([[3, -0.5, 2, 7][i]], [[2.5, 0, 2, 8][i]]),
            ),
            exact,
          ),
      ),
      w(
        'sum of squared errors',
        4 * engine.meanSquaredError([3, -0.5, 2, 7], [2.5, 0, 2, 8]),
        (v) => `= ${exact(v)} / 4`,
      ),
      w(
        'MSE',
        engine.meanSquaredError([3, -0.5, 2, 7], [2.5, 0, 2, 8]),
        (v) => `/ 4 = ${exact(v)}$`,
      ),
      w(
        '∂MSE/∂ŷ₄',
        engine.meanSquaredErrorGradient([3, -0.5, 2, 7], [2.5, 0, 2, 8])[3],
        (v) => `(8 - 7) = ${exact(v)}$`,
      ),
      w(
        'MSE with 17',
        engine.meanSquaredError([3, -0.5, 2, 7], [2.5, 0, 2, 17]),
        (v) => `/4 = ${exact(v)}$`,
      ),
    ],
  },
  'binary-cross-entropy': {
    given: ['0.9', '0.1', '0.2'],
    numbers: [
      w('-ln 0.9', engine.binaryCrossEntropy([1], [0.9]), (v) => `-\\ln 0.9 \\approx ${dp(4)(v)}$`),
      w('-ln 0.1', engine.binaryCrossEntropy([0], [0.9]), (v) => `-\\ln 0.1 \\approx ${dp(4)(v)}$`),
      w('-ln 0.8', engine.binaryCrossEntropy([0], [0.2]), (v) => ` + ${dp(4)(v)}}{2}`),
      w(
        'mean of two',
        engine.binaryCrossEntropy([1, 0], [0.9, 0.2]),
        (v) => `\\approx ${dp(4)(v)}$`,
      ),
    ],
  },
  'categorical-cross-entropy': {
    given: ['0.7', '0.2', '0.1', '1.10'],
    numbers: [
      w(
        '-ln 0.7',
        engine.categoricalCrossEntropy([[1, 0, 0]], [[0.7, 0.2, 0.1]]),
        (v) => `-\\ln 0.7 \\approx ${dp(4)(v)}$`,
      ),
      w(
        '-ln 0.2',
        engine.categoricalCrossEntropy([[0, 1, 0]], [[0.7, 0.2, 0.1]]),
        (v) => `-\\ln 0.2 \\approx ${dp(4)(v)}$`,
      ),
      ...each('softmax of the logits', softmaxZ.probabilities, () =>
        vec(softmaxZ.probabilities, dp(3)),
      ),
      w(
        'loss from the logits',
        engine.categoricalCrossEntropy([[1, 0, 0]], [engine.softmax([2, 1, 0.1])]),
        (v) => `\\approx ${dp(4)(v)}$`,
      ),
    ],
  },
  'gradient-descent': {
    given: ['0.1'],
    numbers: [
      w("L'(0)", engine.meanSquaredErrorGradient([3], [0])[0], (v) => `L'(0) = ${exact(v)}$`),
      w('w₁', engine.sgdStep([0], [-6], { lr: 0.1 })[0], (v) => `w_1 = ${exact(v)}$`),
      w("L'(0.6)", engine.meanSquaredErrorGradient([3], [0.6])[0], (v) => `L'(0.6) = ${exact(v)}$`),
      w(
        'w₂',
        engine.sgdStep([0.6], engine.meanSquaredErrorGradient([3], [0.6]), { lr: 0.1 })[0],
        (v) => `w_2 = ${exact(v)}$`,
      ),
    ],
  },
  backpropagation: {
    given: ['1.5', '0.4', '0.2', '0.5', '0.1'],
    numbers: [
      w('z₁', fwd.z1[0], (v) => `= ${exact(v)}$`),
      w('a₁', fwd.a1[0], (v) => `\\sigma(0.8) \\approx ${sig(4)(v)}$`),
      w('ŷ', fwd.z2[0], (v) => `+ 0.1 \\approx ${sig(4)(v)}$`),
      w('L', grads.loss, (v) => `^2 \\approx ${sig(4)(v)}$`),
      w('δ₂', grads.db2[0], (v) => `2(\\hat y - y) \\approx ${sig(4)(v)}$`),
      w('∂L/∂W₂', grads.dW2[0][0], (v) => `\\delta_2 a_1 \\approx ${sig(4)(v)}$`),
      w(
        '∂L/∂a₁',
        engine.transposeTimes(net.W2, grads.db2)[0],
        (v) => `W_2 \\delta_2 \\approx ${sig(4)(v)}$`,
      ),
      w(
        "σ'(z₁)",
        engine.activationDerivative(fwd.z1, 'sigmoid')[0],
        (v) => `a_1(1 - a_1) \\approx ${sig(4)(v)}$`,
      ),
      w('δ₁', grads.db1[0], (v) => `\\delta_1 \\approx ${sig(4)(v)}$`),
      w('∂L/∂W₁', grads.dW1[0][0], (v) => `\\delta_1 x \\approx ${sig(4)(v)}$`),
      w(
        'W₁ after one step',
        engine.sgdMatrixStep(net.W1, grads.dW1, { lr: 0.1 })[0][0],
        (v) => `W_1 \\approx ${sig(4)(v)}$`,
      ),
    ],
  },
  'vanishing-gradient': {
    given: [],
    numbers: [
      w("σ'(0)", engine.sigmoidDerivative(0), (v) => `\\le ${exact(v)}`),
      w("σ'(2)", engine.sigmoidDerivative(2), (v) => `\\sigma'(2) \\approx ${sig(3)(v)}$`),
      w("σ'(5)", engine.sigmoidDerivative(5), (v) => `\\sigma'(5) \\approx ${sig(2)(v)}$`),
      w("σ'(0)¹⁰", engine.sigmoidDerivative(0) ** 10, (v) => `0.25^{10} \\approx ${sci(2)(v)}$`),
    ],
  },
  momentum: {
    given: ['0.9', '0.1'],
    numbers: [
      w(
        'v after three steps',
        momentum.states[2][0],
        () => `v = ${momentum.states.map((s) => exact(s[0])).join(', ')}, \\dots`,
      ),
      w('the limit g/(1-μ)', 1 / (1 - 0.9), (v) => `\\to ${Math.round(v)}$`),
      w('the steps', momentum.moves[2], () => `$${momentum.moves.map(exact).join(', ')}$`),
    ],
  },
  adagrad: {
    given: ['0.01', '0.1'],
    numbers: [
      w(
        'G after four steps',
        adagrad.states[3][0],
        () =>
          `G = ${adagrad.states
            .slice(0, 4)
            .map((s) => exact(s[0]))
            .join(', ')}$`,
      ),
      w(
        'the first four steps',
        adagrad.moves[3],
        () =>
          `= ${adagrad.moves
            .slice(0, 4)
            .map((m) => exact(Number(sig(3)(m))))
            .join(', ')}$`,
      ),
      w('η / 100th step', 0.1 / adagrad.moves[99], (v) => `\\eta/${Math.round(v)}$`),
    ],
  },
  rmsprop: {
    given: ['0.99', '0.01'],
    numbers: [
      w('E[g²] after one step', rmsprop.states[0][0], (v) => `E[g^2] = ${exact(v)}\\,g^2`),
      w('√E[g²] after one step', Math.sqrt(rmsprop.states[0][0]), (v) => `= ${exact(v)}\\,|g|`),
      w('first step / η', rmsprop.moves[0], (v) => `$${Math.round(v)}\\eta$`),
      w('second step / η', rmsprop.moves[1], (v) => `$${sig(3)(v)}\\eta$`),
      w('third step / η', rmsprop.moves[2], (v) => `$${sig(3)(v)}\\eta$`),
    ],
  },
  adam: {
    given: ['0.9', '0.999', '0.5', '0.1', '0.001'],
    numbers: [
      w('m₁', adamHalf.state.m[0], (v) => `m_1 = ${exact(v)}$`),
      w('v₁', adamHalf.state.v[0], (v) => `v_1 = ${exact(v)}$`),
      w('m̂₁', adamHalfHat.mHat[0], (v) => `\\hat m_1 = ${exact(v)}$`),
      w('v̂₁', adamHalfHat.vHat[0], (v) => `\\hat v_1 = ${exact(v)}$`),
      w(
        'uncorrected step',
        adamHalf.state.m[0] / Math.sqrt(adamHalf.state.v[0]),
        (v) => `\\approx ${sig(3)(v)}$`,
      ),
      w(
        'm₁ for g = 1, on its card',
        adamOne.state.m[0],
        (v) => `$${exact(v)}/`,
        'adam-why-correction',
      ),
      w(
        'v₁ for g = 1, on its card',
        adamOne.state.v[0],
        (v) => `\\sqrt{${exact(v)}}$`,
        'adam-why-correction',
      ),
      w(
        'uncorrected step, on its card',
        adamOne.state.m[0] / Math.sqrt(adamOne.state.v[0]),
        (v) => `$${sig(3)(v)}\\eta$`,
        'adam-why-correction',
      ),
    ],
  },
  'mini-batch-iteration-epoch': {
    given: [],
    numbers: [
      w('N / B', 1000 / 64, (v) => `1000/64 = ${exact(v)}$`),
      w('iterations per epoch', iterations.perEpoch, (v) => `**${v}`),
      w('samples in full batches', dropLast.perEpoch * 64, (v) => `${v}`),
      w('the last batch', 1000 - dropLast.perEpoch * 64, (v) => ({
        ko: `마지막 배치는 ${v}개`,
        en: `last batch has ${v}`,
      })),
      w('iterations with drop_last', dropLast.perEpoch, (v) => ({
        ko: `\`drop_last=True\`이면 ${v}번`,
        en: `\`drop_last=True\`, ${v}.`,
      })),
      w(
        'total over ten epochs',
        iterations.total,
        (v) => `$10 \\times ${iterations.perEpoch} = ${v}$`,
      ),
    ],
  },
  'early-stopping': {
    given: ['0.90', '0.70', '0.62', '0.64', '0.63', '0.65'],
    numbers: [
      w('best epoch', stopping?.best ?? Number.NaN, (v) => ({
        ko: `에포크 ${v}의 0.62`,
        en: `0.62 at epoch ${v}`,
      })),
      w('stop epoch', stopping?.stop ?? Number.NaN, (v) => ({
        ko: `에포크 ${v} 후에 멈추고`,
        en: `stops after epoch ${v}`,
      })),
    ],
  },
  dropout: {
    given: ['0.5', '0.1'],
    numbers: each(
      'the output',
      engine.dropout([2, 4, 6, 8], [true, false, true, false], 0.5),
      () => `[${engine.dropout([2, 4, 6, 8], [true, false, true, false], 0.5).join(', ')}]`,
    ),
  },
  'batch-normalization': {
    given: ['0.1'],
    numbers: [
      w('μ_B', bn.mean[0], (v) => `\\mu_B = ${exact(v)}$`),
      w('σ_B²', bn.variance[0], (v) => `/4 = ${exact(v)}$`),
      ...each(
        'x̂',
        bn.y.map((r) => r[0]),
        () => `[${bn.y.map((r) => dp(3)(r[0])).join(', ')}]`,
      ),
    ],
  },
  'batch-normalization-inference': {
    given: ['0.1', '0.99', '0.01', '0.9'],
    numbers: [
      w('μ_B', bnRun.batchMean[0], (v) => `\\mu_B = ${exact(v)}$`),
      w('unbiased variance', bnRun.batchVar[0], (v) => `\\approx ${dp(3)(v)}$`),
      w('running mean', bnRun.runningMean[0], (v) => `= ${exact(v)}$`),
      w('running variance', bnRun.runningVar[0], (v) => `\\approx ${dp(3)(v)}$`),
      w('biased variance', bnTrain.variance[0], (v) => `$${exact(v)}$`),
      w('6 normalized in training', bnTrain.y[3][0], (v) => `$${dp(3)(v)}$`),
      w('6 normalized in evaluation', bnEvalSix, (v) => `\\approx ${dp(3)(v)}$`),
    ],
  },
  'exploding-gradient': {
    given: [],
    numbers: [
      w('‖g‖', clip.norm, (v) => `\\lVert g \\rVert = ${exact(v)}$`),
      w('scale', clip.scale, (v) => `= ${exact(Number(v.toPrecision(4)))}$`),
      w(
        'clipped by norm',
        clip.grad[1],
        () => `[${clip.grad.map((g) => exact(Number(g.toPrecision(4)))).join(', ')}]`,
      ),
      w(
        'clipped by value',
        engine.clipGradValue([30, 40], 5)[0],
        () => `$[${engine.clipGradValue([30, 40], 5).join(', ')}]$`,
      ),
    ],
  },
  'weight-initialization': {
    given: [],
    numbers: [
      w(
        'Xavier uniform bound 100 → 200',
        engine.xavierUniformBound(100, 200),
        (v) => `\\approx ${dp(4)(v)}$`,
      ),
      w('He std for 200 inputs', engine.heNormalStd(200), (v) => `= ${exact(v)}$`),
    ],
  },
  'weight-decay': {
    given: ['0.5', '0.1', '0.01', '0.001'],
    numbers: [
      w(
        'one step with λ',
        engine.sgdWeightDecayStep([2], [0.5], decay)[0],
        (v) => `= ${exact(v)}$`,
      ),
      w('one step without λ', engine.sgdStep([2], [0.5], { lr: 0.1 })[0], (v) => `$${exact(v)}$`),
      w('a zero gradient', engine.sgdWeightDecayStep([2], [0], decay)[0], (v) => `= ${exact(v)}$`),
    ],
  },
};

// --- the checks ----------------------------------------------------------------------------------

const concepts = loadConcepts();
const bySlug = new Map(concepts.map((c) => [c.slug, c]));

function cardText(concept: Concept, id: string, lang: Lang): string {
  const card = concept.cards.find((c) => c.id === id);
  if (!card) throw new Error(`${concept.slug}: no card ${id}`);
  return `${card.front[lang]}\n${card.back[lang]}`;
}

function allText(concept: Concept, lang: Lang): string {
  return [concept.body[lang], ...concept.cards.map((c) => cardText(concept, c.id, lang))].join(
    '\n',
  );
}

/** The decimals a text writes (`0.8808`, `-1.110`), outside HTML character references. */
function decimals(text: string): string[] {
  return [...text.replace(/&#\d+;/g, '').matchAll(/-?\d+\.\d+/g)].map((m) => m[0]);
}

describe('the worked numbers of the notes and cards', () => {
  it('name only concepts that exist', () => {
    for (const slug of Object.keys(WORKED)) expect(bySlug.has(slug), slug).toBe(true);
  });

  it("write softmax's unshifted terms as the engine's probabilities imply", () => {
    for (const [i, e] of expZ.entries()) {
      expect(e / expSum).toBeCloseTo(softmaxZ.probabilities[i], 12);
    }
  });

  for (const [slug, { numbers }] of Object.entries(WORKED)) {
    it.each(LANGS)(`${slug}: every number as the engine gives it (%s)`, (lang) => {
      const concept = bySlug.get(slug) as Concept;
      for (const n of numbers) {
        expect(Number.isFinite(n.value), `${slug}: ${n.what}`).toBe(true);
        const shown = n.shows(n.value);
        const text = typeof shown === 'string' ? shown : shown[lang];
        const where = n.card ? cardText(concept, n.card, lang) : concept.body[lang];
        expect(
          where,
          `${slug}${n.card ? ` card ${n.card}` : ''}: ${n.what} = ${n.value}`,
        ).toContain(text);
      }
    });
  }

  it.each(LANGS)(
    'leave no decimal of a note or card unchecked: each is a worked number or a stated input (%s)',
    (lang) => {
      for (const concept of concepts) {
        const entry = WORKED[concept.slug] ?? { given: [], numbers: [] };
        const shown = entry.numbers
          .map((n) => n.shows(n.value))
          .map((s) => (typeof s === 'string' ? s : s[lang]))
          .join(' ');
        const known = new Set([...entry.given, ...decimals(shown)]);
        for (const d of decimals(allText(concept, lang))) {
          const bare = d.replace(/^-/, '');
          expect(known.has(d) || known.has(bare), `${concept.slug} (${lang}) writes ${d}`).toBe(
            true,
          );
        }
      }
    },
  );
});

describe('the seed notes, where the notes repeat them', () => {
  const seed = fs.readFileSync('content/source/deep-learning-notes.md', 'utf8');
  const note = (slug: string, lang: Lang) => (bySlug.get(slug) as Concept).body[lang];

  it('the sigmoid lies between 0 and 1 and is centered at 0.5', () => {
    expect(seed).toContain('0과1 사이의 값을 가짐');
    expect(seed).toContain('중심이 0.5');
    for (const x of [-30, -1, 0, 1, 30]) {
      expect(engine.sigmoid(x)).toBeGreaterThanOrEqual(0);
      expect(engine.sigmoid(x)).toBeLessThanOrEqual(1);
    }
    expect(engine.sigmoid(0)).toBe(0.5);
    for (const lang of LANGS) expect(note('sigmoid', lang)).toContain('\\sigma(0) = 0.5');
  });

  it('tanh lies between -1 and 1 and is centered at 0', () => {
    expect(seed).toContain('-1과 1사이의 값을 가짐');
    expect(seed).toContain('중심이 0\n');
    for (const x of [-30, -1, 1, 30]) expect(Math.abs(engine.tanh(x))).toBeLessThanOrEqual(1);
    expect(engine.tanh(0)).toBe(0);
    for (const lang of LANGS) expect(note('tanh', lang)).toContain('\\tanh(0) = 0');
  });

  it('ReLU sets values below 0 to 0, and Leaky ReLU keeps a small derivative there', () => {
    expect(seed).toContain('0보다 작은 값을 0으로 설정');
    expect(engine.relu(-2)).toBe(0);
    expect(engine.reluDerivative(-2)).toBe(0);
    expect(engine.leakyReluDerivative(-2)).toBeGreaterThan(0);
    expect(engine.leakyReluDerivative(-2)).toBeLessThan(1);
  });

  it('softmax gives values between 0 and 1 that sum to 1', () => {
    expect(seed).toContain('합이 1인 확률 분포');
    const p = engine.softmax([2, 1, 0.1]);
    expect(p.every((x) => x > 0 && x < 1)).toBe(true);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('sigmoid factors multiplied again and again come close to 0', () => {
    expect(seed).toContain('반복되서 곱해지면 거의 0에 가까운 값이 됨');
    expect(engine.sigmoidDerivative(0) ** 10).toBeLessThan(1e-6);
  });
});
