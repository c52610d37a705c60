// Checking a learner's answer: validate the request, regenerate the exercise, check it, store the attempt.

import { recordAttempt, recordPartsAttempt } from '../db/attempts';
import { checkAnswer, checkParts, generatorById, type Level } from '../exercises';
import type { Locale } from '../i18n/locale';
import type { PartOutcome } from '../srs/rating';
import {
  attemptConflict,
  attemptRefusal,
  invalidRequest,
  type Refusal,
  unknownExercise,
} from './errors';
import { currentLearner } from './learner';
import { checkedParts, firstVerdicts, mergeParts, type StoredPart } from './parts-attempt';
import { type CheckView, presentCheck, presentPartCheck } from './present';
import { checkPartsRequestSchema, checkRequestSchema } from './schemas';

/** The exercise a request names, rebuilt from its generator, seed and level. */
function regenerate(request: { generatorId: string; seed: number; level: Level }) {
  const generator = generatorById(request.generatorId);
  if (!generator) return unknownExercise(request.generatorId);
  return {
    ok: true as const,
    generator,
    exercise: generator.generate(request.seed, request.level),
  };
}

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
  const found = regenerate(request);
  if (!found.ok) return found;
  const { generator, exercise } = found;
  const check = checkAnswer(exercise, request.input);
  let stored = false;
  if (check.status !== 'invalid') {
    const { db, learner } = await currentLearner(now);
    try {
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
    } catch (error) {
      return attemptRefusal(error, request.submissionId);
    }
  }
  return { ok: true, view: presentCheck(exercise, check, locale), stored };
}

export type PartsOutcome =
  | {
      ok: true;
      views: Record<string, CheckView>;
      stored: boolean;
      /** Each stored part's first verdict, from the exercise's one attempt (what the rating follows). */
      first: Record<string, PartOutcome>;
    }
  | Refusal;

/**
 * Checks the parts of a multi-part exercise on the server and merges the parts the learner checked
 * (those in `reveal`) into the exercise's one attempt, named by `attemptId`: every part's latest
 * input and verdict and the verdict it got first. Only the verdicts of the parts in `reveal` are
 * answered, so a part's expected value reaches the page only once that part is checked; the other
 * answers count only as the earlier values a part may carry forward. A repeated check (the same
 * `submissionId`) is merged once; unreadable parts are not stored.
 */
export async function submitParts(
  raw: unknown,
  locale: Locale,
  now = new Date(),
): Promise<PartsOutcome> {
  const parsed = checkPartsRequestSchema.safeParse(raw);
  if (!parsed.success) return invalidRequest(parsed.error);
  const request = parsed.data;
  const found = regenerate(request);
  if (!found.ok) return found;
  const { generator, exercise } = found;
  const parts = exercise.parts ?? [];
  const order = parts.map((p) => p.id);
  const checks = checkParts(exercise, request.answers);
  const views: Record<string, CheckView> = {};
  for (const part of parts) {
    const check = checks[part.id];
    if (check && request.reveal.includes(part.id)) {
      views[part.id] = presentPartCheck(part, check, locale);
    }
  }
  const checked = checkedParts(order, checks, request.answers, request.reveal);
  if (checked.length === 0) return { ok: true, views, stored: false, first: {} };
  const { db, learner } = await currentLearner(now);
  let saved: Awaited<ReturnType<typeof recordPartsAttempt>>;
  try {
    saved = await recordPartsAttempt(
      db,
      learner,
      {
        attemptId: request.attemptId,
        submissionId: request.submissionId,
        generatorId: exercise.generatorId,
        topic: generator.topic,
        seed: exercise.seed,
        level: exercise.level,
      },
      (stored) => mergeParts(order, stored, checked),
      now,
    );
  } catch (error) {
    return attemptRefusal(error, request.attemptId);
  }
  if (!saved) return attemptConflict();
  return {
    ok: true,
    views,
    stored: saved.stored,
    first: firstVerdicts(JSON.parse(saved.parts) as StoredPart[]),
  };
}
