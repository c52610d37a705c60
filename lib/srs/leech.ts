// Leeches: cards the learner keeps forgetting, set aside (suspended) once they lapse often enough.

export const DEFAULT_LEECH_THRESHOLD = 8;

/**
 * True when a rating turns the card into a leech: it lapsed just now and has lapsed `threshold` times.
 * @example becomesLeech(7, 8, 8, false) // true
 */
export function becomesLeech(
  lapsesBefore: number,
  lapsesAfter: number,
  threshold: number,
  alreadyLeech: boolean,
): boolean {
  return !alreadyLeech && lapsesAfter > lapsesBefore && lapsesAfter >= threshold;
}
