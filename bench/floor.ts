// The floor: the next-card reads and a rating's writes done directly with better-sqlite3, no app around them.
import Database from 'better-sqlite3';
import { sqliteTimestamp } from '../lib/db/sqlite-time';
import { percentile, round } from './load';

export interface FloorResult {
  operation: string;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

function time(operation: string, iterations: number, run: (i: number) => void): FloorResult {
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    run(i);
    latencies.push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    operation,
    perSecond: Math.round(iterations / seconds),
    p50: round(percentile(latencies, 50), 3),
    p95: round(percentile(latencies, 95), 3),
    p99: round(percentile(latencies, 99), 3),
  };
}

/** Measures the floor on a database file it may write to (give it a copy: ratings are committed). */
export function measureFloor(file: string, iterations = 2000): FloorResult[] {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  const learnerId = (
    db.prepare('SELECT id FROM Learner ORDER BY id LIMIT 1').get() as { id: number }
  ).id;
  const now = sqliteTimestamp(new Date());
  const dayEnd = sqliteTimestamp(new Date(Date.now() + 86_400_000));
  const stat = db.prepare('SELECT * FROM DailyStat WHERE learnerId = ? AND day = ?');
  const count = db.prepare(
    'SELECT COUNT(*) AS n FROM Card WHERE learnerId = ? AND suspended = 0 AND state = ? AND due <= ?',
  );
  const countNew = db.prepare(
    'SELECT COUNT(*) AS n FROM Card WHERE learnerId = ? AND suspended = 0 AND state = 0',
  );
  const next = db.prepare(
    'SELECT * FROM Card WHERE learnerId = ? AND suspended = 0 AND state = 2 AND due < ? ORDER BY due, id LIMIT 1',
  );
  const nextCard = time('next card (queue reads)', iterations, () => {
    stat.get(learnerId, now.slice(0, 10));
    count.get(learnerId, 1, now);
    count.get(learnerId, 3, now);
    count.get(learnerId, 2, dayEnd);
    countNew.get(learnerId);
    next.get(learnerId, dayEnd);
  });

  const cards = db
    .prepare('SELECT id, reps FROM Card WHERE learnerId = ? LIMIT 1000')
    .all(learnerId) as { id: number; reps: number }[];
  const findReview = db.prepare('SELECT id FROM Review WHERE submissionId = ?');
  const findCard = db.prepare('SELECT * FROM Card WHERE id = ? AND learnerId = ?');
  const updateCard = db.prepare(
    'UPDATE Card SET due = ?, stability = ?, difficulty = ?, reps = reps + 1, state = 2, lastReview = ? WHERE id = ?',
  );
  const insertReview =
    db.prepare(`INSERT INTO Review (submissionId, learnerId, cardId, rating, state, due, stability, difficulty,
    elapsedDays, lastElapsedDays, scheduledDays, learningSteps, reps, lapses, lastReview, reviewedAt, day)
    VALUES (?, ?, ?, 3, 2, ?, 1, 5, 1, 1, 1, 0, 1, 0, NULL, ?, ?)`);
  const upsertDay = db.prepare(`INSERT INTO DailyStat (learnerId, day, reviews) VALUES (?, ?, 1)
    ON CONFLICT (learnerId, day) DO UPDATE SET reviews = reviews + 1`);
  const rate = db.transaction((i: number) => {
    const card = cards[i % cards.length];
    const submissionId = `floor-${process.pid}-${i}`;
    findReview.get(submissionId);
    findCard.get(card.id, learnerId);
    updateCard.run(now, 2.5, 5, now, card.id);
    insertReview.run(submissionId, learnerId, card.id, now, now, now.slice(0, 10));
    upsertDay.run(learnerId, now.slice(0, 10));
  });
  const rating = time('rating (one write transaction)', iterations, (i) => rate(i));
  db.close();
  return [nextCard, rating];
}
