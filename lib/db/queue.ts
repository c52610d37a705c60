// Reads behind /review and the home page: counts of due cards, the next card of a pool, the last rating.
// These run on every page view, so they are single SQL statements on the card indexes
// (Prisma's raw queries cost a fraction of its model queries; see the README's Performance section).
import type { QueuePool } from '../srs/queue';
import { State } from '../srs/scheduler';
import type { Db } from './client';
import { Prisma } from './generated/client';

export type CardRow = Awaited<ReturnType<Db['card']['findFirstOrThrow']>>;

/** The instants and the study day a queue read is bounded by. */
export interface QueueWindow {
  now: Date;
  day: string;
  /** When the current study day ends. */
  dayEnd: Date;
}

/** Cards not buried, or whose burial has ended by `now`. */
function unburied(now: Date): Prisma.Sql {
  return Prisma.sql`("buriedUntil" IS NULL OR "buriedUntil" <= ${now})`;
}

interface CountsRow {
  learning: bigint | number;
  review: bigint | number;
  fresh: bigint | number;
  reviews: bigint | number | null;
  newCards: bigint | number | null;
}

/** Cards due now per pool and today's counters, in one statement. */
export async function fetchQueueCounts(db: Db, learnerId: number, window: QueueWindow) {
  const { now, day, dayEnd } = window;
  const [row] = await db.$queryRaw<CountsRow[]>`
    SELECT
      (SELECT COUNT(*) FROM "Card" WHERE "learnerId" = ${learnerId} AND "suspended" = FALSE AND ${unburied(now)}
         AND "state" IN (${State.Learning}, ${State.Relearning}) AND "due" <= ${now}) AS "learning",
      (SELECT COUNT(*) FROM "Card" WHERE "learnerId" = ${learnerId} AND "suspended" = FALSE AND ${unburied(now)}
         AND "state" = ${State.Review} AND "due" < ${dayEnd}) AS "review",
      (SELECT COUNT(*) FROM "Card" WHERE "learnerId" = ${learnerId} AND "suspended" = FALSE AND ${unburied(now)}
         AND "state" = ${State.New}) AS "fresh",
      (SELECT "reviews" FROM "DailyStat" WHERE "learnerId" = ${learnerId} AND "day" = ${day}) AS "reviews",
      (SELECT "newCards" FROM "DailyStat" WHERE "learnerId" = ${learnerId} AND "day" = ${day}) AS "newCards"`;
  return {
    learning: Number(row.learning),
    review: Number(row.review),
    fresh: Number(row.fresh),
    done: { reviews: Number(row.reviews ?? 0), newCards: Number(row.newCards ?? 0) },
  };
}

/**
 * The first card of a pool: learning cards due by `dueBy` and reviews due before `dueBefore` in due
 * order, new cards in the order of the notes.
 */
export async function fetchNextCard(
  db: Db,
  learnerId: number,
  pool: QueuePool,
  bounds: { now: Date; dueBy: Date; dueBefore: Date },
): Promise<CardRow | null> {
  let rows: CardRow[];
  if (pool === 'learning') {
    rows = await db.$queryRaw<CardRow[]>`
      SELECT * FROM "Card" WHERE "learnerId" = ${learnerId} AND "suspended" = FALSE AND ${unburied(bounds.now)}
        AND "state" IN (${State.Learning}, ${State.Relearning}) AND "due" <= ${bounds.dueBy}
      ORDER BY "due", "id" LIMIT 1`;
  } else if (pool === 'review') {
    rows = await db.$queryRaw<CardRow[]>`
      SELECT * FROM "Card" WHERE "learnerId" = ${learnerId} AND "suspended" = FALSE AND ${unburied(bounds.now)}
        AND "state" = ${State.Review} AND "due" < ${bounds.dueBefore}
      ORDER BY "due", "id" LIMIT 1`;
  } else {
    rows = await db.$queryRaw<CardRow[]>`
      SELECT * FROM "Card" WHERE "learnerId" = ${learnerId} AND "suspended" = FALSE AND ${unburied(bounds.now)}
        AND "state" = ${State.New}
      ORDER BY "position", "id" LIMIT 1`;
  }
  return rows[0] ?? null;
}

/** The earliest due date among cards already studied and not yet due, for the empty state. */
export async function fetchNextDueAt(db: Db, learnerId: number, now: Date): Promise<Date | null> {
  const [row] = await db.$queryRaw<{ due: Date | string | null }[]>`
    SELECT MIN("due") AS "due" FROM "Card" WHERE "learnerId" = ${learnerId} AND "suspended" = FALSE
      AND ${unburied(now)} AND "state" IN (${State.Learning}, ${State.Review}, ${State.Relearning})
      AND "due" > ${now}`;
  return row?.due ? new Date(row.due) : null;
}

/** The learner's most recent rating, the target of Undo. */
export async function fetchLastReview(db: Db, learnerId: number) {
  const [row] = await db.$queryRaw<{ submissionId: string; cardId: number }[]>`
    SELECT "submissionId", "cardId" FROM "Review" WHERE "learnerId" = ${learnerId}
    ORDER BY "reviewedAt" DESC, "id" DESC LIMIT 1`;
  return row ?? null;
}
