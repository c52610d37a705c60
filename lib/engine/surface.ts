// A 2-D loss surface and optimizer paths across it, for the app's figures.

import { adagradStep, adamStep, momentumStep, rmspropStep, sgdStep } from './optimizers';
import type {
  AdagradHyper,
  AdamHyper,
  AdamState,
  MomentumHyper,
  RmspropHyper,
  SgdHyper,
  Vector,
} from './types';
import { checkCount, checkOneOf, checkVector, fail } from './validate';

/** Names of the optimizers a trajectory can follow. */
export type OptimizerName = 'sgd' | 'momentum' | 'adagrad' | 'rmsprop' | 'adam';

/** The hyperparameters each optimizer takes. */
export interface OptimizerHypers {
  sgd: SgdHyper;
  momentum: MomentumHyper;
  adagrad: AdagradHyper;
  rmsprop: RmspropHyper;
  adam: AdamHyper;
}

const optimizerNames: readonly OptimizerName[] = ['sgd', 'momentum', 'adagrad', 'rmsprop', 'adam'];

function checkPoint(fn: string, p: Vector): void {
  checkVector(fn, 'p', p);
  if (p.length !== 2) fail(fn, `p must have 2 values (x, y), got ${p.length}`);
}

/**
 * An elongated bowl, $f(x, y) = 0.1 x^2 + 2 y^2$: 20 times steeper across than along, so plain
 * gradient descent zig-zags across the valley while it creeps along it.
 * @example ellipticBowl([1, 1]) // => 2.1
 */
export function ellipticBowl(p: Vector): number {
  checkPoint('ellipticBowl', p);
  const [x, y] = p;
  return 0.1 * x * x + 2 * y * y;
}

/**
 * Gradient of the bowl, $\nabla f(x, y) = (0.2 x,\; 4 y)$.
 * @example ellipticBowlGradient([1, 1]) // => [0.2, 4]
 */
export function ellipticBowlGradient(p: Vector): Vector {
  checkPoint('ellipticBowlGradient', p);
  const [x, y] = p;
  return [0.2 * x, 4 * y];
}

/** Where the figures start on the bowl: far along the shallow axis, off the valley floor. */
export const ellipticBowlStart: Vector = [-8, 2];

/** Hyperparameters under which the five optimizers trace visibly different paths on the bowl in 40 steps. */
export const ellipticBowlHypers: OptimizerHypers = {
  sgd: { lr: 0.4 },
  momentum: { lr: 0.05, momentum: 0.9 },
  adagrad: { lr: 1.5 },
  rmsprop: { lr: 0.3, rho: 0.9 },
  adam: { lr: 0.5 },
};

/**
 * The path $\theta_0, \theta_1, \dots, \theta_T$ an optimizer takes from `start` for $T$ = `steps`,
 * each $\theta_{t+1}$ one step of {@link sgdStep}, {@link momentumStep}, {@link adagradStep},
 * {@link rmspropStep} or {@link adamStep} with the gradient at $\theta_t$ (the bowl's by default).
 * @example optimizerTrajectory('sgd', [1, 1], 1, { lr: 0.1 }) // => [[1, 1], [0.98, 0.6]]
 */
export function optimizerTrajectory<K extends OptimizerName>(
  optimizer: K,
  start: Vector,
  steps: number,
  hyper: OptimizerHypers[K],
  gradient: (p: Vector) => Vector = ellipticBowlGradient,
): Vector[] {
  const fn = 'optimizerTrajectory';
  const name: OptimizerName = checkOneOf(fn, 'optimizer', optimizer, optimizerNames);
  checkVector(fn, 'start', start);
  checkCount(fn, 'steps', steps);
  const path: Vector[] = [[...start]];
  let state: Vector | null = null;
  let adamState: AdamState | null = null;
  for (let t = 0; t < steps; t++) {
    const theta = path[path.length - 1];
    const g = gradient(theta);
    let next: Vector;
    if (name === 'sgd') {
      next = sgdStep(theta, g, hyper as SgdHyper);
    } else if (name === 'momentum') {
      ({ params: next, velocity: state } = momentumStep(theta, g, state, hyper as MomentumHyper));
    } else if (name === 'adagrad') {
      ({ params: next, sumSquares: state } = adagradStep(theta, g, state, hyper as AdagradHyper));
    } else if (name === 'rmsprop') {
      ({ params: next, meanSquares: state } = rmspropStep(theta, g, state, hyper as RmspropHyper));
    } else {
      ({ params: next, state: adamState } = adamStep(theta, g, adamState, hyper as AdamHyper));
    }
    path.push(next);
  }
  return path;
}
