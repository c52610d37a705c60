// Retired card ids against a real SQLite file: the content sync and the import give each successor the
// history of the card it replaces, and a card retired without successor is suspended with its log kept.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardSuccessors } from '@/lib/content';
import { fetchCardPage } from '@/lib/db/card-browser';
import { resetCardSync, syncCards } from '@/lib/db/cards';
import { ensureLocalLearner, type LearnerRow } from '@/lib/db/learner';
import { exportProgress } from '@/lib/db/transfer-export';
import { importProgress } from '@/lib/db/transfer-restore';
import { type StudyItem, studyItems } from '@/lib/srs/catalog';
import { Rating } from '@/lib/srs/scheduler';
import { loadQueue } from '@/lib/study/queue';
import { applyRating } from '@/lib/study/rate';
import { createTempDb, type TempDb } from '../helpers/temp-db';

const start = new Date('2026-03-02T09:00:00Z');
const hours = (n: number) => new Date(start.getTime() + n * 3_600_000);
const concept = (itemId: string, position: number): StudyItem => ({
  kind: 'concept',
  itemId,
  topic: 'activations',
  position,
});

/** The content before: five cards. */
const before = ['renamed-old', 'dup-a', 'dup-b', 'fresh-old', 'gone'].map((id, i) =>
  concept(id, i),
);
/** The content after: one renamed, dup-a merged into dup-b, fresh-old replaced, gone removed. */
const after = [concept('renamed-new', 10), concept('dup-b', 11), concept('fresh-new', 12)];
const successors = new Map([
  ['renamed-old', 'renamed-new'],
  ['dup-a', 'dup-b'],
  ['fresh-old', 'fresh-new'],
]);

let temp: TempDb;
let learner: LearnerRow;

beforeEach(async () => {
  resetCardSync();
  temp = await createTempDb();
  learner = await ensureLocalLearner(temp.db);
  await syncCards(temp.db, learner.id, before, start);
});
afterEach(async () => temp.close());

async function row(db: TempDb['db'], itemId: string) {
  return db.card.findUniqueOrThrow({
    where: { learnerId_kind_itemId: { learnerId: learner.id, kind: 'concept', itemId } },
    include: { reviews: { select: { submissionId: true } } },
  });
}

async function rate(db: TempDb['db'], itemId: string, at: Date, submissionId: string) {
  const card = await row(db, itemId);
  await applyRating(
    db,
    learner,
    { submissionId, cardId: card.id, rating: Rating.Good, expectedReps: card.reps },
    at,
  );
}

/** Some history on every old card but fresh-old; dup-b was studied before dup-a. */
async function study(db: TempDb['db']) {
  await rate(db, 'renamed-old', hours(1), 'r1');
  await rate(db, 'dup-b', hours(2), 'b1');
  await rate(db, 'dup-a', hours(3), 'a1');
  await rate(db, 'dup-a', hours(4), 'a2');
  await rate(db, 'gone', hours(5), 'g1');
}

async function syncAfter(db: TempDb['db'], moves = successors) {
  resetCardSync();
  await syncCards(db, learner.id, after, hours(6), moves);
}

