// Every generator, in the order the notes teach them, and a lookup by id.

import { choiceGenerators } from '../choice/registry';
import type { AnyGenerator, DiagnosingGenerator } from '../types';
import { sigmoid, sigmoidDerivative, tanh } from './activations';
import { adagrad } from './adagrad';
import { adam } from './adam';
import { backprop } from './backprop';
import { backpropChain } from './backprop-chain';
import { batchNorm } from './batch-norm';
import { batchNormInference } from './batch-norm-inference';
import { binaryCrossEntropy, categoricalCrossEntropy } from './cross-entropy';
import { dropout } from './dropout';
import { earlyStoppingGenerator } from './early-stopping';
import { epochsIterations } from './epochs-iterations';
import { gradientDescent } from './gradient-descent';
import { lossGradient } from './loss-gradient';
import { momentum } from './momentum';
import { parameterCount } from './parameter-count';
import { mae, mse } from './regression';
import { leakyRelu, relu } from './relu';
import { rmsprop } from './rmsprop';
import { softmax } from './softmax';
import { vanishingGradient } from './vanishing-gradient';

/** The generators of numeric exercises (an answer to type, checked within a tolerance). */
export const numericGenerators: readonly DiagnosingGenerator[] = [
  parameterCount,
  sigmoid,
  tanh,
  relu,
  leakyRelu,
  softmax,
  sigmoidDerivative,
  mae,
  mse,
  binaryCrossEntropy,
  categoricalCrossEntropy,
  gradientDescent,
  momentum,
  adagrad,
  rmsprop,
  adam,
  lossGradient,
  backprop,
  backpropChain,
  vanishingGradient,
  dropout,
  batchNorm,
  batchNormInference,
  earlyStoppingGenerator,
  epochsIterations,
];

/** Every generator: the numeric ones, then the choice ones. */
export const generators: readonly AnyGenerator[] = [...numericGenerators, ...choiceGenerators];

export { choiceGenerators };

export const registry: ReadonlyMap<string, AnyGenerator> = new Map(
  generators.map((g) => [g.id, g]),
);
