// Ratings against a real SQLite file: stored once, state and log and counters together, undo exact.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetCardSync, syncCards } from '@/lib/db/cards';
import { ensureLocalLearner, type LearnerRow } from '@/lib/db/learner';
import type { StudyItem } from '@/lib/srs/catalog';
import { Rating, State } from '@/lib/srs/scheduler';
import { loadQueue } from '@/lib/study/queue';
import { applyRating, applyUndo } from '@/lib/study/rate';
import { createTempDb, type TempDb } from '../helpers/temp-db';

const items: StudyItem[] = [
  { kind: 'concept', itemId: 'sigmoid-range', topic: 'activations', position: 600 },
  { kind: 'concept', itemId: 'sigmoid-formula', topic: 'activations', position: 601 },
  { kind: 'skill', itemId: 'sigmoid', topic: 'activations', position: 650 },
];
const now = new Date('2026-03-02T09:00:00Z');
/** The learner's own zone, pinned so the study days below do not depend on the machine's. */
const timezone = 'Asia/Seoul';

let temp: TempDb;
let learner: LearnerRow;

beforeEach(async () => {
  resetCardSync();
  temp = await createTempDb();
  const created = await ensureLocalLearner(temp.db);
  learner = await temp.db.learner.update({ where: { id: created.id }, data: { timezone } });
  await syncCards(temp.db, learner.id, items, now);
});
afterEach(async () => temp.close());

describe('the local learner and cards', () => {
  it('creates one learner however often it is asked for', async () => {
    await Promise.all([ensureLocalLearner(temp.db), ensureLocalLearner(temp.db)]);
    expect(await temp.db.learner.count()).toBe(1);
  });

  it('creates a new card per item, in the order of the notes', async () => {
    const queue = await loadQueue(temp.db, learner, now);
    expect(queue.fresh).toBe(3);
    expect(queue.next?.itemId).toBe('sigmoid-range');
    expect(queue.next?.state).toBe(State.New);
  });
});

describe('applyRating', () => {
  it('writes the card state, the log and the day counter together', async () => {
    const card = (await loadQueue(temp.db, learner, now)).next!;
    const result = await applyRating(
      temp.db,
      learner,
      { submissionId: 's1', cardId: card.id, rating: Rating.Good, expectedReps: 0 },
      now,
    );
    expect(result.duplicate).toBe(false);
    const stored = await temp.db.card.findUniqueOrThrow({ where: { id: card.id } });
    expect(stored.reps).toBe(1);
    expect(stored.state).toBe(State.Learning);
    expect(stored.due.getTime()).toBeGreaterThan(now.getTime());
    const log = await temp.db.review.findMany();
    expect(log).toHaveLength(1);
    // 18:00 in Seoul on 2 March, after the 4 a.m. start of that study day.
    expect(log[0]).toMatchObject({
      rating: Rating.Good,
      state: State.New,
      day: '2026-03-02',
      reps: 0,
    });
    const stat = await temp.db.dailyStat.findFirstOrThrow();
    expect(stat).toMatchObject({ reviews: 1, newCards: 1 });
  });

  it("counts a rating for the learner's study day, whatever the machine's zone", async () => {
    learner = await temp.db.learner.update({
      where: { id: learner.id },
      data: { timezone: 'America/Los_Angeles' },
    });
    const card = (await loadQueue(temp.db, learner, now)).next!;
    await applyRating(
      temp.db,
      learner,
      { submissionId: 'la', cardId: card.id, rating: Rating.Good, expectedReps: 0 },
      now,
    );
    // 01:00 on 2 March in Los Angeles: before the 4 a.m. start, so still 1 March's study day.
    expect((await temp.db.review.findFirstOrThrow()).day).toBe('2026-03-01');
    expect((await temp.db.dailyStat.findFirstOrThrow()).day).toBe('2026-03-01');
  });

  it('stores 100 identical parallel submissions once', async () => {
    const card = (await loadQueue(temp.db, learner, now)).next!;
    const request = {
      submissionId: 'same',
      cardId: card.id,
      rating: Rating.Good,
      expectedReps: 0,
    } as const;
    const results = await Promise.all(
      Array.from({ length: 100 }, () => applyRating(temp.db, learner, request, now)),
    );
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(await temp.db.review.count()).toBe(1);
    expect((await temp.db.dailyStat.findFirstOrThrow()).reviews).toBe(1);
    expect((await temp.db.card.findUniqueOrThrow({ where: { id: card.id } })).reps).toBe(1);
  });

  it('refuses a rating of a card that changed since it was shown, writing nothing', async () => {
    const card = (await loadQueue(temp.db, learner, now)).next!;
    await applyRating(
      temp.db,
      learner,
      { submissionId: 'a', cardId: card.id, rating: Rating.Good, expectedReps: 0 },
      now,
    );
    await expect(
      applyRating(
        temp.db,
        learner,
        { submissionId: 'b', cardId: card.id, rating: Rating.Easy, expectedReps: 0 },
        now,
      ),
    ).rejects.toThrow(/rated already/);
    expect(await temp.db.review.count()).toBe(1);
  });

  it('refuses an unknown card', async () => {
    await expect(
      applyRating(
        temp.db,
        learner,
        { submissionId: 'x', cardId: 9999, rating: Rating.Good, expectedReps: 0 },
        now,
      ),
    ).rejects.toThrow(/no card/);
  });
});

