// The learner's scheduling on /settings: desired retention (with its review load), the leech
// threshold, rescheduling on request, and the parameter fits with their figures.

import { countNewCards, fetchStudiedStates, rescheduleStudiedCards } from '../db/card-rows';
import { fetchFits, saveScheduling } from '../db/fits';
import { estimateReviewsPerDay } from '../srs/forecast';
import { configOf, DEFAULT_PARAMETERS, rescheduledDue } from '../srs/scheduler';
import { currentLearner } from './learner';
import { FIT_STALE_AFTER_MS } from './optimize';
import { schedulingFormSchema } from './schemas';

export interface FitView {
  id: number;
  trigger: string;
  status: string;
  progress: number;
  startedAt: Date;
  finishedAt: Date | null;
  reviews: number;
  trainReviews: number;
  testReviews: number;
  defaultLogLoss: number | null;
  defaultRmse: number | null;
  fittedLogLoss: number | null;
  fittedRmse: number | null;
  adopted: boolean;
  error: string | null;
}

export interface SchedulingView {
  desiredRetention: number;
  leechThreshold: number;
  usesFittedParameters: boolean;
  parameters: readonly number[];
  /** Estimated reviews a day over the next 30 days at the saved retention. */
  reviewsPerDay: number;
  fits: FitView[];
  running: FitView | null;
}

export async function loadScheduling(now = new Date()): Promise<SchedulingView> {
  const { db, learner } = await currentLearner(now);
  const config = configOf(learner);
  const [fits, cards, newCards] = await Promise.all([
    fetchFits(db, learner.id),
    fetchStudiedStates(db, learner.id),
    countNewCards(db, learner.id),
  ]);
  // A fit whose server stopped beating its heart is shown as interrupted, as the next fit will mark it.
  const staleBefore = now.getTime() - FIT_STALE_AFTER_MS;
  const shown = fits.map((fit) =>
    fit.status === 'running' && (fit.heartbeatAt?.getTime() ?? 0) < staleBefore
      ? { ...fit, status: 'failed', error: 'interrupted' }
      : fit,
  );
  return {
    desiredRetention: learner.desiredRetention,
    leechThreshold: learner.leechThreshold,
    usesFittedParameters: config.parameters !== null,
    parameters: config.parameters ?? DEFAULT_PARAMETERS,
    reviewsPerDay: estimateReviewsPerDay(
      { cards, newCards, newPerDay: learner.newPerDay },
      config,
      now,
    ),
    fits: shown,
    running: shown.find((fit) => fit.status === 'running') ?? null,
  };
}

export type SchedulingOutcome =
  | { ok: true }
  | { ok: false; fieldErrors: Partial<Record<'desiredRetention' | 'leechThreshold', true>> };

/** Saves desired retention and the leech threshold; no card is rescheduled by it. */
export async function saveSchedulingSettings(raw: unknown): Promise<SchedulingOutcome> {
  const parsed = schedulingFormSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Partial<Record<'desiredRetention' | 'leechThreshold', true>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === 'desiredRetention' || field === 'leechThreshold') fieldErrors[field] = true;
    }
    return { ok: false, fieldErrors };
  }
  const { db, learner } = await currentLearner();
  await saveScheduling(db, learner.id, parsed.data);
  return { ok: true };
}

/**
 * "Reschedule cards": every card in review gets the interval its stability asks for now, worked
 * out from the cards as they are inside the write (a rating made meanwhile is kept, not undone).
 */
export async function rescheduleCards(now = new Date()): Promise<{ rescheduled: number }> {
  const { db, learner } = await currentLearner(now);
  const config = configOf(learner);
  const rescheduled = await rescheduleStudiedCards(db, learner.id, (cards) =>
    cards
      .map((card) => {
        const due = rescheduledDue(card, config);
        const scheduledDays = card.lastReview
          ? Math.round((due.getTime() - card.lastReview.getTime()) / 86_400_000)
          : card.scheduledDays;
        return { id: card.id, due, scheduledDays, was: card.due };
      })
      .filter((row) => row.due.getTime() !== row.was.getTime()),
  );
  return { rescheduled };
}
