// Seeded randomness for generators: mulberry32 and helpers that draw calculator-friendly numbers.

import type { Level } from './types';

/** mulberry32: a tiny, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, 32 bits. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The PRNG seed of one exercise: the learner's seed mixed with the generator id and the level. */
export function streamSeed(generatorId: string, seed: number, level: Level): number {
  return (
    (fnv1a(generatorId) ^ Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(level, 0x85ebca6b)) >>> 0
  );
}

/** 10 ** k for the few decimal places drawn numbers have (the same doubles, looked up). */
const POW10 = Array.from({ length: 10 }, (_, k) => 10 ** k);

export class Rng {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }

  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** A number in [lo, hi] with `decimals` decimal places (the nearest double to that decimal). */
  decimal(lo: number, hi: number, decimals = 1): number {
    const scale = POW10[decimals] ?? 10 ** decimals;
    return this.int(Math.round(lo * scale), Math.round(hi * scale)) / scale;
  }

  /** Like `decimal`, but never closer to zero than `minAbs`. */
  away(lo: number, hi: number, decimals: number, minAbs: number): number {
    for (let i = 0; i < 100; i++) {
      const x = this.decimal(lo, hi, decimals);
      if (Math.abs(x) >= minAbs) return x;
    }
    return hi >= minAbs ? hi : lo;
  }

  /** `n` results of `draw`, drawn in order (a loop: `Array.from` of a length is several times slower). */
  many<T>(n: number, draw: () => T): T[] {
    const out: T[] = [];
    for (let i = 0; i < n; i++) out.push(draw());
    return out;
  }

  /** `n` draws of `decimal`. */
  decimals(n: number, lo: number, hi: number, decimals = 1): number[] {
    return this.many(n, () => this.decimal(lo, hi, decimals));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** A standard normal draw (Box–Muller from two uniform draws). */
  normal(): number {
    return Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}
