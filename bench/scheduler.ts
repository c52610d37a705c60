// The FSRS optimizer's cost: fitting parameters to 1,000,000 reviews (a simulated learner with known,
// non-default parameters), and whether the fit beats the defaults on the later reviews.
import { fitSplit, historyItems, type LoggedReview } from '../lib/srs/history.mjs';
import { fitParameters } from '../lib/srs/optimizer';
import { STRONG_LEARNER_PARAMETERS, simulateLearner } from '../lib/srs/simulate';
import type { BenchSection } from './types';

const TARGET = Number(process.env.BENCH_FIT_REVIEWS ?? 1_000_000);
/** Reviews simulated; the rest are copies of these cards' histories shifted in time (the cost is per review). */
const SIMULATED = Math.min(TARGET, 100_000);

export async function run(): Promise<BenchSection> {
  const started = Date.now();
  const { reviews } = simulateLearner({
    cards: 100_000,
    days: 3 * 365,
    end: new Date('2026-11-01T00:00:00Z'),
    seed: 11,
    truth: { parameters: STRONG_LEARNER_PARAMETERS, desiredRetention: 0.9 },
    maxReviews: SIMULATED,
  });
  const copies = Math.ceil(TARGET / reviews.length);
  const times = reviews.map((review) => review.reviewedAt.getTime());
  const span = Math.max(...times) - Math.min(...times) + 86_400_000;
  const cardIds = 1 + Math.max(...reviews.map((review) => review.cardId));
  /** Copy `copy` of the log: other cards, later by the log's span, study days moved alike. */
  const shifted = (copy: number): LoggedReview[] =>
    reviews.map((review) => {
      const at = new Date(review.reviewedAt.getTime() + copy * span);
      const day = new Date(Date.parse(`${review.day}T00:00:00Z`) + copy * span);
      return {
        ...review,
        cardId: review.cardId + copy * cardIds,
        reviewedAt: at,
        day: day.toISOString().slice(0, 10),
      };
    });
  const chunks = Array.from({ length: copies }, (_, copy) => shifted(copy));
  const { train, test } = fitSplit(historyItems(chunks.flat()));
  const simulatedSeconds = (Date.now() - started) / 1000;
  const fitStarted = Date.now();
  const report = await fitParameters(chunks, null);
  const fitSeconds = (Date.now() - fitStarted) / 1000;
  return {
    title: 'FSRS optimizer (fit on the earlier 80%, judged on the later 20%)',
    rows: [
      {
        reviews: reviews.length * copies,
        'history items': train.length + test.length,
        'simulate s': Math.round(simulatedSeconds * 10) / 10,
        'optimize s': Math.round(fitSeconds * 10) / 10,
        'log loss defaults': Number(report.defaults.logLoss.toFixed(4)),
        'log loss fitted': Number(report.fitted.logLoss.toFixed(4)),
        'RMSE defaults': Number(report.defaults.rmse.toFixed(4)),
        'RMSE fitted': Number(report.fitted.rmse.toFixed(4)),
        adopted: report.adopt ? 'yes' : 'no',
      },
    ],
  };
}
