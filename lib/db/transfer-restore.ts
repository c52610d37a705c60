// Import of a learner's whole progress: a validated export file restored into an empty profile.
import { planCardMoves } from '../srs/card-moves';
import { ProgressTally } from '../srs/tally';
import { insertRows } from './bulk-insert';
import { forgetCardSync } from './cards';
import type { Db } from './client';
import { isUniqueViolation } from './errors';
import type { LearnerRow } from './learner';
import { type Tx, writeTransaction } from './transaction';
import type { ExportFile } from './transfer-schema';
import { type ImportRefusal, parseExportFile } from './transfer-validate';

/**
 * How long an import may hold the write lock: 60 s, plus 0.5 ms a row. The heavy benchmark profile
 * (1,120,000 rows) imported in 302 s of wall time on a loaded two-core machine (the transaction
 * finished within the earlier 142 s limit); this allows 620 s for it.
 */
export function importTimeoutMs(file: ExportFile): number {
  const rows = file.cards.length + file.reviews.length + file.attempts.length;
  return 60_000 + Math.ceil(rows * 0.5);
}

export type ImportResult =
  | { ok: true; cards: number; reviews: number; attempts: number }
  | { ok: false; refusal: ImportRefusal };

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
