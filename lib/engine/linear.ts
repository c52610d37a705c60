// The linear algebra of a dense layer: W x + b, outer products, and Wᵀ u for the backward pass.

import type { Matrix, Vector } from './types';
import { checkExtent, checkMatrix, checkVector, checkVectorLike } from './validate';

/** $W v + b$, shapes already checked. */
export function affineUnchecked(W: Matrix, v: Vector, b: Vector): Vector {
  return W.map((row, i) => row.reduce((acc, w, j) => acc + w * v[j], b[i]));
}

/** $u v^\top$, shapes already checked. */
export function outerUnchecked(u: Vector, v: Vector): Matrix {
  return u.map((ui) => v.map((vj) => ui * vj));
}

/** $W^\top u$, shapes already checked. */
export function transposeTimesUnchecked(W: Matrix, u: Vector): Vector {
  return W[0].map((_, j) => W.reduce((acc, row, i) => acc + row[j] * u[i], 0));
}

/**
 * A dense layer's pre-activation, $z = W x + b$, with $z_i = \sum_j W_{ij} x_j + b_i$.
 * @example affine([[1, 2]], [3, 4], [0.5]) // => [11.5]
 */
export function affine(W: Matrix, x: Vector, b: Vector): Vector {
  const fn = 'affine';
  const shape = checkMatrix(fn, 'W', W);
  checkVector(fn, 'x', x);
  checkVector(fn, 'b', b);
  checkExtent(
    fn,
    { name: 'W', count: shape.cols, unit: 'column' },
    { name: 'x', count: x.length, unit: 'value' },
  );
  checkExtent(
    fn,
    { name: 'b', count: b.length, unit: 'value' },
    { name: 'W', count: shape.rows, unit: 'row' },
  );
  return affineUnchecked(W, x, b);
}

/**
 * The outer product $u v^\top$, with $(u v^\top)_{ij} = u_i v_j$: a weight gradient $\delta x^\top$.
 * @example outer([1, 2], [3]) // => [[3], [6]]
 */
export function outer(u: Vector, v: Vector): Matrix {
  checkVector('outer', 'u', u);
  checkVector('outer', 'v', v);
  return outerUnchecked(u, v);
}

/**
 * $W^\top u$, with $(W^\top u)_j = \sum_i W_{ij} u_i$: how an error flows back through a layer.
 * @example transposeTimes([[1, 2], [3, 4]], [1, 1]) // => [4, 6]
 */
export function transposeTimes(W: Matrix, u: Vector): Vector {
  const fn = 'transposeTimes';
  const shape = checkMatrix(fn, 'W', W);
  checkVector(fn, 'u', u);
  checkExtent(
    fn,
    { name: 'u', count: u.length, unit: 'value' },
    { name: 'W', count: shape.rows, unit: 'row' },
  );
  return transposeTimesUnchecked(W, u);
}

/**
 * The elementwise (Hadamard) product $u \odot v$, with $(u \odot v)_i = u_i v_i$: how an error passes an activation.
 * @example hadamard([1, 2], [3, 0.5]) // => [3, 1]
 */
export function hadamard(u: Vector, v: Vector): Vector {
  checkVector('hadamard', 'u', u);
  checkVectorLike('hadamard', 'v', v, 'u', u);
  return u.map((ui, i) => ui * v[i]);
}
