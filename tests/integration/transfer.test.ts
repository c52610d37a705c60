// Export and import: a round trip reproduces progress exactly; malformed or hostile files write nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordAttempt } from '@/lib/db/attempts';
import { resetCardSync, syncCards } from '@/lib/db/cards';
import { ensureLocalLearner, type LearnerRow } from '@/lib/db/learner';
import { exportProgress } from '@/lib/db/transfer-export';
import { importProgress } from '@/lib/db/transfer-restore';
import type { StudyItem } from '@/lib/srs/catalog';
import { loadQueue } from '@/lib/study/queue';
import { applyRating } from '@/lib/study/rate';
import { loadStats } from '@/lib/study/stats';
import { createTempDb, type TempDb } from '../helpers/temp-db';

const items: StudyItem[] = Array.from({ length: 6 }, (_, i) => ({
  kind: i % 3 === 2 ? 'skill' : 'concept',
  itemId: `item-${i}`,
  topic: i < 3 ? 'activations' : 'losses',
  position: i,
}));
const start = new Date('2026-03-02T09:00:00Z');

async function studySomething(db: TempDb['db'], learner: LearnerRow) {
  let now = start;
  for (let i = 0; i < 8; i++) {
    const next = (await loadQueue(db, learner, now)).next;
    if (!next) break;
    await applyRating(
      db,
      learner,
      {
        submissionId: `rating-${i}`,
        cardId: next.id,
        rating: ((i % 4) + 1) as 1 | 2 | 3 | 4,
        expectedReps: next.reps,
      },
      now,
    );
    now = new Date(now.getTime() + 11 * 60_000);
  }
  await recordAttempt(
    db,
    learner,
    {
      submissionId: 'attempt-1',
      generatorId: 'sigmoid',
      topic: 'activations',
      seed: 4,
      level: 1,
      input: '0.5',
      correct: false,
    },
    now,
  );
  await recordAttempt(
    db,
    learner,
    {
      submissionId: 'attempt-2',
      generatorId: 'sigmoid',
      topic: 'activations',
      seed: 4,
      level: 1,
      input: '0.7311',
      correct: true,
    },
    now,
  );
  await recordAttempt(
    db,
    learner,
    {
      submissionId: 'attempt-3',
      generatorId: 'backprop-chain',
      topic: 'backpropagation',
      seed: 7,
      level: 2,
      input: 'z1: [1, 2]; a1: [0.7311, 0.8808]',
      correct: false,
      diagnosis: undefined,
      parts: JSON.stringify([
        { id: 'z1', input: '[1, 2]', status: 'incorrect' },
        { id: 'a1', input: '[0.7311, 0.8808]', status: 'correct', carriedForward: true },
      ]),
    },
    now,
  );
}

let source: TempDb;
let target: TempDb;
let sourceLearner: LearnerRow;
let targetLearner: LearnerRow;

beforeEach(async () => {
  resetCardSync();
  [source, target] = await Promise.all([createTempDb(), createTempDb()]);
  sourceLearner = await ensureLocalLearner(source.db);
  targetLearner = await ensureLocalLearner(target.db);
  await syncCards(source.db, sourceLearner.id, items, start);
  resetCardSync();
  await syncCards(target.db, targetLearner.id, items, start);
  await studySomething(source.db, sourceLearner);
});
afterEach(async () => {
  await Promise.all([source.close(), target.close()]);
});

const json = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('export → import', () => {
  it('reproduces cards, reviews, attempts and statistics exactly', async () => {
    const exported = json(await exportProgress(source.db, sourceLearner, start));
    expect(exported.version).toBe(1);
    expect(exported.reviews).toHaveLength(8);
    expect(exported.attempts).toHaveLength(3);
    expect(JSON.parse(exported.attempts[2].parts)).toEqual([
      { id: 'z1', input: '[1, 2]', status: 'incorrect' },
      { id: 'a1', input: '[0.7311, 0.8808]', status: 'correct', carriedForward: true },
    ]);
    expect(exported.attempts[0].parts).toBeNull();
    const result = await importProgress(target.db, targetLearner, exported);
    expect(result).toEqual({ ok: true, cards: 6, reviews: 8, attempts: 3 });
    const again = json(await exportProgress(target.db, await ensureLocalLearner(target.db), start));
    expect(again).toEqual(exported);
    const later = new Date('2026-03-03T09:00:00Z');
    expect(await loadStats(target.db, targetLearner, later)).toEqual(
      await loadStats(source.db, sourceLearner, later),
    );
  });

  it('refuses to import over existing progress, writing nothing', async () => {
    const exported = json(await exportProgress(source.db, sourceLearner, start));
    const result = await importProgress(source.db, sourceLearner, exported);
    expect(result).toEqual({ ok: false, refusal: { code: 'not-empty' } });
    expect(await source.db.review.count()).toBe(8);
  });
});

