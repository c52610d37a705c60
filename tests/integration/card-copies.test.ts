// A copy of a card (`id#n`) whose item the content does not have: suspended as orphaned, never offered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDb, type TempDb } from '../helpers/temp-db';

let temp: TempDb;

beforeAll(async () => {
  temp = await createTempDb();
  // The app's shared client reads DATABASE_URL on first use: point it at this test's database.
  process.env.DATABASE_URL = temp.url;
});
afterAll(async () => temp.close());

describe('an imported copy of a card whose item is unknown', () => {
  it('is suspended as orphaned, and the review shows the cards it would have stood before', async () => {
    const [{ currentLearner }, { exportProgress }, { submitImport }, { loadReviewScreen }] =
      await Promise.all([
        import('@/lib/study/learner'),
        import('@/lib/db/transfer-export'),
        import('@/lib/study/transfer'),
        import('@/lib/study/review'),
      ]);
    const { db, learner } = await currentLearner();
    const file = JSON.parse(JSON.stringify(await exportProgress(db, learner, new Date())));
    file.cards.push({
      ...file.cards[0],
      itemId: 'no-such-card#1',
      position: -1,
      due: '2026-01-01T00:00:00.000Z',
    });
    expect(await submitImport(file)).toMatchObject({ ok: true });
    const screen = await loadReviewScreen('en');
    expect(screen.counts.fresh).toBeGreaterThan(0);
    expect(screen.card).not.toBeNull();
    expect(await db.card.findFirstOrThrow({ where: { itemId: 'no-such-card#1' } })).toMatchObject({
      orphaned: true,
      suspended: true,
    });
  });
});
