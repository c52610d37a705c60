// Exercise skills as cards: which variant (seed) and level a due skill card asks today.
import { State } from './scheduler';

/**
 * A fresh seed for each review of a skill card, so the numbers cannot be memorized, yet stable
 * across reloads of the same review (it depends only on the card and how often it was reviewed).
 */
export function variantSeed(cardId: number, reps: number, lapses: number): number {
  let h = 0x811c9dc5;
  for (const value of [cardId, reps, lapses]) {
    h = Math.imul(h ^ (value & 0xffff), 0x01000193);
    h = Math.imul(h ^ (value >>> 16), 0x01000193);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/** Harder variants as the skill settles: level 1 while learning, 2 in review, 3 once the interval is long. */
export function skillLevel(state: number, scheduledDays: number): 1 | 2 | 3 {
  if (state !== State.Review) return 1;
  return scheduledDays >= 21 ? 3 : 2;
}
