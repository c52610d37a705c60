// What server actions and route handlers call, fed malformed payloads: a 4xx refusal with a reason, and not one row changed.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDb, type TempDb } from '../helpers/temp-db';

let temp: TempDb;
let study: {
  submitRating: typeof import('@/lib/study/rate').submitRating;
  submitUndo: typeof import('@/lib/study/rate').submitUndo;
  submitAnswer: typeof import('@/lib/study/check').submitAnswer;
  currentLearner: typeof import('@/lib/study/learner').currentLearner;
  saveSettings: typeof import('@/lib/study/settings').saveSettings;
};

beforeAll(async () => {
  temp = await createTempDb();
  // The app's shared client reads DATABASE_URL on first use: point it at this test's file.
  process.env.DATABASE_URL = temp.url;
  const [rate, check, learner, settings] = await Promise.all([
    import('@/lib/study/rate'),
    import('@/lib/study/check'),
    import('@/lib/study/learner'),
    import('@/lib/study/settings'),
  ]);
  study = { ...rate, ...check, ...settings, currentLearner: learner.currentLearner };
  await study.currentLearner();
});
afterAll(async () => temp.close());

async function rowCounts() {
  const { db } = await study.currentLearner();
  const [cards, reviews, attempts, days, skills] = await Promise.all([
    db.card.findMany({ orderBy: { id: 'asc' } }),
    db.review.count(),
    db.attempt.count(),
    db.dailyStat.count(),
    db.skillStat.count(),
  ]);
  return { cards, reviews, attempts, days, skills };
}

/** Payloads that are not valid requests: anything at all, and near-misses of the real shapes. */
const malformed = fc.oneof(
  fc.anything(),
  fc.record({
    submissionId: fc.oneof(
      fc.string({ maxLength: 7 }),
      fc.constant('has spaces in it'),
      fc.integer(),
    ),
    cardId: fc.oneof(fc.integer({ max: 0 }), fc.double(), fc.string()),
    rating: fc.oneof(fc.integer({ min: 5 }), fc.integer({ max: 0 }), fc.constant('3')),
    expectedReps: fc.oneof(fc.integer({ max: -1 }), fc.constant(null)),
  }),
  fc.record({
    submissionId: fc.uuid(),
    generatorId: fc.oneof(fc.constant('not-a-generator'), fc.constant('__proto__'), fc.integer()),
    seed: fc.oneof(fc.integer({ max: -1 }), fc.double({ noInteger: true }), fc.constant(2 ** 40)),
    level: fc.oneof(fc.integer({ min: 4 }), fc.constant(0), fc.constant('1')),
    input: fc.oneof(fc.string(), fc.integer()),
  }),
);

describe('malformed requests', () => {
  it('are refused with a reason in both languages and change nothing', async () => {
    const before = await rowCounts();
    await fc.assert(
      fc.asyncProperty(malformed, async (payload) => {
        for (const outcome of [
          await study.submitRating(payload),
          await study.submitUndo(payload),
          await study.submitAnswer(payload, 'en'),
        ]) {
          expect(outcome.ok).toBe(false);
          if (!outcome.ok) {
            expect(outcome.status).toBeGreaterThanOrEqual(400);
            expect(outcome.status).toBeLessThan(500);
            expect(outcome.error.en).toMatch(/Nothing was saved|no exercise/);
            expect(outcome.error.ko.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 150 },
    );
    expect(await rowCounts()).toEqual(before);
  });

  it('an answer that is not a number is answered as invalid and not stored', async () => {
    const before = await rowCounts();
    const outcome = await study.submitAnswer(
      { submissionId: 'aaaaaaaa-1', generatorId: 'sigmoid', seed: 1, level: 1, input: 'twelve' },
      'ko',
    );
    expect(outcome).toMatchObject({ ok: true, stored: false, view: { status: 'invalid' } });
    expect(await rowCounts()).toEqual(before);
  });

  it('a rating of a card that does not exist is a 404 and changes nothing', async () => {
    const before = await rowCounts();
    const outcome = await study.submitRating({
      submissionId: 'bbbbbbbb-1',
      cardId: 999_999,
      rating: 3,
      expectedReps: 0,
    });
    expect(outcome).toMatchObject({ ok: false, status: 404 });
    expect(await rowCounts()).toEqual(before);
  });

  it('a valid rating is stored once, however often it is sent', async () => {
    const { db, learner } = await study.currentLearner();
    const card = await db.card.findFirstOrThrow({ where: { learnerId: learner.id } });
    const payload = {
      submissionId: 'cccccccc-1',
      cardId: card.id,
      rating: 3,
      expectedReps: card.reps,
    };
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => study.submitRating(payload)),
    );
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(await db.review.count({ where: { submissionId: 'cccccccc-1' } })).toBe(1);
  });
});

describe('settings', () => {
  it('saves valid settings', async () => {
    const outcome = await study.saveSettings(
      { newPerDay: '5', reviewsPerDay: '50', dayStartHour: '6', timezone: 'Asia/Seoul' },
      'en',
    );
    expect(outcome).toEqual({ ok: true });
    const { learner } = await study.currentLearner();
    expect(learner).toMatchObject({
      newPerDay: 5,
      reviewsPerDay: 50,
      dayStartHour: 6,
      timezone: 'Asia/Seoul',
    });
  });

  it('names each bad field in the learner language and saves nothing', async () => {
    const { learner: before } = await study.currentLearner();
    const outcome = await study.saveSettings(
      { newPerDay: '-1', reviewsPerDay: 'lots', dayStartHour: '24', timezone: 'Mars/Base' },
      'ko',
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(Object.keys(outcome.fieldErrors).sort()).toEqual([
        'dayStartHour',
        'newPerDay',
        'reviewsPerDay',
        'timezone',
      ]);
      expect(outcome.fieldErrors.timezone).toBe('목록에서 시간대를 고르세요.');
    }
    const { learner: after } = await study.currentLearner();
    expect(after).toEqual(before);
  });
});