describe('applyUndo', () => {
  it('restores the card exactly and removes the log and the counts', async () => {
    const card = (await loadQueue(temp.db, learner, now)).next!;
    await applyRating(
      temp.db,
      learner,
      { submissionId: 'r1', cardId: card.id, rating: Rating.Good, expectedReps: 0 },
      now,
    );
    const afterFirst = await temp.db.card.findUniqueOrThrow({ where: { id: card.id } });
    const later = new Date(now.getTime() + 15 * 60_000);
    await applyRating(
      temp.db,
      learner,
      { submissionId: 'r2', cardId: card.id, rating: Rating.Again, expectedReps: 1 },
      later,
    );
    expect(await applyUndo(temp.db, learner, 'r2')).toBe(true);
    expect(await temp.db.card.findUniqueOrThrow({ where: { id: card.id } })).toEqual(afterFirst);
    expect(await temp.db.review.count()).toBe(1);
    expect((await temp.db.dailyStat.findFirstOrThrow()).reviews).toBe(1);
    expect(await applyUndo(temp.db, learner, 'r2')).toBe(false);
  });

  it('only undoes the latest rating', async () => {
    const queue = await loadQueue(temp.db, learner, now);
    await applyRating(
      temp.db,
      learner,
      { submissionId: 'u1', cardId: queue.next!.id, rating: Rating.Good, expectedReps: 0 },
      now,
    );
    const second = (await loadQueue(temp.db, learner, now)).next!;
    await applyRating(
      temp.db,
      learner,
      { submissionId: 'u2', cardId: second.id, rating: Rating.Good, expectedReps: 0 },
      new Date(now.getTime() + 1000),
    );
    await expect(applyUndo(temp.db, learner, 'u1')).rejects.toThrow(/most recent/);
  });
});

describe('daily limits', () => {
  /** With one new card a day, rates the first new card and returns it. */
  async function rateTheOnlyNewCard(rating: Rating.Easy | Rating.Good) {
    await temp.db.learner.update({ where: { id: learner.id }, data: { newPerDay: 1 } });
    learner = await ensureLocalLearner(temp.db);
    const first = (await loadQueue(temp.db, learner, now)).next!;
    await applyRating(
      temp.db,
      learner,
      { submissionId: `only-${rating}`, cardId: first.id, rating, expectedReps: 0 },
      now,
    );
    return first;
  }

  it('stops introducing new cards at the limit and says so', async () => {
    await rateTheOnlyNewCard(Rating.Easy);
    const queue = await loadQueue(temp.db, learner, now);
    expect(queue.fresh).toBe(0);
    expect(queue.newLimitReached).toBe(true);
    expect(queue.next).toBeNull();
    expect(queue.nextDueAt).not.toBeNull();
  });

  it('shows a learning card due within 20 minutes when nothing else is left', async () => {
    const first = await rateTheOnlyNewCard(Rating.Good);
    const stored = await temp.db.card.findUniqueOrThrow({ where: { id: first.id } });
    expect(stored.due.getTime() - now.getTime()).toBeLessThanOrEqual(20 * 60_000);
    const queue = await loadQueue(temp.db, learner, now);
    expect(queue.learning).toBe(0);
    expect(queue.next?.id).toBe(first.id);
  });
});
