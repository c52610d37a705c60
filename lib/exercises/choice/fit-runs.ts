// fit-diagnosis's training runs: data drawn from a seed, a model the engine fits, and what the curves show.

import { cosineFeatures, fitLinearModel } from '../engine';
import { Rng } from '../random';

export type Fit = 'underfit' | 'good' | 'overfit';

export interface Inputs {
  /** The regime the run was set up for; the answer is the regime the curves show (they agree). */
  fit: Fit;
  trainSize: number;
  /** Highest cosine frequency of the model's features (capacity). */
  features: number;
  /** Standard deviation of the label noise. */
  noise: number;
  lr: number;
  epochs: number;
  /** Seed of the data (target, points and noise). */
  data: number;
  patience?: number;
  remedy?: 'more-data' | 'regularize';
}

const DAMPING = 0.15;
const VALIDATION_SIZE = 30;

export type Run = { train: number[]; validation: number[] };
let lastRun: { key: string; run: Run } | null = null;

/** The training run behind one exercise (the last one is kept: drawing and building share it). */
export function trainingRun(inp: Inputs): Run {
  const key = `${inp.trainSize}:${inp.features}:${inp.noise}:${inp.lr}:${inp.epochs}:${inp.data}`;
  if (lastRun?.key !== key) lastRun = { key, run: train(inp) };
  return lastRun.run;
}

/** Data drawn from `data` (a target, points and noise), the model fitted by the engine. */
function train(inp: Inputs): Run {
  const rng = new Rng(inp.data);
  const coef = [
    rng.decimal(-0.3, 0.3, 2),
    rng.away(-1, 1, 2, 0.6),
    rng.away(-0.8, 0.8, 2, 0.4),
    rng.away(-0.6, 0.6, 2, 0.3),
  ];
  const target = (x: number) =>
    coef.reduce((s, c, k) => s + c * Math.cos((k * Math.PI * (x + 1)) / 2), 0);
  const n = inp.trainSize;
  const xs = Array.from({ length: n }, (_, i) => -1 + (2 * (i + 0.2 + 0.6 * rng.float())) / n);
  const ys = xs.map((x) => target(x) + inp.noise * rng.normal());
  const xv = Array.from({ length: VALIDATION_SIZE }, () => 2 * rng.float() - 1);
  const yv = xv.map((x) => target(x) + inp.noise * rng.normal());
  const features = (x: number) => cosineFeatures(x, inp.features, DAMPING);
  return fitLinearModel(xs.map(features), ys, xv.map(features), yv, {
    lr: inp.lr,
    epochs: inp.epochs,
  });
}

/** How far above its lowest a validation loss may end and still count as levelled off (not risen). */
export const RISE = 1.03;

/** What the curves show, measured: null when they are not clearly one regime. */
export function classifyCurves(
  train: readonly number[],
  validation: readonly number[],
  noiseVariance: number,
): Fit | null {
  const E = validation.length;
  const vMin = Math.min(...validation);
  const best = validation.indexOf(vMin) + 1;
  const vEnd = validation[E - 1];
  const tEnd = train[E - 1];
  if (best <= 0.6 * E && vEnd >= 1.12 * vMin && tEnd < 0.6 * vEnd) return 'overfit';
  if (vEnd <= RISE * vMin && tEnd >= 3 * noiseVariance && vEnd <= 1.5 * tEnd) return 'underfit';
  if (vEnd <= RISE * vMin && tEnd <= 1.6 * noiseVariance && vEnd <= 2 * noiseVariance)
    return 'good';
  return null;
}

const SETUP: Record<Fit, { n: [number, number]; K: [number, number]; noise: [number, number] }> = {
  overfit: { n: [12, 16], K: [30, 36], noise: [0.5, 0.7] },
  good: { n: [40, 60], K: [5, 7], noise: [0.1, 0.2] },
  underfit: { n: [40, 60], K: [0, 1], noise: [0.1, 0.2] },
};

export function drawRun(rng: Rng, fit: Fit): Inputs {
  const s = SETUP[fit];
  let last: Inputs | null = null;
  for (let attempt = 0; attempt < 40; attempt++) {
    const inp: Inputs = {
      fit,
      trainSize: rng.int(s.n[0], s.n[1]),
      features: rng.int(s.K[0], s.K[1]),
      noise: rng.decimal(s.noise[0], s.noise[1], 2),
      lr: 0.3,
      epochs: 60,
      data: rng.int(0, 0xffffffff),
    };
    const run = trainingRun(inp);
    last = inp;
    if (classifyCurves(run.train, run.validation, inp.noise ** 2) === fit) return inp;
  }
  throw new Error(`fit-diagnosis: no clear ${fit} run in 40 draws (last ${JSON.stringify(last)})`);
}
