// What /stats shows: rows read by lib/db, retention, topics, streak and forecast worked out by lib/srs.
import type { Db } from '../db/client';
import type { LearnerRow } from '../db/learner';
import {
  fetchAnswersByTopic,
  fetchCardsByTopic,
  fetchDailyCounters,
  fetchDueCounts,
} from '../db/stats';
import { addDays, type DayKey, studyDay } from '../srs/day';
import {
  type DayCount,
  forecastDays,
  MASTERED_INTERVAL_DAYS,
  mergeTopics,
  type RetentionRow,
  retentionByPeriod,
  studyStreak,
  type TopicRow,
} from '../srs/statistics';

export interface Stats {
  today: DayKey;
  days: DayCount[];
  retention: RetentionRow[];
  forecast: { day: DayKey; due: number }[];
  topics: TopicRow[];
  streak: number;
  totals: { reviews: number; attempts: number };
}

export async function loadStats(db: Db, learner: LearnerRow, now: Date): Promise<Stats> {
  const today = studyDay(now, learner.timezone, learner.dayStartHour);
  const ahead = forecastDays(today, learner.timezone, learner.dayStartHour);
  const [daily, answers, cards, due] = await Promise.all([
    fetchDailyCounters(db, learner.id),
    fetchAnswersByTopic(db, learner.id),
    fetchCardsByTopic(db, learner.id, MASTERED_INTERVAL_DAYS),
    fetchDueCounts(
      db,
      learner.id,
      ahead.map((d) => d.end),
    ),
  ]);
  const yearAgo = addDays(today, -364);
  return {
    today,
    days: daily
      .filter((row) => row.day >= yearAgo)
      .map((row) => ({ day: row.day, reviews: row.reviews, attempts: row.attempts })),
    retention: retentionByPeriod(daily, today),
    forecast: ahead.map(({ day }, i) => ({ day, due: due[i] })),
    topics: mergeTopics(answers, cards),
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
