// Decides whether a typed answer is right, and names the usual mistake when a wrong one matches it.

import { checkChoice } from './choice/check';
import { registry } from './generators/registry';
import { invalid, verdict } from './messages';
import { parseAnswerLike } from './parse';
import { reportBug } from './report';
import { atolAt } from './tolerance';
import type {
  AnswerValue,
  Check,
  Exercise,
  Mistake,
  NumericExercise,
  Part,
  Tolerance,
} from './types';

/** Whether `actual` is a finite number within value `i`'s band of `expected`. */
function near(actual: unknown, expected: number, tol: Tolerance, i: number): boolean {
  return (
    typeof actual === 'number' &&
    Number.isFinite(actual) &&
    Math.abs(actual - expected) <= atolAt(tol, i) + tol.rtol * Math.abs(expected)
  );
}

/**
 * Whether `actual` has the shape of `expected` and every value is within its band (value `i`
 * counted in reading order, rows first), walked in place without copying either value.
 */
export function withinTolerance(
  actual: AnswerValue,
  expected: AnswerValue,
  tol: Tolerance,
): boolean {
  if (typeof expected === 'number') return near(actual, expected, tol, 0);
  if (!Array.isArray(actual) || actual.length !== expected.length) return false;
  let i = 0;
  for (let r = 0; r < expected.length; r++) {
    const e = expected[r];
    const a = actual[r];
    if (typeof e === 'number') {
      if (!near(a, e, tol, i++)) return false;
      continue;
    }
    if (!Array.isArray(a) || a.length !== e.length) return false;
    for (let c = 0; c < e.length; c++) if (!near(a[c], e[c], tol, i++)) return false;
  }
  return true;
}

/** Looks for a known mistake that gives `value`; none when the exercise names no generator. */
function diagnose(exercise: NumericExercise, value: AnswerValue): Mistake | undefined {
  const generator = registry.get(exercise.generatorId);
  if (!generator || generator.kind === 'choice') return undefined;
  // A multi-part exercise's own answer is its last part's.
  for (const candidate of generator.mistakes(exercise, exercise.parts?.at(-1)?.id)) {
    if (withinTolerance(candidate.value, exercise.answer.value, exercise.tolerance)) continue;
    if (withinTolerance(value, candidate.value, exercise.tolerance)) return candidate.mistake;
  }
  return undefined;
}

/**
 * The verdict on a readable answer to an exercise or a part: its message (naming the `mistake`
 * when one explains a wrong answer) and what the learner is shown with it, the expected answer,
 * the exact value and the worked solution.
 */
export function judged(
  item: Pick<NumericExercise | Part, 'answer' | 'solution'>,
  status: 'correct' | 'incorrect',
  mistake?: Mistake,
): Check {
  const expected = item.answer.display;
  const exact = item.answer.value;
  const solution = item.solution;
  if (status === 'correct') {
    return { status, message: { ...verdict.correct }, expected, exact, solution };
  }
  if (!mistake) return { status, message: { ...verdict.incorrect }, expected, exact, solution };
  const message = {
    ko: `${verdict.incorrect.ko}. ${mistake.name.ko}: ${mistake.explanation.ko}`,
    en: `${verdict.incorrect.en}. ${mistake.name.en}: ${mistake.explanation.en}`,
  };
  return { status, message, diagnosis: mistake.id, mistake, expected, exact, solution };
}

/**
 * Checks `input` against `exercise`; never throws. Input that cannot be read is `invalid` with the
 * reason; a fault of the checker or of the exercise is logged and answered `invalid` with
 * `failed: true`, so it is never stored or counted against the learner.
 */
export function checkAnswer(exercise: Exercise, input: string): Check {
  if (exercise?.kind === 'choice') return checkChoice(exercise, input);
  try {
    const parsed = parseAnswerLike(input, exercise.answer.value);
    if (!parsed.ok) return { status: 'invalid', message: parsed.reason };
    if (withinTolerance(parsed.value, exercise.answer.value, exercise.tolerance)) {
      return judged(exercise, 'correct');
    }
    return judged(exercise, 'incorrect', diagnose(exercise, parsed.value));
  } catch (error) {
    reportBug('checkAnswer', error, { generatorId: exercise?.generatorId, input });
    return { status: 'invalid', message: { ...invalid.checkFailed }, failed: true };
  }
}
