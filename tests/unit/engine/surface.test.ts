// The elliptic bowl and the optimizer paths drawn across it for the figures.

import { describe, expect, it } from 'vitest';
import {
  ellipticBowl,
  ellipticBowlGradient,
  ellipticBowlHypers,
  ellipticBowlStart,
  type OptimizerName,
  optimizerTrajectory,
  type Vector,
} from '@/lib/engine';

const names: OptimizerName[] = ['sgd', 'momentum', 'adagrad', 'rmsprop', 'adam'];

describe('ellipticBowl', () => {
  it('has its minimum 0 at the origin and a gradient that matches a finite difference', () => {
    expect(ellipticBowl([0, 0])).toBe(0);
    expect(ellipticBowlGradient([0, 0])).toEqual([0, 0]);
    const h = 1e-6;
    for (const p of [
      [1, -2],
      [-7.5, 0.3],
    ]) {
      const g = ellipticBowlGradient(p);
      const dx = (ellipticBowl([p[0] + h, p[1]]) - ellipticBowl([p[0] - h, p[1]])) / (2 * h);
      const dy = (ellipticBowl([p[0], p[1] + h]) - ellipticBowl([p[0], p[1] - h])) / (2 * h);
      expect(g[0]).toBeCloseTo(dx, 6);
      expect(g[1]).toBeCloseTo(dy, 6);
    }
  });
});

describe('optimizerTrajectory', () => {
  it('starts at start and has steps + 1 points for every optimizer', () => {
    for (const name of names) {
      const path = optimizerTrajectory(name, ellipticBowlStart, 40, ellipticBowlHypers[name]);
      expect(path).toHaveLength(41);
      expect(path[0]).toEqual(ellipticBowlStart);
      expect(path[0]).not.toBe(ellipticBowlStart);
      expect(ellipticBowl(path[40])).toBeLessThan(ellipticBowl(ellipticBowlStart) / 10);
    }
    expect(optimizerTrajectory('adam', [3, 4], 0, { lr: 0.1 })).toEqual([[3, 4]]);
  });

  it('goes downhill at every step for SGD with a small learning rate', () => {
    const path = optimizerTrajectory('sgd', [-8, 2], 60, { lr: 0.05 });
    for (let t = 1; t < path.length; t++) {
      expect(ellipticBowl(path[t])).toBeLessThan(ellipticBowl(path[t - 1]));
    }
  });

  it('zig-zags across the valley with the figure SGD settings but not with Adagrad', () => {
    const signFlips = (path: Vector[]) =>
      path.slice(1).filter((p, t) => Math.sign(p[1]) !== Math.sign(path[t][1])).length;
    expect(
      signFlips(optimizerTrajectory('sgd', ellipticBowlStart, 5, ellipticBowlHypers.sgd)),
    ).toBe(5);
    expect(
      signFlips(optimizerTrajectory('adagrad', ellipticBowlStart, 5, ellipticBowlHypers.adagrad)),
    ).toBe(0);
  });

  it('takes the gradient it is given: θ ← θ - 0.1 · 2θ shrinks every coordinate by 0.8 a step', () => {
    const gradient = (p: Vector) => p.map((x) => 2 * x);
    const path = optimizerTrajectory('sgd', [1, -1, 2], 2, { lr: 0.1 }, gradient);
    const expected = [
      [1, -1, 2],
      [0.8, -0.8, 1.6],
      [0.64, -0.64, 1.28],
    ];
    expect(path).toHaveLength(expected.length);
    path.forEach((point, t) => {
      expect(point).toHaveLength(expected[t].length);
      point.forEach((x, i) => {
        expect(x).toBeCloseTo(expected[t][i], 14);
      });
    });
  });
});
