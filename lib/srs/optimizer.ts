// FSRS parameters fitted to a learner's history with the FSRS optimizer (fsrs-rs, as Anki uses),
// judged before they are adopted: log loss and binned RMSE on later reviews the fit did not see.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { type HistoryItem, splitByTime } from './history';

export interface Metrics {
  logLoss: number;
  rmse: number;
}

export interface FitReport {
  trainReviews: number;
  testReviews: number;
  parameters: number[];
  /** The default parameters on the later reviews. */
  defaults: Metrics;
  /** The parameters in use before the fit (the defaults, or an earlier fit) on the later reviews. */
  current: Metrics;
  fitted: Metrics;
  adopt: boolean;
}

/** Fewer later reviews than this cannot tell two sets of parameters apart. */
export const MIN_TEST_REVIEWS = 50;

/**
 * The least relative gain in log loss that counts as better: refitting parameters that already fit
 * a history moves its log loss by hundredths of a percent, so smaller gains are noise.
 */
export const MIN_LOG_LOSS_GAIN = 0.005;

/**
 * Adopt the fitted parameters only when they predict the later reviews better than the ones in use:
 * a log loss lower by at least half a percent (binned RMSE is shown beside it).
 * @example shouldAdopt({ logLoss: 0.30, rmse: 0.02 }, { logLoss: 0.32, rmse: 0.03 }) // true
 */
export function shouldAdopt(fitted: Metrics, current: Metrics): boolean {
  return fitted.logLoss <= current.logLoss * (1 - MIN_LOG_LOSS_GAIN);
}

export class NotEnoughHistory extends Error {
  constructor(readonly testReviews: number) {
    super(
      `Too little history to judge a fit: ${testReviews} later reviews, ${MIN_TEST_REVIEWS} needed.`,
    );
    this.name = 'NotEnoughHistory';
  }
}

/** What the optimizer's process answers: the fitted parameters and three sets of metrics. */
interface ProcessResult {
  parameters: number[];
  defaults: Metrics;
  current: Metrics;
  fitted: Metrics;
}

const FIT_PROCESS = path.join(process.cwd(), 'lib', 'srs', 'fit-process.mjs');

/** Runs the optimizer in a child process (see fit-process.mjs), passing progress on. */
function runFitProcess(
  input: { train: HistoryItem[]; test: HistoryItem[]; current: readonly number[] | null },
  onProgress: (share: number) => void,
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [FIT_PROCESS], { stdio: ['pipe', 'pipe', 'pipe'] });
    let result: ProcessResult | undefined;
    let errors = '';
    createInterface({ input: child.stdout }).on('line', (line) => {
      const message = JSON.parse(line) as { progress?: number; result?: ProcessResult };
      if (message.progress !== undefined) onProgress(message.progress);
      if (message.result) result = message.result;
    });
    child.stderr.on('data', (chunk) => {
      errors = `${errors}${chunk}`.slice(-2000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (result) resolve(result);
      else
        reject(new Error(`The optimizer stopped (exit ${code}): ${errors.trim().split('\n')[0]}`));
    });
    child.stdin.end(JSON.stringify(input));
  });
}

/**
 * Fits parameters on the earlier 80% of the reviews (by time) and scores the defaults, the parameters
 * in use and the fitted ones on the later 20%. `onProgress` gets a share from 0 to 1.
 */
export async function fitParameters(
  items: readonly HistoryItem[],
  current: readonly number[] | null,
  onProgress: (share: number) => void = () => {},
): Promise<FitReport> {
  const { train, test: later } = splitByTime(items);
  // Judged on the later reviews that came a day or more after the previous one: the predictions
  // over days that scheduling rests on (the optimizer cannot score some same-day relearning steps).
  const test = later.filter((item) => (item.reviews.at(-1)?.deltaT ?? 0) > 0);
  if (test.length < MIN_TEST_REVIEWS || train.length < MIN_TEST_REVIEWS) {
    throw new NotEnoughHistory(test.length);
  }
  const fit = await runFitProcess({ train, test, current }, onProgress);
  return {
    trainReviews: train.length,
    testReviews: test.length,
    parameters: fit.parameters,
    defaults: fit.defaults,
    current: fit.current,
    fitted: fit.fitted,
    adopt: shouldAdopt(fit.fitted, fit.current),
  };
}
