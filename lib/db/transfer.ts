// Export and import of a learner's whole progress: cards, every rating and every checked answer.
import type { z } from 'zod';
import { isValidTimeZone } from '../srs/day';
import { ProgressTally } from '../srs/tally';
import { forgetCardSync } from './cards';
import type { Db } from './client';
import type { LearnerRow } from './learner';
import { type Tx, writeTransaction } from './transaction';
import { EXPORT_APP, EXPORT_VERSION, type ExportFile, exportFileSchema } from './transfer-schema';

const BATCH = 5_000;

/** The learner's progress as a JSON-ready object (dates as ISO strings). */
export async function exportProgress(db: Db, learner: LearnerRow, now: Date) {
  const [cards, reviews, attempts] = await Promise.all([
    db.card.findMany({ where: { learnerId: learner.id }, orderBy: { id: 'asc' } }),
    db.review.findMany({
      where: { learnerId: learner.id },
      orderBy: [{ reviewedAt: 'asc' }, { id: 'asc' }],
      include: { card: { select: { kind: true, itemId: true } } },
    }),
    db.attempt.findMany({
      where: { learnerId: learner.id },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
  ]);
  return {
    app: EXPORT_APP,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    learner: {
      timezone: learner.timezone,
      dayStartHour: learner.dayStartHour,
      newPerDay: learner.newPerDay,
      reviewsPerDay: learner.reviewsPerDay,
    },
    cards: cards.map(({ id: _id, learnerId: _l, createdAt: _c, ...card }) => card),
    reviews: reviews.map(({ id: _id, learnerId: _l, cardId: _c, card, ...review }) => ({
      ...review,
      card,
    })),
    attempts: attempts.map(({ id: _id, learnerId: _l, ...attempt }) => attempt),
  };
}

/** Why a file was not imported; lib/study words it in the learner's language. */
export type ImportRefusal =
  | { code: 'version'; found: unknown; expected: number }
  | { code: 'shape'; error: z.ZodError }
  | { code: 'timezone'; timezone: string }
  | { code: 'duplicate-card'; card: string }
  | { code: 'duplicate-submission'; submissionId: string }
  | { code: 'unknown-card'; submissionId: string }
  | { code: 'not-empty' };

export type ImportResult =
  | { ok: true; cards: number; reviews: number; attempts: number }
  | { ok: false; refusal: ImportRefusal };

/** Validates an export file: its shape, then what the shape cannot say (unique ids, known cards). */
export function parseExportFile(
  data: unknown,
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
  return { ok: true, file };
}

/** True when the learner has not studied yet, so an import cannot overwrite progress. */
async function isEmptyProfile(tx: Tx, learnerId: number): Promise<boolean> {
  const [reviews, attempts] = await Promise.all([
    tx.review.count({ where: { learnerId } }),
    tx.attempt.count({ where: { learnerId } }),
  ]);
  return reviews === 0 && attempts === 0;
}

/**
 * Restores an export into an empty profile, in one transaction; refuses anything else. The profile
 * is found empty inside that transaction, which holds the write lock: a rating that commits first
 * makes the import refuse, and one that comes later waits and applies to the imported cards.
 */
export async function importProgress(
  db: Db,
  learner: LearnerRow,
  data: unknown,
): Promise<ImportResult> {
  const checked = parseExportFile(data);
  if (!checked.ok) return checked;
  const { file } = checked;
  const imported = await writeTransaction(db, async (tx) => {
    if (!(await isEmptyProfile(tx, learner.id))) return false;
    await tx.card.deleteMany({ where: { learnerId: learner.id } });
    await tx.dailyStat.deleteMany({ where: { learnerId: learner.id } });
    await tx.skillStat.deleteMany({ where: { learnerId: learner.id } });
    await tx.learner.update({ where: { id: learner.id }, data: file.learner });
    for (let i = 0; i < file.cards.length; i += BATCH) {
      await tx.card.createMany({
        data: file.cards.slice(i, i + BATCH).map((card) => ({ ...card, learnerId: learner.id })),
      });
    }
    const rows = await tx.card.findMany({
      where: { learnerId: learner.id },
      select: { id: true, kind: true, itemId: true },
    });
    const cardId = new Map(rows.map((row) => [`${row.kind}:${row.itemId}`, row.id]));
    for (let i = 0; i < file.reviews.length; i += BATCH) {
      await tx.review.createMany({
        data: file.reviews.slice(i, i + BATCH).map(({ card, ...review }) => ({
          ...review,
          learnerId: learner.id,
          cardId: cardId.get(`${card.kind}:${card.itemId}`) as number,
        })),
      });
    }
    for (let i = 0; i < file.attempts.length; i += BATCH) {
      await tx.attempt.createMany({
        data: file.attempts
          .slice(i, i + BATCH)
          .map((attempt) => ({ ...attempt, learnerId: learner.id })),
      });
    }
    const { daily, skills } = aggregate(file);
    await tx.dailyStat.createMany({
      data: [...daily.values()].map((row) => ({ ...row, learnerId: learner.id })),
    });
    await tx.skillStat.createMany({
      data: [...skills.values()].map((row) => ({ ...row, learnerId: learner.id })),
    });
    return true;
  });
  if (!imported) return { ok: false, refusal: { code: 'not-empty' } };
  // Items the file lacks (content newer than the export) get new cards on the next request.
  forgetCardSync(learner.id);
  return {
    ok: true,
    cards: file.cards.length,
    reviews: file.reviews.length,
    attempts: file.attempts.length,
  };
}

/** Rebuilds the per-day and per-skill counters from the imported history. */
function aggregate(file: ExportFile) {
  const tally = new ProgressTally();
  for (const review of file.reviews) tally.addReview(review.day, review.state, review.rating);
  for (const attempt of file.attempts) {
    tally.addAttempt(attempt.day, attempt.generatorId, attempt.topic, attempt.correct);
  }
  return { daily: tally.days, skills: tally.skills };
}
