// optimizer-path's runs: the optimizers and settings it draws, their engine paths across the bowl, and what a path shows.

import {
  ellipticBowl,
  ellipticBowlHypers,
  type OptimizerHypers,
  type OptimizerName,
  optimizerTrajectory,
  type Vector,
} from '../engine';
import type { Rng } from '../random';

export interface Run {
  optimizer: OptimizerName;
  /** The hyper-parameters, as the optimizer takes them. */
  hyper: Record<string, number>;
}

export interface Inputs {
  start: [number, number];
  steps: number;
  /** The runs the options name; `shown` says which are drawn, in the order of the paths. */
  runs: Run[];
  /** Which runs are drawn, in the order of the paths. */
  shown: number[];
  /** Level 3: the hyper-parameter that changes between the runs. */
  varied?: string;
}

export const STEPS = 30;

/** Trajectories already computed for the exercise being built (its figure and text read each a few times). */
const trajectories = new Map<string, Vector[]>();

export function path(inp: Inputs, run: Run): Vector[] {
  const key = `${run.optimizer}:${JSON.stringify(run.hyper)}:${inp.start}:${inp.steps}`;
  const known = trajectories.get(key);
  if (known) return known;
  const points = optimizerTrajectory(
    run.optimizer,
    inp.start,
    inp.steps,
    run.hyper as unknown as OptimizerHypers[OptimizerName],
  );
  if (trajectories.size > 32) trajectories.clear();
  trajectories.set(key, points);
  return points;
}

/** Measured on an engine path: first step, sign changes of y, furthest x, final loss. */
export function pathFacts(points: readonly Vector[]) {
  const ySigns = points.slice(1).filter((p, i) => Math.sign(p[1]) * Math.sign(points[i][1]) < 0);
  return {
    first: [points[1][0] - points[0][0], points[1][1] - points[0][1]] as const,
    yCrossings: ySigns.length,
    maxX: Math.max(...points.map((p) => p[0])),
    loss: ellipticBowl(points[points.length - 1]),
  };
}

/** Level 3: one optimizer, one hyper-parameter at three values (the others as in the app's figure). */
export const FAMILIES: { optimizer: OptimizerName; varied: string; values: number[][] }[] = [
  {
    optimizer: 'sgd',
    varied: 'lr',
    values: [
      [0.05, 0.08],
      [0.2, 0.25],
      [0.42, 0.46],
    ],
  },
  {
    optimizer: 'momentum',
    varied: 'momentum',
    values: [
      [0, 0.2],
      [0.6, 0.7],
      [0.9, 0.95],
    ],
  },
  {
    optimizer: 'adam',
    varied: 'lr',
    values: [
      [0.05, 0.1],
      [0.4, 0.6],
      [1.5, 2],
    ],
  },
];

export function standard(optimizer: OptimizerName): Run {
  return { optimizer, hyper: { ...ellipticBowlHypers[optimizer] } as Record<string, number> };
}

export function drawStart(rng: Rng): [number, number] {
  return [rng.decimal(-9, -6, 1), rng.away(-2.5, 2.5, 1, 1.5)];
}
