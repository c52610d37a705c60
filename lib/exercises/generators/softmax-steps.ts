// The softmax as every worked solution writes it out: the exponentials of z − max z, their sum, the quotients.

import * as engine from '../engine';
import { tex, texVec } from '../format';
import type { Note } from '../tolerance';
import { oncePerInputs } from './once';

/**
 * The engine's softmax terms of `z`, once per logits array: an exercise's solution and every run
 * of its band start from the same `z`.
 */
export const softmaxTermsOf = oncePerInputs(engine.softmaxTerms);

/**
 * The softmax of `z` as a learner works it out: the exponentials $e^{z - \max z}$, noted, and the
 * sum of the noted ones, noted, then each exponential divided by the sum. The quotients are not
 * noted here: a caller notes them where the solution goes on from them, not where they are the
 * answer.
 */
export function softmaxWorked(z: number[], note: Note): number[] {
  const exps = note(softmaxTermsOf(z).exps);
  // The sum of the exponentials as written down, added in the engine's order (its sum, unrounded).
  let sum = 0;
  for (const e of exps) sum += e;
  const total = note(sum);
  return exps.map((e) => e / total);
}

/** `softmaxWorked` with the quotients noted too, for a solution that goes on from them. */
export const softmaxNoted = (z: number[], note: Note): number[] => note(softmaxWorked(z, note));

/**
 * The same steps in TeX with the engine's numbers, `z` named `zName` and the result `pName`:
 * $e^{z - \max z} = [\dots],\ \sum = \dots,\ p = \operatorname{softmax}(z) = [\dots]$.
 */
export function softmaxStepsTex(z: number[], zName: string, pName: string): string {
  const { exps, sum, probabilities } = softmaxTermsOf(z);
  return `e^{${zName} - \\max ${zName}} = ${texVec(exps)},\\quad \\sum = ${tex(sum)},\\quad ${pName} = \\operatorname{softmax}(${zName}) = ${texVec(probabilities)}`;
}
