// Chart geometry for the server-drawn SVG figures: linear scales, "nice" ticks and polyline paths.

export interface LinearScale {
  (value: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
}

/** Maps [d0, d1] linearly onto [r0, r1]. @example linearScale([0, 10], [0, 100])(5) // 50 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const slope = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((value: number) => r0 + (value - d0) * slope) as LinearScale;
  return Object.assign(scale, { domain, range });
}

/** About `count` round tick values covering [min, max]. @example niceTicks(0, 1, 5) // [0, 0.2, 0.4, 0.6, 0.8, 1] */
export function niceTicks(min: number, max: number, count: number): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  // Whole multiples of the step (not a running sum, whose rounding would put 5.6e-17 where 0 is).
  for (let k = Math.ceil(min / step); k * step <= max + step * 1e-9; k++) {
    ticks.push(Number.parseFloat((k * step).toPrecision(12)) + 0);
  }
  return ticks;
}

/** An SVG path through points already in pixel coordinates. */
export function polylinePath(points: readonly (readonly [number, number])[]): string {
  return points
    .map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`)
    .join('');
}

/** `count` evenly spaced samples of [from, to], both ends included. */
export function samples(from: number, to: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
}
