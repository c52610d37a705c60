// Reads behind /review and the home page: what is due now, what comes next, and today's counts.
// These run on every page view, so they are single SQL statements on the card indexes
// (Prisma's raw queries cost a fraction of its model queries; see the README's Performance section).
import { endOfStudyDay, studyDay } from '../srs/day';
import { remainingToday } from '../srs/limits';
import { State } from '../srs/scheduler';
import type { Db } from './client';
import type { LearnerRow } from './learner';

export type CardRow = Awaited<ReturnType<Db['card']['findFirstOrThrow']>>;

export interface QueueSummary {
  day: string;
  learning: number;
  review: number;
  fresh: number;
  doneToday: number;
  newLimitReached: boolean;
  next: CardRow | null;
  nextDueAt: Date | null;
}

/** How far ahead a learning card may be shown when nothing else is left (Anki's "learn ahead limit"). */
export const LEARN_AHEAD_MS = 20 * 60_000;

interface Counts {
  learning: bigint | number;
  review: bigint | number;
  fresh: bigint | number;
  reviews: bigint | number | null;
  newCards: bigint | number | null;
}

/** Today's queue for a learner at `now`: learning cards due now, reviews due today, then new cards. */
export async function fetchQueue(db: Db, learner: LearnerRow, now: Date): Promise<QueueSummary> {
  const day = studyDay(now, learner.timezone, learner.dayStartHour);
  const dayEnd = endOfStudyDay(now, learner.timezone, learner.dayStartHour);
  const id = learner.id;
  const [counts] = await db.$queryRaw<Counts[]>`
    SELECT
      (SELECT COUNT(*) FROM Card WHERE learnerId = ${id} AND suspended = 0
         AND state IN (${State.Learning}, ${State.Relearning}) AND due <= ${now}) AS learning,
      (SELECT COUNT(*) FROM Card WHERE learnerId = ${id} AND suspended = 0
         AND state = ${State.Review} AND due < ${dayEnd}) AS review,
      (SELECT COUNT(*) FROM Card WHERE learnerId = ${id} AND suspended = 0 AND state = ${State.New}) AS fresh,
      (SELECT reviews FROM DailyStat WHERE learnerId = ${id} AND day = ${day}) AS reviews,
      (SELECT newCards FROM DailyStat WHERE learnerId = ${id} AND day = ${day}) AS newCards`;
  const learning = Number(counts.learning);
  const freshTotal = Number(counts.fresh);
  const done = { reviews: Number(counts.reviews ?? 0), newCards: Number(counts.newCards ?? 0) };
  const left = remainingToday(learner, done);
  const review = Math.min(Number(counts.review), left.reviews);
  const fresh = Math.min(freshTotal, left.newCards);

  let rows: CardRow[] = [];
  if (learning > 0) {
    rows = await db.$queryRaw<CardRow[]>`
      SELECT * FROM Card WHERE learnerId = ${id} AND suspended = 0
        AND state IN (${State.Learning}, ${State.Relearning}) AND due <= ${now}
      ORDER BY due, id LIMIT 1`;
  } else if (review > 0) {
    rows = await db.$queryRaw<CardRow[]>`
      SELECT * FROM Card WHERE learnerId = ${id} AND suspended = 0 AND state = ${State.Review} AND due < ${dayEnd}
      ORDER BY due, id LIMIT 1`;
  } else if (fresh > 0) {
    rows = await db.$queryRaw<CardRow[]>`
      SELECT * FROM Card WHERE learnerId = ${id} AND suspended = 0 AND state = ${State.New}
      ORDER BY position, id LIMIT 1`;
  }
  if (rows.length === 0) {
    // Nothing else to study: like Anki, show a learning card due within the next 20 minutes now.
    const soon = new Date(now.getTime() + LEARN_AHEAD_MS);
    rows = await db.$queryRaw<CardRow[]>`
      SELECT * FROM Card WHERE learnerId = ${id} AND suspended = 0
        AND state IN (${State.Learning}, ${State.Relearning}) AND due <= ${soon}
      ORDER BY due, id LIMIT 1`;
  }
  const next = rows[0] ?? null;
  return {
    day,
    learning,
    review,
    fresh,
    doneToday: done.reviews,
    newLimitReached: freshTotal > 0 && left.newCards === 0,
    next,
    nextDueAt: next ? null : await fetchNextDueAt(db, id, now),
  };
}

/** The earliest due date among cards already studied and not yet due, for the empty state. */
async function fetchNextDueAt(db: Db, learnerId: number, now: Date): Promise<Date | null> {
  const [row] = await db.$queryRaw<{ due: Date | string | null }[]>`
    SELECT MIN(due) AS due FROM Card WHERE learnerId = ${learnerId} AND suspended = 0
      AND state IN (${State.Learning}, ${State.Review}, ${State.Relearning}) AND due > ${now}`;
  return row?.due ? new Date(row.due) : null;
}

/** The learner's most recent rating, the target of Undo. */
export async function fetchLastReview(db: Db, learnerId: number) {
  const [row] = await db.$queryRaw<{ submissionId: string; cardId: number }[]>`
    SELECT submissionId, cardId FROM Review WHERE learnerId = ${learnerId}
    ORDER BY reviewedAt DESC, id DESC LIMIT 1`;
  return row ?? null;
}