describe('the content sync', () => {
  it('gives a renamed card its row: same id, schedule and reviews, and no second card', async () => {
    await study(temp.db);
    const old = await row(temp.db, 'renamed-old');
    await syncAfter(temp.db);
    const renamed = await row(temp.db, 'renamed-new');
    expect(renamed.id).toBe(old.id);
    expect(renamed.reviews.map((r) => r.submissionId)).toEqual(['r1']);
    expect({ ...renamed, itemId: 'x', position: 0, reviews: [] }).toEqual({
      ...old,
      itemId: 'x',
      position: 0,
      reviews: [],
    });
    expect(renamed.position).toBe(10);
    expect(renamed.suspended).toBe(false);
    expect(await temp.db.card.count({ where: { itemId: 'renamed-old' } })).toBe(0);
  });

  it('keeps the schedule of the duplicate reviewed last, and retires the other with its log', async () => {
    await study(temp.db);
    const a = await row(temp.db, 'dup-a');
    const b = await row(temp.db, 'dup-b');
    await syncAfter(temp.db);
    const kept = await row(temp.db, 'dup-b');
    expect(kept.id).toBe(a.id);
    expect(kept.reps).toBe(2);
    expect(kept.reviews.map((r) => r.submissionId)).toEqual(['a1', 'a2']);
    expect(kept.suspended).toBe(false);
    const retired = await row(temp.db, 'dup-a');
    expect(retired.id).toBe(b.id);
    expect(retired.reviews.map((r) => r.submissionId)).toEqual(['b1']);
    expect(retired).toMatchObject({ orphaned: true, suspended: true });
  });

  it('keeps the successor row when it was reviewed after the retired card', async () => {
    await rate(temp.db, 'dup-a', hours(1), 'a1');
    await rate(temp.db, 'dup-b', hours(2), 'b1');
    const b = await row(temp.db, 'dup-b');
    await syncAfter(temp.db);
    expect((await row(temp.db, 'dup-b')).id).toBe(b.id);
    expect(await row(temp.db, 'dup-a')).toMatchObject({ orphaned: true, suspended: true });
  });

  it('gives a never-reviewed replacement the new card, and suspends a removed card, log kept', async () => {
    await study(temp.db);
    const fresh = await row(temp.db, 'fresh-old');
    await syncAfter(temp.db);
    expect((await row(temp.db, 'fresh-new')).id).toBe(fresh.id);
    const gone = await row(temp.db, 'gone');
    expect(gone).toMatchObject({ orphaned: true, suspended: true });
    expect(gone.reviews.map((r) => r.submissionId)).toEqual(['g1']);
    const ids = new Set<string>();
    let now = hours(24 * 60);
    for (let i = 0; i < 10; i++) {
      const next = (await loadQueue(temp.db, learner, now)).next;
      if (!next) break;
      ids.add(next.itemId);
      await applyRating(
        temp.db,
        learner,
        { submissionId: `q${i}`, cardId: next.id, rating: Rating.Easy, expectedReps: next.reps },
        now,
      );
      now = new Date(now.getTime() + 60_000);
    }
    expect([...ids].sort()).toEqual(['dup-b', 'fresh-new', 'renamed-new']);
    const listed = await fetchCardPage(temp.db, learner.id, { items: null, now }, 'due', 50, 0);
    expect(listed.rows.map((r) => r.itemId).sort()).toEqual(['dup-b', 'fresh-new', 'renamed-new']);
  });

  it('changes nothing more when it runs again', async () => {
    await study(temp.db);
    await syncAfter(temp.db);
    const once = await temp.db.card.findMany({ orderBy: { id: 'asc' } });
    await syncAfter(temp.db);
    expect(await temp.db.card.findMany({ orderBy: { id: 'asc' } })).toEqual(once);
  });

  it("moves the content's own retired ids, such as ml-generalisation", async () => {
    const items = studyItems();
    resetCardSync();
    await syncCards(temp.db, learner.id, [concept('ml-generalisation', 0)], start);
    await rate(temp.db, 'ml-generalisation', hours(1), 'm1');
    const old = await row(temp.db, 'ml-generalisation');
    resetCardSync();
    await syncCards(temp.db, learner.id, items, hours(2), cardSuccessors());
    const moved = await row(temp.db, 'ml-generalization');
    expect(moved.id).toBe(old.id);
    expect(moved.reviews.map((r) => r.submissionId)).toEqual(['m1']);
    const orphaned = await temp.db.card.findMany({
      where: { learnerId: learner.id, orphaned: true },
    });
    expect(orphaned.map((r) => r.itemId).sort()).toEqual(before.map((i) => i.itemId).sort());
    expect(await temp.db.card.count({ where: { learnerId: learner.id, orphaned: false } })).toBe(
      items.length,
    );
  });
});

describe('the import of a file from before the move', () => {
  it('restores old ids under their successors, reviews included, with no duplicate card', async () => {
    await study(temp.db);
    const exported = JSON.parse(JSON.stringify(await exportProgress(temp.db, learner, hours(6))));
    const target = await createTempDb();
    try {
      const targetLearner = await ensureLocalLearner(target.db);
      const result = await importProgress(target.db, targetLearner, exported, successors);
      expect(result).toMatchObject({ ok: true, cards: 5, reviews: 5 });
      const renamed = await row(target.db, 'renamed-new');
      expect(renamed.reviews.map((r) => r.submissionId)).toEqual(['r1']);
      expect((await row(target.db, 'dup-b')).reviews.map((r) => r.submissionId)).toEqual([
        'a1',
        'a2',
      ]);
      expect((await row(target.db, 'dup-a')).reviews.map((r) => r.submissionId)).toEqual(['b1']);
      await syncAfter(target.db);
      const rows = await target.db.card.findMany({ where: { orphaned: false } });
      expect(rows.map((r) => r.itemId).sort()).toEqual(['dup-b', 'fresh-new', 'renamed-new']);
      expect(await target.db.review.count()).toBe(5);
    } finally {
      await target.close();
    }
  });
});
