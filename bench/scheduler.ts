// The FSRS optimizer's cost: fitting parameters to 1,000,000 reviews (a simulated learner with known,
// non-default parameters), and whether the fit beats the defaults on the later reviews.
import { historyItems } from '../lib/srs/history';
import { fitParameters } from '../lib/srs/optimizer';
import { STRONG_LEARNER_PARAMETERS, simulateLearner } from '../lib/srs/simulate';
import type { BenchSection } from './types';

const TARGET = Number(process.env.BENCH_FIT_REVIEWS ?? 1_000_000);
/** Reviews simulated; the rest are copies of these histories shifted in time (the cost is per review). */
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
  const base = historyItems(reviews);
  const copies = Math.ceil(TARGET / reviews.length);
  const span = base.length > 0 ? base[base.length - 1].at - base[0].at + 1 : 0;
  const items = Array.from({ length: copies }, (_, copy) =>
    base.map((item) => ({ ...item, at: item.at + copy * span })),
  ).flat();
  const simulatedSeconds = (Date.now() - started) / 1000;
  const fitStarted = Date.now();
  const report = await fitParameters(items, null);
  const fitSeconds = (Date.now() - fitStarted) / 1000;
  return {
    title: 'FSRS optimizer (fit on the earlier 80%, judged on the later 20%)',
    rows: [
      {
        reviews: reviews.length * copies,
        'history items': items.length,
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
