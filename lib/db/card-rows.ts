// Card rows read and written in bulk: the studied cards' scheduling fields (for forecasts and
// rescheduling) and new due dates written back.
import type { CardState } from '../srs/scheduler';
import type { Db } from './client';
import { writeTransaction } from './transaction';

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
  db: Db,
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

/** Writes new due dates (and the intervals they make), in one transaction. */
export async function writeDueDates(
  db: Db,
  learnerId: number,
  dues: { id: number; due: Date; scheduledDays: number }[],
): Promise<void> {
  await writeTransaction(
    db,
    async (tx) => {
      for (const row of dues) {
        await tx.$executeRaw`UPDATE "Card" SET "due" = ${row.due}, "scheduledDays" = ${row.scheduledDays}
        WHERE "id" = ${row.id} AND "learnerId" = ${learnerId}`;
      }
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
