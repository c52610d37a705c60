// The card browser and card actions against a real database: search in both languages, suspend, bury
// and forget with undo, leeches suspended after the learner's threshold, and nobody else's cards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putInReview } from '../helpers/review-card';
import { createTempDb, type TempDb } from '../helpers/temp-db';

let temp: TempDb;
let lib: {
  listCards: typeof import('@/lib/study/cards').listCards;
  loadCardPage: typeof import('@/lib/study/cards').loadCardPage;
  applyCardAction: typeof import('@/lib/study/card-actions').applyCardAction;
  undoCardAction: typeof import('@/lib/study/card-actions').undoCardAction;
  submitRating: typeof import('@/lib/study/rate').submitRating;
  submitUndo: typeof import('@/lib/study/rate').submitUndo;
  currentLearner: typeof import('@/lib/study/learner').currentLearner;
  fetchQueue: typeof import('@/lib/study/queue').loadQueue;
  saveSchedulingSettings: typeof import('@/lib/study/scheduling').saveSchedulingSettings;
  rescheduleCards: typeof import('@/lib/study/scheduling').rescheduleCards;
};

const now = new Date('2026-11-26T10:00:00Z');

beforeAll(async () => {
  temp = await createTempDb();
  process.env.DATABASE_URL = temp.url;
  const [cards, actions, rate, learner, queue, scheduling] = await Promise.all([
    import('@/lib/study/cards'),
    import('@/lib/study/card-actions'),
    import('@/lib/study/rate'),
    import('@/lib/study/learner'),
    import('@/lib/study/queue'),
    import('@/lib/study/scheduling'),
  ]);
  lib = {
    ...cards,
    ...actions,
    ...rate,
    saveSchedulingSettings: scheduling.saveSchedulingSettings,
    rescheduleCards: scheduling.rescheduleCards,
    currentLearner: learner.currentLearner,
    fetchQueue: queue.loadQueue,
  };
  await lib.currentLearner(now);
}, 180_000);
afterAll(async () => temp.close());

async function cardIdOf(itemId: string): Promise<number> {
  const { db } = await lib.currentLearner(now);
  return (await db.card.findFirstOrThrow({ where: { itemId } })).id;
}

describe('search', () => {
  it('finds the sigmoid formula card by its Korean name, spaced or not, and by its English name', async () => {
    const id = await cardIdOf('sigmoid-formula');
    for (const q of ['시그모이드 함수', '시그모이드함수', '시 그 모 이 드', 'SIGMOID']) {
      const list = await lib.listCards({ q }, 'en', now);
      expect(list.rows.map((row) => row.id)).toContain(id);
    }
    const none = await lib.listCards({ q: 'no card says this' }, 'en', now);
    expect(none.total).toBe(0);
  });

  it('filters by kind and concept, and pages 50 at a time', async () => {
    const all = await lib.listCards({}, 'en', now);
    expect(all.rows).toHaveLength(50);
    const second = await lib.listCards({ page: '2' }, 'en', now);
    expect(second.rows[0].id).not.toBe(all.rows[0].id);
    const skills = await lib.listCards({ kind: 'skill' }, 'en', now);
    expect(skills.rows.every((row) => row.kind === 'skill')).toBe(true);
    const sigmoid = await lib.listCards({ concept: 'sigmoid', kind: 'concept' }, 'en', now);
    expect(sigmoid.total).toBeGreaterThanOrEqual(4);
    expect(sigmoid.rows.every((row) => row.concept === 'Sigmoid')).toBe(true);
  });
});

