// Export and import of a learner's whole progress: cards, every rating and every checked answer.
import type { z } from 'zod';
import { planCardMoves } from '../srs/card-moves';
import { isValidTimeZone } from '../srs/day';
import { isSchedulableMemory } from '../srs/scheduler';
import { ProgressTally } from '../srs/tally';
import { insertRows } from './bulk-insert';
import { forgetCardSync } from './cards';
import type { Db } from './client';
import { isUniqueViolation } from './errors';
import type { LearnerRow } from './learner';
import { type Tx, writeTransaction } from './transaction';
import { EXPORT_APP, EXPORT_VERSION, type ExportFile, exportFileSchema } from './transfer-schema';

/**
 * How long an import may hold the write lock: 60 s, plus 0.5 ms a row. The heavy benchmark profile
 * (1,120,000 rows) imported in 302 s of wall time on a loaded two-core machine (the transaction
 * finished within the earlier 142 s limit); this allows 620 s for it.
 */
export function importTimeoutMs(file: ExportFile): number {
  const rows = file.cards.length + file.reviews.length + file.attempts.length;
  return 60_000 + Math.ceil(rows * 0.5);
}

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
    // The ids of the checks merged into a multi-part attempt only spot repeats: they stay here.
    // A seed is stored as a 64-bit integer (bigint); every seed fits a JSON number exactly.
    attempts: attempts.map(({ id: _id, learnerId: _l, submissions: _s, seed, ...attempt }) => ({
      ...attempt,
      seed: Number(seed),
    })),
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
  /** A card (or a rating's card before it) in a memory state FSRS cannot rate from. */
  | { code: 'memory-state'; card: string; stability: number; difficulty: number }
  /** A card reviewed, or a rating made, after the file is imported: FSRS cannot rate it then. */
  | { code: 'future'; card: string; at: Date }
  | { code: 'not-empty' }
  /** A rating or answer of the file is stored under the same submission id in another profile. */
  | { code: 'taken' };

export type ImportResult =
  | { ok: true; cards: number; reviews: number; attempts: number }
  | { ok: false; refusal: ImportRefusal };

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

/** True when the learner has not studied yet, so an import cannot overwrite progress. */
async function isEmptyProfile(tx: Tx, learnerId: number): Promise<boolean> {
  const [reviews, attempts] = await Promise.all([
    tx.review.count({ where: { learnerId } }),
    tx.attempt.count({ where: { learnerId } }),
  ]);
  return reviews === 0 && attempts === 0;
}

/**
 * A file written before some card ids were retired, with its concept cards (and their reviews) moved
 * to the successors' ids as the content sync would move them (`successors`: old id -> new id).
 */
export function moveRetiredCards(
  file: ExportFile,
  successors: ReadonlyMap<string, string>,
): ExportFile {
  const plan = planCardMoves(
    file.cards.filter((card) => card.kind === 'concept'),
    successors,
  );
  if (plan.size === 0) return file;
  const moved = <T extends { kind: string; itemId: string }>(card: T): T =>
    card.kind === 'concept' && plan.has(card.itemId)
      ? { ...card, itemId: plan.get(card.itemId) as string }
      : card;
  return {
    ...file,
    cards: file.cards.map(moved),
    reviews: file.reviews.map((review) => ({ ...review, card: moved(review.card) })),
  };
}

/**
 * Restores an export into an empty profile, in one transaction; refuses anything else. The profile
 * is found empty inside that transaction, which holds the write lock: a rating that commits first
 * makes the import refuse, and one that comes later waits and applies to the imported cards.
 * Cards under retired ids are restored under their successors' (`successors`: old id -> new id).
 */
