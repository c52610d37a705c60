// The choice-exercise generators, in the order of the notes they belong to.

import type { ChoiceGenerator } from '../types';
import { fitDiagnosis } from './fit-diagnosis';

export const choiceGenerators: readonly ChoiceGenerator[] = [fitDiagnosis];
