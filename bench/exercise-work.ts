// One exercise's work as the benchmarks time it: generate, check the displayed and a wrong answer, and every part.

import type { Level, NumericExercise } from '../lib/exercises';
import type { display } from '../lib/exercises/format';
import type { mapValue } from '../lib/exercises/tolerance';

/** `lib/exercises` as the benchmarks load it, compiled, with the two helpers they need. */
export type Exercises = typeof import('../lib/exercises') & {
  display: typeof display;
  mapValue: typeof mapValue;
};

/** The module source `compiled` bundles into `Exercises`. */
export const EXERCISES_SOURCE = `export * from './lib/exercises';
export { display } from './lib/exercises/format';
export { mapValue } from './lib/exercises/tolerance';`;

type Generator = Exercises['numericGenerators'][number];

/**
 * Generates exercise `seed` (level 1–3 in turn) and checks it: the displayed answer, a wrong one
 * (which goes through every known mistake before it is called incorrect) and, for a multi-part
 * exercise, every box answered. True when every verdict is as expected.
 */
export function exerciseWork(m: Exercises, g: Generator, seed: number): boolean {
  const level = ((seed % 3) + 1) as Level;
  const ex: NumericExercise = g.generate(seed, level);
  const right = m.checkAnswer(ex, ex.answer.display);
  const wrong = m.checkAnswer(
    ex,
    m.display(m.mapValue(ex.answer.value, (x) => x + 0.3 * Math.abs(x) + 0.7)),
  );
  const partsRight = ex.parts
    ? Object.values(
        m.checkParts(ex, Object.fromEntries(ex.parts.map((p) => [p.id, p.answer.display]))),
      ).every((c) => c.status === 'correct')
    : true;
  return right.status === 'correct' && wrong.status === 'incorrect' && partsRight;
}
