// Idempotency across processes: the same rating sent at once through two clients, each with its own
// connection pool (two app servers on one database), is stored once, by the database's unique constraint.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetCardSync, syncCards } from '@/lib/db/cards';
import { configureDb, createDb, type Db } from '@/lib/db/client';
import { isUniqueViolation, WriteError } from '@/lib/db/errors';
import { ensureLocalLearner, type LearnerRow } from '@/lib/db/learner';
import type { StudyItem } from '@/lib/srs/catalog';
import { Rating } from '@/lib/srs/scheduler';
import { applyRating } from '@/lib/study/rate';
import { createTempDb, type TempDb, testDialect } from '../helpers/temp-db';

const ROUNDS = 12;
const items: StudyItem[] = Array.from({ length: ROUNDS }, (_, i) => ({
  kind: 'concept',
  itemId: `card-${String(i).padStart(2, '0')}`,
  topic: 'activations',
  position: i,
}));
const now = new Date('2026-03-02T09:00:00Z');

let temp: TempDb;
let learner: LearnerRow;
let clients: Db[];

beforeEach(async () => {
  resetCardSync();
  temp = await createTempDb();
  learner = await ensureLocalLearner(temp.db);
  await syncCards(temp.db, learner.id, items, now);
  clients = [createDb(temp.url), createDb(temp.url)];
  for (const client of clients) {
    await configureDb(client);
    await client.learner.count(); // connected before the race
  }
});
afterEach(async () => {
  await Promise.all(clients.map((client) => client.$disconnect()));
  await temp.close();
});

// Two SQLite clients in one process would block each other's event loop (better-sqlite3 waits
// synchronously for the lock); SQLite's cross-process case is the fault tests' writer in another process.
describe.skipIf(testDialect() !== 'postgresql')(
  'the same submission through two pools at once',
  () => {
    it('is stored once, and both clients answer with the stored rating', async () => {
      const cards = await temp.db.card.findMany({ orderBy: { position: 'asc' } });
      for (const [round, card] of cards.entries()) {
        const request = {
          submissionId: `twice-${round}`,
          cardId: card.id,
          rating: Rating.Good,
          expectedReps: 0,
        } as const;
        // Three sends per client, all at once: six requests for one rating.
        const results = await Promise.all(
          [...clients, ...clients, ...clients].map((client) =>
            applyRating(client, learner, request, now),
          ),
        );
        expect(
          results.filter((result) => !result.duplicate),
          `round ${round}`,
        ).toHaveLength(1);
        expect(new Set(results.map((result) => result.due.toISOString())).size).toBe(1);
      }
      expect(await temp.db.review.count()).toBe(ROUNDS);
      expect((await temp.db.dailyStat.findFirstOrThrow()).reviews).toBe(ROUNDS);
      const reps = await temp.db.card.findMany({ select: { reps: true } });
      expect(reps.map((card) => card.reps)).toEqual(new Array(ROUNDS).fill(1));
    });
  },
);

describe('a submission id', () => {
  it('is refused by the database itself when a second row would repeat the submission id', async () => {
    const card = await temp.db.card.findFirstOrThrow();
    await applyRating(
      temp.db,
      learner,
      { submissionId: 'only-once', cardId: card.id, rating: Rating.Good, expectedReps: 0 },
      now,
    );
    const stored = await temp.db.review.findUniqueOrThrow({ where: { submissionId: 'only-once' } });
    const { id: _id, ...copy } = stored;
    const error = await clients[1].review.create({ data: copy }).catch((caught: unknown) => caught);
    expect(isUniqueViolation(error)).toBe(true);
    expect(await temp.db.review.count()).toBe(1);
  });

  it("refuses another learner's submission id without revealing or changing that rating", async () => {
    const [card] = await temp.db.card.findMany({ orderBy: { position: 'asc' } });
    await applyRating(
      clients[0],
      learner,
      { submissionId: 'mine', cardId: card.id, rating: Rating.Good, expectedReps: 0 },
      now,
    );
    const other = await temp.db.learner.create({ data: { name: 'other', timezone: 'UTC' } });
    await syncCards(temp.db, other.id, items, now);
    const otherCard = await temp.db.card.findFirstOrThrow({ where: { learnerId: other.id } });
    const refused = await applyRating(
      clients[1],
      other,
      { submissionId: 'mine', cardId: otherCard.id, rating: Rating.Again, expectedReps: 0 },
      now,
    ).catch((caught: unknown) => caught);
    expect(refused).toBeInstanceOf(WriteError);
    // Answered as unknown (404): another learner's submission is neither shown nor changed.
    expect((refused as WriteError).code).toBe('unknown-submission');
    expect(await temp.db.review.count()).toBe(1);
    const kept = await temp.db.review.findUniqueOrThrow({ where: { submissionId: 'mine' } });
    expect(kept.learnerId).toBe(learner.id);
    expect(kept.rating).toBe(Rating.Good);
    expect((await temp.db.card.findUniqueOrThrow({ where: { id: otherCard.id } })).reps).toBe(0);
  });
});
