// "Reschedule cards" against a rating that lands while it works: the rating is never overwritten.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { putInReview } from '../helpers/review-card';
import { createTempDb, type TempDb } from '../helpers/temp-db';

/** Runs once, just before the next write transaction starts (then the transaction runs as usual). */
const before: { next: (() => Promise<unknown>) | null } = { next: null };

vi.mock('@/lib/db/transaction', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/db/transaction')>();
  return {
    ...original,
    writeTransaction: async (...args: Parameters<typeof original.writeTransaction>) => {
      const hook = before.next;
      before.next = null;
      if (hook) await hook();
      return original.writeTransaction(...args);
    },
  };
});

let temp: TempDb;
let lib: {
  submitRating: typeof import('@/lib/study/rate').submitRating;
  currentLearner: typeof import('@/lib/study/learner').currentLearner;
  saveSchedulingSettings: typeof import('@/lib/study/scheduling').saveSchedulingSettings;
  rescheduleCards: typeof import('@/lib/study/scheduling').rescheduleCards;
};

const now = new Date('2026-11-26T10:00:00Z');
const day = 86_400_000;

beforeAll(async () => {
  temp = await createTempDb();
  process.env.DATABASE_URL = temp.url;
  const [rate, learner, scheduling] = await Promise.all([
    import('@/lib/study/rate'),
    import('@/lib/study/learner'),
    import('@/lib/study/scheduling'),
  ]);
  lib = { ...rate, ...scheduling, currentLearner: learner.currentLearner };
  await lib.currentLearner(now);
}, 180_000);
afterAll(async () => temp.close());

describe('rescheduling while a card is rated', () => {
  it('keeps the rating: the card is rescheduled from its state after it, or not at all', async () => {
    const { db, learner } = await lib.currentLearner(now);
    const card = await db.card.findFirstOrThrow({
      where: { learnerId: learner.id, kind: 'concept' },
    });
    const lastReview = new Date(now.getTime() - 20 * day);
    await putInReview(db, card.id, lastReview);
    // A lower retention gives the card a later due date: rescheduling has something to write.
    expect(
      await lib.saveSchedulingSettings({ desiredRetention: '0.8', leechThreshold: '8' }),
    ).toEqual({ ok: true });
    let rating: Awaited<ReturnType<typeof lib.submitRating>> | undefined;
    before.next = async () => {
      rating = await lib.submitRating(
        { submissionId: 'rated-meanwhile', cardId: card.id, rating: 3, expectedReps: 3 },
        now,
      );
    };
    await lib.rescheduleCards(now);
    expect(rating).toMatchObject({ ok: true, duplicate: false });
    const after = await db.card.findUniqueOrThrow({ where: { id: card.id } });
    expect(after.reps).toBe(4);
    expect(after.lastReview?.toISOString()).toBe(now.toISOString());
    // The interval stored is the one from the rating's own review to the due date stored.
    expect(after.scheduledDays).toBe(Math.round((after.due.getTime() - now.getTime()) / day));
    expect(after.due.getTime()).toBeGreaterThan(now.getTime());
  });
});
