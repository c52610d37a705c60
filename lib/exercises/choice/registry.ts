// The choice-exercise generators, in the order of the notes they belong to.

import type { ChoiceGenerator } from '../types';
import { fitDiagnosis } from './fit-diagnosis';
import { gradientFlow } from './gradient-flow';
import { learningRateDiagnosis } from './learning-rate-diagnosis';
import { optimizerPath } from './optimizer-path';
import { outputAndLoss } from './output-and-loss';

export const choiceGenerators: readonly ChoiceGenerator[] = [
  fitDiagnosis,
  learningRateDiagnosis,
  outputAndLoss,
  gradientFlow,
  optimizerPath,
];
