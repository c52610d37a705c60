// Reads behind /stats: per-day and per-skill aggregates and the card table, never the review log.

import { State } from '../srs/scheduler';
import type { DailyCounters } from '../srs/statistics';
import type { Db } from './client';
import { Prisma } from './generated/client';

/** Every day's counters, sorted by day. */
export function fetchDailyCounters(db: Db, learnerId: number): Promise<DailyCounters[]> {
  return db.$queryRaw<DailyCounters[]>`
    SELECT "day", "reviews", "attempts", "matureReviews", "matureRecalled" FROM "DailyStat"
    WHERE "learnerId" = ${learnerId} ORDER BY "day"`;
}

/** Checked answers and correct ones per topic. */
export async function fetchAnswersByTopic(db: Db, learnerId: number) {
  const rows = await db.$queryRaw<
    { topic: string; attempts: bigint | number; correct: bigint | number }[]
  >`
    SELECT "topic", SUM("attempts") AS "attempts", SUM("correct") AS "correct" FROM "SkillStat"
    WHERE "learnerId" = ${learnerId} GROUP BY "topic"`;
  return rows.map((r) => ({
    topic: r.topic,
    attempts: Number(r.attempts),
    correct: Number(r.correct),
  }));
}

/** Cards per topic, and those in review with an interval of at least `masteredDays`. */
export async function fetchCardsByTopic(db: Db, learnerId: number, masteredDays: number) {
  const rows = await db.$queryRaw<
    { topic: string; cards: bigint | number; mastered: bigint | number | null }[]
  >`
    SELECT "topic", COUNT(*) AS "cards",
      SUM(CASE WHEN "state" = ${State.Review} AND "scheduledDays" >= ${masteredDays} THEN 1 ELSE 0 END)
        AS "mastered"
    FROM "Card" WHERE "learnerId" = ${learnerId} AND "suspended" = FALSE GROUP BY "topic"`;
  return rows.map((r) => ({
    topic: r.topic,
    cards: Number(r.cards),
    mastered: Number(r.mastered ?? 0),
  }));
}

/**
 * Studied cards falling due before each of `ends` and at or after the one before it (the first
 * from the beginning, so overdue cards count in it). One index range count per bound, in a single
 * statement: the database walks each card's index entry once and returns a single row.
 */
export async function fetchDueCounts(db: Db, learnerId: number, ends: Date[]): Promise<number[]> {
  const studied = Prisma.sql`"learnerId" = ${learnerId} AND "suspended" = FALSE
    AND "state" IN (${State.Learning}, ${State.Review}, ${State.Relearning})`;
  const columns = Prisma.join(
    ends.map((end, i) => {
      const from = i === 0 ? Prisma.empty : Prisma.sql`AND "due" >= ${ends[i - 1]}`;
      return Prisma.sql`(SELECT COUNT(*) FROM "Card" WHERE ${studied} ${from} AND "due" < ${end}) AS ${Prisma.raw(`"d${i}"`)}`;
    }),
  );
  const [row] = await db.$queryRaw<Record<string, bigint | number>[]>`SELECT ${columns}`;
  return ends.map((_, i) => Number(row?.[`d${i}`] ?? 0));
}
