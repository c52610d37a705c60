// Reads behind /stats: all from per-day and per-skill aggregates and the card table, never the review log.
import { addDays, type DayKey, startOfStudyDay, studyDay } from '../srs/day';
import { State } from '../srs/scheduler';
import type { Db } from './client';
import { Prisma } from './generated/client';
import type { LearnerRow } from './learner';

export interface DayCount {
  day: DayKey;
  reviews: number;
  attempts: number;
}

export interface RetentionRow {
  period: 'week' | 'month' | 'year' | 'all';
  reviews: number;
  recalled: number;
}

export interface TopicRow {
  topic: string;
  attempts: number;
  correct: number;
  cards: number;
  mastered: number;
}

export interface Stats {
  today: DayKey;
  days: DayCount[];
  retention: RetentionRow[];
  forecast: { day: DayKey; due: number }[];
  topics: TopicRow[];
  streak: number;
  totals: { reviews: number; attempts: number };
}

interface DailyRow {
  day: DayKey;
  reviews: number;
  attempts: number;
  matureReviews: number;
  matureRecalled: number;
}

/** A card counts as mastered once its interval reaches three weeks (Anki's "mature"). */
export const MASTERED_INTERVAL_DAYS = 21;
const PERIOD_DAYS = { week: 7, month: 30, year: 365 } as const;

export async function fetchStats(db: Db, learner: LearnerRow, now: Date): Promise<Stats> {
  const today = studyDay(now, learner.timezone, learner.dayStartHour);
  const id = learner.id;
  const [daily, skills, cards, forecast] = await Promise.all([
    db.$queryRaw<DailyRow[]>`
      SELECT day, reviews, attempts, matureReviews, matureRecalled FROM DailyStat
      WHERE learnerId = ${id} ORDER BY day`,
    db.$queryRaw<{ topic: string; attempts: bigint | number; correct: bigint | number }[]>`
      SELECT topic, SUM(attempts) AS attempts, SUM(correct) AS correct FROM SkillStat
      WHERE learnerId = ${id} GROUP BY topic`,
    db.$queryRaw<{ topic: string; cards: bigint | number; mastered: bigint | number }[]>`
      SELECT topic, COUNT(*) AS cards,
        SUM(state = ${State.Review} AND scheduledDays >= ${MASTERED_INTERVAL_DAYS}) AS mastered
      FROM Card WHERE learnerId = ${id} AND suspended = 0 GROUP BY topic`,
    fetchForecast(db, learner, today),
  ]);

  const retention = (['week', 'month', 'year', 'all'] as const).map((period) => {
    const from = period === 'all' ? '' : addDays(today, 1 - PERIOD_DAYS[period]);
    const rows = daily.filter((row) => row.day >= from);
    return {
      period,
      reviews: rows.reduce((sum, row) => sum + row.matureReviews, 0),
      recalled: rows.reduce((sum, row) => sum + row.matureRecalled, 0),
    };
  });

  const topicNames = new Set([...cards.map((c) => c.topic), ...skills.map((s) => s.topic)]);
  const topics = [...topicNames].map((topic) => {
    const skill = skills.find((s) => s.topic === topic);
    const card = cards.find((c) => c.topic === topic);
    return {
      topic,
      attempts: Number(skill?.attempts ?? 0),
      correct: Number(skill?.correct ?? 0),
      cards: Number(card?.cards ?? 0),
      mastered: Number(card?.mastered ?? 0),
    };
  });

  const yearAgo = addDays(today, -364);
  return {
    today,
    days: daily
      .filter((row) => row.day >= yearAgo)
      .map((row) => ({ day: row.day, reviews: row.reviews, attempts: row.attempts })),
    retention,
    forecast,
    topics,
    streak: studyStreak(
      daily.filter((row) => row.reviews + row.attempts > 0).map((row) => row.day),
      today,
    ),
    totals: {
      reviews: daily.reduce((sum, row) => sum + row.reviews, 0),
      attempts: daily.reduce((sum, row) => sum + row.attempts, 0),
    },
  };
}

/**
 * Consecutive study days ending today (or yesterday, when today has no study yet).
 * @example studyStreak(['2026-03-01', '2026-03-02'], '2026-03-03') // 2
 */
export function studyStreak(studiedDays: DayKey[], today: DayKey): number {
  const studied = new Set(studiedDays);
  let day = studied.has(today) ? today : addDays(today, -1);
  let streak = 0;
  while (studied.has(day)) {
    streak += 1;
    day = addDays(day, -1);
  }
  return streak;
}

/** Cards falling due on each of the next 30 study days (overdue ones count for today). */
async function fetchForecast(db: Db, learner: LearnerRow, today: DayKey) {
  const days = Array.from({ length: 30 }, (_, i) => addDays(today, i));
  const ends = days.map((day) =>
    startOfStudyDay(addDays(day, 1), learner.timezone, learner.dayStartHour),
  );
  // One index range count per day (the first from the beginning, so overdue cards count today):
  // the database walks each card's index entry once and returns a single row.
  const studied = Prisma.sql`learnerId = ${learner.id} AND suspended = 0
    AND state IN (${State.Learning}, ${State.Review}, ${State.Relearning})`;
  const columns = Prisma.join(
    ends.map((end, i) => {
      const from = i === 0 ? Prisma.empty : Prisma.sql`AND due >= ${ends[i - 1]}`;
      return Prisma.sql`(SELECT COUNT(*) FROM Card WHERE ${studied} ${from} AND due < ${end}) AS ${Prisma.raw(`d${i}`)}`;
    }),
  );
  const [row] = await db.$queryRaw<Record<string, bigint | number>[]>`SELECT ${columns}`;
  return days.map((day, i) => ({ day, due: Number(row?.[`d${i}`] ?? 0) }));
}
