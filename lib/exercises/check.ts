// Decides whether a typed answer is right, and names the usual mistake when a wrong one matches it.

import { registry } from './generators/registry';
import { invalid, verdict } from './messages';
import { parseAnswerLike } from './parse';
import type { AnswerValue, Check, Exercise, Mistake, Tolerance } from './types';

/** Whether `actual` has the shape of `expected` and every value is within the tolerance. */
export function withinTolerance(
  actual: AnswerValue,
  expected: AnswerValue,
  tol: Tolerance,
): boolean {
  if (typeof expected === 'number') {
    return (
      typeof actual === 'number' &&
      Number.isFinite(actual) &&
      Math.abs(actual - expected) <= tol.atol + tol.rtol * Math.abs(expected)
    );
  }
  if (!Array.isArray(actual) || actual.length !== expected.length) return false;
  for (let i = 0; i < expected.length; i++) {
    if (!withinTolerance(actual[i], expected[i], tol)) return false;
  }
  return true;
}

function diagnose(exercise: Exercise, value: AnswerValue): Mistake | undefined {
  const generator = registry.get(exercise.generatorId);
  if (!generator) return undefined;
  for (const candidate of generator.mistakes(exercise)) {
    if (withinTolerance(candidate.value, exercise.answer.value, exercise.tolerance)) continue;
    if (withinTolerance(value, candidate.value, exercise.tolerance)) return candidate.mistake;
  }
  return undefined;
}

/** Checks `input` against `exercise`; never throws. */
export function checkAnswer(exercise: Exercise, input: string): Check {
  try {
    const parsed = parseAnswerLike(input, exercise.answer.value);
    if (!parsed.ok) return { status: 'invalid', message: parsed.reason };
    const shown = {
      expected: exercise.answer.display,
      exact: exercise.answer.value,
      solution: exercise.solution,
    };
    if (withinTolerance(parsed.value, exercise.answer.value, exercise.tolerance)) {
      return { status: 'correct', message: { ...verdict.correct }, ...shown };
    }
    const mistake = diagnose(exercise, parsed.value);
    if (!mistake) return { status: 'incorrect', message: { ...verdict.incorrect }, ...shown };
    return {
      status: 'incorrect',
      message: {
        ko: `${verdict.incorrect.ko}. ${mistake.name.ko}: ${mistake.explanation.ko}`,
        en: `${verdict.incorrect.en}. ${mistake.name.en}: ${mistake.explanation.en}`,
      },
      diagnosis: mistake.id,
      mistake,
      ...shown,
    };
  } catch {
    return { status: 'invalid', message: { ...invalid.unreadable } };
  }
}