describe('hostile and malformed files', () => {
  // The refusal's code, and for a shape error the top-level field it names (empty: the file itself).
  const cases: [string, (file: Record<string, unknown>) => unknown, string][] = [
    ['a foreign version', (f) => ({ ...f, version: 99 }), 'version'],
    ['another app', (f) => ({ ...f, app: 'anki' }), 'shape:app'],
    ['wrong types', (f) => ({ ...f, cards: 'many' }), 'shape:cards'],
    [
      'a __proto__ key',
      (f) =>
        JSON.parse(
          JSON.stringify(f).replace('"version":1', '"__proto__":{"polluted":true},"version":1'),
        ),
      'shape:',
    ],
    [
      'duplicate submission ids',
      (f) => ({ ...f, reviews: [...(f.reviews as unknown[]), (f.reviews as unknown[])[0]] }),
      'duplicate-submission',
    ],
    [
      'duplicate cards',
      (f) => ({ ...f, cards: [...(f.cards as unknown[]), (f.cards as unknown[])[0]] }),
      'duplicate-card',
    ],
    [
      'deep nesting',
      (f) => ({ ...f, learner: JSON.parse(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`) }),
      'shape:learner',
    ],
    [
      'a rating out of range',
      (f) => ({
        ...f,
        reviews: (f.reviews as Record<string, unknown>[]).map((r) => ({ ...r, rating: 7 })),
      }),
      'shape:reviews',
    ],
    [
      'a review of an unknown card',
      (f) => ({ ...f, cards: (f.cards as unknown[]).slice(1) }),
      'unknown-card',
    ],
    [
      'a card position past a 32-bit integer',
      (f) => ({
        ...f,
        cards: (f.cards as Record<string, unknown>[]).map((c) => ({ ...c, position: 2 ** 40 })),
      }),
      'shape:cards',
    ],
    [
      'parts that are not a multi-part answer',
      (f) => ({
        ...f,
        attempts: (f.attempts as Record<string, unknown>[]).map((a) => ({ ...a, parts: '{"z1":' })),
      }),
      'shape:attempts',
    ],
    [
      // FSRS refuses to rate from such a state: the card could never be rated again.
      'a studied card with a difficulty below 1',
      (f) => ({
        ...f,
        cards: (f.cards as Record<string, unknown>[]).map((c) =>
          c.state === 0 ? c : { ...c, difficulty: 0.5 },
        ),
      }),
      'memory-state',
    ],
    [
      'a review whose card had a stability near 0',
      (f) => ({
        ...f,
        reviews: (f.reviews as Record<string, unknown>[]).map((r) => ({
          ...r,
          stability: 0.0001,
          difficulty: 5,
        })),
      }),
      'memory-state',
    ],
    [
      'a card reviewed in the future',
      (f) => ({
        ...f,
        cards: (f.cards as Record<string, unknown>[]).map((c) =>
          c.lastReview ? { ...c, lastReview: '2100-01-01T00:00:00.000Z' } : c,
        ),
      }),
      'future',
    ],
    [
      'a rating dated in the future',
      (f) => ({
        ...f,
        reviews: (f.reviews as Record<string, unknown>[]).map((r, i) =>
          i === 0 ? { ...r, reviewedAt: '2100-01-01T00:00:00.000Z' } : r,
        ),
      }),
      'future',
    ],
    [
      'a study day that is no date',
      (f) => ({
        ...f,
        reviews: (f.reviews as Record<string, unknown>[]).map((r) => ({ ...r, day: '2026-13-45' })),
      }),
      'shape:reviews',
    ],
    ['not an object', () => [1, 2, 3], 'shape:'],
    ['a huge array', (f) => ({ ...f, attempts: new Array(1_000_001).fill(0) }), 'shape:attempts'],
  ];

  it.each(cases)('refuses %s and writes nothing', async (_name, mutate, expected) => {
    const exported = json(await exportProgress(source.db, sourceLearner, start));
    const before = await target.db.card.findMany({ orderBy: { id: 'asc' } });
    const result = await importProgress(target.db, targetLearner, mutate(exported));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const { refusal } = result;
      const path = refusal.code === 'shape' ? refusal.error.issues[0].path : [];
      expect(refusal.code === 'shape' ? `shape:${String(path[0] ?? '')}` : refusal.code).toBe(
        expected,
      );
    }
    expect(await target.db.review.count()).toBe(0);
    expect(await target.db.attempt.count()).toBe(0);
    expect(await target.db.card.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
