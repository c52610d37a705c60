// Writes of checked answers: the attempt and the skill's and day's counters, in one transaction, once;
// a multi-part exercise's checks merged into its one attempt.
import { studyDay } from '../srs/day';
import type { Db } from './client';
import { isUniqueViolation, WriteError } from './errors';
import type { LearnerRow } from './learner';
import { type Tx, writeTransaction } from './transaction';

export interface AttemptRecord {
  submissionId: string;
  generatorId: string;
  topic: string;
  seed: number;
  level: number;
  input: string;
  correct: boolean;
  diagnosis?: string;
  /** A multi-part exercise: every answered part's input and verdict, as JSON. */
  parts?: string;
}

/**
 * Stores a checked answer; a repeated submission is stored once. Returns false for a repeat; a
 * submission id another learner used is refused (WriteError 'unknown-submission') and nothing is written.
 */
export async function recordAttempt(
  db: Db,
  learner: LearnerRow,
  attempt: AttemptRecord,
  now: Date,
): Promise<boolean> {
  const day = studyDay(now, learner.timezone, learner.dayStartHour);
  const correct = attempt.correct ? 1 : 0;
  try {
    await writeTransaction(
      db,
      async (tx) => {
        await tx.attempt.create({
          data: { ...attempt, learnerId: learner.id, createdAt: now, day },
        });
        await countAttempt(tx, learner.id, attempt, day, { attempts: 1, correct });
      },
      { learnerId: learner.id },
    );
    return true;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const earlier = await db.attempt.findUnique({
      where: { submissionId: attempt.submissionId },
      select: { learnerId: true },
    });
    if (earlier && earlier.learnerId !== learner.id) {
      throw new WriteError(
        'unknown-submission',
        `There is no submission ${attempt.submissionId} of this learner.`,
      );
    }
    return false;
  }
}

/** Which exercise a multi-part attempt is, and which check of it is being stored. */
export interface PartsAttemptRef {
  /** The client's id of the exercise shown: the attempt's `submissionId`. */
  attemptId: string;
  /** The client's id of this check: merged once. */
  submissionId: string;
  generatorId: string;
  topic: string;
  seed: number;
  level: number;
}

/** What an attempt holds after a check is merged into it. */
export interface MergedParts {
  parts: string;
  input: string;
  correct: boolean;
  diagnosis?: string;
}

/** How many check ids an attempt keeps for spotting repeats (the most recent ones). */
const KEPT_SUBMISSIONS = 200;

/**
 * Merges one check of a multi-part exercise into the exercise's single attempt, in one transaction:
 * the attempt is created by its first check (counted once in the skill's and day's counters) and
 * updated by each later one (`merge` gets the stored parts and returns the new ones; the counters
 * follow a change of the attempt's verdict). A check whose id was merged already changes nothing.
 * Returns the parts stored after the call, whether this call wrote them, or null when `attemptId`
 * names an attempt of another exercise; an attempt of another learner is refused (WriteError
 * 'unknown-submission').
 */
export function recordPartsAttempt(
  db: Db,
  learner: LearnerRow,
  ref: PartsAttemptRef,
  merge: (stored: string | null) => MergedParts,
  now: Date,
): Promise<{ stored: boolean; parts: string } | null> {
  const { attemptId, submissionId, ...exercise } = ref;
  return writeTransaction(
    db,
    async (tx) => {
      const found = await tx.attempt.findUnique({ where: { submissionId: attemptId } });
      if (!found) {
        const day = studyDay(now, learner.timezone, learner.dayStartHour);
        const next = merge(null);
        await tx.attempt.create({
          data: {
            ...exercise,
            ...next,
            submissionId: attemptId,
            submissions: JSON.stringify([submissionId]),
            learnerId: learner.id,
            createdAt: now,
            day,
          },
        });
        await countAttempt(tx, learner.id, exercise, day, {
          attempts: 1,
          correct: next.correct ? 1 : 0,
        });
        return { stored: true, parts: next.parts };
      }
      if (found.learnerId !== learner.id) {
        throw new WriteError(
          'unknown-submission',
          `There is no attempt ${attemptId} of this learner.`,
        );
      }
      const sameExercise =
        found.generatorId === exercise.generatorId &&
        found.seed === BigInt(exercise.seed) &&
        found.level === exercise.level;
      if (!sameExercise) return null;
      const merged: string[] = JSON.parse(found.submissions ?? '[]');
      if (merged.includes(submissionId)) return { stored: false, parts: found.parts ?? '[]' };
      const next = merge(found.parts);
      await tx.attempt.update({
        where: { id: found.id },
        data: {
          ...next,
          diagnosis: next.diagnosis ?? null,
          submissions: JSON.stringify([...merged, submissionId].slice(-KEPT_SUBMISSIONS)),
        },
      });
      const correct = Number(next.correct) - Number(found.correct);
      if (correct !== 0) {
        await countAttempt(tx, learner.id, exercise, found.day, { attempts: 0, correct });
      }
      return { stored: true, parts: next.parts };
    },
    { learnerId: learner.id },
  ).catch((error) => {
    // Another learner's attempt took this id first.
    if (isUniqueViolation(error)) return null;
    throw error;
  });
}

/** Adds to the skill's and the day's counts of attempts and correct attempts. */
async function countAttempt(
  tx: Tx,
  learnerId: number,
  exercise: { generatorId: string; topic: string },
  day: string,
  add: { attempts: number; correct: number },
): Promise<void> {
  await tx.skillStat.upsert({
    where: { learnerId_generatorId: { learnerId, generatorId: exercise.generatorId } },
    create: { learnerId, generatorId: exercise.generatorId, topic: exercise.topic, ...add },
    update: { attempts: { increment: add.attempts }, correct: { increment: add.correct } },
  });
  await tx.dailyStat.upsert({
    where: { learnerId_day: { learnerId, day } },
    create: { learnerId, day, ...add },
    update: { attempts: { increment: add.attempts }, correct: { increment: add.correct } },
  });
}
