// Card rows read and written in bulk: the studied cards' scheduling fields (for forecasts), and
// their rescheduling, read and written back in one transaction.
import type { CardState } from '../srs/scheduler';
import type { Db } from './client';
import { type Tx, writeTransaction } from './transaction';

/** Selects a card's FSRS scheduling fields, the shape of `CardState`. */
export const cardStateSelect = {
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const satisfies Record<keyof CardState, true>;

/** The scheduling fields of every studied card that is not suspended. */
export async function fetchStudiedStates(
  db: Db | Tx,
  learnerId: number,
): Promise<(CardState & { id: number })[]> {
  const rows = await db.card.findMany({
    where: { learnerId, suspended: false, state: { not: 0 } },
    select: { id: true, ...cardStateSelect },
  });
  return rows;
}

/** New cards waiting (not suspended). */
export function countNewCards(db: Db, learnerId: number): Promise<number> {
  return db.card.count({ where: { learnerId, suspended: false, state: 0 } });
}

/** A studied card's new due date and the interval it makes. */
export interface DueChange {
  id: number;
  due: Date;
  scheduledDays: number;
}

/**
 * Gives the learner's studied cards new due dates in one transaction: `plan` gets their states as
 * read inside it, after the learner's write lock, so a rating cannot land between the read and the
 * write and be overwritten; it returns the changes to write. Returns how many were written.
 */
export async function rescheduleStudiedCards(
  db: Db,
  learnerId: number,
  plan: (cards: (CardState & { id: number })[]) => DueChange[],
): Promise<number> {
  return writeTransaction(
    db,
    async (tx) => {
      const changes = plan(await fetchStudiedStates(tx, learnerId));
      for (const row of changes) {
        await tx.$executeRaw`UPDATE "Card" SET "due" = ${row.due}, "scheduledDays" = ${row.scheduledDays}
        WHERE "id" = ${row.id} AND "learnerId" = ${learnerId}`;
      }
      return changes.length;
    },
    { learnerId },
  );
}

/** The learner's concept cards (not copies) with their ratings, oldest first, for an Anki export. */
export function fetchConceptCardsWithReviews(db: Db, learnerId: number) {
  return db.card.findMany({
    where: { learnerId, kind: 'concept', NOT: { itemId: { contains: '#' } } },
    include: { reviews: { orderBy: [{ reviewedAt: 'asc' }, { id: 'asc' }] } },
  });
}
