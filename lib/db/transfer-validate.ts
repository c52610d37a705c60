// Validation of a progress import file: its shape, then what the shape cannot say (unique ids, known cards, schedules FSRS can rate).
import type { z } from 'zod';
import { isValidTimeZone } from '../srs/day';
import { isSchedulableMemory } from '../srs/scheduler';
import { EXPORT_VERSION, type ExportFile, exportFileSchema } from './transfer-schema';

/** Why a file was not imported; lib/study words it in the learner's language. */
export type ImportRefusal =
  | { code: 'version'; found: unknown; expected: number }
  | { code: 'shape'; error: z.ZodError }
  | { code: 'timezone'; timezone: string }
  | { code: 'duplicate-card'; card: string }
  | { code: 'duplicate-submission'; submissionId: string }
  | { code: 'unknown-card'; submissionId: string }
  /** A card (or a rating's card before it) in a memory state FSRS cannot rate from. */
  | { code: 'memory-state'; card: string; stability: number; difficulty: number }
  /** A card reviewed, or a rating made, after the file is imported: FSRS cannot rate it then. */
  | { code: 'future'; card: string; at: Date }
  | { code: 'not-empty' }
  /** A rating or answer of the file is stored under the same submission id in another profile. */
  | { code: 'taken' };

/** Validates an export file: its shape, then what the shape cannot say (unique ids, known cards). */
export function parseExportFile(
  data: unknown,
  now: Date = new Date(),
): { ok: true; file: ExportFile } | { ok: false; refusal: ImportRefusal } {
  const refuse = (refusal: ImportRefusal) => ({ ok: false as const, refusal });
  if (
    typeof data === 'object' &&
    data !== null &&
    'version' in data &&
    data.version !== EXPORT_VERSION
  ) {
    return refuse({ code: 'version', found: data.version, expected: EXPORT_VERSION });
  }
  const parsed = exportFileSchema.safeParse(data);
  if (!parsed.success) return refuse({ code: 'shape', error: parsed.error });
  const file = parsed.data;
  if (!isValidTimeZone(file.learner.timezone)) {
    return refuse({ code: 'timezone', timezone: file.learner.timezone });
  }
  const cardKeys = new Set<string>();
  for (const card of file.cards) {
    const key = `${card.kind}:${card.itemId}`;
    if (cardKeys.has(key)) return refuse({ code: 'duplicate-card', card: key });
    cardKeys.add(key);
  }
  const ids = new Set<string>();
  for (const entry of [...file.reviews, ...file.attempts]) {
    if (ids.has(entry.submissionId)) {
      return refuse({ code: 'duplicate-submission', submissionId: entry.submissionId });
    }
    ids.add(entry.submissionId);
  }
  const unknown = file.reviews.find(
    (review) => !cardKeys.has(`${review.card.kind}:${review.card.itemId}`),
  );
  if (unknown) return refuse({ code: 'unknown-card', submissionId: unknown.submissionId });
  const unschedulable = checkSchedules(file, now);
  if (unschedulable) return refuse(unschedulable);
  return { ok: true, file };
}

/**
 * What FSRS could not rate or undo from: a card's memory state, or the state before a rating (an
 * undo restores it), that FSRS refuses, or a review later than `now` (a negative elapsed time).
 */
function checkSchedules(file: ExportFile, now: Date): ImportRefusal | null {
  const entries = [
    ...file.cards.map((card) => ({ card, at: [card.lastReview] })),
    ...file.reviews.map((review) => ({
      card: { ...review.card, stability: review.stability, difficulty: review.difficulty },
      at: [review.lastReview, review.reviewedAt],
    })),
  ];
  for (const { card, at } of entries) {
    const key = `${card.kind}:${card.itemId}`;
    if (!isSchedulableMemory(card.stability, card.difficulty)) {
      const { stability, difficulty } = card;
      return { code: 'memory-state', card: key, stability, difficulty };
    }
    const later = at.find((date) => date !== null && date.getTime() > now.getTime());
    if (later) return { code: 'future', card: key, at: later };
  }
  return null;
}
