// A rating racing an import: it lands and the import refuses, or the import wins first; never a lost rating.
import { beforeAll, describe, expect, it } from 'vitest';
import { resetCardSync, syncCards } from '@/lib/db/cards';
import { configureDb, createDb, type Db } from '@/lib/db/client';
import { WriteError } from '@/lib/db/errors';
import { ensureLocalLearner } from '@/lib/db/learner';
import { exportProgress } from '@/lib/db/transfer-export';
import { importProgress } from '@/lib/db/transfer-restore';
import type { StudyItem } from '@/lib/srs/catalog';
import { applyRating } from '@/lib/study/rate';
import { createTempDb, type TempDb } from '../helpers/temp-db';

const items: StudyItem[] = Array.from({ length: 40 }, (_, i) => ({
  kind: 'concept',
  itemId: `item-${i}`,
  topic: 'activations',
  position: i,
}));
const start = new Date('2026-03-02T09:00:00Z');

/** An export with some history: what a learner restores from another machine. */
let exported: unknown;

beforeAll(async () => {
  const source = await createTempDb();
  const learner = await ensureLocalLearner(source.db);
  resetCardSync();
  await syncCards(source.db, learner.id, items, start);
  const cards = await source.db.card.findMany({ orderBy: { id: 'asc' }, take: 20 });
  for (const [i, card] of cards.entries()) {
    await applyRating(
      source.db,
      learner,
      { submissionId: `source-rating-${i}`, cardId: card.id, rating: 3, expectedReps: 0 },
      start,
    );
  }
  exported = JSON.parse(JSON.stringify(await exportProgress(source.db, learner, start)));
  await source.close();
});

/** Lets `ticks` turns of the event loop pass, so one side starts at a different point of the other. */
async function after(ticks: number): Promise<void> {
  for (let i = 0; i < ticks; i++) await new Promise((resolve) => setImmediate(resolve));
}

async function race(ticks: number, ratingDb: (temp: TempDb) => Promise<Db>) {
  const temp = await createTempDb();
  try {
    const learner = await ensureLocalLearner(temp.db);
    resetCardSync();
    await syncCards(temp.db, learner.id, items, start);
    const card = await temp.db.card.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const rater = await ratingDb(temp);
    const submissionId = `racing-rating-${ticks + 100}`;
    // Positive ticks start the import first, negative ones the rating.
    const [imported, rated] = await Promise.all([
      after(Math.max(0, -ticks)).then(() => importProgress(temp.db, learner, exported)),
      after(Math.max(0, ticks)).then(() =>
        applyRating(
          rater,
          learner,
          { submissionId, cardId: card.id, rating: 4, expectedReps: 0 },
          start,
        ).then(
          () => 'stored' as const,
          (error: unknown) => {
            if (error instanceof WriteError) return error.code;
            throw error;
          },
        ),
      ),
    ]);
    const kept = await temp.db.review.count({ where: { submissionId } });
    const reviews = await temp.db.review.count();
    if (rater !== temp.db) await rater.$disconnect();
    return {
      imported: imported.ok,
      refusal: imported.ok ? null : imported.refusal,
      rated,
      kept,
      reviews,
    };
  } finally {
    await temp.close();
  }
}

const sameClient = async (temp: TempDb) => temp.db;
const otherConnection = async (temp: TempDb) => {
  const db = createDb(temp.url);
  await configureDb(db);
  // Connected before the race starts, so both orders happen (a PostgreSQL pool connects lazily).
  await db.learner.count();
  return db;
};

describe('a rating racing an import', () => {
  it.each([
    ['the same client', sameClient],
    ['another connection', otherConnection],
  ] as const)('never loses an acknowledged rating (%s)', async (_name, ratingDb) => {
    const outcomes = new Set<string>();
    for (const ticks of [-3, -1, 0, 1, 2, 5, 13]) {
      const result = await race(ticks, ratingDb);
      outcomes.add(`${result.imported ? 'imported' : 'refused'}/${result.rated}`);
      if (result.rated === 'stored') {
        // The rating was acknowledged: it must still be there, whoever went first.
        expect(result.kept, `ticks ${ticks}`).toBe(1);
      }
      if (result.imported) {
        // The import went first: every imported review is there, plus the rating if it was stored after.
        expect(result.reviews).toBe(20 + result.kept);
      } else {
        // Refused only because the rating landed first; the rating is all the profile holds.
        expect(result.refusal).toEqual({ code: 'not-empty' });
        expect(result.rated).toBe('stored');
        expect(result.reviews).toBe(1);
      }
    }
    // The rating was refused (its card replaced by the import) or stored, never silently dropped;
    // both orders happened.
    for (const outcome of outcomes) {
      expect(['imported/not-found', 'imported/stored', 'refused/stored']).toContain(outcome);
    }
    expect(outcomes).toContain('refused/stored');
    expect([...outcomes].some((outcome) => outcome.startsWith('imported/'))).toBe(true);
  });
});
