// Statistics math over per-day and per-topic counters: retention per period, topics, streaks, the forecast's days.
import { addDays, type DayKey, startOfStudyDay } from './day';

/** A card counts as mastered once its interval reaches three weeks (Anki's "mature"). */
export const MASTERED_INTERVAL_DAYS = 21;
/** Days the due forecast looks ahead, today included. */
export const FORECAST_DAYS = 30;
const PERIOD_DAYS = { week: 7, month: 30, year: 365 } as const;

export interface DailyCounters {
  day: DayKey;
  reviews: number;
  attempts: number;
  matureReviews: number;
  matureRecalled: number;
}

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

/**
 * True retention over the last week, month, year and all time: ratings of mature cards, and how
 * many of those were recalled. `daily` is sorted by day.
 */
export function retentionByPeriod(daily: DailyCounters[], today: DayKey): RetentionRow[] {
  return (['week', 'month', 'year', 'all'] as const).map((period) => {
    const from = period === 'all' ? '' : addDays(today, 1 - PERIOD_DAYS[period]);
    const rows = daily.filter((row) => row.day >= from);
    return {
      period,
      reviews: rows.reduce((sum, row) => sum + row.matureReviews, 0),
      recalled: rows.reduce((sum, row) => sum + row.matureRecalled, 0),
    };
  });
}

/** One row per topic that has cards or answers, its answers beside its cards. */
export function mergeTopics(
  skills: { topic: string; attempts: number; correct: number }[],
  cards: { topic: string; cards: number; mastered: number }[],
): TopicRow[] {
  const names = new Set([...cards.map((c) => c.topic), ...skills.map((s) => s.topic)]);
  return [...names].map((topic) => {
    const skill = skills.find((s) => s.topic === topic);
    const card = cards.find((c) => c.topic === topic);
    return {
      topic,
      attempts: skill?.attempts ?? 0,
      correct: skill?.correct ?? 0,
      cards: card?.cards ?? 0,
      mastered: card?.mastered ?? 0,
    };
  });
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

/** The forecast's study days from today, each with the instant it ends in the learner's zone. */
export function forecastDays(
  today: DayKey,
  timeZone: string,
  dayStartHour: number,
): { day: DayKey; end: Date }[] {
  return Array.from({ length: FORECAST_DAYS }, (_, i) => {
    const day = addDays(today, i);
    return { day, end: startOfStudyDay(addDays(day, 1), timeZone, dayStartHour) };
  });
}
