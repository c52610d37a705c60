// Export of a learner's whole progress: cards, every rating and every checked answer, as JSON.
import type { Db } from './client';
import type { LearnerRow } from './learner';
import { EXPORT_APP, EXPORT_VERSION } from './transfer-schema';

/** The learner's progress as a JSON-ready object (dates as ISO strings). */
export async function exportProgress(db: Db, learner: LearnerRow, now: Date) {
  const [cards, reviews, attempts] = await Promise.all([
    db.card.findMany({ where: { learnerId: learner.id }, orderBy: { id: 'asc' } }),
    db.review.findMany({
      where: { learnerId: learner.id },
      orderBy: [{ reviewedAt: 'asc' }, { id: 'asc' }],
      include: { card: { select: { kind: true, itemId: true } } },
    }),
    db.attempt.findMany({
      where: { learnerId: learner.id },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
  ]);
  return {
    app: EXPORT_APP,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    learner: {
      timezone: learner.timezone,
      dayStartHour: learner.dayStartHour,
      newPerDay: learner.newPerDay,
      reviewsPerDay: learner.reviewsPerDay,
    },
    cards: cards.map(({ id: _id, learnerId: _l, createdAt: _c, ...card }) => card),
    reviews: reviews.map(({ id: _id, learnerId: _l, cardId: _c, card, ...review }) => ({
      ...review,
      card,
    })),
    // The ids of the checks merged into a multi-part attempt only spot repeats: they stay here.
    // A seed is stored as a 64-bit integer (bigint); every seed fits a JSON number exactly.
    attempts: attempts.map(({ id: _id, learnerId: _l, submissions: _s, seed, ...attempt }) => ({
      ...attempt,
      seed: Number(seed),
    })),
  };
}
