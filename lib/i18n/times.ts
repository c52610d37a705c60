// How often something happens, in English words: once, twice, 7 times.

/** `n` (at least 1) as "once", "twice" or "n times". */
export function timesEn(n: number): string {
  if (n === 1) return 'once';
  if (n === 2) return 'twice';
  return `${n} times`;
}
