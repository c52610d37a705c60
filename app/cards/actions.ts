'use server';
// Server actions of a card's page: suspend, unsuspend, bury, unbury, forget, and undo.
import { revalidatePath } from 'next/cache';
import { applyCardAction, type CardActionOutcome, undoCardAction } from '@/lib/study/card-actions';

/** One form for every change: with an `eventId` it undoes that change, otherwise it applies `action`. */
export async function cardAction(
  _previous: CardActionOutcome | null,
  formData: FormData,
): Promise<CardActionOutcome> {
  const outcome = formData.has('eventId')
    ? await undoCardAction({ eventId: formData.get('eventId') })
    : await applyCardAction({ cardId: formData.get('cardId'), action: formData.get('action') });
  if (outcome.ok) revalidatePath('/', 'layout');
  return outcome;
}
