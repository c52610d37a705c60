// Shared mode, two learners on one database: every use case behind a server action and every JSON
// route takes the learner from the session; the other's card ids, change ids and submission ids get
// 404, the other's export is not given, and not one of the other's rows changes.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTempDb, type TempDb } from '../helpers/temp-db';

/** Who the mocked session says is signed in (null: nobody). */
const session = vi.hoisted(() => ({ user: null as { id: string; email: string } | null }));

vi.mock('@/lib/auth/session', () => ({
  sessionUser: async () => session.user,
  currentSessionUser: async () => session.user,
}));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined }),
}));

let temp: TempDb;
let lib: {
  currentLearner: typeof import('@/lib/study/learner').currentLearner;
  submitRating: typeof import('@/lib/study/rate').submitRating;
  submitUndo: typeof import('@/lib/study/rate').submitUndo;
  submitAnswer: typeof import('@/lib/study/check').submitAnswer;
  submitParts: typeof import('@/lib/study/check').submitParts;
  applyCardAction: typeof import('@/lib/study/card-actions').applyCardAction;
  undoCardAction: typeof import('@/lib/study/card-actions').undoCardAction;
  loadCardPage: typeof import('@/lib/study/cards').loadCardPage;
  listCards: typeof import('@/lib/study/cards').listCards;
  saveSettings: typeof import('@/lib/study/settings').saveSettings;
  saveSchedulingSettings: typeof import('@/lib/study/scheduling').saveSchedulingSettings;
  rescheduleCards: typeof import('@/lib/study/scheduling').rescheduleCards;
  exportRoute: typeof import('@/app/api/export/route').GET;
  reviewsRoute: typeof import('@/app/api/reviews/route').POST;
  importRoute: typeof import('@/app/api/import/route').POST;
  generatorById: typeof import('@/lib/exercises').generatorById;
};

const alice = { id: 'user-alice', email: 'alice@example.org' };
const bob = { id: 'user-bob', email: 'bob@example.org' };
const now = new Date('2026-11-26T10:00:00Z');

/** Alice's learned state, as read after she studied. */
let aliceCardId: number;
let aliceRatingId: string;
let aliceAttemptId: string;
let aliceChainAttemptId: string;
let aliceEventId: number;

async function as<T>(user: typeof alice, work: () => Promise<T>): Promise<T> {
  session.user = user;
  try {
    return await work();
  } finally {
    session.user = null;
  }
}

/** Every row of one account's learner, so a comparison shows whether anything of it changed. */
async function snapshot(userId: string) {
  const db = temp.db;
  const learner = await db.learner.findUniqueOrThrow({ where: { userId } });
  const where = { learnerId: learner.id };
  const [cards, reviews, attempts, days, skills, events, fits] = await Promise.all([
    db.card.findMany({ where, orderBy: { id: 'asc' } }),
    db.review.findMany({ where, orderBy: { id: 'asc' } }),
    db.attempt.findMany({ where, orderBy: { id: 'asc' } }),
    db.dailyStat.findMany({ where, orderBy: { day: 'asc' } }),
    db.skillStat.findMany({ where, orderBy: { generatorId: 'asc' } }),
    db.cardEvent.findMany({ where, orderBy: { id: 'asc' } }),
    db.parameterFit.findMany({ where, orderBy: { id: 'asc' } }),
  ]);
  return { learner, cards, reviews, attempts, days, skills, events, fits };
}

