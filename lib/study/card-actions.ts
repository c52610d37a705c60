// Managing one card: suspend / unsuspend, bury until tomorrow, forget (back to new, keeping its log),
// and undoing any of them. Validated here; the card must be the current learner's own.
import { z } from 'zod';
import { type CardAction, changeCard, undoCardEvent } from '../db/card-events';
import { endOfStudyDay } from '../srs/day';
import { forgetCard } from '../srs/scheduler';
import { cardChangeRefusal, invalidRequest, type Refusal } from './errors';
import { currentLearner } from './learner';
import { rowIdSchema } from './schemas';

export const cardActionSchema = z.strictObject({
  cardId: z.coerce.number().pipe(rowIdSchema),
  action: z.enum(['suspend', 'unsuspend', 'bury', 'unbury', 'forget']),
});

export const cardUndoSchema = z.strictObject({ eventId: z.coerce.number().pipe(rowIdSchema) });

export type CardActionOutcome =
  | { ok: true; action: CardAction | 'undone'; eventId: number | null; cardId: number }
  | Refusal;

export async function applyCardAction(raw: unknown, now = new Date()): Promise<CardActionOutcome> {
  const parsed = cardActionSchema.safeParse(raw);
  if (!parsed.success) return invalidRequest(parsed.error);
  const { cardId, action } = parsed.data;
  const { db, learner } = await currentLearner(now);
  const tomorrow = endOfStudyDay(now, learner.timezone, learner.dayStartHour);
  try {
    const { eventId } = await changeCard(db, learner.id, cardId, action, now, (card) => {
      switch (action) {
        case 'suspend':
          return { suspended: true };
        case 'unsuspend':
          return { suspended: false };
        case 'bury':
          return { buriedUntil: tomorrow };
        case 'unbury':
          return { buriedUntil: null };
        case 'forget':
          return forgetCard(card, now);
      }
    });
    return { ok: true, action, eventId, cardId };
  } catch (error) {
    return cardChangeRefusal(error, cardId);
  }
}

export async function undoCardAction(raw: unknown, now = new Date()): Promise<CardActionOutcome> {
  const parsed = cardUndoSchema.safeParse(raw);
  if (!parsed.success) return invalidRequest(parsed.error);
  const { db, learner } = await currentLearner(now);
  try {
    const { cardId } = await undoCardEvent(db, learner.id, parsed.data.eventId, now);
    return { ok: true, action: 'undone', eventId: null, cardId };
  } catch (error) {
    return cardChangeRefusal(error, null);
  }
}
