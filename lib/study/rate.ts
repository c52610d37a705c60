// Rating a card and undoing a rating: validate the request, then write in one transaction.
import { recordRating, undoRating } from '../db/reviews';
import { invalidRequest, type Refusal, ratingRefusal, undoRefusal } from './errors';
import { currentLearner } from './learner';
import { ratingRequestSchema, undoRequestSchema } from './schemas';

export type RatingOutcome = { ok: true; duplicate: boolean; due: string } | Refusal;
export type UndoOutcome = { ok: true; undone: boolean } | Refusal;

export async function submitRating(raw: unknown, now = new Date()): Promise<RatingOutcome> {
  const parsed = ratingRequestSchema.safeParse(raw);
  if (!parsed.success) return invalidRequest(parsed.error);
  const { db, learner } = await currentLearner(now);
  try {
    const result = await recordRating(db, learner, parsed.data, now);
    return { ok: true, duplicate: result.duplicate, due: result.due.toISOString() };
  } catch (error) {
    return ratingRefusal(error, parsed.data.cardId);
  }
}

export async function submitUndo(raw: unknown, now = new Date()): Promise<UndoOutcome> {
  const parsed = undoRequestSchema.safeParse(raw);
  if (!parsed.success) return invalidRequest(parsed.error);
  const { db, learner } = await currentLearner(now);
  try {
    return { ok: true, undone: await undoRating(db, learner, parsed.data.submissionId) };
  } catch (error) {
    return undoRefusal(error);
  }
}