function jsonRequest(path: string, body: unknown): Request {
  return new Request(`http://127.0.0.1:3000${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', host: '127.0.0.1:3000' },
    body: JSON.stringify(body),
  });
}

beforeAll(async () => {
  temp = await createTempDb();
  process.env.DATABASE_URL = temp.url;
  process.env.BACKPROP_MODE = 'shared';
  process.env.AUTH_SECRET = 'a-test-secret-that-is-long-enough-for-shared-mode';
  const [learner, rate, check, cardActions, cards, settings, scheduling, exp, rev, imp, ex] =
    await Promise.all([
      import('@/lib/study/learner'),
      import('@/lib/study/rate'),
      import('@/lib/study/check'),
      import('@/lib/study/card-actions'),
      import('@/lib/study/cards'),
      import('@/lib/study/settings'),
      import('@/lib/study/scheduling'),
      import('@/app/api/export/route'),
      import('@/app/api/reviews/route'),
      import('@/app/api/import/route'),
      import('@/lib/exercises'),
    ]);
  lib = {
    ...learner,
    ...rate,
    ...check,
    ...cardActions,
    ...cards,
    ...settings,
    ...scheduling,
    exportRoute: exp.GET,
    reviewsRoute: rev.POST,
    importRoute: imp.POST,
    generatorById: ex.generatorById,
  };
  for (const user of [alice, bob]) {
    await temp.db.user.create({ data: { id: user.id, email: user.email, name: user.email } });
  }

  // Alice studies: a rating, a checked answer, a multi-part answer, a suspended card, her settings.
  await as(alice, async () => {
    const { db, learner: row } = await lib.currentLearner(now);
    const card = await db.card.findFirstOrThrow({
      where: { learnerId: row.id, kind: 'concept' },
      orderBy: { position: 'asc' },
    });
    aliceCardId = card.id;
    aliceRatingId = 'alice-rating-0001';
    const rated = await lib.submitRating(
      { submissionId: aliceRatingId, cardId: card.id, rating: 3, expectedReps: 0 },
      now,
    );
    expect(rated.ok).toBe(true);
    const relu = lib.generatorById('relu');
    if (!relu) throw new Error('no relu generator');
    const exercise = relu.generate(7, 1);
    aliceAttemptId = 'alice-answer-0001';
    const checked = await lib.submitAnswer(
      {
        submissionId: aliceAttemptId,
        generatorId: 'relu',
        seed: 7,
        level: 1,
        input: exercise.answer.display,
      },
      'en',
      now,
    );
    expect(checked.ok && checked.stored).toBe(true);
    const chain = lib.generatorById('backprop-chain')?.generate(3, 1);
    const part = chain?.parts?.[0];
    if (!part) throw new Error('backprop-chain has no parts');
    aliceChainAttemptId = 'alice-chain-0001';
    const parts = await lib.submitParts(
      {
        attemptId: aliceChainAttemptId,
        submissionId: 'alice-chain-check-01',
        generatorId: 'backprop-chain',
        seed: 3,
        level: 1,
        answers: { [part.id]: part.answer.display },
        reveal: [part.id],
      },
      'en',
      now,
    );
    expect(parts.ok && parts.stored).toBe(true);
    const other = await db.card.findFirstOrThrow({
      where: { learnerId: row.id, kind: 'concept', id: { not: card.id } },
    });
    const suspended = await lib.applyCardAction({ cardId: other.id, action: 'suspend' }, now);
    if (!suspended.ok || suspended.eventId === null) throw new Error('suspend failed');
    aliceEventId = suspended.eventId;
  });
}, 180_000);
afterAll(async () => temp.close());

describe('two learners in shared mode', () => {
  it('gives each account its own learner, and sends a request without a session to sign-in', async () => {
    const a = await as(alice, () => lib.currentLearner(now));
    const b = await as(bob, () => lib.currentLearner(now));
    expect(a.learner.id).not.toBe(b.learner.id);
    expect(a.learner.userId).toBe(alice.id);
    expect(b.learner.userId).toBe(bob.id);
    await expect(lib.currentLearner(now)).rejects.toThrow('NEXT_REDIRECT');
    const learners = await temp.db.learner.count();
    expect(learners).toBe(2);
  });

  it("refuses every attempt of Bob's at Alice's cards, changes and submissions, and changes nothing of hers", async () => {
    const before = await snapshot(alice.id);
    expect(before.reviews).toHaveLength(1);
    expect(before.attempts).toHaveLength(2);
    expect(before.events).toHaveLength(1);

    const bobCard = await as(bob, async () => {
      const { db, learner } = await lib.currentLearner(now);
      return db.card.findFirstOrThrow({ where: { learnerId: learner.id, kind: 'concept' } });
    });
    const chainPart = lib.generatorById('backprop-chain')?.generate(4, 1).parts?.[0]?.id ?? 'a';
    const statusOf = (outcome: { ok: boolean; status?: number }) =>
      outcome.ok ? 200 : outcome.status;

    await as(bob, async () => {
      // Server actions' use cases, each with one of Alice's ids.
      const attempts: [string, Promise<{ ok: boolean; status?: number }>][] = [
        [
          "rate Alice's card",
          lib.submitRating(
            { submissionId: 'bob-rating-0001', cardId: aliceCardId, rating: 1, expectedReps: 1 },
            now,
          ),
        ],
        [
          "rate with Alice's submission id",
          lib.submitRating(
            { submissionId: aliceRatingId, cardId: bobCard.id, rating: 1, expectedReps: 0 },
            now,
          ),
        ],
        ["undo Alice's rating", lib.submitUndo({ submissionId: aliceRatingId }, now)],
        [
          "answer with Alice's submission id",
          lib.submitAnswer(
            {
              submissionId: aliceAttemptId,
              generatorId: 'relu',
              seed: 8,
              level: 1,
              input: '0',
            },
            'en',
            now,
          ),
        ],
        [
          "multi-part answer into Alice's attempt",
          lib.submitParts(
            {
              attemptId: aliceChainAttemptId,
              submissionId: 'bob-chain-check-01',
              generatorId: 'backprop-chain',
              seed: 4,
              level: 1,
              answers: { [chainPart]: '1' },
              reveal: [chainPart],
            },
            'en',
            now,
          ),
        ],
        ...(['suspend', 'unsuspend', 'bury', 'unbury', 'forget'] as const).map(
          (action) =>
            [
              `${action} Alice's card`,
              lib.applyCardAction({ cardId: aliceCardId, action }, now),
            ] as [string, Promise<{ ok: boolean; status?: number }>],
        ),
        ["undo Alice's card change", lib.undoCardAction({ eventId: aliceEventId }, now)],
      ];
      for (const [what, outcome] of attempts) {
        expect([what, statusOf(await outcome)]).toEqual([what, 404]);
      }

      // Pages: Alice's card page is not found for Bob; his card list holds only his cards.
      expect(await lib.loadCardPage(aliceCardId, 'en', now)).toBeNull();
      const list = await lib.listCards({}, 'en', now);
      expect(list.rows.map((row) => row.id)).not.toContain(aliceCardId);

      // JSON routes: the rating route refuses her card and her submission id.
      const byCard = await lib.reviewsRoute(
        jsonRequest('/api/reviews', {
          submissionId: 'bob-rating-0002',
          cardId: aliceCardId,
          rating: 3,
          expectedReps: 1,
        }),
      );
      expect(byCard.status).toBe(404);
      const byId = await lib.reviewsRoute(
        jsonRequest('/api/reviews', {
          submissionId: aliceRatingId,
          cardId: bobCard.id,
          rating: 3,
          expectedReps: 0,
        }),
      );
      expect(byId.status).toBe(404);

      // Bob's export is his (empty) progress, none of Alice's.
      const exported = (await (await lib.exportRoute()).json()) as {
        reviews: unknown[];
        attempts: unknown[];
      };
      expect(exported.reviews).toEqual([]);
      expect(exported.attempts).toEqual([]);

      // Settings and scheduling change Bob's learner only.
      const saved = await lib.saveSettings(
        { newPerDay: '5', reviewsPerDay: '50', dayStartHour: '2', timezone: 'Asia/Seoul' },
        'en',
      );
      expect(saved.ok).toBe(true);
      expect(
        (await lib.saveSchedulingSettings({ desiredRetention: '0.8', leechThreshold: '4' })).ok,
      ).toBe(true);
      await lib.rescheduleCards(now);
    });

    // Alice's own export, imported into Bob's empty profile, is refused: her submission ids are hers.
    const aliceExport = await as(alice, async () => (await lib.exportRoute()).json());
    const bobBefore = await snapshot(bob.id);
    const imported = await as(bob, () => lib.importRoute(jsonRequest('/api/import', aliceExport)));
    expect(imported.status).toBe(409);
    expect(await snapshot(bob.id)).toEqual(bobBefore);

    expect(await snapshot(alice.id)).toEqual(before);
    const bob2 = await snapshot(bob.id);
    expect(bob2.learner.newPerDay).toBe(5);
    expect(bob2.learner.desiredRetention).toBe(0.8);
    expect(bob2.reviews).toEqual([]);
    expect(bob2.attempts).toEqual([]);
  });

  it("deleting an account removes its learner and progress and leaves the other's", async () => {
    const { deleteAccountRows } = await import('@/lib/db/accounts');
    const before = await snapshot(alice.id);
    expect(await deleteAccountRows(temp.db, bob.id, [])).toBe(true);
    expect(await temp.db.user.findUnique({ where: { id: bob.id } })).toBeNull();
    expect(await temp.db.learner.findUnique({ where: { userId: bob.id } })).toBeNull();
    expect(await temp.db.card.count({ where: { learner: { userId: bob.id } } })).toBe(0);
    expect(await snapshot(alice.id)).toEqual(before);
  });
});
