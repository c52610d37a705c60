// A multi-part exercise's one attempt: each check's parts merged in, every part's first verdict kept.

import type { MergedParts } from '../db/attempts';
import type { Check } from '../exercises';
import type { PartOutcome } from '../srs/rating';

/** One part as the attempt stores it: the latest input and verdict, and the verdict it got first. */
export interface StoredPart {
  id: string;
  input: string;
  status: 'correct' | 'incorrect';
  carriedForward?: true;
  diagnosis?: string;
  first: PartOutcome;
}

/** A part's verdict as the rating suggestion counts it. */
export function outcomeOf(check: Pick<Check, 'status' | 'carriedForward'>): PartOutcome {
  if (check.status === 'incorrect') return 'incorrect';
  return check.carriedForward ? 'carried' : 'correct';
}

/** The parts of one check that are stored: those the learner checked and that could be read. */
export function checkedParts(
  order: readonly string[],
  checks: Record<string, Check>,
  answers: Record<string, string>,
  reveal: readonly string[],
): Omit<StoredPart, 'first'>[] {
  return order
    .filter((id) => reveal.includes(id) && checks[id] && checks[id].status !== 'invalid')
    .map((id) => ({
      id,
      input: (answers[id] ?? '').trim(),
      status: checks[id].status as StoredPart['status'],
      ...(checks[id].carriedForward ? { carriedForward: true as const } : {}),
      ...(checks[id].diagnosis ? { diagnosis: checks[id].diagnosis } : {}),
    }));
}

/** Each part's first verdict, by part id. */
export function firstVerdicts(parts: readonly StoredPart[]): Record<string, PartOutcome> {
  return Object.fromEntries(parts.map((p) => [p.id, p.first]));
}

/**
 * The attempt after a check: each checked part replaces its stored entry (latest input and verdict,
 * first verdict kept), in the exercise's part order. The attempt is correct while every part was
 * right the first time it was checked, with no error carried forward; its diagnosis is the first
 * part's that has one.
 */
export function mergeParts(
  order: readonly string[],
  stored: string | null,
  checked: readonly Omit<StoredPart, 'first'>[],
): MergedParts {
  const byId = new Map<string, StoredPart>(
    (stored ? (JSON.parse(stored) as StoredPart[]) : []).map((p) => [p.id, p]),
  );
  for (const part of checked) {
    const before = byId.get(part.id);
    // Attempts stored before first verdicts were kept count their stored verdict as the first.
    byId.set(part.id, {
      ...part,
      first: before ? (before.first ?? outcomeOf(before)) : outcomeOf(part),
    });
  }
  const parts = order.flatMap((id) => byId.get(id) ?? []);
  return {
    parts: JSON.stringify(parts),
    input: parts.map((p) => `${p.id}: ${p.input}`).join('; '),
    correct: parts.every((p) => p.first === 'correct'),
    diagnosis: parts.find((p) => p.diagnosis)?.diagnosis,
  };
}
