// gradient-flow's engine runs: the stacks it asks about, their per-layer gradient norms on an
// exercise's data, and what the norms show.

import { heNormalStd, layerDeltaNorms, xavierNormalStd } from '../engine';
import { Rng } from '../random';

export type Flow = 'vanishing' | 'healthy' | 'exploding';
export type Activation = 'sigmoid' | 'tanh' | 'relu';
export type Init = 'xavier' | 'he' | 'small' | 'large';

/** The stacks the questions use: each reliably shows one flow. */
export const CONFIGS = {
  'sigmoid-xavier': { activation: 'sigmoid', init: 'xavier', flow: 'vanishing' },
  'sigmoid-he': { activation: 'sigmoid', init: 'he', flow: 'vanishing' },
  'tanh-small': { activation: 'tanh', init: 'small', flow: 'vanishing' },
  'relu-small': { activation: 'relu', init: 'small', flow: 'vanishing' },
  'tanh-xavier': { activation: 'tanh', init: 'xavier', flow: 'healthy' },
  'relu-he': { activation: 'relu', init: 'he', flow: 'healthy' },
  'relu-large': { activation: 'relu', init: 'large', flow: 'exploding' },
} as const satisfies Record<string, { activation: Activation; init: Init; flow: Flow }>;
export type Config = keyof typeof CONFIGS;
export const CONFIG_KEYS = Object.keys(CONFIGS) as Config[];

/** Extra layers of the "deeper" change at level 3. */
export const MORE = 4;
export const DEPTHS = [8, 10, 12] as const;
export const MAX_DEPTH = Math.max(...DEPTHS);

/** σ of each initialization for a width-n layer, from the engine. */
function sigma(init: Init, n: number): number {
  if (init === 'xavier') return xavierNormalStd(n, n);
  if (init === 'he') return heNormalStd(n);
  return init === 'small' ? 0.01 : 1;
}

/** The draws behind one exercise's stacks: input, target and unit normal weights (the last kept). */
let lastDraws: { key: string; x: number[]; u: number[]; Z: number[][][] } | null = null;

function draws(width: number, data: number) {
  const key = `${width}:${data}`;
  if (lastDraws?.key === key) return lastDraws;
  const rng = new Rng(data);
  const x = Array.from({ length: width }, () => rng.normal());
  const u = Array.from({ length: width }, () => rng.float());
  // Enough layers for the deepest stack asked about; a deeper stack shares the first layers' weights.
  const Z = Array.from({ length: MAX_DEPTH + MORE }, () =>
    Array.from({ length: width }, () => Array.from({ length: width }, () => rng.normal())),
  );
  lastDraws = { key, x, u, Z };
  return lastDraws;
}

/** Norms already computed for the exercise being built (a question asks about a few stacks). */
const runs = new Map<string, number[]>();

/** ‖∂L/∂a_l‖ per layer from the engine, for a stack on the exercise's data. */
export function flowNorms(config: Config, depth: number, width: number, data: number): number[] {
  const key = `${config}:${depth}:${width}:${data}`;
  const known = runs.get(key);
  if (known) return known;
  const { activation, init } = CONFIGS[config];
  const base = draws(width, data);
  const { x, u } = base;
  const y = activation === 'tanh' ? u.map((v) => 2 * v - 1) : u;
  const s = sigma(init, width);
  const weights = base.Z.slice(0, depth).map((W) => W.map((row) => row.map((z) => s * z)));
  const norms = layerDeltaNorms(weights, x, y, activation);
  if (runs.size > 32) runs.clear();
  runs.set(key, norms);
  return norms;
}

/** How much of the last layer's gradient reaches the first. */
export function ratio(norms: readonly number[]): number {
  return norms[0] / norms[norms.length - 1];
}

/** The largest layer's gradient norm over the smallest's. */
export function spread(norms: readonly number[]): number {
  return Math.max(...norms) / Math.min(...norms);
}

/**
 * What the norms show, measured: null when not clearly one flow. A healthy flow has every layer's
 * bar within 10^1.5 of every other's, as the option says ("about the same size in every layer"),
 * not only the first and the last.
 */
export function classifyFlow(norms: readonly number[]): Flow | null {
  const r = ratio(norms);
  if (r < 1e-2) return 'vanishing';
  if (r > 1e2) return 'exploding';
  if (spread(norms) < 10 ** 1.5) return 'healthy';
  return null;
}
