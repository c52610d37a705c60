// Public surface of lib/exercises: the generators, a lookup, generate(), checkAnswer() and the types.

import { choiceGenerators, generators, numericGenerators, registry } from './generators/registry';
import type { AnyGenerator, Exercise, Level } from './types';

export { checkAnswer, withinTolerance } from './check';
export { checkParts } from './check-parts';
export { parseAnswer, parseAnswerLike } from './parse';
export type * from './types';
export { choiceGenerators, generators, numericGenerators };

/** The generator with this id, if any. */
export function generatorById(id: string): AnyGenerator | undefined {
  return registry.get(id);
}

/** Generates one exercise; throws a RangeError for an unknown id, a bad seed or a bad level. */
export function generate(generatorId: string, seed: number, level: Level = 1): Exercise {
  const generator = registry.get(generatorId);
  if (!generator) throw new RangeError(`unknown exercise generator "${generatorId}"`);
  return generator.generate(seed, level);
}
