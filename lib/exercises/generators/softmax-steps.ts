// The softmax as every worked solution writes it out: the exponentials of z − max z, their sum, the quotients.

import * as engine from '../engine';
import { tex, texVec } from '../format';
import type { Note } from '../tolerance';

/**
 * The softmax of `z` as a learner works it out: the exponentials $e^{z - \max z}$ and their sum,
 * each noted, then each exponential divided by the sum (noted too, since the solution shows it).
 */
export function softmaxNoted(z: number[], note: Note): number[] {
  const terms = engine.softmaxTerms(z);
  const exps = note(terms.exps);
  const total = note(terms.sum);
  return note(exps.map((e) => e / total));
}

/**
 * The same steps in TeX with the engine's numbers, `z` named `zName` and the result `pName`:
 * $e^{z - \max z} = [\dots],\ \sum = \dots,\ p = \operatorname{softmax}(z) = [\dots]$.
 */
export function softmaxStepsTex(z: number[], zName: string, pName: string): string {
  const { exps, sum, probabilities } = engine.softmaxTerms(z);
  return `e^{${zName} - \\max ${zName}} = ${texVec(exps)},\\quad \\sum = ${tex(sum)},\\quad ${pName} = \\operatorname{softmax}(${zName}) = ${texVec(probabilities)}`;
}
