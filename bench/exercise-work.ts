// One exercise's work as the benchmarks time it: generate, then check a right and a wrong answer as the practice page does.

import type { AnswerValue, Level, NumericExercise } from '../lib/exercises';
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

/** A wrong answer of the shape of `value`, typed as a learner types it: no known mistake gives it. */
function wrongText(m: Exercises, value: AnswerValue): string {
  return m.display(m.mapValue(value, (x) => x + 0.3 * Math.abs(x) + 0.7));
}

/**
 * Generates exercise `seed` (level 1–3 in turn) and checks it the way the practice page does, a
 * right answer and a wrong one (which goes through every known mistake before it is called
 * incorrect): a single-answer exercise with `checkAnswer`; a multi-part one with `checkParts`,
 * once with every box right and once with the last box wrong. True when every verdict is as expected.
 */
export function exerciseWork(m: Exercises, g: Generator, seed: number): boolean {
  const level = ((seed % 3) + 1) as Level;
  const ex: NumericExercise = g.generate(seed, level);
  if (!ex.parts) {
    const right = m.checkAnswer(ex, ex.answer.display);
    const wrong = m.checkAnswer(ex, wrongText(m, ex.answer.value));
    return right.status === 'correct' && wrong.status === 'incorrect';
  }
  const answers: Record<string, string> = {};
  for (const part of ex.parts) answers[part.id] = part.answer.display;
  const allRight = m.checkParts(ex, answers);
  const last = ex.parts[ex.parts.length - 1];
  answers[last.id] = wrongText(m, last.answer.value);
  const lastWrong = m.checkParts(ex, answers);
  return ex.parts.every(
    (part) =>
      allRight[part.id]?.status === 'correct' &&
      lastWrong[part.id]?.status === (part === last ? 'incorrect' : 'correct'),
  );
}