export async function importProgress(
  db: Db,
  learner: LearnerRow,
  data: unknown,
  successors: ReadonlyMap<string, string> = new Map(),
): Promise<ImportResult> {
  const checked = parseExportFile(data, new Date());
  if (!checked.ok) return checked;
  const file = moveRetiredCards(checked.file, successors);
  const imported: boolean | 'taken' = await writeTransaction(
    db,
    async (tx) => {
      if (!(await isEmptyProfile(tx, learner.id))) return false;
      await tx.card.deleteMany({ where: { learnerId: learner.id } });
      await tx.dailyStat.deleteMany({ where: { learnerId: learner.id } });
      await tx.skillStat.deleteMany({ where: { learnerId: learner.id } });
      await tx.learner.update({ where: { id: learner.id }, data: file.learner });
      await insertFile(tx, learner.id, file);
      const { daily, skills } = aggregate(file);
      await tx.dailyStat.createMany({
        data: [...daily.values()].map((row) => ({ ...row, learnerId: learner.id })),
      });
      await tx.skillStat.createMany({
        data: [...skills.values()].map((row) => ({ ...row, learnerId: learner.id })),
      });
      return true;
    },
    { timeoutMs: importTimeoutMs(file), learnerId: learner.id },
  ).catch((error: unknown) => {
    // Submission ids are unique across profiles: the transaction rolled back whole.
    if (isUniqueViolation(error)) return 'taken' as const;
    throw error;
  });
  if (imported === 'taken') return { ok: false, refusal: { code: 'taken' } };
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

const CARD_COLUMNS = [
  'learnerId',
  'kind',
  'itemId',
  'topic',
  'position',
  'suspended',
  'orphaned',
  'leech',
  'buriedUntil',
  'due',
  'stability',
  'difficulty',
  'elapsedDays',
  'scheduledDays',
  'learningSteps',
  'reps',
  'lapses',
  'state',
  'lastReview',
  'createdAt',
] as const;
const REVIEW_COLUMNS = [
  'submissionId',
  'learnerId',
  'cardId',
  'rating',
  'state',
  'due',
  'stability',
  'difficulty',
  'elapsedDays',
  'lastElapsedDays',
  'scheduledDays',
  'learningSteps',
  'reps',
  'lapses',
  'lastReview',
  'reviewedAt',
  'day',
  'durationMs',
] as const;
const ATTEMPT_COLUMNS = [
  'submissionId',
  'learnerId',
  'generatorId',
  'topic',
  'seed',
  'level',
  'input',
  'correct',
  'diagnosis',
  'createdAt',
  'day',
  'parts',
] as const;

/** Writes the file's cards, then its reviews (pointed at the new card ids) and answers, in batches. */
async function insertFile(tx: Tx, learnerId: number, file: ExportFile): Promise<void> {
  const createdAt = new Date();
  await insertRows(tx, 'Card', CARD_COLUMNS, file.cards.length, (i) => {
    const c = file.cards[i];
    return [
      learnerId,
      c.kind,
      c.itemId,
      c.topic,
      c.position,
      c.suspended,
      c.orphaned ?? false,
      c.leech ?? false,
      c.buriedUntil ?? null,
      c.due,
      c.stability,
      c.difficulty,
      c.elapsedDays,
      c.scheduledDays,
      c.learningSteps,
      c.reps,
      c.lapses,
      c.state,
      c.lastReview,
      createdAt,
    ];
  });
  const rows = await tx.card.findMany({
    where: { learnerId },
    select: { id: true, kind: true, itemId: true },
  });
  const cardId = new Map(rows.map((row) => [`${row.kind}:${row.itemId}`, row.id]));
  await insertRows(tx, 'Review', REVIEW_COLUMNS, file.reviews.length, (i) => {
    const r = file.reviews[i];
    return [
      r.submissionId,
      learnerId,
      cardId.get(`${r.card.kind}:${r.card.itemId}`) as number,
      r.rating,
      r.state,
      r.due,
      r.stability,
      r.difficulty,
      r.elapsedDays,
      r.lastElapsedDays,
      r.scheduledDays,
      r.learningSteps,
      r.reps,
      r.lapses,
      r.lastReview,
      r.reviewedAt,
      r.day,
      r.durationMs,
    ];
  });
  await insertRows(tx, 'Attempt', ATTEMPT_COLUMNS, file.attempts.length, (i) => {
    const a = file.attempts[i];
    return [
      a.submissionId,
      learnerId,
      a.generatorId,
      a.topic,
      a.seed,
      a.level,
      a.input,
      a.correct,
      a.diagnosis,
      a.createdAt,
      a.day,
      a.parts ?? null,
    ];
  });
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
