// Gradient descent on a quadratic: the steps agree with the closed form, and the learning rate sets the regime.

import { describe, expect, it } from 'vitest';
import { quadraticDescent } from '@/lib/engine';

describe('quadraticDescent', () => {
  it('follows the closed form theta_t = theta* + (1 - eta lambda)^t (theta_0 - theta*)', () => {
    const cases = [
      { lambda: 4, star: -1.5, start: 2, lr: 0.01 },
      { lambda: 4, star: -1.5, start: 2, lr: 0.4 },
      { lambda: 0.5, star: 2, start: -3, lr: 3.1 },
      { lambda: 10, star: 0.3, start: 1, lr: 0.23 },
    ];
    for (const { lambda, star, start, lr } of cases) {
      const { theta, loss } = quadraticDescent(lambda, star, start, lr, 12);
      expect(theta).toHaveLength(13);
      theta.forEach((th, t) => {
        const closed = star + (1 - lr * lambda) ** t * (start - star);
        expect(th).toBeCloseTo(closed, 9);
        expect(loss[t]).toBeCloseTo((lambda / 2) * (closed - star) ** 2, 9);
      });
    }
  });

  it('creeps, converges, oscillates, holds its distance at 2/lambda and diverges beyond', () => {
    const distance = (lr: number) =>
      quadraticDescent(4, 1, 3, lr, 10).theta.map((th) => Math.abs(th - 1));
    const crossings = (lr: number) => {
      const th = quadraticDescent(4, 1, 3, lr, 10).theta;
      return th.slice(1).filter((v, t) => Math.sign(v - 1) !== Math.sign(th[t] - 1)).length;
    };
    expect(distance(0.01)[10]).toBeGreaterThan(1.3); // 2 * 0.96^10
    expect(distance(0.2)[10]).toBeLessThan(1e-6);
    expect(crossings(0.2)).toBe(0);
    expect(crossings(0.4)).toBe(10);
    expect(distance(0.4)[10]).toBeLessThan(0.013); // 2 * 0.6^10
    // Exactly at 2 / lambda the distance stays 2 and the loss stays 8.
    expect(distance(0.5)).toEqual(new Array(11).fill(2));
    expect(quadraticDescent(4, 1, 3, 0.5, 10).loss).toEqual(new Array(11).fill(8));
    expect(distance(0.55)[10]).toBeGreaterThan(2 * 1.2 ** 10 - 1e-9);
  });

  it('names the argument that is wrong', () => {
    expect(() => quadraticDescent(0, 0, 1, 0.1, 3)).toThrow(/lambda must be positive/);
    expect(() => quadraticDescent(1, 0, 1, -0.1, 3)).toThrow(/lr must be non-negative/);
    expect(() => quadraticDescent(1, 0, 1, 0.1, 2.5)).toThrow(/steps/);
  });
});
