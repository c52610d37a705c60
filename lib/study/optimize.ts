// Fitting FSRS parameters to the learner: started by the learner or after every 1,000 new reviews,
// run in the background (the optimizer in a child process), with progress and a record of each fit.
import type { Db } from '../db/client';
import {
  beatFit,
  countReviews,
  failFit,
  fetchReviewLogChunks,
  finishFit,
  openFit,
  saveFitProgress,
} from '../db/fits';
import type { LearnerRow } from '../db/learner';
import { fitParameters, NotEnoughHistory } from '../srs/optimizer';
import { configOf } from '../srs/scheduler';
import { currentLearner } from './learner';

/** New reviews after which the parameters are fitted again on their own. */
export const AUTO_FIT_EVERY = 1_000;

/** How often the process running a fit renews its heartbeat. */
const HEARTBEAT_MS = 10_000;
/** A running fit whose heartbeat is older than this was cut short (its process stopped). */
export const FIT_STALE_AFTER_MS = 60_000;

async function runFit(db: Db, learner: LearnerRow, fitId: number): Promise<void> {
  const heartbeat = setInterval(() => {
    void beatFit(db, fitId, new Date()).catch(() => {});
  }, HEARTBEAT_MS);
  heartbeat.unref();
  try {
    let saved = 0;
    const log = fetchReviewLogChunks(db, learner.id);
    const report = await fitParameters(log, configOf(learner).parameters, (share) => {
      if (share - saved >= 0.05 || share === 1) {
        saved = share;
        void saveFitProgress(db, fitId, share * 0.95).catch(() => {});
      }
    });
    await finishFit(
      db,
      learner.id,
      fitId,
      {
        trainReviews: report.trainReviews,
        testReviews: report.testReviews,
        defaultLogLoss: report.defaults.logLoss,
        defaultRmse: report.defaults.rmse,
        fittedLogLoss: report.fitted.logLoss,
        fittedRmse: report.fitted.rmse,
        parameters: report.parameters,
        adopted: report.adopt,
      },
      new Date(),
    );
  } catch (error) {
    const message =
      error instanceof NotEnoughHistory ? 'not-enough-history' : String((error as Error).message);
    await failFit(db, fitId, message, new Date()).catch(() => {});
  } finally {
    clearInterval(heartbeat);
  }
}

/**
 * Starts a fit in the background and answers at once with its id (or the running fit's).
 * `done` lets scripts and tests await the fit itself.
 */
export async function startFit(
  db: Db,
  learner: LearnerRow,
  trigger: 'manual' | 'auto',
  now = new Date(),
): Promise<{ fitId: number; done: Promise<void> }> {
  const reviews = await countReviews(db, learner.id);
  const staleBefore = new Date(now.getTime() - FIT_STALE_AFTER_MS);
  const { id, created } = await openFit(db, learner.id, trigger, reviews, now, staleBefore);
  const done = created ? runFit(db, learner, id) : Promise.resolve();
  return { fitId: id, done };
}

/** The learner's "Optimize parameters". */
export async function requestFit(): Promise<{ fitId: number }> {
  const { db, learner } = await currentLearner();
  const { fitId } = await startFit(db, learner, 'manual');
  return { fitId };
}

/** After a rating: fits again once the learner has 1,000 reviews more than at the last fit. */
export async function fitWhenDue(db: Db, learner: LearnerRow): Promise<void> {
  const reviews = await countReviews(db, learner.id);
  if (reviews - learner.reviewsAtLastFit >= AUTO_FIT_EVERY) {
    await startFit(db, learner, 'auto');
  }
}
