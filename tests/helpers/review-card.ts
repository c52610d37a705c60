// Puts a card into review with a 20-day interval from `lastReview`: a card that rescheduling has something to move.
import type { Db } from '@/lib/db/client';

const DAY = 86_400_000;

export async function putInReview(db: Db, cardId: number, lastReview: Date): Promise<void> {
  await db.card.update({
    where: { id: cardId },
    data: {
      state: 2,
      stability: 20,
      difficulty: 5,
      reps: 3,
      lastReview,
      scheduledDays: 20,
      due: new Date(lastReview.getTime() + 20 * DAY),
    },
  });
}
