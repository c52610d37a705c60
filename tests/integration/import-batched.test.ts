// A large import (50,000 ratings, many insert batches): every row arrives, the counters match, and a
// failure in the last batch leaves nothing behind.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureLocalLearner, type LearnerRow } from '@/lib/db/learner';
import { exportProgress } from '@/lib/db/transfer-export';
import { importProgress } from '@/lib/db/transfer-restore';
import { createTempDb, type TempDb } from '../helpers/temp-db';

const CARDS = 20;
const REVIEWS_PER_DAY = 100;
const DAY_MS = 86_400_000;
const first = Date.UTC(2024, 0, 1, 9);

/** An export file written by hand: `reviews` ratings, 100 a day, and `attempts` answers, every third correct. */
function exportFile(reviews: number, attempts: number) {
  const iso = (ms: number) => new Date(ms).toISOString();
  const dayOf = (ms: number) => iso(ms).slice(0, 10);
  return {
    app: 'backprop',
    version: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    learner: { timezone: 'UTC', dayStartHour: 0, newPerDay: 20, reviewsPerDay: 200 },
    cards: Array.from({ length: CARDS }, (_, i) => ({
      kind: 'concept',
      itemId: `card-${i}`,
      topic: 'activations',
      position: i,
      suspended: i === 3,
      orphaned: false,
      leech: i === 3,
      buriedUntil: i === 5 ? iso(first + 501 * DAY_MS) : null,
      due: iso(first + 600 * DAY_MS),
      stability: 12.5 + i,
      difficulty: 5.25,
      elapsedDays: 3,
      scheduledDays: 12,
      learningSteps: 0,
      reps: 40,
      lapses: i % 4,
      state: 2,
      lastReview: iso(first + 500 * DAY_MS),
    })),
    reviews: Array.from({ length: reviews }, (_, i) => {
      const at = first + Math.floor(i / REVIEWS_PER_DAY) * DAY_MS + (i % REVIEWS_PER_DAY) * 1000;
      return {
        submissionId: `review-${i}`,
        card: { kind: 'concept', itemId: `card-${i % CARDS}` },
        rating: (i % 4) + 1,
        state: 2,
        due: iso(at + 5 * DAY_MS),
        stability: 1 + (i % 97) / 8,
        difficulty: 1 + (i % 9),
        elapsedDays: i % 30,
        lastElapsedDays: i % 17,
        scheduledDays: i % 60,
        learningSteps: 0,
        reps: Math.floor(i / CARDS),
        lapses: i % 5,
        lastReview: i < CARDS ? null : iso(at - DAY_MS),
        reviewedAt: iso(at),
        day: dayOf(at),
        durationMs: i % 7 === 0 ? null : 1500 + i,
      };
    }),
    attempts: Array.from({ length: attempts }, (_, i) => {
      const at = first + i * 3_600_000;
      return {
        submissionId: `attempt-${i}`,
        generatorId: i % 2 === 0 ? 'sigmoid' : 'softmax',
        topic: 'activations',
        seed: i,
        level: 1 + (i % 3),
        input: `${i / 4}`,
        correct: i % 3 === 0,
        diagnosis: i % 3 === 0 ? null : 'sign',
        createdAt: iso(at),
        day: dayOf(at),
      };
    }),
  };
}

let target: TempDb;
let learner: LearnerRow;

beforeEach(async () => {
  target = await createTempDb();
  learner = await ensureLocalLearner(target.db);
});
afterEach(async () => {
  await target.close();
});

describe('importing a large file in batches', () => {
  it('writes all 50,000 ratings and 3,000 answers, with counters that match', async () => {
    const file = exportFile(50_000, 3_000);
    const result = await importProgress(target.db, learner, file);
    expect(result).toEqual({ ok: true, cards: 20, reviews: 50_000, attempts: 3_000 });

    const db = target.db;
    expect(await db.card.count({ where: { learnerId: learner.id } })).toBe(20);
    expect(await db.review.count({ where: { learnerId: learner.id } })).toBe(50_000);
    expect(await db.attempt.count({ where: { learnerId: learner.id } })).toBe(3_000);

    const days = await db.dailyStat.findMany({ where: { learnerId: learner.id } });
    const reviewDays = days.filter((day) => day.reviews > 0);
    expect(reviewDays).toHaveLength(500);
    expect(reviewDays.every((day) => day.reviews === 100)).toBe(true);
    expect(days.reduce((sum, day) => sum + day.attempts, 0)).toBe(3_000);
    expect(days.reduce((sum, day) => sum + day.correct, 0)).toBe(1_000);
    const skills = await db.skillStat.findMany({
      where: { learnerId: learner.id },
      orderBy: { generatorId: 'asc' },
    });
    expect(
      skills.map(({ generatorId, attempts, correct }) => [generatorId, attempts, correct]),
    ).toEqual([
      ['sigmoid', 1_500, 500],
      ['softmax', 1_500, 500],
    ]);

    // Every value comes back out as it went in: the export of the imported profile is the file.
    const exported = JSON.parse(
      JSON.stringify(await exportProgress(db, learner, new Date('2026-01-01T00:00:00.000Z'))),
    );
    expect(exported.cards).toEqual(file.cards);
    expect(exported.reviews).toEqual(file.reviews);
    expect(exported.attempts.map(({ parts: _p, ...a }: { parts?: unknown }) => a)).toEqual(
      file.attempts,
    );
  }, 300_000);

  it('writes nothing when a row of the last batch is refused by the database', async () => {
    const file = exportFile(3_000, 10);
    // Another learner already holds the submission id of the file's last rating: that insert fails.
    const other = await target.db.learner.create({ data: { name: 'other' } });
    const card = await target.db.card.create({
      data: {
        learnerId: other.id,
        kind: 'concept',
        itemId: 'x',
        topic: 'activations',
        position: 0,
        due: new Date(first),
      },
    });
    await target.db.review.create({
      data: {
        ...file.reviews[2_999],
        card: undefined,
        cardId: card.id,
        learnerId: other.id,
        due: new Date(first),
        reviewedAt: new Date(first),
        lastReview: null,
      },
    });
    // The unique index refuses it, the transaction rolls back, and the import says why.
    expect(await importProgress(target.db, learner, file)).toEqual({
      ok: false,
      refusal: { code: 'taken' },
    });
    expect(await target.db.card.count({ where: { learnerId: learner.id } })).toBe(0);
    expect(await target.db.review.count({ where: { learnerId: learner.id } })).toBe(0);
    expect(await target.db.attempt.count({ where: { learnerId: learner.id } })).toBe(0);
    expect(await target.db.dailyStat.count({ where: { learnerId: learner.id } })).toBe(0);
    const kept = await target.db.learner.findUniqueOrThrow({ where: { id: learner.id } });
    expect(kept.timezone).toBe(learner.timezone);
  }, 120_000);
});
