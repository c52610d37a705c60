// Rating a card and undoing a rating: validate the request, then write in one transaction.
import type { Db } from '../db/client';
import type { LearnerRow } from '../db/learner';
import { type RatingRequest, type RatingResult, recordRating, undoRating } from '../db/reviews';
import { ratingStep, undoStep } from '../srs/review-step';
import { configOf } from '../srs/scheduler';
import { invalidRequest, type Refusal, ratingRefusal, undoRefusal } from './errors';
import { currentLearner } from './learner';
import { fitWhenDue } from './optimize';
import { ratingRequestSchema, undoRequestSchema } from './schemas';

export type RatingOutcome = { ok: true; duplicate: boolean; due: string; leech: boolean } | Refusal;
export type UndoOutcome = { ok: true; undone: boolean } | Refusal;

/** Stores a rating once: the FSRS step and the learner's study day, written in one transaction. */
export function applyRating(
  db: Db,
  learner: LearnerRow,
  request: RatingRequest,
  now: Date,
): Promise<RatingResult> {
  return recordRating(db, learner.id, request, (card) =>
    ratingStep(card, request.rating, now, learner, {
      config: configOf(learner),
      leechThreshold: learner.leechThreshold,
    }),
  );
}

/** Takes back the learner's latest rating; false when it is gone already. */
export function applyUndo(db: Db, learner: LearnerRow, submissionId: string): Promise<boolean> {
  return undoRating(db, learner.id, submissionId, undoStep);
}

export async function submitRating(raw: unknown, now = new Date()): Promise<RatingOutcome> {
  const parsed = ratingRequestSchema.safeParse(raw);
  if (!parsed.success) return invalidRequest(parsed.error);
  const { db, learner } = await currentLearner(now);
  try {
    const result = await applyRating(db, learner, parsed.data, now);
    if (!result.duplicate) {
      // The fit runs in the background; the rating never waits for it.
      void fitWhenDue(db, learner).catch(() => {});
    }
    return {
      ok: true,
      duplicate: result.duplicate,
      due: result.due.toISOString(),
      leech: result.leech,
    };
  } catch (error) {
    return ratingRefusal(error, parsed.data.cardId, parsed.data.submissionId);
  }
}

export async function submitUndo(raw: unknown, now = new Date()): Promise<UndoOutcome> {
  const parsed = undoRequestSchema.safeParse(raw);
  if (!parsed.success) return invalidRequest(parsed.error);
  const { db, learner } = await currentLearner(now);
  try {
    return { ok: true, undone: await applyUndo(db, learner, parsed.data.submissionId) };
  } catch (error) {
    return undoRefusal(error, parsed.data.submissionId);
  }
}
