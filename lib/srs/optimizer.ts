// FSRS parameters fitted to a learner's history with the FSRS optimizer (fsrs-rs, as Anki uses),
// judged before they are adopted: log loss and binned RMSE on later reviews the fit did not see.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { setPriority } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { type LoggedReview, packReview } from './history.mjs';

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

const FIT_PROCESS = path.join(process.cwd(), 'lib', 'srs', 'fit-process.mjs');
/** The optimizer's scheduling priority: the lowest, so a fit never slows the pages and ratings. */
const FIT_NICENESS = 19;

/** A learner's review log in chunks, each holding all of some cards' reviews in time order. */
export type ReviewChunks =
  | AsyncIterable<readonly LoggedReview[]>
  | Iterable<readonly LoggedReview[]>;

/** What the optimizer's process answers: the split's sizes, the fitted parameters and three sets of metrics. */
interface ProcessResult {
  trainReviews: number;
  testReviews: number;
  parameters: number[];
  defaults: Metrics;
  current: Metrics;
  fitted: Metrics;
}

/**
 * Runs the optimizer in a child process (see fit-process.mjs) at the lowest priority: the log goes
 * to it a chunk at a time, one line per chunk, and the child builds the history items, so neither
 * the whole log's items nor a fit's CPU time lands on the server's event loop.
 */
async function runFitProcess(
  chunks: ReviewChunks,
  current: readonly number[] | null,
  onProgress: (share: number) => void,
): Promise<ProcessResult> {
  const child = spawn(process.execPath, [FIT_PROCESS], { stdio: ['pipe', 'pipe', 'pipe'] });
  try {
    if (child.pid !== undefined) setPriority(child.pid, FIT_NICENESS);
  } catch {
    // Not permitted here: the fit still runs, at the server's priority.
  }
  let result: ProcessResult | undefined;
  let tooLittle: number | undefined;
  let errors = '';
  createInterface({ input: child.stdout }).on('line', (line) => {
    const message = JSON.parse(line) as {
      progress?: number;
      result?: ProcessResult;
      notEnough?: number;
    };
    if (message.progress !== undefined) onProgress(message.progress);
    if (message.result) result = message.result;
    if (message.notEnough !== undefined) tooLittle = message.notEnough;
  });
  child.stderr.on('data', (chunk) => {
    errors = `${errors}${chunk}`.slice(-2000);
  });
  const closed = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  // A child that stops early closes its input: the writes below then fail, and `closed` says why.
  child.stdin.on('error', () => {});
  const write = async (line: string) => {
    if (!child.stdin.write(`${line}\n`)) await Promise.race([once(child.stdin, 'drain'), closed]);
  };
  await write(JSON.stringify({ current, minTestReviews: MIN_TEST_REVIEWS }));
  for await (const chunk of chunks) {
    if (child.exitCode !== null) break;
    await write(JSON.stringify(chunk.map(packReview)));
  }
  child.stdin.end();
  const code = await closed;
  if (tooLittle !== undefined) throw new NotEnoughHistory(tooLittle);
  if (result) return result;
  throw new Error(`The optimizer stopped (exit ${code}): ${errors.trim().split('\n')[0]}`);
}

/**
 * Fits parameters on the earlier 80% of the reviews (by time) and scores the defaults, the parameters
 * in use and the fitted ones on the later 20%. `onProgress` gets a share from 0 to 1.
 */
export async function fitParameters(
  chunks: ReviewChunks,
  current: readonly number[] | null,
  onProgress: (share: number) => void = () => {},
): Promise<FitReport> {
  const fit = await runFitProcess(chunks, current, onProgress);
  return { ...fit, adopt: shouldAdopt(fit.fitted, fit.current) };
}
