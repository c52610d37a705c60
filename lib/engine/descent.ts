// Gradient descent on a one-parameter quadratic, step by step, to show how the learning rate decides convergence.

import { sgdStep } from './optimizers';
import { checkCount, checkNumber, nonNegative, positive } from './validate';

/**
 * Gradient descent with step $\eta$ on $L(\theta) = \frac{\lambda}{2} (\theta - \theta^\ast)^2$ from
 * $\theta_0$: each step is {@link sgdStep} with the gradient $\lambda (\theta_t - \theta^\ast)$, so
 * $\theta_{t+1} - \theta^\ast = (1 - \eta\lambda)(\theta_t - \theta^\ast)$. It converges for
 * $0 < \eta < 2/\lambda$, crosses $\theta^\ast$ at every step when $\eta > 1/\lambda$, keeps its
 * distance at $\eta = 2/\lambda$ and diverges beyond. Returns $\theta_0, \dots, \theta_T$ and
 * $L(\theta_0), \dots, L(\theta_T)$ for $T$ = `steps`.
 * @example quadraticDescent(2, 1, 3, 0.75, 2).theta // => [3, 0, 1.5]
 * @example quadraticDescent(2, 1, 3, 0.75, 2).loss // => [4, 1, 0.25]
 */
export function quadraticDescent(
  lambda: number,
  thetaStar: number,
  theta0: number,
  lr: number,
  steps: number,
): { theta: number[]; loss: number[] } {
  const fn = 'quadraticDescent';
  checkNumber(fn, 'lambda', lambda, positive);
  checkNumber(fn, 'thetaStar', thetaStar);
  checkNumber(fn, 'theta0', theta0);
  checkNumber(fn, 'lr', lr, nonNegative);
  checkCount(fn, 'steps', steps);
  const loss = (theta: number) => (lambda / 2) * (theta - thetaStar) ** 2;
  const theta = [theta0];
  for (let t = 0; t < steps; t++) {
    const [next] = sgdStep([theta[t]], [lambda * (theta[t] - thetaStar)], { lr });
    theta.push(next);
  }
  return { theta, loss: theta.map(loss) };
}
