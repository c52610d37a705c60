'use server';
// Server actions of the review queue: rate a card, undo the last rating.
import { revalidatePath } from 'next/cache';
import { type RatingOutcome, submitRating, submitUndo, type UndoOutcome } from '@/lib/study/rate';

export async function rateAction(payload: unknown): Promise<RatingOutcome> {
  const outcome = await submitRating(payload);
  if (outcome.ok) revalidatePath('/review');
  return outcome;
}

export async function undoAction(payload: unknown): Promise<UndoOutcome> {
  const outcome = await submitUndo(payload);
  if (outcome.ok) revalidatePath('/review');
  return outcome;
}
