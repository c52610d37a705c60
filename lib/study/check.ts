// Checking a learner's answer: validate the request, regenerate the exercise, check it, store the attempt.

import { recordAttempt } from '../db/attempts';
import { checkAnswer, generatorById } from '../exercises';
import type { Locale } from '../i18n/locale';
import { invalidRequest, type Refusal, unknownExercise } from './errors';
import { currentLearner } from './learner';
import { type CheckView, presentCheck } from './present';
import { checkRequestSchema } from './schemas';

export type CheckOutcome = { ok: true; view: CheckView; stored: boolean } | Refusal;

/**
 * Checks an answer on the server. The exercise is rebuilt from its generator, seed and level, so the
 * client never holds the expected value. Invalid input is answered and not stored.
 */
export async function submitAnswer(
  raw: unknown,
  locale: Locale,
  now = new Date(),
): Promise<CheckOutcome> {
  const parsed = checkRequestSchema.safeParse(raw);
  if (!parsed.success) return invalidRequest(parsed.error);
  const request = parsed.data;
  const generator = generatorById(request.generatorId);
  if (!generator) return unknownExercise(request.generatorId);
  const exercise = generator.generate(request.seed, request.level);
  const check = checkAnswer(exercise, request.input);
  let stored = false;
  if (check.status !== 'invalid') {
    const { db, learner } = await currentLearner(now);
    stored = await recordAttempt(
      db,
      learner,
      {
        submissionId: request.submissionId,
        generatorId: exercise.generatorId,
        topic: generator.topic,
        seed: exercise.seed,
        level: exercise.level,
        input: request.input.trim(),
        correct: check.status === 'correct',
        diagnosis: check.diagnosis,
      },
      now,
    );
  }
  return { ok: true, view: presentCheck(exercise, check, locale), stored };
}
