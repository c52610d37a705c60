// Boundary cases of the study loop's writes: values every valid request may carry are stored on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatorById } from '@/lib/exercises';
import { variantSeed } from '@/lib/srs/skill';
import { createTempDb, type TempDb } from '../helpers/temp-db';

let temp: TempDb;
let study: {
  submitRating: typeof import('@/lib/study/rate').submitRating;
  applyCardAction: typeof import('@/lib/study/card-actions').applyCardAction;
  undoCardAction: typeof import('@/lib/study/card-actions').undoCardAction;
  loadCardPage: typeof import('@/lib/study/cards').loadCardPage;
  submitAnswer: typeof import('@/lib/study/check').submitAnswer;
  submitParts: typeof import('@/lib/study/check').submitParts;
  currentLearner: typeof import('@/lib/study/learner').currentLearner;
};

beforeAll(async () => {
  temp = await createTempDb();
  // The app's shared client reads DATABASE_URL on first use: point it at this test's database.
  process.env.DATABASE_URL = temp.url;
  const [check, learner, rate, cardActions, cards] = await Promise.all([
    import('@/lib/study/check'),
    import('@/lib/study/learner'),
    import('@/lib/study/rate'),
    import('@/lib/study/card-actions'),
    import('@/lib/study/cards'),
  ]);
  study = {
    ...check,
    ...cardActions,
    submitRating: rate.submitRating,
    loadCardPage: cards.loadCardPage,
    currentLearner: learner.currentLearner,
  };
  await study.currentLearner();
});
afterAll(async () => temp.close());

describe('seeds', () => {
  it('stores an answer to an exercise of any seed the review or a link may show, up to 2^32 − 1', async () => {
    // The review's own seeds fill 32 bits: this skill card's next variant is above 2^31.
    expect(variantSeed(1, 1, 0)).toBeGreaterThanOrEqual(2 ** 31);
    const seeds = [2 ** 31 - 1, 2 ** 31, variantSeed(1, 1, 0), 2 ** 32 - 1];
    const sigmoid = generatorById('sigmoid');
    if (!sigmoid) throw new Error('no sigmoid generator');
    for (const [i, seed] of seeds.entries()) {
      const input = sigmoid.generate(seed, 1).answer.display;
      const outcome = await study.submitAnswer(
        { submissionId: `seed-check-${i}`, generatorId: 'sigmoid', seed, level: 1, input },
        'en',
      );
      expect(outcome).toMatchObject({ ok: true, stored: true, view: { status: 'correct' } });
    }
    const { db } = await study.currentLearner();
    const stored = await db.attempt.findMany({ orderBy: { submissionId: 'asc' } });
    expect(stored.map((a) => a.seed)).toEqual(seeds.map(BigInt));
    // And the export gives them back as the numbers they were.
    const { exportProgress } = await import('@/lib/db/transfer-export');
    const { learner } = await study.currentLearner();
    const exported = JSON.parse(JSON.stringify(await exportProgress(db, learner, new Date())));
    expect(exported.attempts.map((a: { seed: number }) => a.seed).sort()).toEqual(
      [...seeds].sort(),
    );
  });

  it('merges the checks of a multi-part exercise whose seed is above 2^31 into its one attempt', async () => {
    const seed = 2 ** 32 - 2;
    const chain = generatorById('backprop-chain')?.generate(seed, 1);
    const [first, second] = chain?.parts ?? [];
    if (!first || !second) throw new Error('backprop-chain has no parts');
    const ref = { generatorId: 'backprop-chain', seed, level: 1, attemptId: 'big-seed-chain' };
    const answers = { [first.id]: first.answer.display, [second.id]: second.answer.display };
    const one = await study.submitParts(
      { ...ref, submissionId: 'big-seed-check-1', answers, reveal: [first.id] },
      'en',
    );
    const two = await study.submitParts(
      { ...ref, submissionId: 'big-seed-check-2', answers, reveal: [second.id] },
      'en',
    );
    expect(one).toMatchObject({ ok: true, stored: true });
    expect(two).toMatchObject({
      ok: true,
      stored: true,
      first: { [first.id]: 'correct', [second.id]: 'correct' },
    });
  });
});

describe('ids past what the database holds', () => {
  // Row ids are 32-bit on PostgreSQL: a larger one is no row of anyone's, and must be answered so.
  const huge = [2 ** 31, 2 ** 40, Number.MAX_SAFE_INTEGER];

  it('are refused with a reason in both languages, and nothing changes', async () => {
    const { db } = await study.currentLearner();
    const before = await db.card.findMany({ orderBy: { id: 'asc' } });
    for (const id of huge) {
      for (const outcome of [
        await study.submitRating({
          submissionId: `huge-${id}`,
          cardId: id,
          rating: 3,
          expectedReps: 0,
        }),
        await study.applyCardAction({ cardId: String(id), action: 'suspend' }),
        await study.undoCardAction({ eventId: String(id) }),
      ]) {
        expect(outcome).toMatchObject({ ok: false });
        if (outcome.ok) continue;
        expect([400, 404]).toContain(outcome.status);
        expect(outcome.error.en).toMatch(/Nothing was (saved|changed)/);
        expect(outcome.error.ko).toMatch(/[가-힣]/);
      }
    }
    expect(await db.card.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
    expect(await db.review.count()).toBe(0);
  });

  it('find no card page (the page answers 404)', async () => {
    for (const id of huge) expect(await study.loadCardPage(id, 'ko')).toBeNull();
  });
});