describe('actions', () => {
  it('suspends a card out of the queue and undo brings it back exactly', async () => {
    const { db, learner } = await lib.currentLearner(now);
    const first = (await lib.fetchQueue(db, learner, now)).next;
    expect(first).not.toBeNull();
    const id = Number(first?.id);
    const done = await lib.applyCardAction({ cardId: id, action: 'suspend' }, now);
    expect(done.ok).toBe(true);
    expect(Number((await lib.fetchQueue(db, learner, now)).next?.id)).not.toBe(id);
    expect((await lib.listCards({ state: 'suspended' }, 'en', now)).rows.map((r) => r.id)).toEqual([
      id,
    ]);
    if (!done.ok || done.eventId === null) throw new Error('no event');
    expect((await lib.undoCardAction({ eventId: done.eventId }, now)).ok).toBe(true);
    expect(Number((await lib.fetchQueue(db, learner, now)).next?.id)).toBe(id);
    // An undone change cannot be undone twice.
    expect((await lib.undoCardAction({ eventId: done.eventId }, now)).ok).toBe(false);
  });

  it('refuses a rating of a card suspended since it was shown, writing nothing, and takes it once unsuspended', async () => {
    const id = await cardIdOf('relu-why-fast');
    const { db } = await lib.currentLearner(now);
    expect((await lib.applyCardAction({ cardId: id, action: 'suspend' }, now)).ok).toBe(true);
    const before = await db.card.findUniqueOrThrow({ where: { id } });
    const request = { submissionId: 'suspended-test-1', cardId: id, rating: 3, expectedReps: 0 };
    const refused = await lib.submitRating(request, now);
    expect(refused).toMatchObject({ ok: false, status: 409 });
    if (refused.ok) throw new Error('rated');
    expect(refused.error.en).toMatch(/suspended.*Nothing was saved/);
    expect(refused.error.ko).toMatch(/보류.*저장된 것은 없습니다/);
    expect({ ...(await db.card.findUniqueOrThrow({ where: { id } })) }).toEqual({ ...before });
    expect(await db.review.count({ where: { cardId: id } })).toBe(0);
    expect(await db.review.count({ where: { submissionId: 'suspended-test-1' } })).toBe(0);
    expect((await lib.applyCardAction({ cardId: id, action: 'unsuspend' }, now)).ok).toBe(true);
    expect((await lib.submitRating(request, now)).ok).toBe(true);
    expect(await db.review.count({ where: { cardId: id } })).toBe(1);
    expect((await lib.submitUndo({ submissionId: 'suspended-test-1' }, now)).ok).toBe(true);
  });

  it('buries a card until the next study day', async () => {
    const { db, learner } = await lib.currentLearner(now);
    const id = Number((await lib.fetchQueue(db, learner, now)).next?.id);
    await lib.applyCardAction({ cardId: id, action: 'bury' }, now);
    expect(Number((await lib.fetchQueue(db, learner, now)).next?.id)).not.toBe(id);
    const tomorrow = new Date(now.getTime() + 86_400_000);
    expect(Number((await lib.fetchQueue(db, learner, tomorrow)).next?.id)).toBe(id);
    await lib.applyCardAction({ cardId: id, action: 'unbury' }, now);
  });

  it('forgets a studied card back to new, keeps its log, and undo restores its schedule', async () => {
    const id = await cardIdOf('sigmoid-range');
    const { db } = await lib.currentLearner(now);
    const rated = await lib.submitRating(
      { submissionId: 'forget-test-1', cardId: id, rating: 3, expectedReps: 0 },
      now,
    );
    expect(rated.ok).toBe(true);
    const before = await db.card.findUniqueOrThrow({ where: { id } });
    const done = await lib.applyCardAction({ cardId: id, action: 'forget' }, now);
    const forgotten = await db.card.findUniqueOrThrow({ where: { id } });
    expect(forgotten.state).toBe(0);
    expect(await db.review.count({ where: { cardId: id } })).toBe(1);
    const page = await lib.loadCardPage(id, 'en', now);
    expect(page?.history).toHaveLength(1);
    if (!done.ok || done.eventId === null) throw new Error('no event');
    await lib.undoCardAction({ eventId: done.eventId }, now);
    const restored = await db.card.findUniqueOrThrow({ where: { id } });
    expect({ ...restored }).toEqual({ ...before });
  });

  it('refuses a card the learner does not own and a malformed request', async () => {
    expect((await lib.applyCardAction({ cardId: 999_999, action: 'suspend' }, now)).ok).toBe(false);
    expect((await lib.applyCardAction({ cardId: 1, action: 'delete' }, now)).ok).toBe(false);
    expect(
      (await lib.applyCardAction({ cardId: '1; DROP TABLE Card', action: 'suspend' }, now)).ok,
    ).toBe(false);
  });
});

describe('leeches', () => {
  it('tags and suspends a card at its eighth lapse, and undoing that rating lifts both', async () => {
    const id = await cardIdOf('sigmoid-derivative');
    const { db } = await lib.currentLearner(now);
    // Seven lapses behind it, in review now.
    await db.card.update({
      where: { id },
      data: {
        state: 2,
        lapses: 7,
        reps: 20,
        stability: 3,
        difficulty: 8,
        lastReview: new Date('2026-11-20T10:00:00Z'),
        due: new Date('2026-11-25T10:00:00Z'),
        scheduledDays: 5,
      },
    });
    const rated = await lib.submitRating(
      { submissionId: 'leech-test-1', cardId: id, rating: 1, expectedReps: 20 },
      now,
    );
    expect(rated.ok && rated.leech).toBe(true);
    const card = await db.card.findUniqueOrThrow({ where: { id } });
    expect([card.leech, card.suspended, card.lapses]).toEqual([true, true, 8]);
    expect((await lib.listCards({ state: 'leech' }, 'en', now)).rows.map((r) => r.id)).toEqual([
      id,
    ]);
    expect((await lib.submitUndo({ submissionId: 'leech-test-1' }, now)).ok).toBe(true);
    const back = await db.card.findUniqueOrThrow({ where: { id } });
    expect([back.leech, back.suspended, back.lapses]).toEqual([false, false, 7]);
  });
});

describe('reschedule', () => {
  it('moves every card in review to the interval a new desired retention asks for, and no other card', async () => {
    const { db } = await lib.currentLearner(now);
    const day = 86_400_000;
    const lastReview = new Date('2026-11-20T10:00:00Z');
    const [review, learning] = await Promise.all(
      ['softmax-formula', 'relu-formula'].map(async (itemId) => cardIdOf(itemId)),
    );
    await putInReview(db, review, lastReview);
    const learningDue = new Date('2026-11-26T10:10:00Z');
    await db.card.update({
      where: { id: learning },
      data: { state: 1, stability: 0.5, difficulty: 5, reps: 1, lastReview: now, due: learningDue },
    });
    expect(
      await lib.saveSchedulingSettings({ desiredRetention: '0.8', leechThreshold: '8' }),
    ).toEqual({ ok: true });
    const { rescheduled } = await lib.rescheduleCards(now);
    expect(rescheduled).toBeGreaterThanOrEqual(1);
    const moved = await db.card.findUniqueOrThrow({ where: { id: review } });
    // At 80 % a card is due later than at 90 % (after its stability of 20 days), and its interval is stored.
    const days = (moved.due.getTime() - lastReview.getTime()) / day;
    expect(days).toBeGreaterThan(20);
    expect(moved.scheduledDays).toBe(days);
    const kept = await db.card.findUniqueOrThrow({ where: { id: learning } });
    expect(kept.due.toISOString()).toBe(learningDue.toISOString());
    // Asked again with nothing changed, nothing moves.
    expect((await lib.rescheduleCards(now)).rescheduled).toBe(0);
    await lib.saveSchedulingSettings({ desiredRetention: '0.9', leechThreshold: '8' });
  });
});
