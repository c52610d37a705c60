// What /review shows: today's counts, the next card ready to study (with its interval per rating), or when to come back.

import { renderMarkdown } from '../content/render';
import { type CardRow, fetchLastReview } from '../db/queue';
import { formatDateTime, formatInterval } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import { resolveItem } from '../srs/catalog';
import {
  type CardState,
  configOf,
  GRADES,
  previewDue,
  type SchedulerConfig,
} from '../srs/scheduler';
import { skillLevel, variantSeed } from '../srs/skill';
import { currentLearner } from './learner';
import { type ExerciseView, presentExercise } from './present';
import { loadQueue } from './queue';

export type ReviewCardView = {
  cardId: number;
  expectedReps: number;
  intervals: { rating: 1 | 2 | 3 | 4; label: string }[];
} & (
  | {
      kind: 'concept';
      conceptTitle: string;
      conceptSlug: string;
      frontHtml: string;
      backHtml: string;
      cloze: boolean;
    }
  | { kind: 'skill'; exercise: ExerciseView }
);

export interface ReviewScreen {
  counts: { learning: number; review: number; fresh: number; doneToday: number };
  card: ReviewCardView | null;
  newLimitReached: boolean;
  nextDue: string | null;
  lastSubmissionId: string | null;
}

export async function loadReviewScreen(locale: Locale, now = new Date()): Promise<ReviewScreen> {
  const { db, learner } = await currentLearner(now);
  const [queue, last] = await Promise.all([
    loadQueue(db, learner, now),
    fetchLastReview(db, learner.id),
  ]);
  return {
    counts: {
      learning: queue.learning,
      review: queue.review,
      fresh: queue.fresh,
      doneToday: queue.doneToday,
    },
    card: queue.next ? presentCard(queue.next, locale, now, configOf(learner)) : null,
    newLimitReached: queue.newLimitReached,
    nextDue: queue.nextDueAt ? formatDateTime(queue.nextDueAt, locale, learner.timezone) : null,
    lastSubmissionId: last?.submissionId ?? null,
  };
}

function presentCard(
  row: CardRow,
  locale: Locale,
  now: Date,
  config: SchedulerConfig,
): ReviewCardView | null {
  const item = resolveItem(row.kind, row.itemId);
  if (!item) return null;
  const dues = previewDue(row as CardState, now, config);
  const base = {
    cardId: row.id,
    expectedReps: row.reps,
    intervals: GRADES.map((rating) => ({
      rating: rating as 1 | 2 | 3 | 4,
      label: formatInterval(dues[rating].getTime() - now.getTime(), locale),
    })),
  };
  if (item.kind === 'concept') {
    return {
      ...base,
      kind: 'concept',
      conceptTitle: item.concept.title[locale],
      conceptSlug: item.concept.slug,
      frontHtml: renderMarkdown(item.card.front[locale]),
      backHtml: renderMarkdown(item.card.back[locale]),
      cloze: item.card.kind === 'cloze',
    };
  }
  const exercise = item.generator.generate(
    variantSeed(row.id, row.reps, row.lapses),
    skillLevel(row.state, row.scheduledDays),
  );
  return { ...base, kind: 'skill', exercise: presentExercise(exercise, locale) };
}
